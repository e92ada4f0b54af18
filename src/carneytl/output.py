"""Writing rendered output: the injectable environment (terminal or pipe) and the one write step."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, TextIO

from carneytl.errors import CarneyError

if TYPE_CHECKING:
    from pathlib import Path

    from rich.console import Console, RenderableType

    from carneytl.render import Rendered

DEFAULT_WIDTH = 80
# The narrowest layout the views keep their shape at: below it the table's title column is
# a few letters wide and a date no longer fits beside its label in `show`.
MIN_WIDTH = 30
# Wider than any screen; a layout much wider only costs time (a scaled timeline draws every
# column) and makes lines no reader can follow.
MAX_WIDTH = 1000


@dataclass(frozen=True, slots=True)
class Environment:
    """Where output goes and how it may look; built once from the system, or by a test."""

    stdout: TextIO
    stderr: TextIO
    is_terminal: bool
    color: bool
    width: int
    # The pager for output longer than ``height`` lines; None writes straight to stdout.
    pager: tuple[str, ...] | None = None
    height: int = 24

    @classmethod
    def from_system(
        cls, *, color: bool | None = None, width: int | None = None, page: bool = False
    ) -> Environment:
        """Describe the real process: colour and width from the flags, else from the terminal.

        Colour: ``--color/--no-color`` wins; otherwise ``NO_COLOR`` (any non-empty value) turns
        it off, and it is on only when stdout is a terminal that is not ``TERM=dumb``.
        Width: ``--width``, else ``COLUMNS``, else the terminal's, else 80.
        Paging (``page``): only on a terminal, through ``$PAGER`` (see :mod:`carneytl.pager`).
        """
        stdout = sys.stdout
        is_terminal = stdout.isatty()
        if color is None:
            color = (
                is_terminal
                and not os.environ.get("NO_COLOR")
                and os.environ.get("TERM", "") != "dumb"
            )
        if width is None:
            width = _env_width() or (
                shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
                if is_terminal
                else DEFAULT_WIDTH
            )
            # The views are laid out for 30 to 1000 columns (as --width insists); a narrower
            # terminal gets lines that wrap rather than a layout squeezed out of shape.
            width = min(max(width, MIN_WIDTH), MAX_WIDTH)
        if page and is_terminal:
            from carneytl.pager import pager_command, terminal_height

            return cls(
                stdout, sys.stderr, is_terminal, color, width, pager_command(), terminal_height()
            )
        return cls(stdout, sys.stderr, is_terminal, color, width)

    def console(self, *, record: bool = False, file: TextIO | None = None) -> Console:
        """Return a rich console bound to this environment's stdout, colour and width.

        ``record`` keeps what is printed so it can be exported as SVG or HTML afterwards;
        ``file`` writes elsewhere than stdout.
        """
        from rich.console import Console

        class _Console(Console):
            def on_broken_pipe(self) -> None:
                # rich would exit 1 here; a reader that has seen enough is no failure, so the
                # broken pipe goes back to write(), which ends quietly like every other format.
                self.quiet = True
                raise BrokenPipeError

        return _Console(
            record=record,
            file=self.stdout if file is None else file,
            width=self.width,
            color_system=_color_system() if self.color else None,
            force_terminal=self.color,
            no_color=not self.color,
            highlight=False,
            emoji=False,
            markup=False,
            soft_wrap=False,
        )


def _color_system() -> Literal["auto", "standard"]:
    """Name the colours to use once colour is on, whatever decided that.

    rich's "auto" turns colour off on a ``TERM=dumb`` (or ``unknown``) terminal; by the time
    this is asked, the default has already said no to such a terminal, so colour here was
    forced by ``--color`` and must win, as ``rg --color always`` does: the 16 standard colours.
    """
    if os.environ.get("TERM", "").lower() in {"dumb", "unknown"}:
        return "standard"
    return "auto"


def _env_width() -> int | None:
    # ASCII digits only, and few: int() would also take "1_000" or a thousand digits.
    written = os.environ.get("COLUMNS", "").strip()
    if not re.fullmatch(r"[0-9]{1,6}", written):
        return None
    width = int(written)
    return width if width > 0 else None


@dataclass(frozen=True, slots=True)
class Export:
    """Files to save a picture of the output to, besides writing it to stdout."""

    svg: Path | None = None
    html: Path | None = None
    title: str = "carneytl"

    def __bool__(self) -> bool:
        """Tell whether any file is asked for."""
        return self.svg is not None or self.html is not None


def write(rendered: Rendered, env: Environment, export: Export | None = None) -> None:
    """Write renderer output to stdout: text as it is, rich renderables through a console.

    With ``export``, the same output also goes to SVG and/or HTML files through rich's
    recording console, so the picture is exactly what the terminal got.

    Raises:
        CarneyError: an export file cannot be written.
        OutputError: stdout refused the output (a full disk, say); a reader that has gone
            (`| head`) is not an error.
    """
    if isinstance(rendered, bytes) and (env.is_terminal or not hasattr(env.stdout, "buffer")):
        # Only a pipe or file takes the bytes as they are; anything else gets the text.
        rendered = rendered.decode("utf-8", "replace")
    if isinstance(rendered, str) and env.is_terminal:
        # Machine formats carry event text as it is; on a screen its escapes must not act.
        # (Drawn views escape event text themselves and add colour codes of their own.)
        from carneytl.terminal import terminal_safe

        rendered = terminal_safe(rendered)
    try:
        _write(rendered, env, export)
    except BrokenPipeError:
        # The reader has gone (`| head`): that is how a pipeline says it has seen enough.
        reader_gone()
    except OSError as exc:
        from carneytl.errors import OutputError

        raise OutputError(f"cannot write the output: {exc.strerror or exc}") from None


def reader_gone() -> None:
    """Send whatever is still to be written to /dev/null, so exit is quiet and successful."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ else 1)
        os.close(devnull)


