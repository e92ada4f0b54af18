"""The typer app, its error reporting and the process entry point; the one place errors print."""

from __future__ import annotations

import contextlib
import importlib
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Final, Optional, Protocol, get_type_hints

import typer
import typer.main
from typer.core import TyperCommand, TyperGroup

from carneytl import __version__
from carneytl.errors import CarneyError, ExitStatus, StoreError, UsageError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

# typer reads parameter annotations at run time; it understands `Optional` on every version.
# ruff: noqa: UP045

# In the order ``--help`` lists them: reading first, editing last.
FAMILIES: Final = ("listing", "views", "editing", "extracting", "articles")

# The one table of commands: which family module registers each, in ``--help`` order. A test
# checks it against the commands the families register, so neither can drift from the other.
COMMANDS: Final = {
    "list": "listing",
    "between": "listing",
    "schema": "listing",
    "formats": "listing",
    "timeline": "views",
    "show": "views",
    "stats": "views",
    "check": "editing",
    "add": "editing",
    "remove": "editing",
    "edit": "editing",
    "extract": "extracting",
    "accept": "articles",
    "init": "articles",
    "source": "articles",
    "import": "articles",
}


class LazyCommands(TyperGroup):
    """The root group: knows every command by name, imports a command's family when asked.

    Building typer's click command for every command costs start-up time that one run does not
    need, so a family module is imported, and its commands built, only when click resolves one
    of its commands. ``--help`` and shell completion ask for every name in turn.
    """

    def list_commands(self, ctx: object) -> list[str]:  # noqa: ARG002 - click's signature
        """Every command, in ``--help`` order, without importing any family."""
        return list(COMMANDS)

    # ``ctx`` is click's Context, which typer vendors privately: ``object`` is its public
    # supertype, and the method never touches it.
    def get_command(self, ctx: object, cmd_name: str) -> TyperCommand | TyperGroup | None:  # noqa: ARG002 - click's signature
        """The command of that name, its family imported on first use; None if there is none."""
        if cmd_name not in self.commands:
            wanted = COMMANDS.get(cmd_name)
            # A mistyped name loads every family so that click can suggest the real commands.
            for name in FAMILIES if wanted is None else (wanted,):
                self.commands.update(family_commands(name))
        command = self.commands.get(cmd_name)
        return command if isinstance(command, (TyperCommand, TyperGroup)) else None

    # ``ctx`` is click's Context and the command click's Command, both vendored privately by
    # typer: they are used only through the attributes click documents.
    def resolve_command(
        self,
        ctx: Any,  # noqa: ANN401 - see above
        args: list[str],
    ) -> tuple[str | None, Any, list[str]]:
        """Find the command, and hand it the options given before its name (see PASSED_DOWN)."""
        name, command, rest = super().resolve_command(ctx, args)
        if command is not None and name is not None:
            rest = _pass_down(ctx, command, name, rest)
        return name, command, rest


# Options the root takes as well as the commands, for `carneytl --store my.yaml list`: each is
# handed down to the command as if given after its name, unless the command line gives it
# there too, which then wins. Name of the root's parameter -> the command's option.
PASSED_DOWN: Final = {
    "store": "--store",
    "today": "--today",
    "color": "--color",
    "width": "--width",
}


def _pass_down(ctx: Any, command: Any, name: str, rest: list[str]) -> list[str]:  # noqa: ANN401 - click's context and command
    """``rest`` with the root-level options the command did not get after its name put first.

    A group of commands (``source``) hands them on to the command named after it (``source
    add``), which must take them, as a command named after the root must.
    """
    given = [
        key
        for key in PASSED_DOWN
        if ctx.params.get(key) is not None and _source(ctx, key) == "COMMANDLINE"
    ]
    if not given:
        return rest
    return _hand_down(ctx, ctx, command, name, rest, given)


