"""TABARI's layout of the dictionaries, read with ``fmt="tabari"`` / ``--format tabari`` /
``--dictionaries tabari:DIR``: verb files without family headers, dated actor codes on the
actor's own line, ``;`` comments. Dictionaries and sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factions.cameo.coder import CameoCoder, load_dictionaries
from factions.cameo.dictionaries import Issue, read_verbs
from factions.cameo.files import parse_dictionaries_option
from factions.cli import main
from factions.errors import KnowledgeBaseError

ACTORS = """; TABARI actors: codes and their date restrictions on the actor's own line
ARNOR_  [ARN]  ; a country
+ARNORIAN_
GONDOR_ [GON]
DENETHOR_  [GONGOV 19900101-19950601] [GONELI >19950601]  ; steward, then retired
"""
AGENTS = """SOLDIER [~MIL]  ; plural generated
POLICE_OFFICER {POLICE_OFFICERS} [~COP]
"""
VERBS = """; TABARI verbs: each verb line is followed by its own patterns, no --- headers
&WEAPONS
+ROCKETS
+MORTAR_SHELLS

ACCUSE  [112]
- * + OF SPYING  [1121]  ; accused of spying
ABANDON {ABANDONS ABANDONED ABANDONING}  [---]
- * TALKS  [166]
ATTACK  [190]
- * + WITH &WEAPONS  [195]
"""


def test_tabari_verb_lines_open_families_of_their_own() -> None:
    verbs, issues = read_verbs(VERBS, name="cameo.verbs", fmt="tabari")
    assert issues == []
    assert [(f.name, f.code, f.line) for f in verbs.families] == [
        ("ACCUSE", "112", 6), ("ABANDON", "---", 8), ("ATTACK", "190", 10)]
    assert [(p.code, p.line) for f in verbs.families for p in f.patterns] == [
        ("1121", 7), ("166", 9), ("195", 11)]
    assert [(x.head, x.regular) for x in verbs.families[1].forms] == [
        ("ABANDON", True), ("ABANDONS", False), ("ABANDONED", False), ("ABANDONING", False)]


def test_the_same_file_read_as_petrarch_reports_every_headerless_line() -> None:
    verbs, issues = read_verbs(VERBS, name="cameo.verbs")
    assert verbs.families == []
    assert issues[:2] == [Issue("cameo.verbs", 6, "line outside a verb family"),
                          Issue("cameo.verbs", 7, "line outside a verb family")]
    assert len(issues) == 6


def test_broken_tabari_verb_lines_are_reported_and_skipped() -> None:
    text = "- * ORPHAN [010]\nSHELL {SHELLS [195]\n- * TOWN [195]\nSHELL [195]\n- * CITY [195]\n"
    verbs, issues = read_verbs(text, name="v", fmt="tabari")
    assert [(f.name, [p.code for p in f.patterns]) for f in verbs.families] == [
        ("SHELL", ["195"])]
    assert issues == [Issue("v", 1, "line outside a verb family"),
                      Issue("v", 2, "unreadable verb line"),
                      Issue("v", 3, "line outside a verb family")]
    with pytest.raises(ValueError, match="unknown dictionary format 'keds'"):
        read_verbs(text, fmt="keds")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d: Path = tmp_path_factory.mktemp("tabari")
    for name, text in [("CountryInfo.actors", ACTORS), ("Phoenix.agents", AGENTS),
                       ("CAMEO.verbs", VERBS)]:
        (d / name).write_text(text, encoding="utf-8")
    return d


@pytest.mark.parametrize(("text", "when", "expected"), [
    ("Arnor accused Gondor of spying.", "1995-01-01", [("ARN", "GON", "1121")]),
    ("Arnorian soldiers attacked Gondor with mortar shells.", "1995-01-01",
     [("ARNMIL", "GON", "195")]),
    ("Gondor attacked Arnor.", "1995-01-01", [("GON", "ARN", "190")]),
    ("Denethor accused Arnor.", "1994-03-02", [("GONGOV", "ARN", "112")]),
    ("Denethor accused Arnor.", "1996-03-02", [("GONELI", "ARN", "112")]),
    ("Arnor abandoned talks with Gondor.", "1995-01-01", [("ARN", "GON", "166")]),
])
def test_coding_with_tabari_dictionaries(folder: Path, text: str, when: str,
                                         expected: list[tuple[str, str, str]]) -> None:
    d = load_dictionaries(folder / "CountryInfo.actors", folder / "Phoenix.agents",
                          folder / "CAMEO.verbs", fmt="tabari")
    assert d.issues == []
    assert CameoCoder(d).triples(text, when) == expected


def test_tabari_folders_from_the_command_line(folder: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["analyze", "-", "--ontology", "cameo", "--dictionaries",
                                  f"tabari:{folder}", "--published", "1995-01-01"],
                           input="Arnor accused Gondor of spying.", catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout.split("\t")[:4] == ["19950101", "ARN", "GON", "1121"]
    out = tmp_path / "kb.yaml"
    imported = runner.invoke(main, [
        "kb", "import", "--format", "tabari", "--actors", str(folder / "CountryInfo.actors"),
        "--agents", str(folder / "Phoenix.agents"), "--verbs", str(folder / "CAMEO.verbs"),
        "--out", str(out)], catch_exceptions=False)
    assert imported.exit_code == 0
    assert "tabari: 3 actors, 2 agents, 0 discards, 0 broken line(s) skipped" in imported.stdout
    as_petrarch = runner.invoke(main, [
        "kb", "import", "--format", "petrarch", "--actors", str(folder / "CountryInfo.actors"),
        "--agents", str(folder / "Phoenix.agents"), "--verbs", str(folder / "CAMEO.verbs")],
        catch_exceptions=False)
    assert "CAMEO.verbs:6: line outside a verb family" in as_petrarch.stderr


def test_the_dictionaries_option_names_format_and_folder() -> None:
    assert parse_dictionaries_option("tabari:/data/phox") == ("tabari", Path("/data/phox"))
    assert parse_dictionaries_option("PETRARCH:dicts") == ("petrarch", Path("dicts"))
    with pytest.raises(KnowledgeBaseError, match="expected petrarch:DIR or tabari:DIR"):
        parse_dictionaries_option("keds:dicts")
