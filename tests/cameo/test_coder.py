"""The CAMEO dictionary coder on small dictionaries and sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from factions.cameo.coder import CameoCoder, CoderConfig, load_dictionaries

ACTORS = """ARNOR_ [ARN]
GONDOR [GON]
+MINAS_TIRITH
OSGILIATH [OSG]
THE_SHIRE [FRO/SAM]
GOLLUM
\t[HOB <950601]
\t[HOBGOV 19950601-19990815]
\t[HOBREB >990816]
"""
AGENTS = """SOLDIER [~MILARM]
GOVERNMENT [~GOV]
OFFICIAL [~GOV]
RIGHTS_ACTIVIST [SGM~]
"""
VERBS = """&TIES
+TRADE
+MILITARY

--- RESTORE [064] ---
RESTORE
- * &TIES TIES [065]

--- ATTACK [190] ---
ATTACK
- + WAS * DEAD IN $ [191]

--- MEET [031:032] ---
MEET {MET}
- % * [033:033]

--- SAID [023] ---
SAID
"""
DISCARDS = "+FOOTBALL\nBASEBALL\n"


@pytest.fixture(scope="module")
def coder(tmp_path_factory: pytest.TempPathFactory) -> CameoCoder:
    d: Path = tmp_path_factory.mktemp("dicts")
    for name, text in [("a", ACTORS), ("g", AGENTS), ("v", VERBS), ("d", DISCARDS)]:
        (d / f"{name}.txt").write_text(text, encoding="utf-8")
    dicts = load_dictionaries(d / "a.txt", d / "g.txt", d / "v.txt", d / "d.txt")
    assert dicts.issues == []
    return CameoCoder(dicts)


@pytest.mark.parametrize(("text", "expected"), [
    ("Arnor will restore relations with Gondor.", [("ARN", "GON", "064")]),
    ("Arnor will restore military ties with Gondor.", [("ARN", "GON", "065")]),
    ("Arnor and Osgiliath restored ties with Minas Tirith.",
     [("ARN", "GON", "064"), ("OSG", "GON", "064")]),
    ("Gondor was attacked by Arnorian soldiers.", [("---MILARM", "GON", "190")]),
    ("Gondor was attacked by Arnor soldiers.", [("ARNMILARM", "GON", "190")]),
    ("Soldiers from Osgiliath attacked the Shire.",
     [("OSGMILARM", "FRO", "190"), ("OSGMILARM", "SAM", "190")]),
    ("Rights activists in Gondor will meet Arnor.",
     [("SGMGON", "ARN", "031"), ("ARN", "SGMGON", "032")]),
    ("Gondor and Osgiliath met on Monday.", [("GON", "OSG", "033"), ("OSG", "GON", "033")]),
    ("An Arnor official was attacked dead in Gondor.", [("GON", "ARNGOV", "191")]),
    ("The government of Gondor condemned nothing and restored ties with Arnor.",
     [("GONGOV", "ARN", "064")]),
    ("Arnor restored ties with Gondor after a baseball game.", []),
    ("Arnor restored ties with Gondor.\nThe football season opened.", []),
])
def test_coding(coder: CameoCoder, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted(coder.triples(text, "1995-01-01")) == sorted(expected)


def test_dates_pick_the_code(coder: CameoCoder) -> None:
    text = "Gollum restored ties with Gondor."
    assert coder.triples(text, "1995-01-01") == [("HOB", "GON", "064")]
    assert coder.triples(text, "1996-01-01") == [("HOBGOV", "GON", "064")]
    assert coder.triples(text, "2001-01-01") == [("HOBREB", "GON", "064")]


def test_require_dyad(coder: CameoCoder) -> None:
    text = "Arnor restored ties with Gondor, a senior official said."
    assert coder.triples(text, "1995-01-01") == [("ARN", "GON", "064")]
    loose = CoderConfig.from_petrarch({"require_dyad": "False"})
    assert coder.triples(text, "1995-01-01", loose) == [
        ("ARN", "GON", "064"), ("---GOV", "---", "023")]


def test_events_carry_their_sentence(coder: CameoCoder) -> None:
    events = coder.code("Arnor restored ties with Gondor. Osgiliath attacked Arnor.")
    assert [(e.sentence, e.triple()) for e in events] == [
        (0, ("ARN", "GON", "064")), (1, ("OSG", "ARN", "190"))]
