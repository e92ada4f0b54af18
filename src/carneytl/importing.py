"""Events from a newsroom's TimelineJS timeline: its JSON file, or its spreadsheet as CSV. Pure.

Each slide (or row) becomes an event at the precision its date parts give: a year alone is
``2018``, with a month ``2018-12``, with a day ``2018-12-01``; an end date makes an interval;
a display date in carneytl's words adds the qualifier or open end that the parts cannot hold.
The headline is the title, the text (HTML) the summary, the group the first tag, the slide's
``unique_id`` (made a slug, if it is not one) the id. TimelineJS lets a slide go without a
headline: the title is then the first sentence of its text, shortened, and the event says so;
a slide with neither is left out, and the timeline lists it as skipped. carneytl keeps whole
days and no media: times of day, media, credits, captions, thumbnails and backgrounds are left
out, and each event says which were.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from carneytl.errors import DateError, Problem, StoreError, refuse_empty

if TYPE_CHECKING:
    from carneytl.model import Store
    from carneytl.review import Entry

# The TimelineJS spreadsheet template's columns, in its order.
COLUMNS = (
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
)
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# No "<" inside a tag: with one, a text of many "<" and no ">" costs the square of its length.
_TAG = re.compile(r"<[^<>]+>")
# Paragraphs that carneytl's own TimelineJS output adds from the store: not part of a summary.
_DERIVED = ("Sources: ", "Other account: ")
# A title taken from a slide's text is cut, between words, to at most this many characters.
TITLE_FROM_TEXT = 80
# Where a first sentence ends: a stop, then white space. "Mr. Smith" ends one too early; a
# reviewer reads every such title, as the review's note asks.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


@dataclass(frozen=True, slots=True)
class Imported:
    """One event read from a timeline, with where it was and what was left out."""

    id: str | None
    date: str
    title: str
    summary: str | None
    tags: tuple[str, ...]
    line: int | None
    dropped: tuple[str, ...] = ()
    titled_from_text: bool = False  # the slide had no headline


class Timeline(NamedTuple):
    """What a timeline gave: its events, and the slides or rows left out for having no words."""

    events: list[Imported]
    skipped: list[str]  # "slide 3", "line 7": neither a headline nor a text


# A date part as written: ASCII digits only (int() would also take "1_000" and full-width or
# Arabic-Indic digits), and few enough that no year far past any calendar costs a conversion.
_WHOLE = re.compile(r"[+-]?[0-9]{1,12}")
_QUOTED = 40  # the longest part quoted whole in a problem


def _part(value: object) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    # JSON may write a whole number as 2018.0.
    whole = int(value) if isinstance(value, float) and value.is_integer() else value
    if isinstance(whole, (bool, float)) or not _WHOLE.fullmatch(text := str(whole).strip()):
        shown = repr(value)
        if len(shown) > _QUOTED:
            shown = shown[: _QUOTED - 3] + "..."
        raise DateError(f"{shown} is not a whole number")
    return int(text)


def _edtf(year: object, month: object, day: object) -> str | None:
    y, m, d = _part(year), _part(month), _part(day)
    if y is None:
        if m is not None or d is not None:
            raise DateError("a month or day without a year")
        return None
    if m is None and d is not None:
        raise DateError("a day without a month")
    text = f"{y:04d}" if y >= 0 else str(y)
    if m is not None:
        text += f"-{m:02d}"
    if d is not None:
        text += f"-{d:02d}"
    return text


# Half of a UTF-16 surrogate pair: JSON can escape one (`\udcff`), no UTF-8 text can hold it,
# and a review written with it is one that YAML then refuses to read back.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _unreadable_slide(slide: object) -> str | None:
    """Say why ``slide`` cannot be read at all: not an object, or a text no review can hold."""
    if not isinstance(slide, dict):
        return "not an object"
    words = slide.get("text")
    media = slide.get("media")
    texts: list[tuple[str, object]] = [
        ("headline", words.get("headline") if isinstance(words, dict) else None),
        ("text", words.get("text") if isinstance(words, dict) else None),
        ("group", slide.get("group")),
        ("unique_id", slide.get("unique_id")),
        ("display_date", slide.get("display_date")),
    ]
    if isinstance(media, dict):
        texts.extend((f"media {key}", value) for key, value in media.items())
    for name, value in texts:
        if isinstance(value, str) and _SURROGATE.search(value):
            return f"the {name} holds half a UTF-16 surrogate pair, not text"
    return None


_QUALIFIERS = ("", "~", "?", "%")


def _worded(text: str) -> list[str]:
    """The dates that only a qualifier or an open end tells from ``text``, plainest first."""
    if "/" in text:
        first, last = text.split("/")
        return [f"{first}{a}/{last}{b}" for a in _QUALIFIERS for b in _QUALIFIERS]
    return [form.format(f"{text}{q}") for form in ("{}", "../{}", "{}/..") for q in _QUALIFIERS]


def date_text(
    start: tuple[object, object, object],
    end: tuple[object, object, object],
    shown: object = None,
) -> str:
    """The store date of a slide: its start, or ``start/end`` when it has another end.

    The date parts cannot say "approximately", "uncertain" or "until"; carneytl's own export
    says them in the Display Date, in the words of :func:`carneytl.dates.display.display`. So
    where ``shown`` is exactly those words for a qualified or open form of the date, that form
    is taken (the first, for an interval whose words fit a qualifier on either end).

    Raises:
        DateError: a part is not a number, has no year above it, or the date is impossible.
    """
    from carneytl.dates.display import display
    from carneytl.dates.edtf import parse_edtf

    first = _edtf(*start)
    if first is None:
        raise DateError("a start year is needed")
    last = _edtf(*end)
    text = parse_edtf(first if last is None or last == first else f"{first}/{last}").text
    if isinstance(shown, str) and shown.strip():
        for form in _worded(text):
            if display(parse_edtf(form)) == shown.strip():
                return form
    return text


def _paragraphs(text: str) -> list[str]:
    """The text of each ``<p>...</p>``, in one pass.

    Each closing ``</p>`` ends the paragraph that the first ``<p>`` before it opened. A regular
    expression searching lazily for the close would rescan the rest of the text from every
    unclosed ``<p>``.
    """
    found = []
    for chunk in text.split("</p>")[:-1]:
        start = chunk.find("<p>")
        if start >= 0:
            found.append(chunk[start + 3 :])
    return found


def summary_text(text: str | None) -> str | None:
    """The slide's HTML text as plain text: paragraphs on their own lines, tags dropped."""
    if not text or not text.strip():
        return None
    paragraphs = _paragraphs(text) or [text]
    kept = [
        html.unescape(_TAG.sub("", p)).strip() for p in paragraphs if not p.startswith(_DERIVED)
    ]
    joined = "\n".join(p for p in kept if p)
    return joined or None


