"""A truce told by what it does once it exists ("took effect", "broke down", "came into force"),
with no side named: a truce between the two sides the article has fighting each other; and the
third party that announced or brokered it, named before or after it."""

from __future__ import annotations

from factions.pipeline import analyze_text

WAR = ("Saudi-led coalition warplanes struck Houthi positions in Marib on Monday. The Houthis "
       "fired missiles at Saudi Arabia. ")
SIDES = ["houthis", "saudi-led-coalition"]


def rows(text: str) -> list[tuple[str, str, list[str], list[str], str]]:
    analysis = analyze_text(WAR + text, published="2022-04-07")
    return [(e.type, e.rule, sorted(e.source), sorted(e.target), e.modality)
            for e in analysis.events if text[:30] in e.evidence.text]


def test_a_truce_announced_by_an_envoy_took_effect_between_the_sides():
    assert rows("The two-month truce, announced by U.N. special envoy Hans Grundberg on April 1, "
                "took effect on Saturday.") == [
        ("RETREAT", "retreat.ceasefire", SIDES, [], "asserted"),
        ("CONSULT", "consult.announced-by-mediator", ["hans-grundberg"], SIDES, "asserted")]


def test_a_truce_announced_with_no_one_named_broke_down_and_is_no_plan():
    assert rows("A ceasefire announced on Thursday broke down within hours.") == [
        ("RETREAT", "retreat.ceasefire", SIDES, [], "asserted")]


def test_a_truce_the_speaker_brokered_took_effect():
    assert rows("Oman's foreign ministry said a ceasefire it had brokered had taken effect in "
                "the morning.") == [
        ("RETREAT", "retreat.ceasefire", SIDES, [], "reported"),
        ("CONSULT", "consult.broker-named-before", ["oman"], SIDES, "reported")]


def test_a_truce_mediated_past_a_comma_has_held():
    assert rows("The truce, mediated by Oman, has largely held.") == [
        ("RETREAT", "retreat.the-ceasefire", SIDES, [], "asserted"),
        ("CONSULT", "consult.brokered-by", ["oman"], SIDES, "asserted")]


def test_a_fragile_truce_came_into_force():
    assert rows("A fragile 72-hour ceasefire came into force at midnight.") == [
        ("RETREAT", "retreat.ceasefire-holds", SIDES, [], "asserted")]


def test_a_truce_that_is_an_object_or_has_named_makers_is_no_truce_of_the_sides():
    # rejected: the truce is the object of a side's refusal
    assert [r[0] for r in rows("The Houthis rejected a truce that took effect on Saturday.")] \
        == ["REJECT"]
    # called for: a request, no truce
    assert [r[0] for r in rows("The U.N. envoy called for a truce that would take effect on "
                               "Saturday.")] == ["REQUEST"]
    # the makers are named: not filled with the two sides
    assert rows("A ceasefire the Houthis had announced collapsed on Sunday.") == []
    # talks that collapsed are no truce
    assert rows("The ceasefire talks collapsed on Sunday.") == []


def test_the_day_a_truce_was_announced_dates_the_announcing_not_the_truce():
    analysis = analyze_text(WAR + "The two-month truce, announced by U.N. special envoy Hans "
                            "Grundberg on April 1, took effect at 7 p.m. the next day.",
                            published="2022-04-07")
    assert [(e.type, e.date) for e in analysis.events if "two-month" in e.evidence.text] == [
        ("RETREAT", "2022-04-02"), ("CONSULT", "2022-04-01")]


DEAL = ("BEIJING, March 10 - Saudi Arabia and Iran agreed on Friday to restore diplomatic "
        "relations and reopen their embassies within two months, in a deal brokered by China. ")


def talks(text: str) -> list[tuple[list[str], list[str]]]:
    analysis = analyze_text(DEAL + text, published="2023-03-10")
    return [(e.source, e.target) for e in analysis.events
            if e.type == "CONSULT" and e.rule == "consult.talks" and text[:25] in e.evidence.text]


def test_talks_with_no_party_after_after_are_the_deals_parties():
    both = [(["iran"], ["saudi-arabia"]), (["saudi-arabia"], ["iran"])]
    assert talks("A joint statement issued after four days of talks in Beijing said the two "
                 "regional powers would respect each other's sovereignty.") == both
    assert talks("The announcement came following two rounds of indirect negotiations in "
                 "Baghdad.") == both
    # talks a third party brokered or shuttled in are its mediation; talks told already, or
    # named by a clause, are no new talks
    assert talks("The announcement came after talks in Beijing brokered by Wang Yi.") == []
    assert talks("The announcement came after weeks of talks in which Chinese officials "
                 "shuttled between the two sides.") == []
    assert talks("The announcement came after the talks in Beijing.") == []
    assert talks("The announcement came after what officials described as negotiations.") == []


def test_whoever_holds_talks_between_two_others_hosts_them():
    analysis = analyze_text("Oman held secret talks between Iran and the United States.",
                            published="2023-03-10")
    assert [(e.type, e.rule, e.source, e.target) for e in analysis.events] == [
        ("CONSULT", "consult.hold-talks-between", ["oman"], ["iran", "united-states"])]
    # holding talks with someone is taking part in them
    analysis = analyze_text("Iran held talks with Saudi Arabia in Baghdad.",
                            published="2023-03-10")
    assert [(e.type, e.mode, e.source, e.target) for e in analysis.events] == [
        ("CONSULT", "meet", ["iran"], ["saudi-arabia"])]


def test_a_truce_kept_with_a_named_other_goes_both_ways():
    analysis = analyze_text("Saudi Arabia, which led a military coalition against the group from "
                            "2015, has kept an informal truce with the Houthis since 2022.",
                            published="2025-05-07")
    assert [(e.rule, e.source, e.target) for e in analysis.events] == [
        ("retreat.keep-truce", ["saudi-arabia"], ["houthis"]),
        ("retreat.keep-truce", ["houthis"], ["saudi-arabia"])]
    analysis = analyze_text("Israel and Hezbollah have maintained a fragile ceasefire since "
                            "November.", published="2025-05-07")
    assert [(e.rule, e.source, e.target) for e in analysis.events] == [
        ("retreat.keep-truce", ["israel"], ["hezbollah"]),
        ("retreat.keep-truce", ["hezbollah"], ["israel"])]
    # with no other side named, none is coded
    assert analyze_text("Saudi Arabia has kept an informal truce since 2022.",
                        published="2025-05-07").events == []
