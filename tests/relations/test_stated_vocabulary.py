"""Alignment vocabulary of wire copy, written from the language rather than from one article:
each expression that states a relation gives exactly that relation, and its near misses (a
non-relational sense, a noun trigger that is no predicate, a call on others) give none."""

from __future__ import annotations

import pytest

from factions.model import Analysis
from factions.pipeline import analyze_text

PUBLISHED = "2024-05-01"
RELATIONS = ("supports", "opposes", "mediates", "allied_with")


def stated(analysis: Analysis) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in analysis.relations
            if r.basis == "stated" and r.type in RELATIONS}


SUPPORTS = [
    ("The United States is Israel's backer.", {("supports", "united-states", "israel")}),
    ("India had been one of Hasina's most important backers.",
     {("supports", "india", "sheikh-hasina")}),
    ("Iran stood beside Hezbollah.", {("supports", "iran", "hezbollah")}),
    ("Turkey came to the defence of Azerbaijan.", {("supports", "turkey", "azerbaijan")}),
    ("The Houthis are beholden to Iran.", {("supports", "houthis", "iran")}),
    ("The Iran-bankrolled Houthis attacked ships.", {("supports", "iran", "houthis")}),
    ("The Malian army, aided by the Wagner Group, retook Kidal.",
     {("supports", "wagner-group", "malian-armed-forces")}),
    ("Assad was kept in power by Russia.", {("supports", "russia", "bashar-al-assad")}),
    ("Luisa Gonzalez was endorsed by Rafael Correa.",
     {("supports", "rafael-correa", "luisa-gonzalez")}),
    ("Iran is a financier of Hamas.", {("supports", "iran", "hamas")}),
    ("Iran is on the side of the Houthis, the minister said.",
     {("supports", "iran", "houthis")}),
    ("Turkey is on Azerbaijan's side, Erdogan said.", {("supports", "turkey", "azerbaijan")}),
    ("Belarus took Russia's side in the dispute.", {("supports", "belarus", "russia")}),
    ("Hezbollah fired rockets in a show of solidarity with Hamas.",
     {("supports", "hezbollah", "hamas")}),
]

OPPOSES = [
    ("Alexei Navalny, Putin's most prominent critic, died in prison.",
     {("opposes", "alexei-navalny", "vladimir-putin")}),
    ("Navalny was Putin's fiercest critic.", {("opposes", "alexei-navalny", "vladimir-putin")}),
    ("Iran and Israel are bitter enemies.", {("opposes", "iran", "israel")}),
    ("Iran and Israel are arch-rivals.", {("opposes", "iran", "israel")}),
    ("India and Pakistan are nuclear-armed rivals.", {("opposes", "india", "pakistan")}),
    ("The Sudanese army and the RSF have been at war since April 2023.",
     {("opposes", "sudanese-armed-forces", "rapid-support-forces")}),
    ("The RSF is locked in a war with the Sudanese army.",
     {("opposes", "rapid-support-forces", "sudanese-armed-forces")}),
    ("Hamas is in a state of war with Israel.", {("opposes", "hamas", "israel")}),
    ("Israel is on a collision course with Iran.", {("opposes", "israel", "iran")}),
    ("Mali fell out with France in 2022.", {("opposes", "mali", "france")}),
    ("Israel has vowed to destroy Hamas.", {("opposes", "israel", "hamas")}),
    ("Netanyahu pledged to eliminate Hamas.", {("opposes", "benjamin-netanyahu", "hamas")}),
    ("Turkey considers the YPG a terrorist group.", {("opposes", "turkey", "ypg")}),
    ("Turkey regards the PKK as a terrorist organisation.", {("opposes", "turkey", "pkk")}),
]