def _hand_down(
    root: Any,  # noqa: ANN401 - click's context
    parent: Any,  # noqa: ANN401 - click's context
    command: Any,  # noqa: ANN401 - click's command
    name: str,
    rest: list[str],
    given: list[str],
) -> list[str]:
    """``rest``, which follows ``name``, with the ``given`` root options put where they apply."""
    inner = _subcommand(parent, command, name, rest)
    if inner is not None:
        at, group_ctx, sub = inner
        path = f"{name} {rest[at]}"
        return [*rest[: at + 1], *_hand_down(root, group_ctx, sub, path, rest[at + 1 :], given)]
    if isinstance(command, TyperGroup):
        return rest  # no command after the group: click shows its help, or says what is wrong
    takes = {param.name for param in command.params}
    for key in given:
        if key not in takes and not root.resilient_parsing:
            root.fail(f"{PASSED_DOWN[key]} does not apply to '{name}'")
    try:
        # A trial parse of what follows the command's name, only to learn what it sets.
        after = command.make_context(name, list(rest), parent=parent, resilient_parsing=True)
    except Exception:  # noqa: BLE001 - the real parse that follows reports any problem
        after = None
    first: list[str] = []
    for key in given:
        if key not in takes or (after is not None and _source(after, key) == "COMMANDLINE"):
            continue
        value = root.params[key]
        if key == "store":
            first += [word for path in value for word in ("--store", str(path))]
        elif key == "color":
            first.append("--color" if value else "--no-color")
        else:
            first += [PASSED_DOWN[key], str(value)]
    return [*first, *rest]


def _subcommand(
    parent: Any,  # noqa: ANN401 - click's context
    command: Any,  # noqa: ANN401 - click's command
    name: str,
    rest: list[str],
) -> tuple[int, Any, Any] | None:
    """Where in ``rest`` the group ``command`` finds its command: index, group context, command.

    None when ``command`` is no group, or no command of it follows.
    """
    if not isinstance(command, TyperGroup):
        return None
    try:
        # A trial parse of the group's own options: what it leaves follows its command's name.
        group_ctx = command.make_context(name, list(rest), parent=parent, resilient_parsing=True)
    except Exception:  # noqa: BLE001 - the real parse that follows reports any problem
        return None
    at = len(rest) - len(group_ctx.args) - 1
    if at < 0 or rest[at].startswith("-"):
        return None
    sub = command.get_command(group_ctx, rest[at])
    return None if sub is None else (at, group_ctx, sub)


def _source(ctx: Any, key: str) -> str | None:  # noqa: ANN401 - click's context
    # Compared by name: typer may bring its own copy of click's ParameterSource or click's.
    source = ctx.get_parameter_source(key)
    return None if source is None else str(source.name)


def family() -> typer.Typer:
    """A new family's Typer: its commands' help is click's plain help, as the root's is."""
    return typer.Typer(rich_markup_mode=None, add_completion=False)


def family_commands(name: str) -> dict[str, TyperCommand | TyperGroup]:
    """Import a command family and build its commands, by name (through typer's public API)."""
    module = importlib.import_module(f"carneytl.cli.{name}")
    for info in module.commands.registered_commands:
        if info.callback is not None:
            _resolve_annotations(info.callback)
    built = typer.main.get_command(module.commands)
    commands = built.commands if isinstance(built, TyperGroup) else {built.name: built}
    return {
        name: command
        for name, command in commands.items()
        # A group (`source add`) is mounted whole, like a command.
        if name is not None and isinstance(command, (TyperCommand, TyperGroup))
    }


