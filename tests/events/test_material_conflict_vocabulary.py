"""Session 27 vocabulary breadth for material conflict: wire-copy verbs and nouns of attacks,
coercion, deployments, sanctions and protests that the dictionary lacked, each checked on a
short sentence of the kind agencies write, with the near misses of the same words that are no
such event ("hammered out a deal", "struck down the law", "government forces had pulled out")."""

from __future__ import annotations

import pytest

from factions.pipeline import analyze_text


def coded(sentence: str, rule: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.source, e.target)
            for e in analyze_text(sentence, published="2024-05-01").events if e.rule == rule]


@pytest.mark.parametrize(("sentence", "rule", "expected"), [
    ("Russian forces pummelled the city of Kharkiv with glide bombs on Saturday.",
     "assault.pound", ("ASSAULT", ["russian-armed-forces"], [])),
    ("Russian artillery hammered Ukrainian positions near Bakhmut on Tuesday.",
     "assault.pound", ("ASSAULT", ["russian-armed-forces"], ["armed-forces-of-ukraine"])),
    ("Israel struck an Iranian consulate in Damascus on Monday.",
     "assault.strike-site", ("ASSAULT", ["israel"], ["iran"])),
    ("Houthis struck a Greek-owned tanker in the Red Sea.",
     "assault.strike-site", ("ASSAULT", ["houthis"], ["greece"])),
    ("India struck nine sites in Pakistan on Wednesday.",
     "assault.strike-site", ("ASSAULT", ["india"], ["pakistan"])),
    ("Hamas militants infiltrated southern Israel on October 7.",
     "assault.infiltrate", ("ASSAULT", ["hamas"], ["israel"])),
    ("The Sudanese army dropped barrel bombs on Nyala.",
     "assault.drop-bombs", ("ASSAULT", ["sudanese-armed-forces"], [])),
    ("Ukraine destroyed a Russian warship off Crimea.",
     "assault.destroy-military", ("ASSAULT", ["ukraine"], ["russian-armed-forces"])),
    ("Ukrainian sea drones sank a Russian landing ship in the Black Sea.",
     "assault.sink", ("ASSAULT", ["armed-forces-of-ukraine"], [])),
    ("Hezbollah militants lobbed grenades at an Israeli patrol.",
     "assault.plant-bomb", ("ASSAULT", ["hezbollah"], ["israel"])),
    ("The Arakan Army seized dozens of military posts in northern Shan state.",
     "assault.seize-territory", ("ASSAULT", ["arakan-army"], [])),
    ("Israel positioned troops along the Gaza border.",
     "mobilize.position", ("MOBILIZE", ["israel"], [])),
    ("China increased its military presence near Taiwan.",
     "mobilize.expand-presence", ("MOBILIZE", ["china"], [])),
    ("The Pentagon ordered additional warships to the Middle East.",
     "mobilize.order-forces-to", ("MOBILIZE", ["us-department-of-defense"], [])),
    ("Russian warships arrived in Cuba on Wednesday.",
     "mobilize.troops-arrive", ("MOBILIZE", ["russia"], [])),
    ("Hezbollah stockpiled rockets near the border.",
     "mobilize.arm-themselves", ("MOBILIZE", ["hezbollah"], [])),
    ("The United States halted weapons shipments to Israel.",
     "sanction.halt-military-aid", ("SANCTION", ["united-states"], ["israel"])),
    ("The World Bank halted disbursements to Niger.",
     "sanction.halt-aid", ("SANCTION", ["world-bank"], ["niger"])),
    ("The U.S. hit Iran with new sanctions.",
     "sanction.hit-with-sanctions", ("SANCTION", ["united-states"], ["iran"])),
    ("China restricted exports of rare earths to the United States.",
     "sanction.export-controls", ("SANCTION", ["china"], ["united-states"])),
    ("The United States reimposed oil sanctions on Venezuela.",
     "sanction.impose-sanctions", ("SANCTION", ["united-states"], ["venezuela"])),
    ("Nicaragua broke diplomatic ties with Taiwan.",
     "sanction.cut-ties", ("SANCTION", ["nicaragua"], ["taiwan"])),
    ("China banned imports of Japanese seafood.",
     "sanction.ban-flights", ("SANCTION", ["china"], ["japan"])),
    ("Kenyan protesters flooded the streets of Nairobi.",
     "protest.take-to-streets", ("PROTEST", ["x-ken-protesters"], [])),
])
def test_wire_copy_phrasing_of_material_conflict_is_coded(
        sentence: str, rule: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert coded(sentence, rule) == [expected]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The two sides hammered out a deal in Doha on Monday.", "ASSAULT"),
    ("Ukraine struck a deal with Russia on grain exports.", "ASSAULT"),
    ("The court struck down the law on Monday.", "ASSAULT"),
    ("Government forces had pulled out of several districts without a fight.", "COERCE"),
    ("The blockade Israel imposed on Gaza has lasted years.", "COERCE"),
    ("The army's positions near Bakhmut came under pressure, Ukraine said.", "MOBILIZE"),
    ("Kenya positioned itself as a mediator between the two sides.", "MOBILIZE"),
    ("Israel launched air strikes for the first time since the truce.", "PROTEST"),
    ("Israel's agents infiltrated Hezbollah's communications network.", "ASSAULT"),
])
def test_near_misses_of_the_new_words_are_no_such_event(sentence: str, kind: str) -> None:
    assert [e.rule for e in analyze_text(sentence, published="2024-05-01").events
            if e.type == kind] == []
