"""Backing in wire copy: recognising someone as the winner or president, backing an operation
(aimed at whoever carried it out), a person called by the surname of a shorter alias, and the
subject of a verb after a relative clause with no comma ("Western governments that arm Ukraine
have backed")."""

from __future__ import annotations

from factions.pipeline import analyze_text

VOTE = ("Venezuela's electoral council declared Nicolas Maduro the winner. The opposition said "
        "Edmundo Gonzalez won. ")
RAID = "Ukrainian troops launched an incursion into Russia's Kursk region on Tuesday. "


def rows(lead: str, text: str, published: str = "2024-08-10"
         ) -> list[tuple[str, str, list[str], list[str], str]]:
    analysis = analyze_text(lead + text, published=published)
    return [(e.type, e.rule, e.source, e.target, e.modality)
            for e in analysis.events if text[:30] in e.evidence.text]


def test_recognising_someone_as_the_winner_or_president_backs_him():
    gonzalez = ["edmundo-gonzalez-urrutia"]
    assert rows(VOTE, "The United States has recognised Gonzalez as the winner.") == [
        ("SUPPORT", "support.recognise", ["united-states"], gonzalez, "asserted")]
    assert rows(VOTE, "Argentina, Uruguay and Peru recognized Gonzalez as president-elect.") == [
        ("SUPPORT", "support.recognise", ["argentina", "uruguay", "peru"], gonzalez,
         "asserted")]
    assert rows(VOTE, "Washington recognises Gonzalez as Venezuela's legitimate president.") == [
        ("SUPPORT", "support.recognise", ["united-states"], gonzalez, "asserted")]
    assert rows(VOTE, "Gonzalez was recognized as the winner by the United States.") == [
        ("SUPPORT", "support.recognise", ["united-states"], gonzalez, "asserted")]
    # refusing to recognise him is a rejection; a body "recognised as legitimate" backs no one
    assert [r[0] for r in rows(VOTE, "The United States does not recognise Maduro as the "
                                     "winner.")] == ["REJECT"]
    assert rows(VOTE, "The council is internationally recognised as legitimate.") == []


def test_a_surname_of_a_shorter_alias_is_the_person_named_in_full_before():
    analysis = analyze_text("The opposition said Edmundo Gonzalez won the election. Brazil "
                            "praised Gonzalez.", published="2024-08-10")
    assert [(e.type, e.source, e.target) for e in analysis.events] == [
        ("SUPPORT", ["brazil"], ["edmundo-gonzalez-urrutia"])]
    # not before he is named in full
    analysis = analyze_text("Brazil praised Gonzalez.", published="2024-08-10")
    assert [(e.type, e.source, e.target) for e in analysis.events] == [
        ("SUPPORT", ["brazil"], [])]


def test_backing_an_operation_backs_whoever_carried_it_out():
    forces = ["armed-forces-of-ukraine"]
    assert rows(RAID, "Poland and Lithuania supported the incursion, calling it legitimate.") == [
        ("SUPPORT", "support.endorse", ["poland", "lithuania"], forces, "asserted")]
    assert rows(RAID, "Washington said it did not back the offensive.") == [
        ("SUPPORT", "support.endorse", ["united-states"], forces, "negated")]


def test_the_verb_after_a_relative_clause_without_a_comma_is_the_heads():
    assert rows(RAID, "Western governments that arm Ukraine have largely backed the "
                      "operation.") == [
        ("AID", "aid.arm", ["x-western-governments"], ["ukraine"], "asserted"),
        ("SUPPORT", "support.endorse", ["x-western-governments"], [], "asserted")]
    # a relative clause with a subject of its own, or one opened by its auxiliary, is no such
    assert ("ACCUSE", "accuse.condemn", ["hungary"], ["armed-forces-of-ukraine", "ukraine"],
            "asserted") in rows(RAID, "Hungary, which Kyiv accuses of siding with Moscow, "
                                      "condemned the operation.")
    assert rows(RAID, "Poland, which has armed Ukraine, backed the operation.") == [
        ("AID", "aid.arm", ["poland"], ["ukraine"], "asserted"),
        ("SUPPORT", "support.endorse", ["poland"], [], "asserted")]


MUTINY = "Wagner fighters led by Yevgeny Prigozhin seized Rostov and marched on Moscow. "


def test_charges_dropped_or_no_prosecution_promised_concede_to_the_accused():
    assert rows(MUTINY, "The Kremlin said the criminal case opened against Prigozhin for armed "
                        "mutiny would be dropped.", "2023-06-25") == [
        ("CONCEDE", "concede.drop-charges", ["russia"], ["yevgeny-prigozhin"], "reported")]
    assert rows(MUTINY, "Russia said Wagner fighters would not be prosecuted.", "2023-06-25") == [
        ("CONCEDE", "concede.no-prosecution", ["russia"], ["wagner-group"], "planned")]
    assert rows(MUTINY, "Wagner fighters would not be prosecuted, Kremlin spokesman Dmitry "
                        "Peskov told reporters.", "2023-06-25") == [
        ("CONCEDE", "concede.no-prosecution", ["dmitry-peskov"], ["wagner-group"], "planned")]
    # a case that goes ahead is no concession
    assert rows(MUTINY, "The Kremlin said the case against Prigozhin would go ahead.",
                "2023-06-25") == []


def test_whoever_says_someone_is_the_legitimate_president_backs_him():
    lead = "Peru's Congress removed President Pedro Castillo on Dec. 7. "
    assert rows(lead, "Mexico said Castillo was still the country's legitimate president.",
                "2022-12-21") == [
        ("SUPPORT", "support.call-legitimate", ["mexico"], ["pedro-castillo"], "asserted")]
    assert ("SUPPORT", "support.call-legitimate", ["mexico"], ["pedro-castillo"], "asserted") \
        in rows(lead, "Mexico refused to recognise the removal and said that Castillo remained "
                      "Peru's legitimate president.", "2022-12-21")
    # no one says it, or he says it of himself: no backing
    assert rows(lead, "Castillo, who calls himself the legitimate president, remains in "
                      "custody.", "2022-12-21") == []
    assert rows(lead, "Castillo said he remained the legitimate president.", "2022-12-21") == []


def test_a_ruler_who_hands_power_to_another_concedes_it():
    def conceded(text: str) -> list[tuple[str, list[str], list[str], str]]:
        return [(e.rule, e.source, e.target, e.modality)
                for e in analyze_text(text, published="2022-04-07").events
                if e.type == "CONCEDE"]

    assert conceded("Hadi handed his powers to Vice President Ali Mohsen al-Ahmar.") == [
        ("concede.hand-power-to", ["abd-rabbu-mansour-hadi"], ["ali-mohsen-al-ahmar"],
         "asserted")]
    assert conceded("Sudan's army said it would hand power to an elected civilian government.") \
        == [("concede.hand-power-to", ["sudanese-armed-forces"], [], "planned")]
    # powers handed to investigators, or a handover told in passing, are no concession
    assert conceded("The cabinet handed more powers to the police to make arrests.") == []
    assert conceded("President Andres Manuel Lopez Obrador, who hands power to Claudia "
                    "Sheinbaum on Oct. 1, said the army would stay.") == []
