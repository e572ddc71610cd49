"""Session 27 vocabulary breadth for event nouns: the nominal phrasings wire copy uses in
subjects, objects and prepositional phrases ("the M23's capture of Goma", "the severance of ties
with Israel", "the delivery of arms to Ukraine by Germany", "had a meeting with", "a phone call
between Biden and Xi", "Mali's termination of the Algiers peace accord"), each checked on a short
sentence of the kind agencies write, with the near misses of the same nouns that are no such
event ("the launch of a spy satellite", "the recall of the product", "shunned talks with")."""

from __future__ import annotations

import pytest

from factions.pipeline import analyze_text


def coded(sentence: str, rule: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.source, e.target)
            for e in analyze_text(sentence, published="2024-05-01").events if e.rule == rule]


@pytest.mark.parametrize(("sentence", "rule", "expected"), [
    ("The M23's capture of Goma displaced thousands.",
     "assault.capture-named", [("ASSAULT", ["m23"], [])]),
    ("The fall of Goma to M23 rebels stunned Kinshasa.",
     "assault.capture-named", [("ASSAULT", ["m23"], [])]),
    ("Turkey conducted a cross-border operation against the YPG in Syria.",
     "assault.cross-border-operation", [("ASSAULT", ["turkey"], ["ypg"])]),
    ("Israel launched a wave of strikes on Beirut's southern suburbs.",
     "assault.cross-border-operation", [("ASSAULT", ["israel"], [])]),
    ("The dissolution of parliament by President Saied was condemned.",
     "coerce.dissolution-noun", [("COERCE", ["kais-saied"], [])]),
    ("The dispatch of Rwandan troops to Mozambique helped retake Palma.",
     "mobilize.dispatch-noun", [("MOBILIZE", ["rwanda-defence-force"], [])]),
    ("North Korea's launch of a ballistic missile was condemned.",
     "mobilize.launch-noun", [("MOBILIZE", ["north-korea"], [])]),
    ("Iran's test of a ballistic missile alarmed its neighbours.",
     "mobilize.launch-noun", [("MOBILIZE", ["iran"], [])]),
    ("ECOWAS's suspension of Guinea followed the coup.",
     "sanction.suspension-of-member", [("SANCTION", ["ecowas"], ["guinea"])]),
    ("The suspension of Niger by the African Union was announced.",
     "sanction.suspension-of-member", [("SANCTION", ["african-union"], ["niger"])]),
    ("The expulsion of French diplomats by Niger's junta angered the European Union.",
     "coerce.deportation", [("COERCE", ["niger-cnsp"], ["france"])]),
    ("Washington announced a freeze of aid to Ethiopia.",
     "sanction.aid-freeze-noun", [("SANCTION", ["united-states"], ["ethiopia"])]),
    ("Bolivia announced the severance of ties with Israel.",
     "sanction.sever-ties-noun", [("SANCTION", ["bolivia"], ["israel"])]),
    ("Chile announced the recall of its ambassador from Israel.",
     "sanction.sever-ties-noun", [("SANCTION", ["chile"], ["israel"])]),
    ("The downgrading of diplomatic ties with Israel by Turkey followed.",
     "sanction.sever-ties-noun", [("SANCTION", ["turkey"], ["israel"])]),
    ("Niger's closure of its border with Benin continued.",
     "sanction.border-closure-noun", [("SANCTION", ["niger"], ["benin"])]),
    ("China's ban on Japanese seafood imports angered Tokyo.",
     "sanction.import-ban-noun", [("SANCTION", ["china"], ["japan"])]),
    ("The delivery of arms to Ukraine by Germany was delayed.",
     "aid.delivery-noun", [("AID", ["germany"], ["ukraine"])]),
    ("The U.S. provision of HIMARS to Ukraine changed the war.",
     "aid.delivery-noun", [("AID", ["united-states"], ["ukraine"])]),
    ("Putin had a meeting with Kim Jong Un in Vladivostok.",
     "consult.have-meeting", [("CONSULT", ["vladimir-putin"], ["kim-jong-un"])]),
    ("Scholz's conversation with Putin lasted an hour.",
     "consult.call-between", [("CONSULT", ["olaf-scholz"], ["vladimir-putin"])]),
    ("A phone call between Biden and Xi lasted two hours.",
     "consult.call-between", [("CONSULT", ["joe-biden"], ["xi-jinping"]),
                              ("CONSULT", ["xi-jinping"], ["joe-biden"])]),
    ("Russia's cooperation with Iran on drones worried the West.",
     "cooperate.cooperation-noun", [("COOPERATE", ["russia"], ["iran"]),
                                    ("COOPERATE", ["iran"], ["russia"])]),
    ("A partnership between India and the United States on defence was announced.",
     "cooperate.partnership-noun", [("COOPERATE", ["india"], ["united-states"]),
                                    ("COOPERATE", ["united-states"], ["india"])]),
    ("Israel's easing of restrictions on Gaza aid was welcomed.",
     "concede.easing-noun", [("CONCEDE", ["israel"], [])]),
    ("Japan made an apology to South Korea.",
     "support.apology-noun", [("SUPPORT", ["japan"], ["south-korea"])]),
    ("Russia cast a veto on the Security Council resolution.",
     "reject.cast-veto", [("REJECT", ["russia"], ["un-security-council"])]),
    ("Netanyahu's defiance of Biden over Rafah strained ties.",
     "reject.defiance-of-actor", [("REJECT", ["benjamin-netanyahu"], ["joe-biden"])]),
    ("Iran issued a denial of involvement in the attack.",
     "reject.denial-noun", [("REJECT", ["iran"], [])]),
    ("Mali's termination of the Algiers peace accord angered Algeria.",
     "reject.termination-noun", [("REJECT", ["mali"], [])]),
])
def test_wire_copy_event_nouns_are_coded(
        sentence: str, rule: str, expected: list[tuple[str, list[str], list[str]]]) -> None:
    assert coded(sentence, rule) == expected


@pytest.mark.parametrize("sentence", [
    "The students have shunned talks with both the government and opposition parties.",
    "Zinoviev said the cooperation between Moscow and Pyongyang was not directed against anyone.",
    "The fall of the Assad government surprised many in Syria.",
    "North Korea's launch of a spy satellite ended in failure.",
    "Kenya's launch of a new currency was delayed.",
    "The recall of the product by Toyota cost millions.",
    "The EU's ban on plastic bags took effect.",
    "The delivery of the report to Congress was delayed.",
    "The dissolution of the partnership between the two firms was announced.",
    "Germany's transfer of the funds to Ukraine was delayed.",
    "The capture of the suspect by police ended the manhunt.",
    "The termination of his contract by the club was announced.",
    "Russia's denial of visas to journalists was criticised.",
    "Burkina Faso's suspension of Radio France Internationale continues.",
])
def test_near_misses_of_event_nouns_give_no_event(sentence: str) -> None:
    assert analyze_text(sentence, published="2024-05-01").events == []
