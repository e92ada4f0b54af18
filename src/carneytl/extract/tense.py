"""The words of tense that tell whether a date lies ahead or behind: cues, verbs, clause breaks.

:class:`carneytl.extract.context.Context` reads them around each date: the future and past
cues of its sentence, the verb right before or after it, and where its clause begins and ends.
"""

from __future__ import annotations

import re

from carneytl.extract.openings import guarded
from carneytl.extract.trie import factored

FUTURE = guarded(
    re.compile(
        r"\b(?:will|shall|'ll|won't|(?:is|are|was|were)\s+(?:scheduled|expected|set|due|slated|"
        r"planning|going|poised|likely)\s+to|(?<!been\s)(?:set|scheduled|slated)\s+to|plans?\s+to|"
        r"intends?\s+to|to\s+be\s+(?:held|signed|announced|released)|(?:is|are)\s+to|"
        r"(?:agreed|promised|vowed|pledged|hopes?|hoped|hoping|wants?|threatened|threatens?|"
        r"expects?|expected|aims?|aimed|planned|likely|about)\s+to|"
        r"faces?\s+(?:trial|sentencing|charges|arraignment|extradition|a\s+(?:vote|hearing|trial))\b|"
        r"(?<!been\s)due\s+to(?!\s+(?:the|a|an|its|his|her|their|this|that|high|low|poor|bad|heavy)\b)|"
        r"to\s+(?:resume|reopen|reconvene)|upcoming|(?<!was\s)(?<!were\s)supposed\s+to|payable|"
        # "analysts expect a cut in June", "said it expected a recovery in the third quarter",
        # "planned a march on Saturday": what is expected or planned lies ahead; "than
        # expected", "as expected" speak of a result.
        r"expect(?:s|ing)?|forecasts?|predicts?|"
        r"(?<!than\s)(?<!as\s)(?:expected|planned)(?=\s+(?:a|an|the)\s)|"
        # "could climb", "may vote" look ahead; "may have fled", "could not return" look back.
        r"(?:(?-i:may)|might|should|must|can)\s+(?:not\s+)?(?:\w+ly\s+)?(?!have\b)[a-z]+|"
        r"could\s+(?:\w+ly\s+)?(?!have\b|not\b)[a-z]+|"
        # "closing, which is expected in December"; "is calling for the redemption on Dec. 7".
        r"(?:is|are)\s+(?:expected|scheduled|due|set|slated|planned)|(?:is|are|am)\s+\w+ing|"
        r"(?:planned|scheduled|slated)\s+for|"
        # "has scheduled a hearing Thursday", "as soon as Tuesday": the event lies ahead.
        r"(?:has|have)\s+(?:scheduled|slated)|as\s+(?:soon|early)\s+as|"
        # "would not comment Tuesday" reports a refusal gone by, no day ahead.
        r"later\s+this|tomorrow|would(?!\s+not\s+(?:comment|say|confirm|elaborate|disclose)\b))\b",
        re.IGNORECASE,
    )
)

# Past forms spelled like their plain form ("set", "cut"): after "to" or a modal they are no
# past tense. A tuple, so that the alternation they make keeps one order.
SAME_AS_PLAIN = ("set", "hit", "cut", "put", "shut", "quit", "cost", "hurt", "beat", "split")

PAST_VERBS = (
    r"was|were|had|did|said|says|told|met|came|went|made|took|gave|left|held|began|saw|got|"
    r"rose|fell|won|lost|sold|bought|paid|brought|spent|found|became|fought|thought|kept|led|"
    r"struck|wrote|spoke|broke|chose|drove|grew|knew|threw|flew|drew|shot|stood|sent|built|"
    r"felt|heard|sat|slid|sank|swung|stuck|burst|blew|fled|ran|rang|shook|stole|froze|rode|woke|"
    r"wore|tore|dug|hung|meant|sought|taught|caught|fed|hid|dealt|slept|swept|wept|understood|"
    r"withdrew|overthrew|forgave|overcame|arose|ate|ago|earlier|yesterday|\w{2,}ed|"
    r"laid|underwent|oversaw|overran|undertook|overtook|upheld|withheld|sprang|sang|drank|spun|"
    r"slew|swore|leapt|knelt|strove|strode|mistook|forbade|forgot|rebuilt|sped|clung|flung|"
    r"shrank|shone|befell|foresaw|lit|swam|stung|lent|withstood|crept|outran|outdid|overheard|"
    r"rewrote|reran|resold|retook|redid|remade|retold|outgrew|overpaid|oversold|overshot|"
    r"underwrote|undid|outsold|overrode|(?:is|are)\s+(?:accused|suspected)\s+of|"
    r"would\s+not\s+(?:comment|say|confirm|elaborate|disclose)|(?:did|was|were|had)n['’]t|"
    # "last week" looks back; "will last until Friday" is the verb.
    r"last(?!\s+(?:until|till|through|into)\b)|(?:is|are)\s+charged\s+with|"
    # Past forms spelled like the present; "set to" and the like are caught as future first.
    + "|".join(SAME_AS_PLAIN)
)

