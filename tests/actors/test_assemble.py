"""The document's actor list: salience and the key actor."""

from factions.pipeline import analyze_text


def test_the_key_actor_is_the_headline_subject_that_acts_not_the_most_named():
    analysis = analyze_text(
        "Israel carried out an air strike on Beirut's southern suburbs on Tuesday evening, "
        "targeting a senior Hezbollah commander it holds responsible for a rocket attack on the "
        "Golan Heights. Hezbollah said the strike hit a residential building. Hezbollah "
        "officials said the commander had survived, and Hezbollah supporters gathered outside "
        "a hospital. Israel said it had killed the commander. Hezbollah is the most powerful "
        "armed group in Lebanon. Hezbollah has a large arsenal of rockets. Hezbollah holds "
        "seats in parliament.",
        title="Israel strikes Beirut suburb, targeting Hezbollah commander",
        published="2024-07-30")
    assert analysis.key_actor == "israel"
    assert [a.id for a in analysis.actors][:2] == ["israel", "hezbollah"]


def test_an_event_aimed_at_the_story_country_goes_to_its_government_when_it_is_no_actor():
    # Mali is the story's country, named only as a place and a target: not listed as an actor,
    # so the sanctions are aimed at the government the article names.
    analysis = analyze_text(
        "BAMAKO, April 5 - The Malian government said on Tuesday that its troops had killed "
        "203 militants in the town of Moura in central Mali. The Economic Community of West "
        "African States imposed sweeping sanctions on Mali in January.",
        published="2022-04-05")
    listed = {a.id for a in analysis.actors}
    assert "mali" not in listed
    sanctions = [e for e in analysis.events if e.type == "SANCTION"]
    assert [(e.source, e.target) for e in sanctions] == [(["ecowas"], ["x-mli-government"])]
    assert all(a in listed for e in analysis.events for a in (*e.source, *e.target))
    assert all(r.source in listed and r.target in listed for r in analysis.relations)


def test_a_state_named_only_by_its_adjective_in_the_sentence_is_a_party_but_a_people_is_not():
    # "Egyptian and Qatari mediators" name the two states, which become actors of the article.
    analysis = analyze_text(
        "Israeli troops fought Hamas fighters in Rafah on Monday. Hours later Hamas said it had "
        "accepted a ceasefire proposal put forward by Egyptian and Qatari mediators.",
        published="2024-05-07")
    listed = {a.id for a in analysis.actors}
    assert {"egypt", "qatar"} <= listed
    # "in solidarity with Palestinians" names a people; a "Palestinian" flag in another
    # sentence does not make the state a party of this one.
    analysis = analyze_text(
        "Thousands rallied in Sanaa, waving Yemeni and Palestinian flags. The Houthis began "
        "firing on vessels in November, saying they were acting in solidarity with "
        "Palestinians in Gaza.", published="2024-01-12")
    assert "palestine" not in {a.id for a in analysis.actors}
    assert not [r for r in analysis.relations if "palestine" in (r.source, r.target)]
