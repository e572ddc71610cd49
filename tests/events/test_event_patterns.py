"""The pattern dictionary: its size per PLOVER type, the loader's checks and user files."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from handmade import M, handmade_state

from factions.errors import KnowledgeBaseError
from factions.events import code_events, load_patterns, ontology, read_pattern_file
from factions.events.patterns import plural, verb_forms

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")


def test_packaged_patterns_load_without_issues_and_cover_every_type():
    patterns = load_patterns()
    assert patterns.issues == []
    per_type = Counter(p.type for p in patterns.events)
    assert set(per_type) == set(PLOVER_TYPES)
    assert all(per_type[t] >= 10 for t in PLOVER_TYPES), per_type
    assert len(patterns.events) >= 600
    assert len(patterns.relations) >= 40


def test_every_packaged_pattern_has_a_cameo_code_that_maps_to_its_type():
    onto = ontology()
    for p in load_patterns().events:
        assert p.cameo is not None, p.id
        assert onto.plover_of_cameo(p.cameo) == p.type, p.id


def test_regular_and_irregular_inflections_are_generated():
    assert verb_forms("seize") == {"base": "seize", "s": "seizes", "past": "seized",
                                   "pp": "seized", "ing": "seizing"}
    assert verb_forms("withdraw")["pp"] == "withdrawn"
    assert verb_forms("ban")["past"] == "banned"
    assert verb_forms("deploy")["s"] == "deploys"
    assert plural("offensive") == "offensives" and plural("militia") == "militias"


def test_a_broken_pattern_is_reported_with_file_and_line_and_the_rest_load(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "version: 1\n"
        "events:\n"
        "  - {id: mine.good, verb: torch, type: COERCE, mode: destroy, cameo: '1712'}\n"
        "  - {id: mine.bad-type, verb: scorch, type: BURN}\n"
        "  - {id: mine.bad-mode, verb: scorch, type: ASSAULT, mode: tickle}\n"
        "  - {id: mine.bad-cameo, verb: scorch, type: ASSAULT, cameo: '057'}\n"
        "  - {id: mine.two-triggers, verb: scorch, noun: scorching, type: ASSAULT}\n",
        encoding="utf-8")
    patterns, issues, disabled = read_pattern_file(path)
    assert [p.id for p in patterns] == ["mine.good"]
    assert [(i.line, i.problem) for i in issues] == [
        (4, "unknown PLOVER type 'BURN'"),
        (5, "mode 'tickle' is not a mode of ASSAULT (see plover.yaml)"),
        (6, "CAMEO 057 maps to AGREE, not ASSAULT"),
        (7, "give exactly one of verb, noun, phrase"),
    ]
    assert str(issues[0]) == f"{path}:4: unknown PLOVER type 'BURN'"
    assert disabled == []


def test_a_file_that_is_not_yaml_raises_with_its_line(tmp_path: Path):
    path = tmp_path / "broken.yaml"
    path.write_text("version: 1\nevents:\n  - {id: x, verb: [a, b}\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"broken.yaml:3: not valid YAML"):
        read_pattern_file(path)


def test_a_file_in_another_encoding_raises_naming_it_and_the_byte(tmp_path: Path):
    path = tmp_path / "cp1252.yaml"
    path.write_bytes(b"version: 1\nevents:\n  - {id: x, verb: [caf\xe9]}\n")
    with pytest.raises(KnowledgeBaseError, match=r"cp1252.yaml: not UTF-8 text "
                       r"\(invalid continuation byte at byte 41\)"):
        read_pattern_file(path)


def test_a_user_file_adds_replaces_and_disables_patterns(tmp_path: Path):
    path = tmp_path / "user.yaml"
    path.write_text(
        "version: 1\n"
        "events:\n"
        "  - {id: user.kettle, verb: kettle, type: COERCE, mode: restrict, cameo: '170'}\n"
        "  - {id: assault.shell, verb: shell, type: ASSAULT, mode: heavy-weapons, cameo: '194',\n"
        "     confidence: 0.33}\n"
        "  - {id: assault.bomb, disabled: true}\n",
        encoding="utf-8")
    patterns = load_patterns([path])
    by_id = {p.id: p for p in patterns.events}
    assert by_id["user.kettle"].type == "COERCE"
    assert by_id["assault.shell"].confidence == 0.33
    assert "assault.bomb" not in by_id
    assert len(patterns.events) == len(load_patterns().events)  # +1 added, -1 disabled

    state = handmade_state("SAF police kettled RSF supporters in Khartoum.", [
        M("SAF", "sudanese-armed-forces", "alias"), M("RSF", "rapid-support-forces", "alias")])
    code_events(state, patterns)
    assert [(e.type, e.rule, e.source, e.target) for e in state.events] == [
        ("COERCE", "user.kettle", ["sudanese-armed-forces"], ["rapid-support-forces"])]


def test_not_before_and_not_after_phrases_of_several_words_hold(tmp_path: Path):
    # (single words are compared with the one word beside the trigger; a phrase with its words)
    path = tmp_path / "user.yaml"
    path.write_text(
        "version: 1\n"
        "events:\n"
        "  - {id: user.kettle, verb: kettle, type: COERCE, mode: restrict, cameo: '170',\n"
        "     not_before: [refused to], not_after: [their own]}\n",
        encoding="utf-8")
    patterns = load_patterns([path])
    mentions = [M("SAF", "sudanese-armed-forces", "alias"), M("RSF", "rapid-support-forces",
                                                                 "alias")]
    rows = []
    for text in ("SAF police kettled RSF supporters in Khartoum.",
                 "SAF police refused to kettle RSF supporters in Khartoum.",
                 "SAF police kettled their own RSF supporters in Khartoum."):
        state = handmade_state(text, mentions)
        code_events(state, patterns)
        rows.append([e.rule for e in state.events if e.rule == "user.kettle"])
    assert rows == [["user.kettle"], [], []]


def test_a_missing_user_file_is_an_error():
    with pytest.raises(KnowledgeBaseError, match="pattern file not found"):
        load_patterns(["/nonexistent/patterns.yaml"])


def test_cue_words_that_yaml_reads_as_booleans_stay_words():
    # Bare on/off/no in a YAML list are booleans: every cue list must hold them as words.
    from factions.events.cues import cues

    c = cues()
    assert {"on", "off"} <= c.prepositions
    assert "on" in c.gerund_governors
    assert "no" in c.determiners and "no" in c.adverbs
    assert "on" in c.target_prepositions["ASSAULT"] and "on" in c.target_prepositions["REQUEST"]


def test_a_key_given_twice_in_a_pattern_is_an_error_that_names_its_line(tmp_path: Path):
    # YAML would keep the second list silently and lose the first
    path = tmp_path / "mine.yaml"
    path.write_text("version: 1\nevents:\n  - {id: my.one, verb: [attack], type: ASSAULT,\n"
                    "     not_object: [heart], not_object: [panic]}\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"mine\.yaml:4: .*'not_object' is given twice"):
        read_pattern_file(path)