ALLIED = [
    ("Belarus is Russia's closest ally.", {("allied_with", "belarus", "russia")}),
    ("Erdogan's coalition partner, the Nationalist Movement Party, backed the plan.",
     {("allied_with", "nationalist-movement-party", "recep-tayyip-erdogan")}),
    ("Wagner fought on the side of Khalifa Haftar in 2019.",
     {("allied_with", "wagner-group", "khalifa-haftar")}),
    ("The Wagner Group fought side by side with the Malian army.",
     {("allied_with", "wagner-group", "malian-armed-forces")}),
    ("Eritrean troops fought beside the Ethiopian army.",
     {("allied_with", "eritrean-defence-forces", "endf")}),
    ("Mali has forged close ties with Russia.", {("allied_with", "mali", "russia")}),
    ("Mali and Russia have close military ties.", {("allied_with", "mali", "russia")}),
    ("Russia and Belarus are staunch allies.", {("allied_with", "russia", "belarus")}),
    ("Hamas made common cause with Islamic Jihad.",
     {("allied_with", "hamas", "palestinian-islamic-jihad")}),
    ("The Arakan Army threw in its lot with the Ta'ang National Liberation Army.",
     {("allied_with", "arakan-army", "tnla")}),
]

MEDIATES = [
    ("Qatar acted as a go-between for Israel and Hamas.",
     {("mediates", "qatar", "hamas"), ("mediates", "qatar", "israel")}),
    ("Oman relayed messages between Iran and the United States.",
     {("mediates", "oman", "iran"), ("mediates", "oman", "united-states")}),
    ("Talks between Russia and Ukraine took place under the auspices of Turkey.",
     {("mediates", "turkey", "russia"), ("mediates", "turkey", "ukraine")}),
    ("The talks between Israel and Hamas are being held under Egyptian auspices.",
     {("mediates", "egypt", "hamas"), ("mediates", "egypt", "israel")}),
    ("Qatar played a key role in mediating between Israel and Hamas.",
     {("mediates", "qatar", "hamas"), ("mediates", "qatar", "israel")}),
    ("Egypt was instrumental in brokering the truce between Israel and Hamas.",
     {("mediates", "egypt", "hamas"), ("mediates", "egypt", "israel")}),
    ("Turkey brought Russia and Ukraine to the negotiating table.",
     {("mediates", "turkey", "russia"), ("mediates", "turkey", "ukraine")}),
]


@pytest.mark.parametrize(("text", "expected"), [*SUPPORTS, *OPPOSES, *ALLIED, *MEDIATES])
def test_an_expression_states_its_relation(text: str, expected: set[tuple[str, str, str]]):
    assert stated(analyze_text(text, published=PUBLISHED)) == expected


NEAR_MISSES = [
    # a backer or an ally named outside a copula is no relation of the clause subject
    "Hamas is said to have met Israel's ally.",
    # a trading partner is no ally
    "China is Russia's biggest trading partner.",
    # one's own side of a border, casualties on a side
    "Israel said three soldiers were killed on its side of the border with Lebanon.",
    "Casualties on Israel's side were light, the Israel Defense Forces said.",
    # an attack is an event, not a vow to defeat
    "Israel destroyed a Hamas tunnel on Monday.",
    # a call on others to list a group is no listing
    "Sudan's foreign ministry urged the U.N. Security Council to designate the RSF a terrorist "
    "organisation.",
    # critics with no one named whose critics they are
    "Critics say the plan will fail.",
    "Russia considers Ukraine a partner.",
    # the sides brought to the table must be named
    "Saudi Arabia said it would keep working with Washington to bring the two sides back to the "
    "table.",
    # ties severed are no ties
    "Mali severed close ties with France in 2022.",
    "The drones were helped by strong winds.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_near_miss_states_no_relation(text: str):
    assert stated(analyze_text(text, published=PUBLISHED)) == set()


def test_the_subject_of_an_attack_on_a_backer_is_not_the_backer():
    analysis = analyze_text("The Houthis attacked Israel's main backer.", published=PUBLISHED)
    assert not [r for r in analysis.relations if r.type == "supports"]
