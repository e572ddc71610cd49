from hypothesis import given
from hypothesis import strategies as st

from factions.pipeline import analyze_text
from factions.sources.furniture import drop_furniture, furniture_spans
from factions.sources.normalize import normalize

REUTERS = (
    "Sudan's army retakes key bridge in Khartoum from RSF\n\n"
    "By Khalid Abdelaziz and Nafisa Eltahir\n\n"
    "KHARTOUM, Sept 26 (Reuters) \u2013 Sudan\u2019s army launched an offensive on Thursday to "
    "retake territory held by the Rapid Support Forces in Khartoum, witnesses said.\n\n"
    "[1/3] Smoke rises over Khartoum during clashes between the army and the RSF, September 26, "
    "2024. REUTERS/Stringer\n\n"
    "The army said in a statement it had seized the Halfaya bridge.\n\n"
    "Register now for FREE unlimited access to Reuters.com\n\n"
    "Reporting by Khalid Abdelaziz in Dubai and Nafisa Eltahir in Cairo; Writing by Aidan Lewis; "
    "Editing by Andrew Heavens\n\n"
    "Our Standards: The Thomson Reuters Trust Principles."
)


def _kept(text: str) -> str:
    return drop_furniture(normalize(text)).text


def test_credits_captions_bylines_and_footers_are_cut_and_the_story_kept():
    assert _kept(REUTERS) == (
        "Sudan's army retakes key bridge in Khartoum from RSF\n\n"
        "KHARTOUM, Sept 26 (Reuters) - Sudan's army launched an offensive on Thursday to "
        "retake territory held by the Rapid Support Forces in Khartoum, witnesses said.\n\n"
        "The army said in a statement it had seized the Halfaya bridge.")


def test_agency_lines_of_ap_al_jazeera_and_afp_are_cut():
    text = ("BEIRUT (AP) - Israeli airstrikes killed 12 people in southern Lebanon.\n\n"
            "Associated Press writers Jon Gambrell in Dubai and Julia Frankel in Jerusalem "
            "contributed to this report.\n\n"
            "Follow AP's coverage of the Mideast at https://apnews.com/hub/middle-east\n\n"
            "SOURCE: AL JAZEERA AND NEWS AGENCIES\n\nbur-ah/jj")
    assert _kept(text) == "BEIRUT (AP) - Israeli airstrikes killed 12 people in southern Lebanon."


def test_bbc_picture_credits_captions_and_page_prompts_are_cut():
    text = ("Israeli strikes hit Beirut's southern suburbs\n\nImage source, Reuters\n\n"
            "Image caption, Smoke rises over Dahieh after the strikes\n\nAdvertisement\n\n"
            "The Israeli military said it had struck a Hezbollah command centre.\n\n"
            "Listen to this article\n\nRelated: Hezbollah's arsenal explained\n\n"
            "Media caption, Watch: the moment of the strike")
    assert _kept(text) == ("Israeli strikes hit Beirut's southern suburbs\n\n"
                           "The Israeli military said it had struck a Hezbollah command centre.")


def test_a_byline_that_runs_into_the_dateline_loses_the_byline_only():
    assert _kept("By Nate Raymond. BOSTON (Reuters) - The owner of a restaurant was arrested.") \
        == "BOSTON (Reuters) - The owner of a restaurant was arrested."
    assert _kept("By JILL COLVIN and GILLIAN WONG, Associated Press WASHINGTON (AP) - China "
                 "vowed on Friday to fight the U.S.") == \
        "WASHINGTON (AP) - China vowed on Friday to fight the U.S."


def test_story_lines_that_look_like_furniture_are_kept():
    for text in (
        "By Saturday morning his fighters had taken control of the headquarters.",
        "MOSCOW - By Saturday morning his fighters had taken control of the city.",
        "The strike was ordered by the general and reporting by state media was thin.",
        "The ceasefire was brokered by Qatar, which contributed troops to the force.",
        "Haftar's forces seized the oilfields.\n\nBy Sunday, they had reached Gharyan.",
    ):
        assert furniture_spans(normalize(text).text) == [], text
        assert _kept(text) == normalize(text).text


def test_a_text_of_nothing_but_furniture_is_left_whole():
    text = "Reporting by Aidan Lewis; Editing by Andrew Heavens"
    assert _kept(text) == text


@given(st.lists(st.sampled_from([
    "The army said it had seized the bridge.", "Editing by Andrew Heavens",
    "Smoke rises over Khartoum. REUTERS/Stringer", "Haftar\u2019s forces  advanced \u2014 again.",
    "SOURCE: AL JAZEERA", "By Nafisa Eltahir", "Talks resumed in Jeddah."]), min_size=1,
    max_size=8))
def test_every_kept_character_maps_to_the_same_character_of_the_original(lines):
    original = "\n\n".join(lines)
    norm = drop_furniture(normalize(original))
    for i, char in enumerate(norm.text):
        if char.isalnum():
            assert original[norm.to_original(i)] == char
    for start, end in norm.dropped:
        assert original[start:end].strip()


def test_the_pipeline_names_no_agency_or_reporter_and_keeps_offsets_in_the_original():
    analysis = analyze_text(REUTERS)
    names = {a.name for a in analysis.actors}
    assert "Reuters" not in names and not names & {"Khalid Abdelaziz", "Aidan Lewis"}
    assert {"Sudanese Armed Forces", "Rapid Support Forces"} <= names
    assert "Dubai" not in {p.name for p in analysis.places}
    for event in analysis.events:
        ev = event.evidence
        assert REUTERS[ev.start:ev.end] == ev.text
        assert "REUTERS/Stringer" not in ev.text