# Words in -ed that are no past tense: "will succeed", "three hundred", "indeed".
NOT_PAST = frozenset(
    [
        "succeed",
        "proceed",
        "exceed",
        "indeed",
        "need",
        "feed",
        "speed",
        "seed",
        "heed",
        "weed",
        "breed",
        "bleed",
        "hundred",
        "sacred",
        "naked",
        "wicked",
        "hatred",
        "kindred",
        "embed",
    ]
)

# The same alternation, quicker to try (see factored).
PAST_WORDS = factored(PAST_VERBS)

PAST = re.compile(rf"\b(?:{PAST_WORDS})\b", re.IGNORECASE)

LISTED_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu(?:rs?)?"
    r"|fri|sat|sun)\.?(?:\s+(?:morning|afternoon|evening|night)s?)?"
)

LIST_LINK = r"\s*(?:,\s*(?:and|or)\b|[,&/\-–]|\band\b|\bor\b)\s*"

# The weekdays listed before a weekday, back to the first ("every mon, wed, "); searched
# for up to the weekday's start. "every" before them makes the list a set.
WEEKDAY_LIST_BEFORE = re.compile(
    rf"(?:\b(?P<every>every)\s+)?(?:\b{LISTED_DAY}{LIST_LINK})+$", re.IGNORECASE
)

# A verb right before the date ("said Friday", "closed Friday at") decides on its own.
PAST_JUST_BEFORE = re.compile(
    # "walked out on Monday", "called off on Friday": a particle between.
    rf"\b(?:{PAST_WORDS})\s+(?:(?:out|off|up|down|back|away)\s+)?"
    r"(?:(?:on|in|at|during|late|early|until|by)\s+)?$",
    re.IGNORECASE,
)

# A schedule's present tense right before the date ("talks resume Tuesday", "the law takes
# effect Monday") speaks of the coming day even in a story told in the past tense; after "to"
# the same words are infinitives ("had been due to expire Friday") and decide nothing.
SCHEDULE_JUST_BEFORE = guarded(
    re.compile(
        # "did not meet in February" is the past; "never starts" no schedule.
        r"(?<!\bto\s)(?<!\bnot\s)(?<!n't\s)(?<!\bnever\s)(?<!\bdid\s)"
        r"\b(?:resumes?|reopens?|begins?|starts?|opens|meets?|convenes?|reconvenes?|"
        r"arrives?|leaves?|departs?|close|closes|matures?|plays|returns|ends|expires?|"
        r"takes?\s+effect|goes\s+into\s+effect|"
        r"launches|kicks?\s+off|gets?\s+under\s?way|starting|beginning|effective|(?:is|are)\s+\w+ing)"
        # "the ban takes effect in November", written in March: a schedule's present looks ahead.
        r"\s+(?:again\s+)?(?:(?:on|in|at|early|late|next|this)\s+)?$",
        re.IGNORECASE,
    )
)

# A passive after a modal or a word of expectation ("will be held Monday", "is expected to be
# signed Friday"; not "had to be evacuated in March", which looks back) and a
# deferral ("was postponed until Friday", "a hearing was set for Monday") point ahead even
# though the word before the date looks like a past participle.
AHEAD_JUST_BEFORE = guarded(
    re.compile(
        r"(?:\b(?:will|shall|would|must|should|can|may|might|"
        r"(?:going|expected|due|set|scheduled|slated|planned|likely|about)\s+to)\s+(?:not\s+)?be\s+"
        # "could not be reached Friday" is the past of "cannot"; "could be held Friday" looks ahead.
        r"(?:\w+ly\s+)?\w+\s+|\bcould\s+be\s+(?:\w+ly\s+)?\w+\s+|'ll\s+be\s+\w+\s+|"
        # "The vote, to be held Tuesday, ...": an infinitive set off after its noun looks ahead.
        r",\s*to\s+be\s+\w+\s+|(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)\bto\s+be\s+held\s+|"
        # "the storm expected Saturday": a participle of expectation after its noun.
        r"(?<!\bthan\s)(?<!\bas\s)(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)\bexpected\s+|"
        r"\b(?:postponed|delayed|adjourned|deferred|put\s+off|pushed\s+back|moved|rescheduled|"
        r"recessed|extended|suspended|set|scheduled|slated|planned|called|fixed)\s+"
        # "adjourned the case until Tuesday", "called a strike for Monday": with its object.
        r"(?:(?:a|an|the|its|their|his|her)\s+(?:[\w'-]+\s+){1,2})?"
        r"(?:until|till|to|for)\s+)(?:(?:on|in|at|during|early|late|by|next|this)\s+)?$",
        re.IGNORECASE,
    )
)

