"""The PLOVER, CAMEO and ACLED tables and how they map onto each other."""

from factions.events import ontology


def test_plover_has_sixteen_types_in_four_quad_classes():
    onto = ontology()
    assert len(onto.plover) == 16
    assert {t.quad for t in onto.plover.values()} == {
        "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"}
    assert onto.quad_class("CONSULT") == "verbal_cooperation"
    assert onto.quad_class("RETREAT") == "material_cooperation"
    assert onto.quad_class("THREATEN") == "verbal_conflict"
    assert onto.quad_class("ASSAULT") == "material_conflict"


def test_plover_modes_include_the_ones_news_about_wars_needs():
    modes = {name: t.modes for name, t in ontology().plover.items()}
    assert {"aerial", "drone", "heavy-weapons", "firearms", "explosives", "abduct",
            "targeted"} <= modes["ASSAULT"]
    assert {"seize", "arrest", "restrict"} <= modes["COERCE"]
    assert {"visit", "third-party", "phone"} <= modes["CONSULT"]
    assert {"withdraw", "ceasefire", "release"} <= modes["RETREAT"]
    assert {"troops", "weapons", "militia"} <= modes["MOBILIZE"]
    assert {"military", "natural_resource", "migration", "diplomatic",
            "terrorism"} <= ontology().contexts


def test_cameo_roots_map_to_plover_as_documented():
    onto = ontology()
    assert len(onto.cameo_roots) == 20
    expected = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
                "07": "AID", "081": "CONCEDE", "082": "CONCEDE", "083": "CONCEDE",
                "084": "RETREAT", "085": "CONCEDE", "086": "RETREAT", "087": "RETREAT",
                "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
                "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION",
                "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}
    for code, kind in expected.items():
        assert onto.plover_of_cameo(code) == kind, code
    assert onto.plover_of_cameo("0871") == "RETREAT"
    assert onto.plover_of_cameo("1952") == "ASSAULT"
    assert onto.plover_of_cameo("057") == "AGREE"
    assert onto.plover_of_cameo("010") is None
    assert onto.cameo_name("195") == "Employ aerial weapons"


def test_acled_has_six_event_types_and_twenty_five_sub_event_types():
    onto = ontology()
    assert len(onto.acled_types) == 6
    assert sum(len(v) for v in onto.acled_types.values()) == 25


def test_acled_type_follows_plover_type_mode_and_actor_type():
    onto = ontology()
    assert onto.acled_for("ASSAULT", "drone") == ("Explosions/Remote violence", "Air/drone strike")
    assert onto.acled_for("ASSAULT", "capture", ["armed_group"]) == (
        "Battles", "Non-state actor overtakes territory")
    assert onto.acled_for("ASSAULT", "capture", ["government"]) == (
        "Battles", "Government regains territory")
    assert onto.acled_for("ASSAULT", None) == ("Battles", "Armed clash")
    assert onto.acled_for("COERCE", "arrest") == ("Strategic developments", "Arrests")
    assert onto.acled_for("PROTEST", "riot") == ("Riots", "Violent demonstration")
    assert onto.acled_for("ACCUSE", "allege") is None
