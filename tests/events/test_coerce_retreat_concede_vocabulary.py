"""Session 28 vocabulary breadth for coercion, retreat and concession: wire-copy verbs, phrasal
verbs and nouns of arrests, sentences, deportations, bans, dismissals, releases, withdrawals,
handovers, delistings and climb-downs that the dictionary lacked, each checked on a short
sentence of the kind agencies write, with the near misses of the same words that are no such
event ("released a video of", "ordered the evacuation of its embassy", "dismissed the minister's
claim", "conceded two goals")."""

from __future__ import annotations

import pytest

from factions.events.patterns import _forms
from factions.pipeline import analyze_text

Coded = tuple[str, list[str], list[str]]


def coded(sentence: str, rule: str) -> list[Coded]:
    return [(e.type, e.source, e.target)
            for e in analyze_text(sentence, published="2024-05-01").events if e.rule == rule]


@pytest.mark.parametrize(("sentence", "rule", "expected"), [
    ("Turkish police took dozens of journalists into custody on Tuesday.", "coerce.arrest",
     ("COERCE", ["turkish-general-directorate-of-security"], [])),
    ("Pakistani authorities placed Imran Khan under arrest.", "coerce.arrest",
     ("COERCE", ["pakistan"], ["imran-khan"])),
    ("In Moscow, Russian police hauled mourners into police vans.", "coerce.arrest",
     ("COERCE", ["police-of-russia"], [])),
    ("Egyptian police threw dozens of activists in jail.", "coerce.arrest",
     ("COERCE", ["egyptian-national-police"], [])),
    ("A Russian court sentenced Alexei Navalny to 19 years in prison.", "coerce.sentence-to",
     ("COERCE", ["x-rus-judiciary"], ["alexei-navalny"])),
    ("Sudan's army sentenced the officers to death.", "coerce.sentence-to",
     ("COERCE", ["sudanese-armed-forces"], [])),
    ("Ugandan police raided the home of opposition leader Bobi Wine.", "coerce.search-offices",
     ("COERCE", ["uganda-police-force"], ["bobi-wine"])),
    ("Pakistan deported hundreds of thousands of Afghans.", "coerce.deport",
     ("COERCE", ["pakistan"], [])),
    ("Azerbaijan blockaded the Lachin corridor for months.", "coerce.blockade-place",
     ("COERCE", ["azerbaijan"], [])),
    ("Venezuela disqualified opposition leader Maria Corina Machado from running.",
     "coerce.bar-from", ("COERCE", ["venezuela"], ["maria-corina-machado"])),
    ("The Taliban barred women from universities.", "coerce.bar-from",
     ("COERCE", ["taliban"], [])),
    ("Russia designated Meduza an undesirable organisation.", "coerce.undesirable",
     ("COERCE", ["russia"], ["meduza"])),
    ("Russia declared the Moscow Times a foreign agent.", "coerce.undesirable",
     ("COERCE", ["russia"], ["moscow-times"])),
    ("Israel ordered the evacuation of northern Gaza.", "coerce.order-evacuation",
     ("COERCE", ["israel"], [])),
    ("Malian soldiers mutinied at a base outside Bamako.", "coerce.mutinied",
     ("COERCE", ["malian-armed-forces"], [])),
    ("Prigozhin's mutiny collapsed within a day.", "coerce.mutiny",
     ("COERCE", ["yevgeny-prigozhin"], [])),
    ("Palestinian authorities closed the offices of Al Jazeera in Ramallah.",
     "coerce.close-offices", ("COERCE", ["palestine"], ["al-jazeera"])),
    ("Belarus shut down dozens of NGOs.", "coerce.shut-ngos", ("COERCE", ["belarus"], [])),
    ("South Korean troops sealed off the National Assembly.", "coerce.surround-residence",
     ("COERCE", ["republic-of-korea-armed-forces"], ["x-national-assembly"])),
    ("Nicaragua revoked the licences of two independent broadcasters.",
     "coerce.revoke-accreditation", ("COERCE", ["nicaragua"], [])),
    ("Polish border guards turned water cannon on migrants at the Belarus border.",
     "coerce.tear-gas", ("COERCE", ["poland"], [])),
    ("Kais Saied sacked Defence Minister Ibrahim Bartagi.", "coerce.dismiss-official",
     ("COERCE", ["kais-saied"], ["x-ibrahim-bartagi"])),
    ("Tokayev had removed Karim Massimov from his post the day before.",
     "coerce.remove-from-post", ("COERCE", ["kassym-jomart-tokayev"], [])),
    ("Nigerian soldiers prevented ambulances from reaching the wounded.",
     "coerce.prevent-reaching", ("COERCE", ["nigerian-armed-forces"], [])),
    ("Mali's military rulers pushed out French troops.", "coerce.troops-out",
     ("COERCE", ["malian-transitional-government"], ["france"])),
    # a leading adverb keeps the verb after it inflected ("forcibly removed")
    ("Israeli troops forcibly removed residents from their homes in Masafer Yatta.",
     "coerce.expel", ("COERCE", ["israel-defense-forces"], [])),
])
def test_wire_copy_phrasing_of_coercion_is_coded(sentence: str, rule: str,
                                                 expected: Coded) -> None:
    assert coded(sentence, rule) == [expected]


