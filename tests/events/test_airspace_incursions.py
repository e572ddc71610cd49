"""Drone incursions into a neighbour's airspace as wire copy tells them (Russian drones over
Poland), coded through the whole pipeline with exact expected values: a state's airspace or
territory as the place of an attack, "the military" of the speaker's own country, a verb after a
relative clause and an aside going back to the main subject, a war's invasion aimed at the
country its attacks are fought in, straying into an airspace as an attack on its state, the
date a "since then" carries; and, from the talks that followed, a call "after the talks" dated by
them and a condemnation of an attack "as a killing of civilians" aimed at the attackers."""

from __future__ import annotations

from factions.pipeline import analyze_text


def placed(text: str, published: str
           ) -> list[tuple[str, list[str], list[str], str | None, str | None]]:
    return [(e.type, e.source, e.target, e.place, e.place_text)
            for e in analyze_text(text, published=published).events]


def test_its_airspace_is_the_place_of_the_shoot_down_and_of_the_incursion():
    assert placed("WARSAW, Sept 10 - Poland shot down Russian drones that crossed into its "
                  "airspace overnight during a large-scale Russian attack on western Ukraine. "
                  "Dutch F-35 jets stationed in Poland took part in the operation.",
                  "2025-09-10")[:3] == [
        ("ASSAULT", ["poland"], ["russian-armed-forces"], "country:POL", "its airspace"),
        ("ASSAULT", ["russian-armed-forces"], ["poland"], "country:POL", "its airspace"),
        ("ASSAULT", ["russia"], ["ukraine"], "region:UKR:west", "western Ukraine")]


def test_the_military_of_a_prime_minister_at_home_is_his_countrys():
    # "the military" after "Russian drones": Tusk's own forces in a story from Warsaw, and the
    # Polish airspace named before the trigger is where they destroyed the drones
    assert placed("WARSAW, Sept 10 - Russian drones crossed into Poland overnight. Prime "
                  "Minister Donald Tusk told parliament on Wednesday that the military had "
                  "recorded 19 violations of Polish airspace and destroyed at least four of the "
                  "drones.", "2025-09-10") == [
        ("ASSAULT", ["russian-armed-forces"], ["poland"], "country:POL", "Poland"),
        ("ASSAULT", ["polish-armed-forces"], ["russian-armed-forces"], "country:POL",
         "Polish airspace")]


def test_an_airspace_never_left_is_no_place():
    assert placed("ISLAMABAD, May 7 - Pakistan said India struck six sites in Pakistan "
                  "overnight. Military spokesman Lieutenant General Ahmed Sharif Chaudhry said "
                  "Pakistani warplanes had shot down five Indian jets without leaving Pakistani "
                  "airspace.", "2025-05-07") == [
        # (India's strikes on six sites, placed in Pakistan; the shoot-down has no place)
        ("ASSAULT", ["india"], ["pakistan"], "country:PAK", "Pakistan"),
        ("ASSAULT", ["pakistan-armed-forces", "pakistan"], ["indian-armed-forces"], None, None)]


def test_a_verb_after_a_relative_clause_and_an_aside_is_the_main_subjects():
    events = analyze_text(
        "WARSAW, Sept 10 - Poland shot down Russian drones that crossed into its airspace "
        "overnight during a large-scale Russian attack on western Ukraine, the first time a NATO "
        "member has fired on Russian military aircraft since the war began, and asked the "
        "alliance to hold consultations under Article 4 of its founding treaty.",
        published="2025-09-10").events
    assert [(e.type, e.source) for e in events if e.type == "REQUEST"] == [
        ("REQUEST", ["poland"])]


def test_a_past_invasion_is_of_the_country_its_war_is_fought_in_and_straying_is_an_attack():
    events = analyze_text(
        "WARSAW, Sept 10 - Russian drones crossed into Polish airspace overnight and Poland shot "
        "them down. Russia's defence ministry said its forces had struck military-industrial "
        "sites in western Ukraine overnight. Poland has been the main transit hub for Western "
        "weapons sent to Kyiv since Russia launched its full-scale invasion in February 2022. "
        "Russian missiles and drones have strayed into Polish airspace several times since "
        "then.", published="2025-09-10").events
    assert [(e.source, e.target, e.place_text, e.date, e.modality) for e in events
            if e.modality == "historical" and e.type == "ASSAULT"] == [
        (["russia"], ["ukraine"], None, "2022-02", "historical"),
        (["russian-armed-forces", "russia"], ["poland"], "Polish airspace", "2022-02",
         "historical")]


def test_a_call_after_the_talks_is_dated_by_the_talks():
    events = analyze_text(
        "ISTANBUL, May 17 - Russian and Ukrainian negotiators agreed on Friday to exchange 1,000 "
        "prisoners of war each at their first face-to-face talks in more than three years.\n\n"
        "European leaders met in Tirana. French President Emmanuel Macron spoke with U.S. "
        "President Donald Trump after the talks.", published="2025-05-17").events
    assert [(e.source, e.target, e.date) for e in events if "emmanuel-macron" in e.source] == [
        (["emmanuel-macron"], ["donald-trump"], "2025-05-16")]


def test_calling_an_attack_a_killing_of_civilians_condemns_who_attacked():
    events = analyze_text(
        "KYIV, May 17 - On Saturday a Russian drone hit a passenger bus near the town of "
        "Bilopillia in Sumy region, killing nine people. Zelensky called the attack a deliberate "
        "killing of civilians.", published="2025-05-17").events
    assert [(e.type, e.source, e.target) for e in events] == [
        ("ASSAULT", ["russian-armed-forces"], []),
        ("ACCUSE", ["volodymyr-zelensky"], ["russian-armed-forces"])]