def _imported(
    *,
    ident: object,
    date: str,
    headline: object,
    text: object,
    group: object,
    line: int | None,
    dropped: tuple[str, ...],
) -> Imported | None:
    """Read one slide or row; None when it has neither a headline nor a text to name it by."""
    from carneytl import slugs

    title = html.unescape(_TAG.sub("", str(headline or ""))).strip()
    summary = summary_text(str(text) if text else None)
    named = " ".join(title.split()) if title else title_from_text(summary or "")
    if not title and not slugs.words(named):
        return None  # no headline, and a text with no words ("." or "...") to name it by
    return Imported(
        id=_id(ident),
        date=date,
        title=named,
        summary=summary,
        # A tag is one line, like a title: runs of white space (line breaks too) become one space.
        tags=(" ".join(str(group).split()),) if group and str(group).strip() else (),
        line=line,
        dropped=dropped,
        titled_from_text=not title,
    )


def _id(ident: object) -> str | None:
    """The id of a slide's ``unique_id``: itself if a slug, else slugified; None without words."""
    from carneytl import slugs

    unique = str(ident).strip() if ident is not None else ""
    if _SLUG.fullmatch(unique):
        return unique
    return slugs.slug(unique, fallback="") if slugs.words(unique) else None


def title_from_text(summary: str) -> str:
    """A title for a slide without a headline: its text's first sentence, cut between words."""
    first = _SENTENCE_END.split(summary.split("\n", 1)[0].strip(), maxsplit=1)[0]
    first = " ".join(first.split())
    if first.endswith(".") and not first.endswith(".."):
        first = first[:-1]
    if len(first) <= TITLE_FROM_TEXT:
        return first
    cut = first.rfind(" ", 0, TITLE_FROM_TEXT)  # the ellipsis takes the place of the space
    kept = first[:cut] if cut > 0 else first[: TITLE_FROM_TEXT - 1]
    return kept.rstrip(" ,;:-") + "…"