@pytest.mark.parametrize(("sentence", "rule", "expected"), [
    ("Boko Haram released 82 of the abducted Chibok schoolgirls.", "retreat.release",
     ("RETREAT", ["boko-haram"], [])),
    ("India released the captured Pakistani pilot.", "retreat.release",
     ("RETREAT", ["india"], [])),
    ("Iran released Narges Mohammadi on bail.", "retreat.release-named",
     ("RETREAT", ["iran"], ["narges-mohammadi"])),
    ("Mexican authorities released Ovidio Guzman to end the fighting.",
     "retreat.release-named", ("RETREAT", ["mexican-government"], ["ovidio-guzman-lopez"])),
    ("Bangladesh's president ordered the release of Khaleda Zia.", "retreat.order-release",
     ("RETREAT", ["mohammed-shahabuddin"], ["khaleda-zia"])),
    ("Hezbollah stopped firing rockets at Israel.", "retreat.stop-bombing",
     ("RETREAT", ["hezbollah"], [])),
    ("Russia handed over the bodies of 500 Ukrainian soldiers.", "retreat.hand-over-captives",
     ("RETREAT", ["russia"], [])),
    ("Israel opened the Erez crossing for aid.", "retreat.allow-aid",
     ("RETREAT", ["israel"], [])),
    ("Russian forces abandoned Izium.", "retreat.abandon-place",
     ("RETREAT", ["russian-armed-forces"], [])),
    ("Israel wound down its offensive in northern Gaza.", "retreat.wound-down",
     ("RETREAT", ["israel"], [])),
    ("FARC rebels handed in their weapons to U.N. monitors.", "retreat.surrender",
     ("RETREAT", ["farc"], ["united-nations"])),
    ("MINUSMA, the UN mission in Mali, handed its Kidal camp to the Malian authorities and left.",
     "retreat.return-territory", ("RETREAT", ["minusma"], ["mali"])),
])
def test_wire_copy_phrasing_of_retreat_is_coded(sentence: str, rule: str,
                                                expected: Coded) -> None:
    assert coded(sentence, rule) == [expected]


