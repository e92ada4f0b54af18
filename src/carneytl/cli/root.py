"""The typer app, its error reporting and the process entry point; the one place errors print."""

from __future__ import annotations

import contextlib
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from carneytl import __version__
from carneytl.errors import CarneyError, ExitStatus, StoreError, UsageError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from typer._click import exceptions as click

# typer reads parameter annotations at run time; it understands `Optional` on every version.
# ruff: noqa: UP045

app = typer.Typer(
    name="carneytl",
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
        raise typer.Exit(exc.exit_status) from None
    except CarneyError as exc:
        typer.echo(f"error: {_safe(exc.message)}", err=True)
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
        from carneytl.cli.selection import print_machine

        print_machine(f"carneytl {__version__}\n")
        raise typer.Exit


@app.callback()
def _root(
    version: Annotated[
        Optional[bool],
        typer.Option(
            "--version", "-V", help="Show the version and exit.", callback=_version, is_eager=True
        ),
    ] = None,
) -> None:
    """Query a news story's chronology: sourced events, precise dates, JSON for pipes.

    \b
    Examples:
      carneytl list
      carneytl between 2018 2021
      carneytl list --actor "Xi Jinping" --json | jq -r '.[].title'
    """


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
    from carneytl.cli import families_for, register

    register(families_for(sys.argv[1:]))
    # Not standalone: click would print its own "Usage: ... Error: ..." block for a mistyped
    # option or a missing argument; carneytl words those like every other error it reports.
    # typer (0.28, see pyproject) vendors click and re-exports only BadParameter of its errors.
    from typer._click import exceptions as click_errors

    status: object = ExitStatus.FAILURE  # what an error no branch below catches ends in
    try:
        status = app(prog_name="carneytl", standalone_mode=False)
    except click_errors.NoArgsIsHelpError as exc:
        typer.echo(exc.format_message(), err=True)
        status = ExitStatus.USAGE
    except click_errors.UsageError as exc:
        status = _usage_error(exc)
    except click_errors.ClickException as exc:
        typer.echo(f"error: {_safe(_sentence(exc.format_message()))}", err=True)
        status = exc.exit_code
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


def _usage_error(exc: click.UsageError) -> int:
    """Report a command line click could not parse: what, the usage line, where to look."""
    typer.echo(f"error: {_safe(_sentence(exc.format_message()))}", err=True)
    if exc.ctx is not None:
        usage = exc.ctx.get_usage().removeprefix("Usage: ")
        typer.echo(f"usage: {usage}", err=True)
        typer.echo(f"see '{exc.ctx.command_path} --help'", err=True)
    else:  # an option's missing value is found before a context exists
        from carneytl.cli import command_named

        named = command_named(sys.argv[1:])
        typer.echo(f"see '{' '.join(filter(None, ('carneytl', named)))} --help'", err=True)
    return exc.exit_code


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
