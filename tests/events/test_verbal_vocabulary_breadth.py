"""Session 27: breadth of the verbal-conflict and cooperation vocabulary (ACCUSE, REJECT,
THREATEN, REQUEST, SUPPORT, AGREE, CONSULT, COOPERATE, AID), listed from wire phrasing rather
than from one article: each addition with a sentence and the exact event it gives, and the
near misses that share its words and must give no event of that kind."""

from __future__ import annotations

import pytest

from factions.pipeline import analyze_text

ADDITIONS = [
    # ACCUSE
    ("Hamas charged that Israel had violated the truce.", "accuse.charge-that",
     "ACCUSE", ["hamas"], ["israel"]),
    ("Russia's foreign ministry blasted the decision by the ICC.", "accuse.blast",
     "ACCUSE", ["russian-foreign-ministry"], ["icc"]),
    ("Russia assailed the West over the sanctions.", "accuse.criticise",
     "ACCUSE", ["russia"], ["x-western-countries"]),
    ("China took aim at the United States over its chip curbs.", "accuse.criticise",
     "ACCUSE", ["china"], ["united-states"]),
    ("Russia chastised Armenia over its ties with the West.", "accuse.criticise",
     "ACCUSE", ["russia"], ["armenia"]),
    ("Human Rights Watch said Israeli forces committed war crimes in Gaza.",
     "accuse.committed-crimes", "ACCUSE", ["human-rights-watch"], ["israel-defense-forces"]),
    ("Ukraine's envoy told the UN that Russia was guilty of war crimes.", "accuse.guilty-of",
     "ACCUSE", ["ukraine"], ["russia"]),
    ("China expressed strong dissatisfaction with the United States.",
     "accuse.dissatisfaction", "ACCUSE", ["china"], ["united-states"]),
    # (Lai Ching-te was Taiwan's vice president until May 20, 2024; a deputy's body with him)
    ("China expressed strong opposition to the visit by Taiwan's vice president.",
     "accuse.dissatisfaction", "ACCUSE", ["china"], ["lai-ching-te", "taiwan"]),
    ("Poland said Russia was responsible for the sabotage on its railways.",
     "accuse.responsible-for", "ACCUSE", ["poland"], ["russia"]),
    ("Biden said Putin was responsible for Navalny's death.", "accuse.responsible-for",
     "ACCUSE", ["joe-biden"], ["vladimir-putin"]),
    # (the ICC's prosecutor on the day is Karim Khan: a body's office alone is its holder)
    ("The ICC prosecutor sought arrest warrants for Netanyahu and Sinwar.", "accuse.open-case",
     "ACCUSE", ["karim-khan"], ["benjamin-netanyahu", "yahya-sinwar"]),
    # REJECT
    ("Hungary blocked the European Union's aid package for Ukraine.", "reject.veto",
     "REJECT", ["hungary"], ["european-union"]),
    ("Russia blocked the renewal of the U.N. panel monitoring sanctions on North Korea.",
     "reject.veto", "REJECT", ["russia"], ["united-nations"]),
    ("Russia contested the findings of the investigation.", "reject.reject-claim",
     "REJECT", ["russia"], []),
    ("Niger revoked its military accord with the United States.", "reject.revoke-deal",
     "REJECT", ["niger"], ["united-states"]),
    ("Mali terminated its defence agreements with France.", "reject.revoke-deal",
     "REJECT", ["mali"], ["france"]),
    ("Armenia froze its participation in the CSTO.", "reject.freeze-participation",
     "REJECT", ["armenia"], ["csto"]),
    ("Zelensky ruled out any territorial concessions to Russia.", "reject.rule-out",
     "REJECT", ["volodymyr-zelensky"], ["russia"]),
    # THREATEN
    ("China warned Taiwan against any move toward independence.",
     "threaten.warn-actor-against", "THREATEN", ["china"], ["taiwan"]),
    ("Russia warned the United States against deploying missiles in Germany.",
     "threaten.warn-actor-against", "THREATEN", ["russia"], ["united-states"]),
    ("China said it would take resolute countermeasures against the United States.",
     "threaten.countermeasures", "THREATEN", ["china"], ["united-states"]),
    ("Israel issued a stern warning to Hezbollah.", "threaten.issue-warning",
     "THREATEN", ["israel"], ["hezbollah"]),
    ("Iran's military chief warned the United States that U.S. bases in the region would be "
     "targeted.", "threaten.warn", "THREATEN", ["iranian-armed-forces"], ["united-states"]),
    # REQUEST
    ("Poland requested consultations with NATO under Article 4.",
     "request.call-for-conference", "REQUEST", ["poland"], ["nato"]),
    ("Britain lobbied India to condemn Russia.", "request.pressure-to",
     "REQUEST", ["united-kingdom"], ["india"]),
    ("Ukraine pleaded with the United States for more Patriot systems.", "request.plead",
     "REQUEST", ["ukraine"], ["united-states"]),
    # SUPPORT
    ("Germany backed Israel after the attack.", "support.back-actor",
     "SUPPORT", ["germany"], ["israel"]),
    ("Trump endorsed Netanyahu.", "support.back-actor",
     "SUPPORT", ["donald-trump"], ["benjamin-netanyahu"]),
    ("China said it firmly supports Russia in safeguarding its security.",
     "support.back-actor", "SUPPORT", ["china"], ["russia"]),
    ("China championed Pakistan's cause.", "support.back-actor",
     "SUPPORT", ["china"], ["pakistan"]),
    ("The Arab League threw its weight behind Egypt.", "support.weight-behind",
     "SUPPORT", ["arab-league"], ["egypt"]),
    ("Lula came to Maduro's defence.", "support.come-to-defence",
     "SUPPORT", ["lula-da-silva"], ["nicolas-maduro"]),
    ("Iran affirmed its support for Hamas.", "support.affirm-support",
     "SUPPORT", ["iran"], ["hamas"]),
    ("Kim Jong Un vowed full support for Russia.", "support.affirm-support",
     "SUPPORT", ["kim-jong-un"], ["russia"]),
    ("India described Russia as a time-tested friend.", "support.call-friend",
     "SUPPORT", ["india"], ["russia"]),
    ("The Kremlin welcomed Trump's remarks.", "support.welcome",
     "SUPPORT", ["russia"], ["donald-trump"]),
    ("China defended its ties with Russia.", "support.defend", "SUPPORT", ["china"], []),
    # AGREE
    ("Israel approved the ceasefire deal with Hezbollah.", "agree.approve-deal-with",
     "AGREE", ["israel"], ["hezbollah"]),
    # CONSULT
    ("Modi paid a visit to Ukraine.", "consult.pay-visit",
     "CONSULT", ["narendra-modi"], ["ukraine"]),
    # AID
    ("Egypt sent weapons to Somalia.", "aid.give-recipient", "AID", ["egypt"], ["somalia"]),
    ("The IMF approved a $3 billion loan for Pakistan.", "aid.approve-money",
     "AID", ["imf"], ["pakistan"]),
    ("The United States approved a $95 billion aid package for Ukraine and Israel.",
     "aid.approve-money", "AID", ["united-states"], ["ukraine", "israel"]),
    ("The United States approved the sale of F-16 jets to Turkey.", "aid.approve-arms",
     "AID", ["united-states"], ["turkey"]),
    ("The Netherlands will donate F-16 fighter jets to Ukraine's army.",
     "aid.supply-weapons", "AID", ["netherlands"], ["ukraine"]),
]


