"""The command line, run in-process with click's runner."""

import json
from pathlib import Path

from click.testing import CliRunner

from factions.cli import main

ONE = "Forces loyal to Khalifa Haftar advanced on Tripoli on Thursday, the UN said."
TWO = ("Turkish drones struck Haftar's positions near Tarhuna, the Government of National "
       "Accord said.")


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_analyze_json_prints_one_object_per_document_in_input_order(tmp_path: Path):
    (tmp_path / "b.txt").write_text(TWO, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ONE, encoding="utf-8")
    result = run("analyze", "--json", str(tmp_path / "b.txt"), str(tmp_path / "a.txt"))
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["document"]["source"] for d in lines] == [str(tmp_path / "b.txt"),
                                                        str(tmp_path / "a.txt")]
    assert lines[1]["key_actor"] == "khalifa-haftar"
    assert {"schema", "document", "key_actor", "actors", "places", "events",
            "relations"} <= set(lines[0])


def test_analyze_reads_stdin_and_prints_a_summary():
    result = run("analyze", "-", input=ONE)
    assert result.exit_code == 0
    assert "Key actor: Khalifa Haftar" in result.stdout


def test_analyze_of_a_missing_file_names_it_and_fails():
    result = run("analyze", "/nonexistent/article.txt")
    assert result.exit_code == 1
    assert "/nonexistent/article.txt: no such file or folder" in result.stderr


def test_ingest_goes_past_a_bad_file_reports_it_and_exits_nonzero(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "1.txt").write_text(ONE, encoding="utf-8")
    (folder / "2.bin").write_bytes(b"\x00\xff" * 64)
    (folder / "3.jsonl").write_text(json.dumps({"text": TWO, "url": "https://x.org/2"}) + "\n",
                                    encoding="utf-8")
    db = tmp_path / "c.db"
    result = run("ingest", str(folder), "--db", str(db), "--quiet")
    assert result.exit_code == 1
    assert "2 added" in result.stdout
    assert f"{folder / '2.bin'}: this is a binary file" in result.stderr
    again = run("ingest", str(folder / "1.txt"), "--db", str(db), "--quiet")
    assert again.exit_code == 0 and "1 already stored" in again.stdout
    who = run("who", "Hifter", "--db", str(db))
    assert who.exit_code == 0 and "Khalifa Haftar" in who.stdout
    profile = json.loads(run("who", "haftar", "--db", str(db), "--json").stdout)
    assert profile["actor"]["id"] == "khalifa-haftar" and len(profile["documents"]) == 2


def test_db_defaults_to_the_environment_variable(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("FACTIONS_DB", str(tmp_path / "env.db"))
    (tmp_path / "1.txt").write_text(ONE, encoding="utf-8")
    assert run("ingest", str(tmp_path / "1.txt"), "--quiet").exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_kb_check_reports_a_broken_user_entry_with_file_and_line(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text("actors:\n  - id: x-1\n    name: X\n    type: bogus\n", encoding="utf-8")
    result = run("kb", "check", "--kb", str(path))
    assert result.exit_code == 1
    assert f"{path}:2: actor skipped: x-1: type 'bogus'" in result.stderr


def test_help_lists_every_command():
    result = run("--help")
    for command in ("analyze", "ingest", "who", "search", "evaluate", "kb"):
        assert command in result.stdout


def test_kb_show_finds_an_actor_by_a_spelling_variant():
    result = run("kb", "show", "Hifter")
    assert result.exit_code == 0
    assert "Khalifa Haftar (khalifa-haftar; person, LBY)" in result.stdout


def test_events_lists_stored_events_filtered_by_actor_and_type(tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_text("Forces loyal to Khalifa Haftar shelled Tripoli on Thursday, the UN said. "
                     "Egypt called for talks.", encoding="utf-8")
    db = tmp_path / "e.db"
    assert run("ingest", str(story), "--db", str(db), "--published", "2019-04-06",
               "--quiet").exit_code == 0
    result = run("events", "--db", str(db), "--actor", "Hifter", "--type", "assault", "--json")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["type"] == "ASSAULT" for r in rows)
    assert any(a["id"] == "khalifa-haftar" for r in rows for a in r["source"])
    assert rows[0]["evidence_text"].startswith("Forces loyal to Khalifa Haftar")
    missing = run("events", "--db", str(db), "--actor", "Nobody Atall")
    assert missing.exit_code == 1 and "no actor matching 'Nobody Atall'" in missing.stderr


def test_events_say_which_places_were_read_from_the_context(tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_text("Taliban fighters captured Kabul on Sunday. Taliban fighters set up "
                     "checkpoints across the capital on Monday.", encoding="utf-8")
    db = tmp_path / "e.db"
    assert run("ingest", str(story), "--db", str(db), "--published", "2021-08-16",
               "--quiet").exit_code == 0
    result = run("events", "--db", str(db), "--json")
    rows = {r["type"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert (rows["ASSAULT"]["place_basis"], rows["COERCE"]["place_basis"]) == (
        "clause", "context")
    table = run("events", "--db", str(db), "--type", "coerce")
    assert "(from context)" in " ".join(table.stdout.split())
