from __future__ import annotations

import datetime as dt

from carneytl.extract.frontmatter import Article, Described
from carneytl.extract.gather import source_of
from carneytl.model import Source

KNOWN = Source(
    id="gazette-bridge",
    title="The bridge is shut",
    publisher="Harbour Gazette",
    published="2024-03-02",
    url="https://example.org/gazette/bridge",
)


def article(**described):
    return Article(label="a.txt", body="Text.", described=Described(**described))


def test_the_same_url_is_the_same_source():
    found = source_of(
        article(published=dt.date(2024, 3, 2), url="https://example.org/gazette/bridge/"),
        "a",
        [KNOWN],
        {KNOWN.id},
    )
    assert found is KNOWN


def test_the_same_publisher_day_and_title_is_the_same_source_whatever_the_url():
    found = source_of(
        article(
            title="The bridge is shut",
            publisher="Harbour Gazette",
            published=dt.date(2024, 3, 2),
            url="https://example.org/gazette/bridge?ref=feed",
        ),
        "a",
        [KNOWN],
        {KNOWN.id},
    )
    assert found is KNOWN


def test_another_title_and_url_is_another_source():
    found = source_of(
        article(
            title="The bridge reopens",
            publisher="Harbour Gazette",
            published=dt.date(2024, 3, 2),
            url="https://example.org/gazette/reopens",
        ),
        "a",
        [KNOWN],
        {KNOWN.id},
    )
    assert found.id != KNOWN.id
    assert found.url == "https://example.org/gazette/reopens"
