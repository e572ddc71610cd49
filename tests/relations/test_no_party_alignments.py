"""Alignments that the counting of sides could make but no reader would: with the victims of
the violence, and between a state and its own bodies."""

from __future__ import annotations

from factions.actors.home import home_body
from factions.pipeline.run import analyze_text


def _alignments(text: str, published: str) -> list[tuple[str, str, str]]:
    analysis = analyze_text(text, published=published)
    return [(r.type, r.source, r.target) for r in analysis.relations
            if r.type in ("supports", "opposes", "allied_with", "mediates")]


def test_the_victims_are_no_party_to_an_alignment():
    text = ("ABUJA, March 9 - Gunmen abducted more than 280 pupils from a school in Kuriga on "
            "Thursday. President Bola Tinubu condemned the attack and ordered the security "
            "agencies to ensure the swift rescue of the pupils, his spokesman said in a "
            "statement.")
    assert _alignments(text, "2024-03-09") == [
        ("opposes", "bola-tinubu", "x-unnamed-armed-group")]


def test_a_plural_pronoun_after_people_no_actor_names_is_theirs_not_the_last_group():
    # "them" is the men the troops rounded up, not Human Rights Watch: no attack on the group
    # that reported the killings, and no opposition to it.
    text = ("BAMAKO, April 6 - Malian soldiers executed around 300 civilian men in the town of "
            "Moura last month, Human Rights Watch said in a report on Tuesday. Over the next four "
            "days, troops rounded up hundreds of men, many of them ethnic Peuls, and shot them in "
            "small groups.")
    analysis = analyze_text(text, published="2022-04-06")
    assert all("human-rights-watch" not in e.target for e in analysis.events)
    assert all("human-rights-watch" not in (r.source, r.target) for r in analysis.relations
               if r.type == "opposes")


def test_home_body_reads_the_ids_of_a_states_own_document_groups():
    assert home_body("x-bfa-police") == ("BFA", "police")
    assert home_body("x-bgd-government") == ("BGD", "government")
    assert home_body("x-33rd-front") is None
    assert home_body("burkina-faso") is None


def test_a_state_is_not_opposed_to_its_own_police_or_government():
    from types import SimpleNamespace

    from factions.model import Evidence, Relation
    from factions.pipeline import default_kb
    from factions.relations import _against_own_body

    state = SimpleNamespace(kb=default_kb())
    evidence = Evidence("JNIM has blockaded dozens of towns.", 0, 35)

    def opposes(source: str, target: str, kind: str = "opposes") -> Relation:
        return Relation("r1", kind, source, target, evidence, basis="inferred")

    assert _against_own_body(state, opposes("burkina-faso", "x-bfa-police"))
    assert _against_own_body(state, opposes("x-bfa-government", "burkina-faso"))
    assert not _against_own_body(state, opposes("mali", "x-bfa-police"))
    assert not _against_own_body(state, opposes("jnim", "x-bfa-police"))
    assert not _against_own_body(state, opposes("burkina-faso", "x-bfa-police", "supports"))
