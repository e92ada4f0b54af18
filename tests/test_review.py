from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carneytl.dates.edtf import parse_edtf
from carneytl.errors import StoreError
from carneytl.model import Account, Event, Source, Store
from carneytl.reconcile import Match, Proposal, Status
from carneytl.review import Entry, plan, proposed_action, write

WIRE = Source(id="wire", publisher="Wire", published="2024-03-02")
RADIO = Source(id="radio", publisher="Radio", published="2024-03-05")
CLOSED = Event(
    id="closed", date=parse_edtf("2024-03-01"), title="The bridge closes", sources=(WIRE,)
)
STORE = Store(path="story.yaml", events=(CLOSED,), sources={"wire": WIRE, "radio": RADIO})


def proposal(date="2024-03-01", title="The bridge shuts", sources=("radio",), **more):
    fields = {"actors": (), "sentence": title, "as_written": "on Friday"} | more
    return Proposal(id="", date=parse_edtf(date), title=title, sources=tuple(sources), **fields)


def test_a_new_candidate_is_added():
    assert proposed_action(proposal(), Match(Status.NEW, None, 0.1), None) == "add"


def test_the_same_event_is_cited_unless_it_cites_the_article_already():
    same = Match(Status.SAME, "closed", 0.9)
    assert proposed_action(proposal(), same, CLOSED) == "source"
    assert proposed_action(proposal(sources=("wire",)), same, CLOSED) == "skip"


def test_a_conflict_is_kept_as_an_account_unless_one_says_it_already():
    conflict = Match(Status.CONFLICT, "closed", 0.9)
    other = proposal(date="2024-03-04")
    assert proposed_action(other, conflict, CLOSED) == "account"
    told = Event(
        id="closed",
        date=CLOSED.date,
        title=CLOSED.title,
        accounts=(Account(parse_edtf("2024-03-04"), (RADIO,)),),
    )
    assert proposed_action(other, conflict, told) == "skip"


def review(*entries, sources=()):
    return write(list(entries), list(sources), {"closed": CLOSED}, what="a.txt", store="story.yaml")


def test_a_written_review_reads_back_as_its_plan():
    text = review(
        Entry(proposal(), Match(Status.SAME, "closed", 0.9), "source", "shuts"),
        Entry(proposal(date="2024-03-04"), Match(Status.CONFLICT, "closed", 0.8), "account", "x"),
        Entry(
            proposal(date="2024-05-06", title="Work starts"),
            Match(Status.NEW, None, 0),
            "add",
            "work",
        ),
        Entry(proposal(), Match(Status.SAME, "closed", 0.9), "skip", "again"),
    )
    found = plan(text, "review.yaml", STORE)
    assert found.cited == {"closed": ["radio"]}
    assert found.accounts == {
        "closed": [{"date": "2024-03-04", "sources": ["radio"], "as_written": "on Friday"}]
    }
    ((_item, event),) = found.added
    assert (event.id, event.date.text, event.title) == ("work", "2024-05-06", "Work starts")
    assert found.skipped == 1
    (closed,) = found.events
    assert [s.id for s in closed.sources] == ["wire", "radio"]
    assert closed.date == CLOSED.date


def test_a_new_source_is_added_only_when_an_action_cites_it():
    fresh = Source(id="courier", publisher="Courier", published="2024-05-20")
    entry = Entry(proposal(sources=("courier",)), Match(Status.SAME, "closed", 0.9), "skip", "x")
    assert plan(review(entry, sources=[(fresh, False)]), "r.yaml", STORE).new_sources == ()
    cited = Entry(proposal(sources=("courier",)), Match(Status.SAME, "closed", 0.9), "source", "x")
    found = plan(review(cited, sources=[(fresh, False)]), "r.yaml", STORE)
    assert [item["id"] for item in found.new_sources] == ["courier"]


def test_an_unknown_source_is_refused_at_its_place():
    entry = Entry(proposal(sources=("nobody",)), Match(Status.SAME, "closed", 0.9), "source", "x")
    text = review(entry)
    try:
        plan(text, "r.yaml", STORE)
    except Exception as exc:  # noqa: BLE001 - the message is what matters
        message = str(exc)
    line = text.splitlines().index("      sources: [nobody]") + 1
    assert message == f"r.yaml:{line}:17: unknown source 'nobody'"


