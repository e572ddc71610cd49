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
