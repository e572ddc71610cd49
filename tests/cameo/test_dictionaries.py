"""The PETRARCH/TABARI dictionary readers, construct by construct."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from factions.cameo.dictionaries import (
    DatedCode,
    Issue,
    Phrase,
    parse_phrase,
    read_actors,
    read_agents,
    read_discards,
    read_verbs,
    strip_comment,
    verb_inflections,
)

ACTORS = """<!-- a header comment
# spread over lines -->
ARNOR_  [ ARN ] ; jw 10/17/91
CARAS GALADHON [ELF]
GONDOR [GON]
+MINAS_TIRITH
+ANORIEN
THE_SHIRE  [FRO/BIL/SAM]
GOLLUM  ; pas 27 Apr 03
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
#\t[950601-990815]  commented out
\t[HOBREB > 990816]
NASGUL [###]  # ### is a code, the comment is not
"""


def test_actor_names_synonyms_and_codes() -> None:
    actors, issues = read_actors(ACTORS)
    assert issues == []
    assert [str(p) for a in actors for p in a.phrases] == [
        "ARNOR", "CARAS GALADHON", "GONDOR", "MINAS_TIRITH", "ANORIEN", "THE_SHIRE", "GOLLUM",
        "SMEAGOL", "NASGUL"]
    assert actors[0].codes == [DatedCode("ARN")]
    assert actors[1].phrases[0] == Phrase(("CARAS", "GALADHON"), (False, False))
    assert actors[2].phrases[1] == Phrase(("MINAS", "TIRITH"), (False, True))
    assert actors[3].code_on(None) == "FRO/BIL/SAM"
    assert actors[5].code_on(None) == "###"


def test_dated_actor_codes() -> None:
    actors, _ = read_actors(ACTORS)
    gollum = actors[4]
    assert gollum.codes == [
        DatedCode("HOB", before=date(1995, 6, 1)),
        DatedCode("HOBGOV", start=date(1995, 6, 1), end=date(1999, 8, 15)),
        DatedCode("HOBREB", start=date(1999, 8, 17)),
    ]
    assert gollum.code_on(date(1995, 5, 31)) == "HOB"
    assert gollum.code_on(date(1995, 6, 1)) == "HOBGOV"
    assert gollum.code_on(date(1999, 8, 15)) == "HOBGOV"
    assert gollum.code_on(date(2001, 1, 1)) == "HOBREB"
    assert gollum.code_on(None) is None


def test_default_code_and_first_matching_restriction() -> None:
    text = ("SAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n\t[ORCHOB 20100109-20100112]\n"
            "\t[HOBMIL 20080120-20121109]\n")
    (sam,), issues = read_actors(text)
    assert issues == []
    assert sam.code_on(date(2010, 1, 10)) == "ORCHOB"  # listed first, wins over HOBMIL
    assert sam.code_on(date(2010, 1, 13)) == "HOBMIL"
    assert sam.code_on(date(2014, 1, 1)) == "HOB"
    assert [c.code for c in sam.codes] == ["HOB", "HOBCIV", "ORCHOB", "HOBMIL"]
    (egy,), _ = read_actors("EGYPT [EGYGOV >140608]\n")
    assert egy.codes == [DatedCode("EGYGOV", start=date(2014, 6, 9))]


def test_broken_actor_lines_are_reported_and_skipped(tmp_path: Path) -> None:
    f = tmp_path / "actors.txt"
    f.write_text("GONDOR [GON]\nMORDOR [MOR\nROHAN [ROH 95x601]\n+ORPHAN_SYNONYM\nBREE\n"
                 "\t[950601-990815]\nOSGILIATH [OSG]\n", encoding="utf-8")
    actors, issues = read_actors(f)
    assert [str(a.phrases[0]) for a in actors] == ["GONDOR", "OSGILIATH"]
    assert issues == [
        Issue("actors.txt", 2, "unbalanced brackets"),
        Issue("actors.txt", 3, "unreadable code [ROH 95x601]"),
        Issue("actors.txt", 3, "actor ROHAN has no code"),
        Issue("actors.txt", 6, "code block without a code [950601-990815]"),
        Issue("actors.txt", 5, "actor BREE has no code"),
    ]


AGENTS = """!PERSON! = MAN, MEN
!MINST! = MINISTER, MINISTRY
PRESIDENT [~GOVPRS] # ns 6/26/01
POLICE {} [ ~COP]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
RIGHTS_GROUP  [  NGO~]
CONGRESS!PERSON! [~LEG]
!MINST!_OF_SILLY_WALKS [~GOV]
"""


def test_agents_plurals_substitutions_and_codes() -> None:
    agents, issues = read_agents(AGENTS)
    assert issues == []
    assert [(a.code, a.prefix) for a in agents] == [
        ("GOVPRS", False), ("COP", False), ("GGS", False), ("NGO", True), ("LEG", False),
        ("GOV", False)]
    assert [str(p) for p in agents[0].phrases] == ["PRESIDENT", "PRESIDENTS"]
    assert [str(p) for p in agents[1].phrases] == ["POLICE"]
    assert [str(p) for p in agents[2].phrases] == ["GOLDEN_GOOSE", "GOLDEN_GEESE"]
    assert [str(p) for p in agents[4].phrases] == [
        "CONGRESSMAN", "CONGRESSMANS", "CONGRESSMEN", "CONGRESSMENS"]
    assert [str(p) for p in agents[5].phrases][::2] == [
        "MINISTER_OF_SILLY_WALKS", "MINISTRY_OF_SILLY_WALKS"]


def test_broken_agent_lines() -> None:
    agents, issues = read_agents("GOOD [~GOV]\nNO_CODE\nBAD [GOV]\n!X!_THING [~GOV]\n",
                                 name="agents.txt")
    assert [a.code for a in agents] == ["GOV"]
    assert issues == [
        Issue("agents.txt", 2, "agent line needs exactly one [code]"),
        Issue("agents.txt", 3, "agent code [GOV] needs one ~ at its start or end"),
        Issue("agents.txt", 4, "unknown substitution marker"),
    ]


def test_discards() -> None:
    discards, issues = read_discards("MONTHS LATER\n+World Golf Championships  # pas\n[X]\n",
                                     name="d.txt")
    assert [(str(d.phrase), d.story) for d in discards] == [
        ("MONTHS LATER", False), ("WORLD GOLF CHAMPIONSHIPS", True)]
    assert issues == [Issue("d.txt", 3, "unreadable discard phrase")]


VERBS = """&TIETYPES
+MILITARY
+ECONOMIC

&OUTER
+&TIETYPES
+CLOSER

--- ABANDON  [345]  ---
ABANDON    # pas 15 Jul 2003
KLM_NOP_+RST [002]
- * NEW_&TIETYPES_RELATIONS [903]
- * EFFORT  [987]

--- BREAK [1717] ---
BREAK { BROKE BROKEN  }
- + KNOWN_ * IN_ $  [076]
- % * [030:030]
- * THEIR ^ +  [162]

--- TROUBLED  [---] # NOUN ---
TROUBLED
+WIRE_+TAP {WIRE_+TAPPED}
"""


def test_verb_families_forms_patterns_and_synsets() -> None:
    verbs, issues = read_verbs(VERBS)
    assert issues == []
    assert [(f.name, f.code) for f in verbs.families] == [
        ("ABANDON", "345"), ("BREAK", "1717"), ("TROUBLED", "---")]
    ab, br, tr = verbs.families
    assert [(f.before, f.head, f.after, f.code) for f in ab.forms] == [
        ((), "ABANDON", (), None), (("KLM", "NOP"), "RST", (), "002")]
    assert [(f.head, f.regular) for f in br.forms] == [
        ("BREAK", True), ("BROKE", False), ("BROKEN", False)]
    assert [(f.before, f.head, f.regular) for f in tr.forms][1:] == [
        (("WIRE",), "TAP", True), (("WIRE",), "TAPPED", False)]
    p = ab.patterns[0]
    assert p.code == "903"
    assert [(e.kind, e.value, e.tight) for e in p.elements] == [
        ("verb", "", False), ("word", "NEW", False), ("synset", "&TIETYPES", True),
        ("word", "RELATIONS", True)]
    assert [(e.kind, e.tight) for e in br.patterns[0].elements] == [
        ("target", False), ("word", False), ("verb", True), ("word", False), ("source", True)]
    assert [e.kind for e in br.patterns[1].elements] == ["compound", "verb"]
    assert [e.kind for e in br.patterns[2].elements] == ["verb", "word", "skip", "target"]
    assert [str(x) for x in verbs.expand("&OUTER")] == ["MILITARY", "ECONOMIC", "CLOSER"]


def test_broken_verb_lines() -> None:
    text = ("ORPHAN\n--- GOOD [010] ---\nGOOD\n- * NO CODE\n- DOUBLE * * [011]\n"
            "- * &MISSING [012]\n--- BAD HEADER ---\n")
    verbs, issues = read_verbs(text, name="verbs.txt")
    assert [f.name for f in verbs.families] == ["GOOD"]
    assert verbs.families[0].patterns[0].code == "012"
    assert issues == [
        Issue("verbs.txt", 1, "line outside a verb family"),
        Issue("verbs.txt", 4, "pattern needs exactly one [code]"),
        Issue("verbs.txt", 5, "pattern needs exactly one * (has 2)"),
        Issue("verbs.txt", 7, "unreadable family header"),
        Issue("verbs.txt", 6, "unknown synonym set &MISSING"),
    ]


def test_small_helpers() -> None:
    assert strip_comment("NASGUL [###] ; note # more") == "NASGUL [###] "
    assert parse_phrase("radagast the_brown") == Phrase(
        ("RADAGAST", "THE", "BROWN"), (False, False, True))
    assert verb_inflections("DEPART") == ["DEPART", "DEPARTED", "DEPARTING", "DEPARTS"]
    assert verb_inflections("RESTORE") == ["RESTORE", "RESTORED", "RESTORES", "RESTORING"]
    assert verb_inflections("CLASH") == ["CLASH", "CLASHED", "CLASHES", "CLASHING"]