@pytest.mark.parametrize(("sentence", "rule", "expected"), [
    ("Donald Trump conceded the election to Joe Biden.", "concede.concede-election",
     ("CONCEDE", ["donald-trump"], ["joe-biden"])),
    ("India repealed the farm laws after a year of protests.", "concede.withdraw-bill",
     ("CONCEDE", ["india"], [])),
    ("Tokayev restored the price cap on fuel.", "concede.withdraw-bill",
     ("CONCEDE", ["kassym-jomart-tokayev"], [])),
    ("Yoon Suk Yeol said he would accept the National Assembly's demand.", "concede.accede",
     ("CONCEDE", ["yoon-suk-yeol"], ["x-national-assembly"])),
    ("The United States revoked the Houthis' terrorist designation.", "concede.delist",
     ("CONCEDE", ["united-states"], ["houthis"])),
    ("Saudi Arabia and allies end Qatar boycott as crown prince embraces emir.",
     "concede.end-boycott", ("CONCEDE", ["saudi-arabia"], ["qatar"])),
    ("Niger reopened its border with Benin.", "concede.reopen-frontier",
     ("CONCEDE", ["niger"], ["benin"])),
    ("The Nigerian army admitted that its drone had mistakenly struck villagers.",
     "concede.admit-by-mistake", ("CONCEDE", ["nigerian-armed-forces"], [])),
    ("He said the Nigerian army had owned up to its mistake.", "concede.own-up",
     ("CONCEDE", ["nigerian-armed-forces"], [])),
    # the unit disbanded is its target since state-bodies-2019-2025.yaml names it
    ("Nigeria's government dissolved the SARS unit after protests.", "concede.disband-unit",
     ("CONCEDE", ["nigerian-federal-government"], ["special-anti-robbery-squad"])),
    ("Mali's junta lifted the suspension of political parties.", "concede.ease-restrictions",
     ("CONCEDE", ["malian-transitional-government"], [])),
])
def test_wire_copy_phrasing_of_concession_is_coded(sentence: str, rule: str,
                                                   expected: Coded) -> None:
    assert coded(sentence, rule) == [expected]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Russia released a video of the strike.", "RETREAT"),
    ("The Pentagon released a video of Hamas fighters.", "RETREAT"),
    ("The army released figures showing 200 casualties.", "RETREAT"),
    ("Ukrainian forces freed Kherson from Russian occupation.", "RETREAT"),
    ("The junta accused Paris of planning a military operation to free Bazoum.", "RETREAT"),
    ("Heavily armed men stormed the central prison and freed Moussa Dadis Camara.", "RETREAT"),
    ("The fighters who gave up their guns on Friday were few.", "RETREAT"),
    ("The company deported its goods to Europe.", "COERCE"),
    # the court that ordered them deported is not named as an actor: no deportation by Nicaragua
    ("MANAGUA - Nicaragua released 222 political prisoners on Thursday, hours after a court "
     "declared them traitors and ordered them deported.", "COERCE"),
    ("The report, released by Amnesty International on Tuesday, said civilians were killed.",
     "RETREAT"),
    ("Pakistan barred Indian airlines from its airspace.", "COERCE"),
    ("The United States ordered the evacuation of its embassy in Kabul.", "COERCE"),
    ("Britain ordered the evacuation of its nationals from Lebanon.", "COERCE"),
    ("Google closed its offices in Moscow.", "COERCE"),
    ("The police took the evidence into account.", "COERCE"),
    ("Kais Saied dismissed the minister's claim as false.", "COERCE"),
    ("He was sentenced to pay a fine by a Paris court.", "COERCE"),
    ("Ukrainian forces expelled Russian troops from the town after heavy fighting.", "COERCE"),
    ("The opposition called off its boycott of the election.", "CONCEDE"),
    ("The team conceded two goals in the first half.", "CONCEDE"),
    ("He resigned himself to defeat.", "CONCEDE"),
    ("Hamas took responsibility for the attack, which it said was deliberate.", "CONCEDE"),
])
def test_near_misses_of_the_new_words_are_no_such_event(sentence: str, kind: str) -> None:
    assert [e.rule for e in analyze_text(sentence, published="2024-05-01").events
            if e.type == kind] == []


def test_a_leading_adverb_keeps_the_verb_inflected() -> None:
    forms = {f.tokens: f.form for f in _forms("verb", ["forcibly remove ... from"], None)}
    assert forms[("forcibly", "removed", "...", "from")] == "past|pp"
    assert forms[("forcibly", "removing", "...", "from")] == "ing"
    assert ("forciblied", "remove", "...", "from") not in forms