def refusals(item: Imported) -> list[str]:
    """What the store would refuse in the event ``item`` becomes, in the store's own words.

    Read here rather than at ``accept``: a control character in a headline or a group is
    named at its row or slide, and no review that cannot be applied is written.
    """
    from carneytl.storage.validate import Checker

    checker = Checker(label="")
    record = {"id": item.id or "imported", "date": item.date, "title": item.title,
              "summary": item.summary, "tags": list(item.tags)}  # fmt: skip
    checker.check_event(record, ())
    return [f"{i.message}; {i.hint}" if i.hint else i.message for i in checker.issues]


def read_csv(text: str, label: str) -> Timeline:
    """Read the TimelineJS spreadsheet template saved as CSV; skip its title and era rows.

    Raises:
        StoreError: the header is not the template's, or rows are wrong, each at its line.
    """
    reader = csv.DictReader(io.StringIO(text))
    try:
        missing = [c for c in ("Year", "Headline") if c not in (reader.fieldnames or ())]
        rows = [(row, reader.line_num) for row in reader]
    except csv.Error as exc:  # a field over the csv module's size limit, for one
        # line_num counts the lines read before the one that failed.
        where = Problem(label, reader.line_num + 1, None, f"not a CSV sheet: {exc}")
        raise StoreError([where]) from None
    if missing:
        raise StoreError(
            [Problem(label, 1, 1, f"not a TimelineJS sheet: no {', '.join(missing)} column")]
        )
    found = Timeline([], [])
    problems: list[Problem] = []
    for row, line in rows:
        if (row.get("Type") or "").strip().lower() in {"title", "era"}:
            continue
        dropped = tuple(
            c
            for c in (
                "Time",
                "End Time",
                "Media",
                "Media Credit",
                "Media Caption",
                "Media Thumbnail",
                "Background",
            )
            if (row.get(c) or "").strip()
        )
        try:
            item = _imported(
                ident=None,
                date=date_text(
                    (row.get("Year"), row.get("Month"), row.get("Day")),
                    (row.get("End Year"), row.get("End Month"), row.get("End Day")),
                    row.get("Display Date"),
                ),
                headline=row.get("Headline"),
                text=row.get("Text"),
                group=row.get("Group"),
                line=line,
                dropped=dropped,
            )
        except DateError as exc:
            problems.append(Problem(label, line, 1, exc.message))
            continue
        if item is None:
            found.skipped.append(f"line {line}")
            continue
        refused = refusals(item)
        problems.extend(Problem(label, line, 1, message) for message in refused)
        if not refused:
            found.events.append(item)
    if problems:
        raise StoreError(problems)
    return found


def _parts(value: object) -> tuple[object, object, object]:
    if not isinstance(value, dict):
        return (None, None, None)
    return (value.get("year"), value.get("month"), value.get("day"))


