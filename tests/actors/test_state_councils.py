"""A state's own council is not the UN Security Council: "National Defence and Security
Council", "National Security Council", "his Security Council"; a bare "Security Council" in UN
context stays the UN's."""

from factions.pipeline import analyze_text, prepare


def _mentions(text: str) -> list[tuple[str, str]]:
    state = prepare(text, "2023-11-10")
    return [(m.text, m.actor_id) for m in state.mentions]


def test_a_national_council_is_its_own_body_of_the_story_country():
    analysis = analyze_text(
        "YANGON, Nov 10 - Myanmar's junta lost ground in Myanmar's north. The military-installed "
        "president, Myint Swe, told a meeting of the National Defence and Security Council that "
        "the country could split apart.", published="2023-11-10")
    council = next(a for a in analysis.actors if a.name.startswith("National"))
    assert (council.id, council.name, council.type, council.country) == (
        "x-national-defence-and-security-council", "National Defence and Security Council",
        "government", "MMR")
    assert "un-security-council" not in {a.id for a in analysis.actors}
    # his own state's council: no exchange between two parties
    assert [e for e in analysis.events if e.type == "CONSULT"] == []
    assert ("National Security Council", "x-national-security-council") in _mentions(
        "The National Security Council met on Monday.")


def test_someones_security_council_is_not_the_uns():
    found = _mentions("Speaking at a meeting of his Security Council, Mr Putin accused Kyiv of "
                      "a terrorist act. Russia's Security Council met again on Tuesday.")
    assert [(t, a) for t, a in found if "Council" in t] == [
        ("Russia's Security Council", "russian-security-council")]


def test_a_bare_security_council_in_un_context_and_the_un_forms_stay_the_uns():
    found = _mentions("Russia requested an emergency meeting of the Security Council, which was "
                      "set for Friday in New York. The U.N. Security Council adopted it.")
    assert [(t, a) for t, a in found if "Council" in t] == [
        ("the Security Council", "un-security-council"),
        ("U.N. Security Council", "un-security-council")]


def test_a_minister_telling_the_un_security_council_still_consults_it():
    analysis = analyze_text(
        "Congo's foreign minister, Thérèse Kayikwamba Wagner, told an emergency session of the "
        "U.N. Security Council on Sunday that Rwandan troops had crossed the border.",
        published="2025-01-27")
    assert [(e.type, e.target) for e in analysis.events if e.type == "CONSULT"] == [
        ("CONSULT", ["un-security-council"])]