def _write(rendered: Rendered, env: Environment, export: Export | None) -> None:
    if export:
        _write_recorded(rendered, env, export)
        return
    if env.pager is not None:
        from carneytl.pager import page

        page(_chunks(rendered, env), stdout=env.stdout, command=env.pager, height=env.height)
        return
    if isinstance(rendered, str):
        env.stdout.write(rendered)
    elif isinstance(rendered, bytes):
        # Machine output already encoded as UTF-8 goes past the text layer, after what it holds.
        env.stdout.flush()
        env.stdout.buffer.write(rendered)
    elif isinstance(rendered, Iterator):
        for chunk in rendered:
            env.stdout.write(chunk)
    elif env.color:
        env.console().print(rendered)
    else:
        env.stdout.write(_plain(rendered, env))
    env.stdout.flush()


def _plain(renderable: RenderableType, env: Environment) -> str:
    """Lay a rich renderable out without colour, each line ending at its last character.

    rich pads every cell of a table to its column's width, so each line of a piped table
    would end in spaces: noise for diff, grep and editors.
    """
    console = env.console()
    with console.capture() as captured:
        console.print(renderable)
    return _trimmed(captured.get())


def _trimmed(text: str) -> str:
    return "\n".join(line.rstrip(" ") for line in text.split("\n"))


def _write_recorded(rendered: Rendered, env: Environment, export: Export) -> None:
    from rich.segment import Segment, Segments
    from rich.text import Text

    # Without colour the terminal's copy is trimmed as write() trims it; the recording
    # keeps rich's own lines for the picture.
    plain = None if env.color else io.StringIO()
    console = env.console(record=True, file=plain)
    if isinstance(rendered, Iterator):
        rendered = "".join(rendered)
    elif isinstance(rendered, bytes):
        rendered = rendered.decode("utf-8", "replace")
    renderable = Text.from_ansi(rendered, end="") if isinstance(rendered, str) else rendered
    if env.color:
        console.print(renderable)
    else:
        # The recording keeps colours even when the terminal gets none; strip them first so
        # the picture, like the terminal, is in plain black and white.
        segments = Segment.remove_color(console.render(renderable))
        console.print(Segments(list(segments)), end="")
        env.stdout.write(_trimmed(plain.getvalue() if plain is not None else ""))
        env.stdout.flush()
    try:
        if export.svg is not None:
            console.save_svg(str(export.svg), title=export.title, clear=False)
        if export.html is not None:
            console.save_html(str(export.html), clear=False)
    except OSError as exc:
        where = exc.filename or export.svg or export.html
        raise CarneyError(f"cannot write {where}: {exc.strerror or exc}") from None


def _chunks(rendered: Rendered, env: Environment) -> Iterator[str]:
    if isinstance(rendered, str):
        yield rendered
    elif isinstance(rendered, bytes):
        yield rendered.decode("utf-8", "replace")
    elif isinstance(rendered, Iterator):
        yield from rendered
    elif env.color:
        console = env.console()
        with console.capture() as captured:
            console.print(rendered)
        yield captured.get()
    else:
        yield _plain(rendered, env)


def note(message: str, env: Environment) -> None:
    """Write a short message for people to stderr, never to stdout."""
    env.stderr.write(message + "\n")