# Sentences as articles may hold them: quotes, colons, hashes, words YAML reads as booleans or
# numbers, tabs and other control characters, any letters.
TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r\x85\u2028\u2029"),
    min_size=1,
    max_size=40,
).filter(lambda text: text.strip())
# A title is one line without control characters; the Unicode separators may stay in it.
TITLE_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(lambda text: text.strip())
# Phrases and names are one line of text: no control characters (see docs/store-format.md).
LINE_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40
).filter(lambda text: text.strip())


@settings(max_examples=150, deadline=None)
@given(title=TITLE_TEXT, phrase=LINE_TEXT, sentence=TEXT, actor=LINE_TEXT)
def test_any_text_reads_back_from_the_review_as_written(title, phrase, sentence, actor):
    candidate = proposal(
        date="2024-05-06",
        title=title,
        as_written=phrase,
        sentence=sentence,
        actors=(actor,),
    )
    text = review(Entry(candidate, Match(Status.NEW, None, 0), "add", "event"))
    ((_item, event),) = plan(text, "r.yaml", STORE).added
    assert event.title == title.strip()
    assert event.as_written == phrase.strip()
    assert event.actors == (actor.strip(),)


def test_text_in_comments_cannot_break_out_of_them():
    odd = Event(id="closed", date=CLOSED.date, title="Shut\u2028review: 2", sources=(WIRE,))
    entry = Entry(proposal(), Match(Status.SAME, "closed", 0.9), "source", "x")
    text = write([entry], [], {"closed": odd}, what="a\nb.txt", store="s\u0085.yaml")
    assert "Shut\\u2028review: 2" in text
    assert "a\\u000ab.txt" in text
    found = plan(text, "r.yaml", STORE)
    assert found.cited == {"closed": ["radio"]}


def test_citing_a_source_the_event_has_already_changes_nothing():
    entry = Entry(proposal(sources=("wire",)), Match(Status.SAME, "closed", 0.9), "source", "x")
    found = plan(review(entry), "r.yaml", STORE)
    assert found.cited == {}
    assert found.events == STORE.events


def problems_of(text):
    with pytest.raises(StoreError) as caught:
        plan(text, "r.yaml", STORE)
    return [(p.line, p.message) for p in caught.value.problems]


def test_ids_that_are_not_text_are_refused_not_crashed_on():
    source_id = "review: 1\nsources:\n  - {id: [wire], title: T}\ncandidates: []\n"
    ((line, message),) = problems_of(source_id)
    assert line == 3
    assert "is not a slug" in message
    event_id = (
        "review: 1\nsources: []\ncandidates:\n  - action: add\n"
        "    event: {id: {a: 1}, date: 2024-05-06, title: T, sources: [wire]}\n"
    )
    ((line, message),) = problems_of(event_id)
    assert line == 5
    assert "is not a slug" in message


def test_each_unknown_source_is_placed_at_its_own_item():
    text = (
        "review: 1\nsources: []\ncandidates:\n  - action: source\n"
        "    match: {event: closed}\n    event:\n      sources:\n"
        "        - nobody\n        - wire\n        - nobody\n"
    )
    assert problems_of(text) == [(8, "unknown source 'nobody'"), (10, "unknown source 'nobody'")]


def test_a_title_opening_with_a_no_break_space_and_a_backtick_reads_back():
    # PyYAML writes such a title unquoted; trimming the dumped text with str.strip() once took
    # the no-break space too and left a backtick, which cannot open a YAML value.
    candidate = proposal(date="2024-05-06", title="\xa0`tick", as_written="p", sentence="s")
    text = review(Entry(candidate, Match(Status.NEW, None, 0), "add", "event"))
    ((_item, event),) = plan(text, "r.yaml", STORE).added
    assert event.title == "`tick"


def test_a_source_id_given_twice_in_a_review_is_refused_at_the_second():
    text = (
        "review: 1\nsources:\n  - {id: paper, title: One}\n  - {id: paper, title: Two}\n"
        "candidates: []\n"
    )
    ((line, message),) = problems_of(text)
    assert line == 4
    assert "duplicate source id 'paper'" in message


