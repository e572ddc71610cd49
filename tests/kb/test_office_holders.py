"""Who held a state's one-holder office on a date: the title must be that office word for word
(not a deputy's, an envoy's or an adviser's), and an office held in a government's entry ("President
of Russia" in the Russian government) is the state's too."""

from factions.kb import load_kb
from factions.kb.knowledge_base import _holds_office


def test_a_title_holds_an_office_only_word_for_word():
    assert _holds_office("President of Russia", "president")
    assert _holds_office("Acting President", "president")
    assert _holds_office("Founder and Emir", "emir")
    assert _holds_office("Minister of Foreign Affairs", "foreign minister")
    assert _holds_office("Minister of the Interior", "interior minister")
    assert not _holds_office("Special Presidential Envoy for Syria", "president")
    assert not _holds_office("Vice President", "president")
    assert not _holds_office("Executive Vice-President", "president")
    assert not _holds_office("Deputy Prime Minister", "prime minister")
    assert not _holds_office("Senior Adviser to the President", "president")
    assert not _holds_office("Co-President", "president")


def test_defence_and_defense_are_one_office():
    # British and American spellings, "for" and "of", and a "national" defence ministry.
    assert _holds_office("Minister of Defense of Japan", "defence minister")
    assert _holds_office("Minister of Defence", "defense minister")
    assert _holds_office("Minister for Defence of Australia", "defense minister")
    assert _holds_office("Minister of National Defense of South Korea", "defence minister")
    assert _holds_office("Minister of National Defence", "defense minister")
    assert not _holds_office("Deputy Minister of Defence", "defense minister")
    assert not _holds_office("Minister of State for Defence Affairs", "defence minister")


def test_the_holder_of_a_states_office_on_a_date():
    kb = load_kb()
    # Putin's roles are held in the Russian government's entry; envoys with "Presidential" in
    # their title no longer make the office ambiguous.
    assert kb.office_holder("russia", "president", "2021-07-26") == "vladimir-putin"
    assert kb.office_holder("russia", "prime minister", "2010-01-01") == "vladimir-putin"
    assert kb.office_holder("tunisia", "president", "2021-07-26") == "kais-saied"
    assert kb.office_holder("iraq", "prime minister", "2021-11-07") == "mustafa-al-kadhimi"
    assert kb.office_holder("turkey", "foreign minister", "2019-10-10") == "mevlut-cavusoglu"
    assert kb.office_holder("tunisia", "president", "2015-01-01") == "beji-caid-essebsi"
    assert kb.office_holder("tunisia", "president", "2011-06-01") is None  # not in the KB


def test_national_names_of_the_foreign_defence_and_home_ministers():
    # France's, India's and the Philippines' titles; Britain's secretaries of state name their
    # state and, in brackets, the office the press gives them elsewhere
    assert _holds_office("Minister for Europe and Foreign Affairs of France", "foreign minister")
    assert _holds_office("Minister of the Armed Forces of France", "defence minister")
    assert _holds_office("Minister of External Affairs", "foreign minister")
    assert _holds_office("Minister of Home Affairs", "home minister")
    assert _holds_office("Secretary of National Defense of the Philippines", "defense secretary")
    assert _holds_office("Foreign Secretary (foreign minister) of the United Kingdom",
                         "foreign secretary")
    assert not _holds_office("Foreign Secretary", "foreign minister")  # India's civil servant
    assert not _holds_office("Minister of State for Foreign Affairs", "foreign minister")
    kb = load_kb()
    assert kb.office_holder("united-kingdom", "foreign minister", "2024-08-01") == "david-lammy"
    assert kb.office_holder("united-kingdom", "home secretary", "2022-03-01") == "priti-patel"
    assert kb.office_holder("united-kingdom", "defence secretary", "2022-03-01") == "ben-wallace"
    assert kb.office_holder("france", "defence minister", "2023-03-03") == "sebastien-lecornu"
    assert kb.office_holder("india", "foreign minister", "2023-03-03") == \
        "subrahmanyam-jaishankar"
