"""A descriptive noun ("the bloc") is the actor of that kind the story names most."""

from __future__ import annotations

from factions.pipeline import analyze, make_document

TEXT = (
    "ABUJA, Aug 7 (Reuters) - West African leaders of the Economic Community of West African "
    "States (ECOWAS) gave the officers who seized power in Niger seven days to free President "
    "Mohamed Bazoum. The European Union suspended its budget support to Niger. ECOWAS also "
    "closed land and air borders with Niger. The bloc said it would take all measures "
    "necessary to restore constitutional order if its demand was ignored.\n")


def test_the_bloc_is_the_most_named_bloc_not_the_first_one_the_kb_calls_so():
    analysis = analyze(make_document(TEXT, published="2023-08-07", source="test"))
    ecowas = analysis.actor("ecowas")
    assert ecowas is not None and "The bloc" in ecowas.aliases
    eu = analysis.actor("european-union")
    assert eu is None or "The bloc" not in eu.aliases


def test_the_bloc_is_the_most_named_even_when_another_bloc_is_named_first():
    text = ("NIAMEY, Aug 7 (Reuters) - The European Union suspended its budget support to Niger "
            "after the coup. Leaders of the Economic Community of West African States (ECOWAS) "
            "gave the officers seven days to free President Mohamed Bazoum. ECOWAS also closed "
            "land and air borders with Niger. The bloc said it would take all measures "
            "necessary to restore constitutional order.\n")
    analysis = analyze(make_document(text, published="2023-08-07", source="test"))
    ecowas = analysis.actor("ecowas")
    assert ecowas is not None and "The bloc" in ecowas.aliases


def test_a_bloc_counted_by_its_members_is_the_regional_bloc_the_story_names():
    text = ("MAPUTO, Aug 9 - The United Nations said 800,000 people had fled. A separate force "
            "from the Southern African Development Community (SADC), made up mainly of troops "
            "from South Africa and Botswana, began deploying last month. The 16-member bloc "
            "approved the mission in June after months of debate and says it will help "
            "Mozambique fight terrorism.\n")
    analysis = analyze(make_document(text, published="2021-08-09", source="test"))
    sadc = analysis.actor("sadc")
    assert sadc is not None and "The 16-member bloc" in sadc.aliases
    # ... so "it" is the bloc, whose help is still to come despite the June of its clause
    assert [(e.type, e.source, e.target, e.modality) for e in analysis.events
            if e.type == "AID"] == [("AID", ["sadc"], ["mozambique"], "planned")]
    # help given to a country backs the country, not only its government
    assert ("sadc", "supports", "mozambique") in [
        (r.source, r.type, r.target) for r in analysis.relations]
    # a count that is no membership is still no actor: "the 10-year government bond"
    bond = analyze(make_document("Yields on the 10-year government bond rose on Monday.",
                                 published="2021-08-09", source="test"))
    assert not any("10-year" in a for x in bond.actors for a in x.aliases)
