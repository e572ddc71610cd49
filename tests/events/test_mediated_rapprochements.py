"""Mediated rapprochements between rivals: the sides named as "the two regional powers" or
"they", a pledge to respect each other's sovereignty, signatories with an aside between them,
a mediation between a state and another state's official, praise of a deal, an effort a third
party welcomes, a deal's day told after the lead, a pact's own date, a breakaway government,
a coordinated "it", an owner's then-leader and a family name said first."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze_text

LEAD = ("BEIJING, March 10 - Saudi Arabia and Iran agreed on Friday to restore diplomatic "
        "relations and reopen their embassies within two months, in a deal brokered by China. ")


def analyze(text: str, published: str = "2023-03-10") -> Analysis:
    return analyze_text(text, published=published)


def rows(analysis: Analysis, sentence: str) -> list[tuple[str, str, list[str], list[str], str,
                                                        str | None]]:
    return [(e.type, e.rule, e.source, e.target, e.modality, e.date) for e in analysis.events
            if sentence in e.evidence.text]


def test_the_two_regional_powers_pledge_each_other_respect_and_they_agree_again():
    a = analyze(LEAD + "A joint statement issued after four days of talks in Beijing said the two "
                "regional powers would respect each other's sovereignty and not interfere in each "
                "other's internal affairs. They also agreed to activate a security cooperation "
                "pact signed in 2001.")
    # (the four days of talks are the two powers' too)
    assert rows(a, "the two regional powers") == [
        ("CONSULT", "consult.talks", ["iran"], ["saudi-arabia"], "asserted", "2023-03-10"),
        ("CONSULT", "consult.talks", ["saudi-arabia"], ["iran"], "asserted", "2023-03-10"),
        ("AGREE", "agree.commit-mutual", ["iran", "saudi-arabia"], [], "planned", "2023-03-10")]
    # "They" is the two powers again, and the pact's own year dates the pact, not the agreeing
    assert rows(a, "They also agreed") == [
        ("AGREE", "agree.agree", ["iran", "saudi-arabia"], [], "asserted", "2023-03-10")]


def test_the_two_neighbours_pledge_to_respect_each_others_sovereignty():
    a = analyze("ANKARA, Dec 12 - Ethiopia and Somalia have agreed to end a year-long dispute, "
                "after talks in Ankara brokered by Turkish President Tayyip Erdogan. The two "
                "neighbours pledged to respect each other's sovereignty.", "2024-12-12")
    assert rows(a, "The two neighbours pledged") == [
        ("AGREE", "agree.pledge-respect", ["somalia", "ethiopia"], [], "asserted",
         "2024-12-12")]


def test_signatories_with_an_aside_between_them_sign_with_each_other():
    a = analyze(LEAD + "The agreement was signed by Ali Shamkhani, secretary of Iran's Supreme "
                "National Security Council, and Saudi national security adviser Musaed al-Aiban, "
                "with China's top diplomat Wang Yi standing between them.")
    assert [(t, s, g) for t, _, s, g, _, _ in rows(a, "was signed by")] == [
        ("AGREE", ["ali-shamkhani"], ["musaed-al-aiban"]),
        ("AGREE", ["musaed-al-aiban"], ["ali-shamkhani"]),
        # the diplomat standing between them witnesses the signing (session 24)
        ("CONSULT", ["wang-yi"], ["ali-shamkhani", "musaed-al-aiban", "iran", "saudi-arabia"])]


def test_a_mediation_between_a_state_and_another_states_official_is_between_the_states():
    a = analyze(LEAD + "The agreement was signed by Ali Shamkhani, secretary of Iran's Supreme "
                "National Security Council, and Saudi national security adviser Musaed al-Aiban. "
                "The statement thanked Iraq and Oman for hosting earlier rounds of dialogue "
                "between the rivals in 2021 and 2022.")
    assert rows(a, "thanked Iraq and Oman") == [
        ("CONSULT", "consult.convene", ["iraq", "oman"], ["saudi-arabia", "iran"], "historical",
         "2021")]
    mediations = {(r.source, r.target) for r in a.relations if r.type == "mediates"
                  and r.source in ("iraq", "oman")}
    assert mediations == {("iraq", "saudi-arabia"), ("iraq", "iran"), ("oman", "saudi-arabia"),
                          ("oman", "iran")}


def test_a_chinese_official_is_called_by_his_family_name_and_praises_the_deal():
    a = analyze(LEAD + "China's top diplomat Wang Yi stood between the two envoys. Wang called "
                "the deal a victory for dialogue and peace.")
    assert rows(a, "Wang called") == [
        ("SUPPORT", "support.call-deal-praise", ["wang-yi"], [], "asserted", "2023-03-10")]
    # an attack called a victory is no praise of a deal
    assert [e.type for e in analyze("Rebels called the attack a victory.").events
            if e.type == "SUPPORT"] == []


def test_welcoming_an_effort_to_help_end_a_war_is_no_deal_of_the_welcomer():
    a = analyze("White House spokesman John Kirby said Washington welcomed any effort to help end "
                "the war in Yemen, adding that Riyadh had kept U.S. officials informed.")
    # (the spokesman speaks for the state whose stance he reports: both are its sources)
    assert [(t, r, s) for t, r, s, _, _, _ in rows(a, "welcomed")] == [
        ("SUPPORT", "support.welcome", ["united-states", "john-kirby"])]


def test_an_internationally_recognised_government_is_recognised_by_no_one_here():
    a = analyze("A Saudi-led coalition intervened in 2015 against the Iran-aligned Houthi "
                "movement after it drove the internationally recognised government out of the "
                "capital Sanaa.")
    assert [e.type for e in a.events if e.type == "SUPPORT"] == []


def test_the_leads_undated_deal_takes_the_day_the_next_sentence_signs_it():
    a = analyze("ANKARA, Dec 12 - Ethiopia and Somalia have agreed to end a year-long dispute, "
                "after talks in Ankara brokered by Turkish President Tayyip Erdogan.\n\n"
                "Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud "
                "signed what Erdogan called the Ankara Declaration late on Wednesday.",
                "2024-12-12")
    assert [(t, e.date) for t, e in ((e.type, e) for e in a.events)
            if "have agreed" in e.evidence.text] == [
        ("AGREE", "2024-12-11"), ("AGREE", "2024-12-11"), ("CONSULT", "2024-12-11")]


def test_a_breakaway_government_is_no_government_of_its_country():
    a = analyze("ANKARA, Dec 12 - Ethiopia and Somalia have agreed to end a year-long dispute over "
                "Ethiopia's plans to build a port in the breakaway region of Somaliland, after "
                "talks in Ankara brokered by Turkish President Tayyip Erdogan.", "2024-12-12")
    assert sorted((r.source, r.type, r.target) for r in a.relations) == [
        ("recep-tayyip-erdogan", "mediates", "ethiopia"),
        ("recep-tayyip-erdogan", "mediates", "somalia"),
        ("somalia", "opposes", "ethiopia")]  # (not Somaliland: the port is in it)


def test_a_coordinated_it_goes_on_with_the_state_the_sentence_opens_with():
    a = analyze("Turkey has close ties to both countries: it runs a military base in Mogadishu "
                "and trains Somali troops, and it has sold armed drones to Ethiopia.", "2024-12-12")
    assert [(t, s, g) for t, _, s, g, _, _ in rows(a, "Turkey has")] == [
        ("AID", ["turkey"], ["somali-national-army"]), ("AID", ["turkey"], ["ethiopia"])]


def test_an_owners_then_leader_signs_in_person():
    a = analyze("The row erupted in January, when Abiy Ahmed signed a memorandum of understanding "
                "with Somaliland's then-leader Muse Bihi Abdi.", "2024-12-12")
    assert [(t, s, g) for t, _, s, g, _, _ in rows(a, "The row")] == [
        ("AGREE", ["abiy-ahmed"], ["muse-bihi-abdi"]),
        ("AGREE", ["muse-bihi-abdi"], ["abiy-ahmed"])]


def test_a_state_locked_in_a_dispute_with_another_opposes_it():
    a = analyze("Mogadishu drew closer to Egypt, which is locked in a long dispute with Ethiopia "
                "over a giant Nile dam.", "2024-12-12")
    assert [(r.source, r.type, r.target) for r in a.relations] == [
        ("egypt", "opposes", "ethiopia")]
