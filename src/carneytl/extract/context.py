"""The sentence around an expression: where it starts and ends, and whether it speaks of the future.

News text dates most things against the day it was published. Tense decides the direction:
"met on Friday" is the Friday just gone, "will meet on Friday" (or a schedule's present tense,
"meets on Friday") the one to come.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from carneytl.extract import normalize as nz
from carneytl.extract import tense

# A stop, the quotes or brackets closing on it and the spaces after, before a capital or a
# digit; or a line end. One character class opens it, so that the search skips to the next
# stop or line end at once. events.sentences() splits a text with it too.
SENTENCE_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])['\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|(?<=\n))")
_LINE_END = re.compile(r"\n")

_ABBREVIATION = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Corp|Inc|Co|"
    r"Ltd|Gen|Sen|Rep|Gov|No|vs|[a-z]\.[a-z]|[A-Z]))$"
)


def _abbreviation_before(text: str, period: int) -> bool:
    """Whether the full stop at ``period`` ends an abbreviation ("Sept.", "U.S.") not a sentence."""
    return _ABBREVIATION.search(text, max(0, period - 6), period) is not None


def _nearest(spans: list[tuple[int, int]], match: re.Match[str]) -> int:
    return min(
        match.start() - end if end <= match.start() else start - match.end() for start, end in spans
    )


_DETERMINERS = frozenset(
    ("the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those")
)


def _after_determiner(text: str, start: int, word: str = "") -> bool:
    """Whether the word at ``start`` follows a determiner ("the", "the newly").

    After "that" only a word in -ed may be an adjective ("that increased risk"); any other
    past form there is the verb of a relative clause ("the bullet that tore", "the deal
    that was signed").
    """
    before = text[max(0, start - 24) : start].lower().split()
    if before and before[-1].endswith("ly") and len(before) > 1:
        before = before[:-1]
    if not before or before[-1] not in _DETERMINERS:
        return False
    return before[-1] != "that" or not word or word.lower().endswith("ed") or word == "last"


# What may come before a year that opens its sentence: "In", "By early", "During".
_OPENS_SENTENCE = re.compile(
    r"\s*(?:(?:in|by|during|from|after|before|until|since|throughout)\s+)?"
    r"(?:(?:early|late|mid)[\s-]+)?(?:the\s+(?:spring|summer|autumn|fall|winter)\s+of\s+)?",
    re.IGNORECASE,
)
_BC_YEAR = re.compile(r"BC\d{4}")
_BEFORE_ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|its|his|her|their|our)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|nor|for|with|when|while|from|through|until|till|into|at|in|on|of|"
    r"the|that|which|after|before|was|were|had|has|have|will|would)\b)[a-z]{3,}\b"
)
# A comma opening an aside shortly before a year ("The company, founded in 1901, said").
_SET_OFF_BEFORE = re.compile(r",[^,.;]{1,40}$")
# How many years before publication a year named in news must lie for the story to be told
# of it: the dates after it take its year (see Context._telling_back), and its steps ("four
# years later", "the next day") count from it.
BACKGROUND_YEARS = 2
# How many years on a date in mid-paragraph may lie before it reads as a glimpse ahead.
_LEAP_YEARS = 3
_AS_OF_BEFORE = re.compile(r"\b(?:as\s+of|since)\s+$", re.IGNORECASE)


@dataclass(slots=True)
class Context:
    """The text being tagged and its anchor day, with cached sentence bounds."""

    text: str
    anchor: dt.date
    # "news" dates what has no year of its own against publication, "narrative" against the
    # date the story last named (see carneytl.extract.tagger.text_kind).
    kind: str = "news"
    reference: str | None = None
    reference_end: int = 0
    reference_start: int = 0
    # The last year written out in digits, and where its expression ended.
    named_year: tuple[int, int] | None = None
    # The year of the last date taken for a glimpse ahead of the story (see aside).
    leapt_to: int | None = None
    _tense: dict[int, bool] = field(default_factory=dict)
    _reach: dict[int, int | None] = field(default_factory=dict)
    _firm_past: set[int] = field(default_factory=set)
    _firm_ahead: set[int] = field(default_factory=set)
    _sentence_cues: dict[int, tuple[list[tuple[int, int]], list[tuple[int, int]]]] = field(
        default_factory=dict
    )
    _line_ends: list[int] | None = None

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Return the bounds of the sentence holding ``start..end``."""
        text = self.text
        low = max(0, start - 400)
        begin = low
        for found in SENTENCE_BOUNDARY.finditer(text, low, start):
            if not _abbreviation_before(text, found.start()):
                begin = found.end()
        finish = min(len(text), end + 400)
        for found in SENTENCE_BOUNDARY.finditer(text, end, finish):
            if not _abbreviation_before(text, found.start()):
                finish = found.start() + 1
                break
        return begin, finish

    def bc_in_focus(self) -> str | None:
        """The year BC a narrative is in ("BC0490"), when the date it last named was one."""
        reference = self.reference or ""
        if self.kind == "narrative" and _BC_YEAR.match(reference):
            return reference[:6]
        return None

    def reference_year(self) -> int | None:
        """The year of the date the story last named, when it names one year.

        A decade ("199") or a century ("19") spans many years, so it gives none.
        """
        reference = self.reference or ""
        year = reference[:4]
        if len(year) == 4 and year.isdigit() and reference[4:5] in {"", "-", "T"}:  # noqa: PLR2004 - a year of four digits
            return int(year)
        return None

    def year_in_focus(self, match: re.Match[str], *, in_news: bool = False) -> int | None:
        """The year a month or day written without one belongs to, when the text has set one.

        A narrative carries its year from date to date across the whole text ("In September
        1939 ... By late October"). News dates such words against publication; only a bare
        month (``in_news``) takes a year written earlier in its own sentence ("rose in March
        1997 and fell in June").
        """
        if self.kind == "narrative":
            reference = self.reference
            # A decade gives 199 here, and the tagger drops the month it would date to 0199:
            # a month cannot be placed in a decade.
            if reference and reference[:4].isdigit() and reference[4:5] in {"", "-", "T"}:
                return int(reference[:4])
            return None
        if self.named_year is None:
            return None
        year, end = self.named_year
        begin, _ = self.sentence(match.start(), match.end())
        if in_news and end > begin:
            # "The company, founded in 1901, said it would close a plant in June": a year set
            # off between commas is an aside, and a month still to come is not in it.
            aside = self.text.startswith(",", end) and _SET_OFF_BEFORE.search(
                self.text, max(begin, end - 48), end - 4
            )
            return None if aside and year < self.anchor.year and self.future(match) else year
        return year if self._telling_back(year, end, begin, match) else None

    def _telling_back(self, year: int, end: int, begin: int, match: re.Match[str]) -> bool:
        """Whether news is telling a story of a year long gone, in this paragraph.

        "The bill passed the House on Feb. 6, 2023. The president signed it on Feb. 20.": a
        background told in the past keeps its year through its paragraph.
        A year named alone ("a program approved in 1987") is mentioned in passing, and a
        year close to publication leaves the day to the tense, as news means it.
        """
        reference = self.reference or ""
        if (
            self.anchor.year - year < BACKGROUND_YEARS
            or not reference.startswith(f"{year:04d}")
            or len(reference) <= 4  # noqa: PLR2004 - a year alone
            or self.future(match)
            # "charged in the Dec. 21, 1988, bombing": a date that names an event, not a step
            # of the story.
            or _BEFORE_ATTRIBUTIVE.search(
                self.text, max(0, self.reference_start - 8), self.reference_start
            )
        ):
            return False
        return self.same_paragraph(end, begin)

    def same_paragraph(self, start: int, end: int) -> bool:
        """Whether no line end lies between ``start`` and ``end``.

        The line ends are found once per text: a story that names many months long after its
        last year must not search back to that year for each.
        """
        if self._line_ends is None:
            self._line_ends = [found.start() for found in _LINE_END.finditer(self.text)]
        return bisect.bisect_left(self._line_ends, start) == bisect.bisect_left(
            self._line_ends, end
        )

    def aside(self, value: str, start: int, end: int) -> bool:
        """Whether a year named alone inside a narrative sentence leaves the story's date be.

        "Its forces collapsed on 10 March 1975 ... they had planned a campaign in 1976" and
        "a report declassified in 2005" mention a year without moving the story there: a
        year alone in a sentence that looks ahead, or that leaps decades, is an aside. A year
        that opens its sentence ("In 1976, ...") always moves the story.
        """
        # A story that sits in a decade or a century has no year for a year to leap from:
        # the year it names next is where the story goes.
        current = self.reference_year() if self.kind == "narrative" else None
        year = value[:4]
        if current is None or not year.isdigit():
            return False
        if _AS_OF_BEFORE.search(self.text, max(0, start - 8), start):
            # "deaths (as of May 5, 2006)", "the worst since 1968": a count's or a comparison's.
            return True
        if year not in self.text[start:end]:
            # Worked out without a year of its own ("Friday", "tonight") far from the story's
            # year: it was read against publication, and the story stays where it was.
            return abs(int(year) - current) > 1
        if len(value) != 4:  # noqa: PLR2004 - a year alone
            return int(year) - current > _LEAP_YEARS and self._leaps_ahead(int(year), start)
        begin, finish = self.sentence(start, end)
        if _OPENS_SENTENCE.fullmatch(self.text, begin, start):
            return False
        leap = abs(int(value) - current) > 10  # noqa: PLR2004 - decades
        return leap or tense.FUTURE.search(self.text, begin, finish) is not None

    def _leaps_ahead(self, year: int, start: int) -> bool:
        """Whether a date years ahead of the story, within its paragraph, is a glimpse ahead.

        "On April 9 Baghdad fell ... In November 2008, protesters staged a similar scene. On
        April 15 the coalition declared ...": a date that leaps years on in the middle of a
        paragraph about another is what came of it later, and the story returns. A second
        such leap in a row means the story has moved on after all (a life told in one
        paragraph: "flew in 1980 ... in October 1984 ... On May 22, 1995").
        """
        paragraph = self.text.rfind("\n", 0, start)
        begin, _ = self.sentence(start, start)
        leap = begin > paragraph + 1 and self.reference_end > paragraph
        if not leap:
            return False
        if self.leapt_to is not None and year >= self.leapt_to:
            self.leapt_to = None
            return False
        self.leapt_to = year
        return True

    def base(self) -> dt.date:
        """The day that "next month", "the end of the year" or "that morning" count from.

        News counts from publication. A narrative counts from the date it last named (its
        first day, when only the month or year is known), once it has named one.
        """
        if self.kind == "narrative" and self.reference:
            read = nz.read_reference(self.reference)
            if read is not None:
                return read[0]  # a season's first day too: "the summer of 2005"
        return self.anchor

    def base_is_day(self) -> bool:
        """Whether :meth:`base` is a day the narrative named, not publication or a coarser date."""
        if self.kind != "narrative" or not self.reference:
            return False
        read = nz.read_reference(self.reference)
        return read is not None and read[1] == "day"

    def day_in_focus(self, match: re.Match[str]) -> dt.date:
        """The day a bare time of day belongs to: the day the story just named, else the anchor.

        "The bombs went off Friday morning ... at 10:30 a.m." is Friday's 10:30; the day must
        have been named in the same sentence or the one before.
        """
        reference = self.reference
        if reference is None or len(reference) < 10 or not reference[:10][-1].isdigit():  # noqa: PLR2004 - a full day
            return self.anchor
        begin, _ = self.sentence(match.start(), match.end())
        previous, _ = self.sentence(max(0, begin - 2), max(0, begin - 1))
        if self.reference_end <= min(begin, previous):
            return self.anchor
        try:
            return dt.date.fromisoformat(reference[:10])
        except ValueError:
            return self.anchor

    def future(self, match: re.Match[str]) -> bool:
        """Whether the sentence around ``match`` speaks of what is still to come.

        The tense word nearest the date decides ("said Friday it would..." is past: "said" is
        nearer than "would"); a sentence with no tense word at all reads as a schedule.
        """
        cached = self._tense.get(match.start())
        if cached is not None:
            return cached
        begin, finish = self.sentence(match.start(), match.end())
        before = self.text[max(begin, match.start() - 40) : match.start()]
        if tense.SINCE_JUST_BEFORE.search(before):
            result = False
            self._firm_past.add(match.start())
        elif (
            (schedule := tense.SCHEDULE_JUST_BEFORE.search(before))
            # "When did talks resume on Monday?": the past of a question.
            and not tense.DID_BEFORE.search(before, 0, schedule.start())
        ) or tense.AHEAD_JUST_BEFORE.search(before):
            result = True
            self._firm_ahead.add(match.start())
        elif self._past_just_after(match):
            result = False
            self._firm_past.add(match.start())
        elif (
            (just_before := tense.PAST_JUST_BEFORE.search(before))
            and just_before.group(0).split()[0].lower() not in tense.NOT_PAST
            and not tense.FUTURE_ED.search(before[-25:])
            and not tense.PLAIN_FORM_BEFORE.search(before, 0, just_before.start())
            # "will have left by Sunday": a future perfect.
            and not tense.FUTURE_PERFECT_BEFORE.search(before, 0, just_before.start())
            # "is closed Friday", "is closed until Friday": a state that holds now.
            and not tense.PRESENT_BE_BEFORE.search(before, 0, just_before.start())
        ):
            result = False
            # "closed until", "done by" leave room for a date ahead; "arrested on" does not.
            if just_before.group(0).split()[-1].lower() not in {"until", "by"}:
                self._firm_past.add(match.start())
        else:
            result = self._by_clause(match, before, begin, finish)
        self._tense[match.start()] = result
        return result

    def _by_clause(self, match: re.Match[str], before: str, begin: int, finish: int) -> bool:
        """The tense of the date's own clause, else of its whole sentence (see :meth:`future`)."""
        all_futures, all_pasts = self._cues(begin, finish)
        futures = [(a, b) for a, b in all_futures if b <= match.start() or a >= match.end()]
        pasts = [(a, b) for a, b in all_pasts if b <= match.start() or a >= match.end()]
        # The date's own clause decides when it has a tense: "will travel on Friday, and a
        # summit is scheduled" looks ahead whatever the next clause says. A clause in the
        # past tense never reaches past publication.
        low, high = self._clause(match, begin, finish)
        # A cue that ends where the clause begins governs it: "plans to | redeem on Nov. 16".
        own_futures = [(a, b) for a, b in futures if low - 1 <= b and a < high]
        own_pasts = [(a, b) for a, b in pasts if low <= a and b <= high]
        if own_futures or own_pasts:
            # A present progressive is a weak cue ("are examining what went wrong in
            # February"): it outweighs the past only when nearer, like any other cue.
            firm_futures = [
                (a, b) for a, b in own_futures if not tense.PROGRESSIVE.fullmatch(self.text, a, b)
            ]
            result = self._decide(own_futures, own_pasts, match) or bool(firm_futures)
            if not own_pasts and any(b <= match.start() for _, b in firm_futures):
                self._firm_ahead.add(match.start())
            # "has extended loans through January", "has set Nov. 10 as the deadline":
            # a perfect, or an end ("until", "by"), leaves room for a date ahead.
            simple = [
                (a, b)
                for a, b in own_pasts
                if not tense.PERFECT_BEFORE.search(self.text, max(0, a - 10), a)
            ]
            open_end = tense.OPEN_END_BEFORE.search(before)
            # "had repaid the loan by June": a past perfect ends before a day gone by.
            end_word = open_end.group(0).split()[0].lower() if open_end else ""
            # "did not reopen until Monday": it happened then, not before.
            not_until = end_word in {"until", "till"} and tense.DID_NOT.search(self.text, low, high)
            if (
                not result
                and simple
                and (
                    open_end is None
                    or (
                        end_word == "by" and any(self.text[a:b].lower() == "had" for a, b in simple)
                    )
                    or not_until
                )
            ):
                self._firm_past.add(match.start())
        elif tense.RELATIVE_OPENED.search(self.text, max(0, low - 12), low):
            # "The team, which plays Sunday, has lost": a relative clause with no tense
            # word is in the present, a schedule's tense.
            result = True
        else:
            result = self._decide(futures, pasts, match)
        return result

    def clause_looks_ahead(self, match: re.Match[str]) -> bool:
        """Whether a future-tense word stands in the clause holding ``match`` (or opens it)."""
        begin, finish = self.sentence(match.start(), match.end())
        low, high = self._clause(match, begin, finish)
        futures, _ = self._cues(begin, finish)
        return any(
            low - 1 <= b and a < high and (b <= match.start() or a >= match.end())
            for a, b in futures
        )

    def _past_just_after(self, match: re.Match[str]) -> bool:
        after = tense.PAST_JUST_AFTER.match(self.text, match.end())
        if after is None:
            return False
        verb = after.group(0).strip().lower()
        return verb not in tense.NOT_PAST and tense.FUTURE_ED.fullmatch(verb) is None

    def _clause(self, match: re.Match[str], begin: int, finish: int) -> tuple[int, int]:
        """The bounds of the clause holding ``match``, within its sentence ``begin..finish``."""
        low, high = begin, finish
        opener = ""
        for found in tense.CLAUSE_BREAK.finditer(self.text, begin, finish):
            if found.end() <= match.start():
                if (
                    tense.RELATIVE_OPENED.search(opener)
                    and tense.REPORTING.fullmatch(found.group(0))
                    and "," not in self.text[low : found.start()]
                ):
                    # "The firm, which reported results Tuesday, ...": the verb is the
                    # relative clause's own.
                    low = found.start()
                else:
                    low = found.end()
                    opener = found.group(0)
            elif found.start() >= match.end():
                high = found.start()
                break
        if tense.RELATIVE_OPENED.search(opener):
            # "The team, which plays Sunday, has lost": the relative clause ends at its comma.
            comma = self.text.find(",", match.end(), high)
            high = comma if comma >= 0 else high
        return low, high

    def _cues(self, begin: int, finish: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The future and past tense words of a sentence, found once per sentence."""
        cached = self._sentence_cues.get(begin)
        if cached is None:
            futures = [m.span() for m in tense.FUTURE.finditer(self.text, begin, finish)]
            perfect = (
                tense.FUTURE_PERFECT_BEFORE.search
                if "have" in self.text[begin:finish].lower()
                else None
            )
            pasts = [
                m.span()
                for m in tense.PAST.finditer(self.text, begin, finish)
                if not any(a <= m.start() < b for a, b in futures)
                and m.group(0).lower() not in tense.NOT_PAST
                # "Friday or sat": the day, not the verb.
                and not (
                    m.group(0).lower() == "sat"
                    and tense.WEEKDAY_LIST_BEFORE.search(
                        self.text, max(0, m.start() - 80), m.start()
                    )
                )
                # "the increased dividend": a participle used as an adjective, not a verb.
                and not _after_determiner(self.text, m.start(), m.group(0))
                # "is closed", "are booked": a present passive, no past tense.
                and not tense.PRESENT_BE_BEFORE.search(self.text, max(0, m.start() - 16), m.start())
                # "Airline to cut jobs in April": the plain form after "to" or a modal.
                and not (
                    m.group(0).lower() in tense.SAME_AS_PLAIN
                    and tense.PLAIN_FORM_BEFORE.search(self.text, max(0, m.start() - 8), m.start())
                )
                # "the Fed", the central bank, is no verb.
                and m.group(0) != "Fed"
                and not (perfect and perfect(self.text, max(0, m.start() - 48), m.start()))
            ]
            cached = self._sentence_cues[begin] = (futures, pasts)
        return cached

    def _decide(
        self, futures: list[tuple[int, int]], pasts: list[tuple[int, int]], match: re.Match[str]
    ) -> bool:
        near_future = _nearest(futures, match) if futures else None
        near_past = _nearest(pasts, match) if pasts else None
        self._reach[match.start()] = min(
            (d for d in (near_future, near_past) if d is not None), default=None
        )
        if near_past is None:
            return True
        if near_future is None:
            return False
        return near_future <= near_past

    def firmly_past(self, match: re.Match[str]) -> bool:
        """Whether a past-tense verb stands right before the date ("was arrested on Oct. 5")."""
        self.future(match)
        return match.start() in self._firm_past and not self._names_a_calendar_day(match)

    def firm(self, match: re.Match[str]) -> bool:
        """Whether the tense governs the date itself, either way.

        "was arrested on Oct. 5" cannot lie ahead; "will hold a vote on Feb. 27" and "is due
        Jan. 15" cannot lie weeks back.
        """
        if self.firmly_past(match):
            return True
        return match.start() in self._firm_ahead and not self._names_a_calendar_day(match)

    def _names_a_calendar_day(self, match: re.Match[str]) -> bool:
        """Whether the date modifies a noun after an article ("set a Jan. 14 return date").

        Such a date names a day on the calendar, a deadline as often as an event gone by, so
        the past tense of its clause does not pin it to the days before publication.
        """
        return (
            _BEFORE_ATTRIBUTIVE.search(self.text, max(0, match.start() - 8), match.start())
            is not None
            and _NOUN_AFTER.match(self.text, match.end()) is not None
        )

    def lean(self, match: re.Match[str], reach: int = 60) -> bool | None:
        """Like :meth:`future`, but ``None`` when no tense word lies within ``reach`` characters.

        Dates with a month and day read best as the nearest such day unless a verb close by
        points one way; a verb at the far end of a long sentence is weak evidence.
        """
        result = self.future(match)
        if match.start() in self._firm_past:
            return False
        distance = self._reach.get(match.start(), 0)
        if distance is None or distance > reach:
            return None
        if result and self._names_a_calendar_day(match) and not self.clause_looks_ahead(match):
            # "is trying to sell itself under a June agreement": a date that modifies a noun
            # looks ahead only with a future tense in its own clause; else the nearest.
            return None
        return result

    def near(self, match: re.Match[str], pattern: str, reach: int) -> bool:
        """Whether ``pattern`` occurs within ``reach`` characters before the match, or inside it."""
        window = self.text[max(0, match.start() - reach) : match.end()]
        return re.search(pattern, window, re.IGNORECASE) is not None
