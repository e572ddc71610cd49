from pathlib import Path

import pytest

from factions.errors import KnowledgeBaseError
from factions.kb import load_kb, read_kb_file
from factions.kb.names import alias_variants, normalize_name, surname_of, translit_key


def test_packaged_kb_loads_fast_with_no_broken_entries_and_enough_actors(kb):
    assert kb.issues == []
    assert len(kb) >= 400
    states = [a for a in kb.actors.values() if a.type == "state"]
    assert len(states) >= 195
    assert kb.actors["egypt"].demonyms and "Cairo" in kb.actors["egypt"].metonyms
    assert "Moscow" in kb.actors["russia"].metonyms


def test_every_conflict_has_actors_with_dated_roles(kb):
    conflicts = {"libya", "syria", "yemen", "sudan", "ethiopia", "sahel", "ukraine", "myanmar",
                 "somalia", "afghanistan", "nagorno-karabakh", "mozambique", "dr-congo", "iraq",
                 "israel-palestine"}
    tagged = {c for a in kb.actors.values() for c in a.conflicts}
    assert conflicts <= tagged, conflicts - tagged
    haftar = kb.actors["khalifa-haftar"]
    assert {"Hifter", "Hafter"} <= set(haftar.aliases)
    assert any(r.start for r in haftar.roles)


def test_a_broken_entry_is_reported_with_file_and_line_and_the_rest_loads(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "version: 1\n"
        "actors:\n"
        "  - id: good-one\n"
        "    name: Good One\n"
        "    type: person\n"
        "  - id: Bad Id\n"
        "    name: Broken\n"
        "    type: person\n"
        "  - id: no-type\n"
        "    name: No Type\n"
        "    type: warlord\n"
        "  - id: bad-date\n"
        "    name: Bad Date\n"
        "    type: person\n"
        "    roles: [{title: Leader, start: April 2019}]\n",
        encoding="utf-8",
    )
    actors, _agents, issues = read_kb_file(path)
    assert [a.id for a in actors] == ["good-one"]
    assert [(i.line, i.problem.split(":")[0]) for i in issues] == [
        (6, "actor skipped"), (9, "actor skipped"), (12, "actor skipped")]
    assert "lowercase slug" in issues[0].problem
    assert "warlord" in issues[1].problem
    assert "April 2019" in issues[2].problem
    assert str(issues[0]).startswith(f"{path}:6:")


def test_a_file_that_is_not_yaml_raises_with_its_line(tmp_path: Path):
    path = tmp_path / "broken.yaml"
    path.write_text("actors:\n  - id: x\n    name: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"broken.yaml:\d+: not valid YAML"):
        read_kb_file(path)


def test_a_file_in_another_encoding_or_missing_raises_naming_it(tmp_path: Path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("actors:\n  - id: x\n    name: Bogot\xe1\n".encode("latin-1"))
    with pytest.raises(KnowledgeBaseError, match=r"latin1.yaml: not UTF-8 text "
                       r"\(invalid continuation byte at byte 33\)"):
        read_kb_file(path)
    with pytest.raises(KnowledgeBaseError, match=r"gone.yaml: cannot read \(No such file"):
        read_kb_file(tmp_path / "gone.yaml")


def test_a_user_file_adds_aliases_to_a_packaged_actor_and_new_actors(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "actors:\n"
        "  - id: khalifa-haftar\n    name: Khalifa Haftar\n    type: person\n"
        "    aliases: [Marshal Hiftar]\n"
        "  - id: abu-test\n    name: Abu Test al-Example\n    type: person\n    country: LBY\n",
        encoding="utf-8")
    kb = load_kb([path])
    assert "Marshal Hiftar" in kb.actors["khalifa-haftar"].aliases
    assert "Hifter" in kb.actors["khalifa-haftar"].aliases
    assert kb.actors["abu-test"].country == "LBY"


def test_a_missing_user_file_is_an_error():
    with pytest.raises(KnowledgeBaseError, match="not found"):
        load_kb(["/nonexistent/kb.yaml"])


def test_transliteration_key_merges_variant_spellings():
    assert translit_key("Haftar") == translit_key("Hifter") == translit_key("Hafter")
    assert translit_key("Gaddafi") == translit_key("Qaddafi") == translit_key("Kadhafi")
    assert translit_key("Sarraj") == translit_key("Serraj") == translit_key("al-Sarraj")
    assert translit_key("Zelensky") == translit_key("Zelenskyy")
    assert translit_key("Haftar") != translit_key("Sarraj")


def test_alias_variants_cover_article_spellings():
    assert alias_variants("Abdel Fattah al-Sisi") == [
        "Abdel Fattah al-Sisi", "Abdel Fattah al Sisi", "Abdel Fattah Sisi"]


def test_normalize_name_drops_case_articles_and_al():
    assert normalize_name("the Abdel Fattah al-Sisi") == "abdel fattah sisi"
    assert normalize_name("Field Marshall Khalifa Haftar") == "field marshall khalifa haftar"


def test_a_three_letter_surname_is_a_surname_but_not_a_particle_or_a_two_letter_word():
    assert surname_of("Irfaan Ali") == "Ali"
    assert surname_of("Hun Sen") == "Sen"
    assert surname_of("Fayez al-Sarraj") == "Sarraj"
    assert surname_of("Kim Jong Un") is None
    # Family name first: "Wang called the deal a victory" after "China's top diplomat Wang Yi"
    assert surname_of("Wang Yi", "CHN") == "Wang"
    assert surname_of("Xi Jinping", "CHN") == "Xi"
    assert surname_of("Kim Jong Un", "PRK") == "Kim"
    assert surname_of("Fumio Kishida", "JPN") == "Kishida"
    assert surname_of("Ali") is None
