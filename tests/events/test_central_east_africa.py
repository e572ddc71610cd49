"""Central and East African political-armed crises (South Sudan's Nasir crisis, Cameroon's
Anglophone conflict): news sentences with the exact events and alignments expected."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze_text


def analysis(text: str, published: str) -> Analysis:
    return analyze_text(text, published=published)


def events(a: Analysis) -> list[tuple[str, str | None, str, list[str], list[str], str, str | None]]:
    return [(e.type, e.mode, e.rule, e.source, e.target, e.modality, e.date) for e in a.events]


def relations(a: Analysis) -> list[tuple[str, str, str, str]]:
    return [(r.source, r.type, r.target, r.basis) for r in a.relations]


NASIR = ("Kiir detains Machar allies after militia overruns army base\n\n"
         "JUBA, March 8 - South Sudanese President Salva Kiir's government has detained several "
         "ministers and senior officers allied to First Vice President Riek Machar, days after an "
         "armed militia overran an army garrison in the northeastern town of Nasir. The White "
         "Army, a largely Nuer youth militia, captured the base of the South Sudan People's "
         "Defence Forces (SSPDF) in Nasir on Tuesday after two days of heavy clashes, local "
         "officials said.")


def test_a_militia_the_next_sentence_names_and_a_lede_told_through_the_leaders_government(
) -> None:
    a = analysis(NASIR, "2025-03-08")
    # The headline's subject acts in the lede through his own government: the protagonist.
    assert a.key_actor == "salva-kiir"
    assert events(a) == [
        ("COERCE", "arrest", "coerce.arrest", ["salva-kiir"], ["riek-machar"], "asserted",
         "2025-03-08"),
        # detained "ministers and senior officers": no side of the war is filled in
        ("COERCE", "arrest", "coerce.arrest", ["south-sudan-transitional-government"], [],
         "asserted", "2025-03-08"),
        # "an armed militia" is the White Army the next sentence names, on the day it dates
        ("ASSAULT", "ground", "assault.sweep-into", ["white-army"], ["sspdf"], "asserted",
         "2025-03-04"),
        ("ASSAULT", "capture", "assault.capture-territory", ["white-army"], ["sspdf"],
         "reported", "2025-03-04"),
    ]


def test_an_aircraft_that_came_under_fire_with_no_attacker_named() -> None:
    a = analysis("JUBA, March 8 - On Friday, a United Nations helicopter came under fire while "
                 "trying to evacuate soldiers from Nasir, the UN Mission in South Sudan (UNMISS) "
                 "said.", "2025-03-08")
    # no attacker; the speaker's bracketed short name does not hide the report; and the
    # soldiers evacuated from Nasir are no "Nasir soldiers"
    assert events(a) == [("ASSAULT", "aerial", "assault.come-under-attack", [],
                          ["united-nations"], "reported", "2025-03-07")]
    assert [x.id for x in a.actors] == ["united-nations", "unmiss", "sspdf"]


ARRESTS = ("JUBA, March 8 - First Vice President Riek Machar was not seen. National Security "
           "Service agents arrested two of Machar's allies, Petroleum Minister Puot Kang Chol and "
           "the deputy army chief, General Gabriel Duop Lam, on Wednesday. The government "
           "accuses Machar's Sudan People's Liberation Movement-in-Opposition (SPLM-IO) of "
           "backing the White Army, a charge the party denies. Troops also surrounded Machar's "
           "residence in the capital Juba the same day.")


def test_a_leaders_allies_named_after_a_comma_his_party_and_his_residence() -> None:
    a = analysis(ARRESTS, "2025-03-08")
    assert events(a) == [
        # the allies the apposition names are arrested, not Machar
        ("COERCE", "arrest", "coerce.arrest", ["x-national-security-service"],
         ["x-puot-kang-chol", "x-gabriel-duop-lam"], "asserted", "2025-03-05"),
        # "Machar's SPLM-IO": the party, not the man
        ("ACCUSE", "allege", "accuse.accuse", ["south-sudan-transitional-government"],
         ["splm-io"], "asserted", "2025-03-05"),
        # ", a charge the party denies": the writer tells the denial, it is no part of the
        # government's accusation
        ("REJECT", "deny", "reject.charge-denied", ["splm-io"],
         ["south-sudan-transitional-government"], "asserted", "2025-03-05"),
        # troops ringing a man's home: a cordon on him, not a siege
        ("COERCE", "blockade", "coerce.surround-residence", ["sspdf"], ["riek-machar"],
         "asserted", "2025-03-05"),
    ]
    assert relations(a)[:2] == [
        ("x-puot-kang-chol", "allied_with", "riek-machar", "stated"),
        ("x-gabriel-duop-lam", "allied_with", "riek-machar", "stated"),
    ]


def test_a_quoted_we_is_the_speaker_named_after_the_quote() -> None:
    a = analysis("JUBA, March 8 - UNMISS urged calm. \"We call on all parties to step back from "
                 "the brink,\" UNMISS chief Nicholas Haysom said in a statement.", "2025-03-08")
    assert [(e.type, e.source) for e in a.events] == [("REQUEST", ["unmiss"]),
                                                      ("REQUEST", ["nicholas-haysom"])]


CAMEROON = ("Cameroon separatists kill village chief\n\n"
            "YAOUNDE, May 20 - Separatist fighters killed at least seven civilians, including a "
            "traditional chief, in a village in Cameroon's North-West region, local officials "
            "said on Monday. The gunmen stormed the village of Guzang on Saturday night and shot "
            "the chief, residents said. The separatists could not be reached for comment. Canada "
            "said in January 2023 that it had agreed to facilitate a peace process between the "
            "government and several separatist groups, but the government denied having asked "
            "any foreign country to mediate.")


def test_separatists_described_many_ways_a_facilitator_and_a_rebuff() -> None:
    a = analysis(CAMEROON, "2024-05-20")
    # "Cameroon separatists", "Separatist fighters", "The separatists", "several separatist
    # groups": one group
    assert a.key_actor == "x-cmr-rebels"
    assert [m.text for m in next(x for x in a.actors if x.id == "x-cmr-rebels").mentions] == [
        "Cameroon separatists", "Separatist fighters", "The gunmen", "The separatists",
        "several separatist groups"]
    assert events(a) == [
        # the headline's killing is the lede's, on the day the body dates it
        ("ASSAULT", None, "assault.kill", ["x-cmr-rebels"], ["cameroonian-government"],
         "asserted", "2024-05-18"),
        # the lede's report was made on Monday; the next sentence dates the attack Saturday
        ("ASSAULT", "mass-killing", "assault.kill", ["x-cmr-rebels"], ["x-civilian-victims"],
         "reported", "2024-05-18"),
        ("ASSAULT", "ground", "assault.storm", ["x-cmr-rebels"], ["cameroonian-government"],
         "reported", "2024-05-18"),
        ("ASSAULT", "firearms", "assault.shoot", ["x-cmr-rebels"], ["cameroonian-government"],
         "reported", "2024-05-18"),
        # agreeing to facilitate is no deal between the sides; a statement of January 2023
        # tells background; whoever denied asking anyone to mediate does not mediate
        ("CONSULT", "third-party", "consult.convene", ["canada"],
         ["cameroonian-government", "x-cmr-rebels"], "historical", "2023-01"),
        ("REJECT", "deny", "reject.deny-asking", ["cameroonian-government"], ["canada"],
         "historical", "2023-01"),
    ]
    assert relations(a) == [
        ("x-cmr-rebels", "opposes", "cameroonian-government", "inferred"),
        ("canada", "mediates", "cameroonian-government", "stated"),
        ("canada", "mediates", "x-cmr-rebels", "stated"),
    ]


def test_an_aged_leader_with_a_relative_clause_and_a_stay_at_home_order() -> None:
    a = analysis("YAOUNDE, May 20 - The Ambazonia separatists attacked a village. President Paul "
                 "Biya, 91, who has ruled Cameroon since 1982, has vowed to crush the separatists. "
                 "The separatists had ordered residents to stay at home on Monday.", "2024-05-20")
    assert [(e.type, e.rule, e.source) for e in a.events] == [
        ("ASSAULT", "assault.attack", ["ambazonia-separatists"]),
        ("THREATEN", "threaten.punish", ["paul-biya"]),
        ("COERCE", "coerce.stay-at-home-order", ["ambazonia-separatists"]),
    ]
    assert a.events[1].target == ["ambazonia-separatists"]


def test_a_states_army_and_its_security_forces_are_one_side() -> None:
    a = analysis("YAOUNDE, May 20 - Human Rights Watch has accused both the separatists and the "
                 "security forces of killings and the burning of villages. Soldiers killed five "
                 "separatist fighters on Sunday.", "2024-05-20")
    assert relations(a) == [
        ("cameroon-armed-forces", "opposes", "x-separatist-fighters", "inferred")]


def test_troops_deployed_to_secure_the_capital_are_no_money_deployed() -> None:
    a = analysis("JUBA, March 8 - Uganda's army chief, General Muhoozi Kainerugaba, said on "
                 "Saturday that Ugandan special forces had been deployed to Juba to secure the "
                 "capital and protect Kiir.", "2025-03-08")
    assert [(e.type, e.mode, e.source, e.modality) for e in a.events] == [
        ("MOBILIZE", "troops", ["updf"], "reported")]
    assert analyze_text("The fund will deploy capital across Asia next year.",
                        published="2025-03-08").events == []