def read_json(text: str, label: str) -> Timeline:
    """Read a TimelineJS JSON file: its ``events``; the title slide and eras are not events.

    Raises:
        StoreError: it is not JSON, has no events list, or slides are wrong (by number).
    """
    try:
        document: Any = json.loads(text)
    except ValueError as exc:
        raise StoreError([Problem(label, None, None, f"invalid JSON: {exc}")]) from None
    except RecursionError:  # the reader recurses once a level
        raise StoreError([Problem(label, None, None, "invalid JSON: nested too deeply")]) from None
    slides = document.get("events") if isinstance(document, dict) else None
    if not isinstance(slides, list):
        raise StoreError([Problem(label, None, None, "not a TimelineJS file: no 'events' list")])
    found = Timeline([], [])
    problems: list[Problem] = []
    for number, slide in enumerate(slides, 1):
        if wrong := _unreadable_slide(slide):
            problems.append(Problem(label, None, None, f"slide {number}: {wrong}"))
            continue
        text_part = slide.get("text")
        words: dict[str, Any] = text_part if isinstance(text_part, dict) else {}
        start, end = slide.get("start_date"), slide.get("end_date")
        dropped = tuple(
            name
            for name, present in (
                ("media", slide.get("media")),
                ("background", slide.get("background")),
                (
                    "time",
                    any(isinstance(d, dict) and d.get("hour") is not None for d in (start, end)),
                ),
            )
            if present
        )
        try:
            item = _imported(
                ident=slide.get("unique_id"),
                date=date_text(_parts(start), _parts(end), slide.get("display_date")),
                headline=words.get("headline"),
                text=words.get("text"),
                group=slide.get("group"),
                line=None,
                dropped=dropped,
            )
        except DateError as exc:
            problems.append(Problem(label, None, None, f"slide {number}: {exc.message}"))
            continue
        if item is None:
            found.skipped.append(f"slide {number}")
            continue
        refused = refusals(item)
        problems.extend(Problem(label, None, None, f"slide {number}: {m}") for m in refused)
        if not refused:
            found.events.append(item)
    if problems:
        raise StoreError(problems)
    return found


def read(text: str, label: str) -> Timeline:
    """Read a TimelineJS JSON file or CSV sheet, told apart by their first character.

    A sheet cannot start with ``{`` or ``[``: its first row is the template's column names.

    Raises:
        EmptyInputError: the text is nothing but blank space.
    """
    refuse_empty(text, label)
    return read_json(text, label) if text.lstrip()[:1] in {"{", "["} else read_csv(text, label)


def entries(found: list[Imported], store: Store) -> list[Entry]:
    """Review entries for imported events: ``add`` the new ones, ``skip`` those the store has.

    Matched like an article's candidates, so importing the same timeline twice adds nothing.
    """
    from carneytl import slugs
    from carneytl.dates.edtf import parse_edtf
    from carneytl.reconcile import Proposal, Status, match_all
    from carneytl.review import Entry

    taken = {e.id for e in store.events}
    proposals = [
        Proposal(
            id=item.id or "",
            date=parse_edtf(item.date),
            title=item.title,
            actors=(),
            sentence="",
            as_written="",
            sources=(),
        )
        for item in found
    ]
    made: list[Entry] = []
    # Matched without merging: slides of one timeline are never made one event.
    # A timeline's slides are typed dates, not prose: the same title on the same day a year
    # later is the next of a yearly event far more often than a slipped year, and a match here
    # is a skip.
    matches = match_all(proposals, store.events, slips=False)
    for item, proposal, match in zip(found, proposals, matches, strict=True):
        base = item.id or slugs.slug(item.title, fallback=item.date)
        event_id = slugs.unique(base, taken)
        taken.add(event_id)
        said = [f"left out: {', '.join(item.dropped)}"] if item.dropped else []
        if item.titled_from_text:
            said.insert(0, "no headline: the title is the text's first sentence; check it")
        if item.line is not None:
            said.insert(0, f"line {item.line}")
        note = "; ".join(said) or None
        made.append(
            Entry(
                proposal=proposal,
                match=match,
                action="add" if match.status is Status.NEW else "skip",
                event_id=event_id,
                summary=item.summary,
                tags=item.tags,
                note=note,
            )
        )
    return made