@pytest.mark.parametrize(("text", "rule", "kind", "source", "target"), ADDITIONS)
def test_each_added_expression_gives_its_event(text: str, rule: str, kind: str,
                                               source: list[str], target: list[str]) -> None:
    events = analyze_text(text, published="2024-05-01").events
    found = [(e.type, e.source, e.target) for e in events if e.rule == rule]
    assert found == [(kind, source, target)], [(e.type, e.rule, e.source, e.target)
                                               for e in events]


SYMMETRIC = [
    ("China and the Philippines reached a provisional arrangement on the shoal.",
     "agree.reach-understanding", "AGREE", "china", "philippines"),
    ("Iran and Russia deepened their military cooperation.", "cooperate.deepen-military",
     "COOPERATE", "iran", "russia"),
]


@pytest.mark.parametrize(("text", "rule", "kind", "one", "other"), SYMMETRIC)
def test_two_sided_additions_go_both_ways(text: str, rule: str, kind: str, one: str,
                                          other: str) -> None:
    events = analyze_text(text, published="2024-05-01").events
    found = sorted((e.type, e.source, e.target) for e in events if e.rule == rule)
    assert found == [(kind, [one], [other]), (kind, [other], [one])]


def test_three_states_forming_a_confederation_each_work_with_the_others() -> None:
    events = analyze_text("Mali, Burkina Faso and Niger formed a confederation.",
                          published="2024-07-06").events
    assert sorted((e.source, e.target) for e in events if e.type == "COOPERATE") == [
        (["burkina-faso"], ["mali", "niger"]), (["mali"], ["burkina-faso", "niger"]),
        (["niger"], ["mali", "burkina-faso"])]


NEAR_MISSES = [
    # a barrage or an explosion is no verbal blast
    ("Israeli jets blasted Hamas positions in Gaza.", "ACCUSE"),
    ("Militants blasted the bridge with explosives.", "ACCUSE"),
    # a court's finding is a conviction, not a speaker's charge
    ("A court in Russia found Gershkovich guilty of espionage.", "ACCUSE"),
    # what an accused is accused of committing is the accusation's content, no second charge
    ("Petro suspended peace talks with the ELN on Friday, accusing the group of committing "
     "war crimes.", "accuse.committed-crimes"),
    # measures to protect one's own are no threat
    ("Germany took necessary measures to protect its citizens.", "THREATEN"),
    ("The state weather service issued a storm warning to residents.", "THREATEN"),
    # a plea in court is no appeal
    ("The suspect pleaded guilty to the charges.", "REQUEST"),
    # arms handed over in surrender are no aid
    ("Hundreds of soldiers surrendered and handed over their arms to United Nations "
     "peacekeepers.", "AID"),
    # troops sent to support the police help them; an accused backing an armed band is AID's
    ("Defence Minister Aden Duale approved the deployment of the Kenya Defence Forces to "
     "support the National Police Service.", "SUPPORT"),
    ("The government accuses Machar's Sudan People's Liberation Movement-in-Opposition "
     "(SPLM-IO) of backing the White Army, a charge the party denies.", "SUPPORT"),
    # a visit to a city that names no host state
    ("Pakistan's caretaker Prime Minister Anwaar-ul-Haq Kakar cut short a visit to Davos.",
     "CONSULT"),
]


@pytest.mark.parametrize(("text", "kind"), NEAR_MISSES)
def test_near_misses_give_no_event_of_the_kind(text: str, kind: str) -> None:
    """``kind`` is a type, or a pattern id (with a dot) that must not fire."""
    events = analyze_text(text, published="2024-05-01").events
    assert [(e.type, e.rule) for e in events if kind in (e.type, e.rule)] == []


def test_an_armed_band_backed_is_still_aid_not_words_of_support() -> None:
    events = analyze_text("New Delhi has accused Islamabad of backing the attackers.",
                          published="2025-04-24").events
    assert "SUPPORT" not in {e.type for e in events}