# "will shut on Monday", "to cut taxes in May": a verb spelled like its past ("shut", "set",
# "cut") after a modal or "to" is its plain form, and the past reading does not hold.
PLAIN_FORM_BEFORE = guarded(
    re.compile(
        r"(?:\b(?:will|shall|would|must|should|could|can|may|might|to|not)|'ll)\s+$", re.IGNORECASE
    )
)

# "The road is closed until Friday": a state that holds now lasts until a day ahead.
PRESENT_BE_BEFORE = guarded(
    re.compile(r"(?:\b(?:is|are|am)|['’](?:s|re|m))\s+(?:\w+ly\s+)?$", re.IGNORECASE)
)

# A past-tense verb right after the date, its subject before it ("Clinton Thursday condemned
# the attacks", "the index on Friday closed lower"): the news style of a day gone by.
PAST_JUST_AFTER = re.compile(rf"\s+(?:{PAST_VERBS})\b", re.IGNORECASE)

# "Digging since Saturday", "missing since the blast on Friday": since looks back.
SINCE_JUST_BEFORE = re.compile(r"\bsince\s+(?:[\w'-]+\s+){0,4}$", re.IGNORECASE)

# Where one clause ends and the next begins: a semicolon or dash, a conjunction after a comma,
# a subordinating word, or "and" before a new subject ("..., and a summit is scheduled").
# A parenthesis is no break: what it holds restates its clause ("will leave at dawn (4 a.m.
# Thursday)").
CLAUSE_BREAK = re.compile(
    r"[;:—]|\s[–-]\s|,\s+(?:and|but|or|while|although|though|whereas|which|who|where|when|as|"
    r"after|before|because|since|so|yet)\b|\s(?:but|while|whereas|although|though|because|which|"
    r"who|that|whether)\b|"
    # "walked out on Monday and will return on Friday": a second verb with its own tense.
    r"\sand(?=\s+(?:will|would|shall|has|have|had|is|are|was|were)\b)|"
    # An infinitive starts a clause of its own: "subpoenaed him to testify on Feb. 10".
    r"\bto\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|\d|[A-Z]))(?=[a-z]+\s)|"
    # What someone said is a clause of its own: "Conseco said it is calling ... on Dec. 7".
    r"\b(?:said|says|saying|told|added|announced|reported|stated|noted|explained|warned|argued|"
    r"believed|believes|thought|thinks)\b"
)

PROGRESSIVE = re.compile(r"(?:is|are|am)\s+\w+ing", re.IGNORECASE)


# The words of CLAUSE_BREAK that report speech.
REPORTING = re.compile(
    r"said|says|saying|told|added|announced|reported|stated|noted|explained|warned|argued|"
    r"believed|believes|thought|thinks",
    re.IGNORECASE,
)

DID_BEFORE = re.compile(r"\b(?:did|didn't)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)

DID_NOT = re.compile(r"\b(?:did\s+not|didn't|never)\b", re.IGNORECASE)

FUTURE_PERFECT_BEFORE = guarded(
    re.compile(  # "will have left", "hope to have the fire contained"
        r"(?:(?:\b(?:will|shall|should|must)|'ll)\s+(?:not\s+)?have|\b(?:hopes?|hoping|expects?|"
        r"expecting|plans?|planning|aims?|aiming|wants?|intends?)\s+to\s+have(?:\s+[\w'-]+){0,3})\s+$",
        re.IGNORECASE,
    )
)

RELATIVE_OPENED = re.compile(r",\s+(?:which|who)$")

PERFECT_BEFORE = re.compile(r"\b(?:has|have|having|'s|'ve)\s+(?:\w+ly\s+)?$", re.IGNORECASE)

OPEN_END_BEFORE = re.compile(r"\b(?:until|till|through|by|before)\s+(?:\w+\s+)?$", re.IGNORECASE)

FUTURE_ED = re.compile(r"\b(?:scheduled|expected|planned|slated|set)\b", re.IGNORECASE)

# The searches above that open with a look-ahead (openings.guarded), each 1.5x or more quicker
# for it on the corpora (benchmarks/tense_guards.py); tests hold each to its plain twin.
GUARDED = {
    "FUTURE": FUTURE,
    "SCHEDULE_JUST_BEFORE": SCHEDULE_JUST_BEFORE,
    "AHEAD_JUST_BEFORE": AHEAD_JUST_BEFORE,
    "PLAIN_FORM_BEFORE": PLAIN_FORM_BEFORE,
    "PRESENT_BE_BEFORE": PRESENT_BE_BEFORE,
    "FUTURE_PERFECT_BEFORE": FUTURE_PERFECT_BEFORE,
}
