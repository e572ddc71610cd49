"""Who speaks: a title set off by commas before a person's name is that person, not the title's
country (nor the country the title is for); a speech-act participle after a reported claim is
the speaker's."""

from __future__ import annotations

from factions.pipeline import analyze, analyze_text, make_document


def coded(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    analysis = analyze(make_document(text, published="2025-01-27", source="test"))
    return {(e.type, tuple(e.source), tuple(e.target)) for e in analysis.events}


def test_a_title_in_apposition_before_the_name_is_the_person_as_subject():
    events = coded("Congo's foreign minister, Thérèse Kayikwamba Wagner, accused Rwanda of "
                   "backing the rebels on Sunday.")
    assert ("ACCUSE", ("therese-kayikwamba-wagner",), ("rwanda",)) in events


def test_a_title_in_apposition_before_a_transliterated_name():
    events = coded("Iran's foreign minister, Hossein Amirabdollahian, condemned the strikes on "
                   "Friday.")
    assert ("ACCUSE", ("hossein-amir-abdollahian",), ()) in events


def test_a_title_in_apposition_before_the_name_is_the_person_as_object():
    events = coded("Secretary of State Antony Blinken met Congo's foreign minister, Thérèse "
                   "Kayikwamba Wagner, in Washington on Monday.")
    assert ("CONSULT", ("antony-blinken",), ("therese-kayikwamba-wagner",)) in events


def test_a_name_then_its_title_keeps_the_name():
    events = coded("Thérèse Kayikwamba Wagner, Congo's foreign minister, accused Rwanda of "
                   "backing the rebels on Sunday.")
    assert ("ACCUSE", ("therese-kayikwamba-wagner",), ("rwanda",)) in events


def test_a_speech_participle_after_a_that_claim_is_the_speakers():
    events = coded("Congo’s foreign minister, Thérèse Kayikwamba Wagner, told an emergency session "
                   "of the U.N. Security Council on Sunday that Rwandan troops had crossed the "
                   "border in support of the offensive, calling it “a frontal attack” and “a "
                   "declaration of war”.")
    assert {(t, s) for t, s, _ in events if t == "ACCUSE"} == {
        ("ACCUSE", ("therese-kayikwamba-wagner",))}


def test_a_speech_participle_after_a_that_claim_with_its_target():
    events = coded("Sudan's army said on Saturday that the RSF had shelled El Fasher, accusing "
                   "the paramilitary group of targeting civilians.")
    assert ("ACCUSE", ("sudanese-armed-forces",), ("rapid-support-forces",)) in events
    assert {s for t, s, _ in events if t == "ASSAULT"} == {("rapid-support-forces",)}


def test_an_act_participle_after_a_claim_stays_with_the_claims_subject():
    events = coded("Ukraine's military said Russian forces had shelled Kharkiv overnight, killing "
                   "12 civilians.")
    assert {s for t, s, _ in events if t == "ASSAULT"} == {("russian-armed-forces",)}


def test_the_name_after_an_opening_participle_phrase_is_the_subject_not_an_apposition():
    events = coded("Speaking at a meeting of his Security Council, President Vladimir Putin "
                   "accused Kyiv of a terrorist attack.")
    assert ("ACCUSE", ("vladimir-putin",), ("ukraine",)) in events


def test_a_long_title_phrase_in_apposition_names_an_unknown_person_who_is_the_subject():
    analysis = analyze(make_document(
        "The U.S. special envoy for the Horn of Africa, Mark Tollefsen, had attended the Pretoria "
        "talks as an observer.", published="2022-11-03", source="test"))
    assert [(a.id, a.type) for a in analysis.actors if not a.known] == [
        ("x-mark-tollefsen", "person")]
    assert [(e.type, e.source) for e in analysis.events] == [("CONSULT", ["x-mark-tollefsen"])]


def test_the_country_a_title_is_for_is_part_of_the_title_before_the_name():
    events = coded("The UN special envoy for Yemen, Hans Grundberg, met Houthi officials in "
                   "Muscat.")
    assert events == {("CONSULT", ("hans-grundberg",), ("houthis",))}
    # with no name after it the title's organization is the subject
    assert coded("The UN special envoy for Yemen met Houthi officials in Muscat.") == {
        ("CONSULT", ("united-nations",), ("houthis",))}


def test_the_chief_of_a_body_named_by_a_possessive_is_its_holder_on_the_day():
    analysis = analyze_text("KHARTOUM - Sudan's army chief accused the RSF of atrocities.",
                            published="2024-03-01")
    assert [(e.type, e.source, e.target) for e in analysis.events if e.mode == "allege"
            and e.rule == "accuse.accuse"] == [
        ("ACCUSE", ["abdel-fattah-al-burhan"], ["rapid-support-forces"])]
