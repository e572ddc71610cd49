"""The CAMEO mode and the dictionary import, from the command line."""

from pathlib import Path

import yaml
from click.testing import CliRunner

from factions.cli import main

DICTS = Path(__file__).resolve().parents[2].parent / "shared" / "conformance" / "petrarch"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_analyze_in_cameo_mode_prints_petrarch_style_triples():
    result = run("analyze", "-", "--ontology", "cameo", "--dictionaries", f"petrarch:{DICTS}",
                 "--published", "2015-06-03",
                 input="Arnor soldiers attacked the capital of Gondor on Tuesday.")
    assert result.exit_code == 0
    assert result.stdout.split("\t")[:4] == ["20150603", "ARNMILARM", "GON", "223"]


def test_cameo_mode_without_dictionaries_says_what_is_missing():
    result = run("analyze", "-", "--ontology", "cameo", input="Arnor attacked Gondor.")
    assert result.exit_code == 1
    assert "--ontology cameo needs --dictionaries petrarch:DIR" in result.stderr


def test_kb_import_converts_actors_and_reports_broken_lines(tmp_path: Path):
    actors = tmp_path / "mine.actors.txt"
    actors.write_text((DICTS / "PETR.Validate.actors.txt").read_text(encoding="utf-8")
                      + "\nBROKEN_LINE_WITHOUT_CODE [\n", encoding="utf-8")
    out = tmp_path / "kb.yaml"
    result = run("kb", "import", "--format", "petrarch", "--actors", str(actors),
                 "--agents", str(DICTS / "PETR.Validate.agents.txt"),
                 "--verbs", str(DICTS / "PETR.Validate.verbs.txt"), "--out", str(out))
    assert result.exit_code == 0
    assert "mine.actors.txt:237: unbalanced brackets" in result.stderr
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert all(a["id"].startswith("petr-") for a in data["actors"])
    assert {"id": "petr-gondor", "name": "Gondor", "type": "other", "cameo": "GON"} in [
        {k: v for k, v in a.items() if k != "aliases"} for a in data["actors"]]
    check = run("kb", "check", "--kb", str(out))
    assert check.exit_code == 0