app = typer.Typer(
    name="carneytl",
    cls=LazyCommands,
    no_args_is_help=True,
    rich_markup_mode=None,  # plain click help and errors: faster to start, nothing to escape
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


@contextmanager
def reporting(ctx: typer.Context) -> Iterator[None]:
    """Turn carneytl's errors into ``error:``/``hint:`` lines on stderr and the exit status.

    Every command body runs inside this, so a user sees the same kind of message, and the same
    exit status (1 for a bad store or id, 2 for a bad argument), whatever went wrong.
    """
    try:
        yield
    except StoreError as exc:
        for problem in exc.problems:
            typer.echo(f"error: {_safe(str(problem))}", err=True)
        if exc.hint:
            typer.echo(f"hint: {_safe(exc.hint)}", err=True)
        raise typer.Exit(exc.exit_status) from None
    except CarneyError as exc:
        # A message of several lines is several problems (two bad options): each is an error.
        for line in exc.message.split("\n"):
            typer.echo(f"error: {_safe(line)}", err=True)
        if exc.hint:
            typer.echo(f"hint: {_safe(exc.hint)}", err=True)
        if isinstance(exc, UsageError):
            typer.echo(f"see '{ctx.command_path} --help'", err=True)
        raise typer.Exit(exc.exit_status) from None


def _safe(message: str) -> str:
    """Messages quote paths and store text: show their control characters, never obey them."""
    from carneytl.terminal import printable

    return printable(message, keep_newlines=True)


def _version(value: bool) -> None:  # noqa: FBT001 - typer passes the flag positionally
    if value:
        from carneytl.cli.writing import print_machine

        print_machine(f"carneytl {__version__}\n")
        raise typer.Exit


def _root_options() -> dict[str, Any]:
    """The options the root passes down, declared as the commands declare them."""
    from carneytl.cli import options

    return {
        "store": options.root_store_option(),
        "today": options.root_today_option(),
        "color": options.root_color_option(),
        "width": options.root_width_option(),
    }


_ROOT: Final = _root_options()


@app.callback()
def _root(
    version: Annotated[
        Optional[bool],
        typer.Option(
            "--version", "-V", help="Show the version and exit.", callback=_version, is_eager=True
        ),
    ] = None,
    store: Annotated[Optional[list[Path]], _ROOT["store"]] = None,
    today: Annotated[Optional[str], _ROOT["today"]] = None,
    color: Annotated[Optional[bool], _ROOT["color"]] = None,
    width: Annotated[Optional[int], _ROOT["width"]] = None,
) -> None:
    """Query a news story's chronology: sourced events, precise dates, JSON for pipes.

    --store, --today, --color and --width may come before the command, as in git and gh; the
    command takes them as if given after its name, where a value given after wins.

    \b
    Examples:
      carneytl list
      carneytl between 2018 2021
      carneytl list --actor "Xi Jinping" --json | jq -r '.[].title'
      carneytl --today 2026-01-14 timeline --since 2026
    """


def _resolve_annotations(function: Callable[..., object]) -> None:
    """Give typer a function's postponed annotations as objects, resolved once.

    typer compiles each annotation written as text twice (for the signature, then for the
    type hints) every time it builds a command, which is on every run.
    """
    function.__annotations__ = get_type_hints(function, include_extras=True)


_resolve_annotations(_root)


def main() -> None:
    """Run the command line (the ``carneytl`` console script and ``python -m carneytl``)."""
    import gc

    # One short-lived process that makes no reference cycles worth collecting: the collector
    # would only rescan every parsed event, which more than doubles the load of a big store.
    gc.disable()
    if sys.stdout is None:
        # Started with standard output closed (`>&-`): there is nowhere to put the data, and
        # a command that changes a store must not run without being able to say what it did.
        if sys.stderr is not None:
            sys.stderr.write("error: standard output is closed\n")
        sys.exit(ExitStatus.FAILURE)
    _utf8_streams()
    # Not standalone: click would print its own "Usage: ... Error: ..." block for a mistyped
    # option or a missing argument; carneytl words those like every other error it reports.
    status: object = ExitStatus.FAILURE  # what an error no branch below catches ends in
    try:
        status = app(prog_name="carneytl", standalone_mode=False)
    except typer.TyperException as exc:
        status = _framework_error(exc)
    except (typer.Abort, KeyboardInterrupt):
        # typer turns Ctrl-C into exit 130 inside a command; this catches it anywhere else.
        status = ExitStatus.INTERRUPTED
    except CarneyError as exc:
        # Commands report inside reporting(); this is for the few that write without it
        # (--version, schema, formats), whose one possible error is output that cannot go out.
        typer.echo(f"error: {_safe(exc.message)}", err=True)
        status = exc.exit_status
    except OSError as exc:
        if exc.filename is not None:
            raise  # a file's error is a bug here: every file carneytl opens reports its own
        # click writes help and its own messages straight to the stream (a full disk).
        status = _cannot_write(exc)
    finally:
        status = _settle_stdout(status)
        # The interpreter collects garbage once more as it exits, collector off or not, and
        # would walk every object a big store made; frozen objects are left out of that walk.
        gc.freeze()
    sys.exit(status if isinstance(status, int) else ExitStatus.OK)


class _UsageContext(Protocol):
    """What a usage error's click context offers to its report."""

    command_path: str

    def get_usage(self) -> str:
        """The command's usage line."""
        ...


def _framework_error(exc: typer.TyperException) -> int:
    """Report an error click raised: its own help block, a usage error, or anything else.

    typer vendors click and makes public only the base of click's errors
    (``typer.TyperException``); a usage error is the kind that carries the context it arose in.
    """
    # typer tells this one apart by name too: it is help, not an error, and has nothing to add.
    if type(exc).__name__ == "NoArgsIsHelpError":
        typer.echo(exc.format_message(), err=True)
        return ExitStatus.USAGE
    typer.echo(f"error: {_safe(_sentence(exc.format_message()))}", err=True)
    if not hasattr(exc, "ctx"):
        return exc.exit_code
    ctx: _UsageContext | None = getattr(exc, "ctx", None)
    if ctx is not None:
        usage = ctx.get_usage().removeprefix("Usage: ")
        typer.echo(f"usage: {usage}", err=True)
        typer.echo(f"see '{ctx.command_path} --help'", err=True)
    else:  # an option's missing value is found before a context exists
        named = command_named(sys.argv[1:])
        typer.echo(f"see '{' '.join(filter(None, ('carneytl', named)))} --help'", err=True)
    return exc.exit_code


def command_named(argv: Sequence[str]) -> str | None:
    """The command these arguments name, if they name one before asking for help or version."""
    words = iter(argv)
    for word in words:
        if word in {"-h", "--help", "-V", "--version"}:
            return None
        if word in {"-s", *PASSED_DOWN.values()} and word != "--color":
            next(words, None)  # the option's value, not a command
        elif not word.startswith("-"):
            return word if word in COMMANDS else None
    return None


def _sentence(message: str) -> str:
    """Click's "No such option: --x." as carneytl words messages: lower case, no full stop."""
    message = message.strip().removesuffix(".")
    if message[:1].isupper() and message[1:2].islower():
        message = message[0].lower() + message[1:]
    return message


def _utf8_streams() -> None:
    """Write UTF-8 whatever the locale says, as the README promises for every format.

    Under a latin-1 or ASCII locale Python would otherwise fail on the first accented name.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(encoding="utf-8")


def _settle_stdout(status: object) -> object:
    """Flush stdout now and return the exit status that follows from how that went.

    If the reader has gone (`| head`), stdout is pointed at /dev/null: otherwise the
    interpreter's own flush at exit fails again and prints an "Exception ignored" message about
    the broken pipe. Output that cannot be written (a full disk) is an error, exit 1.
    """
    try:
        sys.stdout.flush()
        if sys.__stdout__ is not None:
            sys.__stdout__.flush()
    except (BrokenPipeError, ValueError):
        from carneytl.output import reader_gone

        reader_gone()
    except OSError as exc:
        return _cannot_write(exc)
    return status


def _cannot_write(exc: OSError) -> ExitStatus:
    """Report output that stdout refused, as output.write does for the data, and give exit 1."""
    from carneytl.output import reader_gone

    reader_gone()  # what is still buffered could only fail again at exit
    typer.echo(f"error: cannot write the output: {exc.strerror or exc}", err=True)
    return ExitStatus.FAILURE