def test_a_source_given_twice_alike_in_a_review_is_one_source():
    text = (
        "review: 1\nsources:\n  - {id: paper, title: One}\n  - {id: paper, title: One}\n"
        "candidates:\n  - action: source\n    match: {event: closed}\n"
        "    event: {sources: [paper]}\n"
    )
    found = plan(text, "r.yaml", STORE)
    assert [item["id"] for item in found.new_sources] == ["paper"]


ADD_WORK = (
    "  - action: add\n    match: {status: new, event: null, score: 0}\n"
    "    event: {id: work, date: 2024-05-06, title: Work starts, sources: [wire]}\n"
)
ACCOUNT_OF_WORK = (
    "  - action: account\n    note: the radio heard a later day\n"
    "    match: {status: conflict, event: work, score: 0.9}\n"
    "    event: {date: 2024-05-08, sources: [radio], as_written: on Wednesday}\n"
)
SOURCE_OF_WORK = (
    "  - action: source\n    match: {status: same, event: work, score: 0.9}\n"
    "    event: {date: 2024-05-06, sources: [radio]}\n"
)


@pytest.mark.parametrize("account_first", [False, True])
def test_an_account_of_an_event_the_review_adds_goes_with_that_event(account_first):
    candidates = ACCOUNT_OF_WORK + ADD_WORK if account_first else ADD_WORK + ACCOUNT_OF_WORK
    found = plan(f"review: 1\nsources: []\ncandidates:\n{candidates}", "r.yaml", STORE)
    told = {"date": "2024-05-08", "sources": ["radio"], "as_written": "on Wednesday"}
    told["note"] = "the radio heard a later day"
    ((item, event),) = found.added
    assert item["accounts"] == [told]
    assert [(a.date.text, [s.id for s in a.sources], a.note) for a in event.accounts] == [
        ("2024-05-08", ["radio"], "the radio heard a later day")
    ]
    assert found.accounts == {"work": [told]}
    assert found.events == STORE.events


def test_a_source_action_on_an_event_the_review_adds_cites_it_there():
    found = plan(f"review: 1\nsources: []\ncandidates:\n{ADD_WORK}{SOURCE_OF_WORK}", "r", STORE)
    ((item, event),) = found.added
    assert item["sources"] == ["wire", "radio"]
    assert [s.id for s in event.sources] == ["wire", "radio"]
    assert found.cited == {"work": ["radio"]}


def test_an_account_of_an_added_event_that_agrees_with_it_is_refused_at_its_place():
    agreeing = ACCOUNT_OF_WORK.replace("2024-05-08", "2024-05")
    text = f"review: 1\nsources: []\ncandidates:\n{agreeing}{ADD_WORK}"
    ((line, message),) = problems_of(text)
    assert line == 7
    assert "agrees with work's date '2024-05-06'" in message


def test_an_event_neither_in_the_store_nor_added_is_refused_with_problems_in_review_order():
    text = (
        f"review: 1\nsources: []\ncandidates:\n{ACCOUNT_OF_WORK.replace('work', 'wrok')}"
        f"{ADD_WORK}  - action: adopt\n"
    )
    assert problems_of(text) == [
        (6, "the store has no event 'wrok', nor does the review add one (did you mean 'work'?)"),
        (11, "unknown action 'adopt': choose one of add, source, account, skip"),
    ]


def test_the_header_says_match_event_may_name_an_event_the_review_adds_and_so_it_may():
    text = review(
        Entry(
            proposal(date="2024-05-06", title="Work starts"),
            Match(Status.NEW, None, 0),
            "add",
            "work",
        ),
        Entry(proposal(date="2024-05-08"), Match(Status.CONFLICT, "closed", 0.8), "account", "x"),
    )
    header = " ".join(line.lstrip("# ") for line in text.splitlines() if line.startswith("#"))
    assert (
        "`match.event` may be changed to point a `source` or `account` at another event: of the "
        "store, or one that an `add` of this same review makes (above or below it in the file)."
    ) in header
    # Done as the header says, the account goes with the event the review adds.
    edited = text.replace("event: closed,", "event: work,")
    assert edited != text
    found = plan(edited, "review.yaml", STORE)
    ((item, _event),) = found.added
    assert [account["date"] for account in item["accounts"]] == ["2024-05-08"]
    assert list(found.accounts) == ["work"]
