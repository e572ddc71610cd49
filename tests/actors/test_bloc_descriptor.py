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
