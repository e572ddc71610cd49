"""Event dates read from wire-copy sentences: years before nouns, durations, future weekdays."""

from __future__ import annotations

import pytest

from factions.model import Event
from factions.pipeline import analyze_text


def dates(text: str, published: str, kind: str) -> list[tuple[str | None, str]]:
    return [(e.date, e.date_precision) for e in analyze_text(text, published=published).events
            if e.type == kind]


def events(text: str, published: str) -> list[Event]:
    return analyze_text(text, published=published).events


def test_a_year_before_the_agreement_dates_the_agreement():
    text = ("Turkey, which backs the rebel National Front for Liberation, says the offensive "
            "violates a 2018 de-escalation agreement it reached with Russia in the Black Sea "
            "resort of Sochi.")
    assert set(dates(text, "2020-02-28", "AGREE")) == {("2018", "year")}


def test_in_a_year_coup_dates_the_seizure_of_power():
    text = ("Nov 9 - Two weeks after three ethnic minority armies launched a coordinated "
            "offensive in Myanmar's northern Shan state, the military government that seized "
            "power in a 2021 coup is facing what analysts describe as its gravest battlefield "
            "challenge in decades.")
    assert dates(text, "2023-11-09", "COERCE") == [("2021", "year")]


def test_a_dated_noun_does_not_date_the_other_events_of_its_clause():
    text = ("Hundreds of migrants gathered on Friday at the Greek border, and the European Union "
            "warned Ankara to keep its side of a 2016 deal on migration.")
    assert dates(text, "2020-02-28", "REQUEST") == [("2020-02-28", "day")]


def test_a_year_in_a_relative_clause_does_not_date_the_next_clause():
    text = ("It says its forces are defending its territory against the FDLR, an armed group "
            "founded by Hutus who took part in the 1994 genocide, and it accuses Kinshasa of "
            "fighting alongside that militia.")
    found = dates(text, "2025-01-28", "ACCUSE")
    assert found and all(d == ("2025-01-28", "day") for d in found)


def test_a_duration_after_its_verb_dates_the_start_of_what_it_lasts():
    text = ("Al-Shabaab, which has been fighting the government for more than 15 years, said it "
            "had attacked a military base in Mogadishu.")
    assert dates(text, "2022-10-31", "ASSAULT") == [("2007", "year")]


def test_a_weekday_after_will_is_the_next_one():
    text = ("Leaders of the Group of Seven will hold an emergency video conference with "
            "Mr Zelensky on Tuesday.")
    assert dates(text, "2022-10-10", "CONSULT") == [("2022-10-11", "day")]


def test_a_weekday_after_said_he_would_is_the_next_one():
    text = ("Kenyan President William Ruto said he would host an emergency summit with "
            "Rwandan President Paul Kagame on Wednesday.")
    assert {d for d in dates(text, "2025-01-28", "CONSULT")} == {("2025-01-29", "day")}


def test_a_month_after_an_expected_visit_is_the_coming_one():
    text = ("Erdogan said he expected to discuss the deal with Putin before an expected visit to "
            "Turkey in August.")
    assert {d for d in dates(text, "2023-07-17", "CONSULT")} == {("2023-08", "month")}


def test_a_weekday_in_the_past_tense_stays_the_last_one():
    text = "Russian forces shelled Kharkiv on Tuesday."
    assert dates(text, "2022-10-10", "ASSAULT") == [("2022-10-04", "day")]


def test_a_duration_after_the_verb_does_not_displace_the_weekday():
    text = ("The UN mission in Libya had called on both sides to hold fire for two hours on "
            "Sunday afternoon so that ambulances could reach the southern districts.")
    assert dates(text, "2019-04-07", "REQUEST") == [("2019-04-07", "day")]


def test_in_recent_weeks_before_the_verb_still_dates_the_capture():
    text = ("M23 took up arms again in 2021, and in recent weeks M23 rebels have captured the "
            "towns of Minova and Sake.")
    assert dates(text, "2025-01-28", "ASSAULT") == [("2025-01-13", "week")]
    assert dates(text, "2025-01-28", "MOBILIZE") == [("2021", "year")]


def test_a_future_reported_after_the_fact_keeps_the_past_weekday():
    # "will" before "said": the report is what is dated, and it is in the past.
    text = "Rebels will withdraw from the town, their commander said on Sunday."
    assert all(e.date != "2022-10-16" for e in events(text, "2022-10-10"))


def test_a_day_later_counts_from_the_day_the_sentence_before_names():
    text = ("On Tuesday, US and British warships shot down 21 drones and missiles in what the "
            "Pentagon described as the group's largest attack yet. A day later, the UN Security "
            "Council adopted a resolution demanding that the Houthis immediately stop the "
            "attacks.")
    assert dates(text, "2024-01-12", "REQUEST") == [("2024-01-10", "day")]


def test_a_week_later_counts_from_the_day_the_sentence_before_names():
    text = ("Fano fighters seized Lalibela on Aug. 2. A week later, Ethiopian troops recaptured "
            "the town.")
    assert dates(text, "2023-08-15", "ASSAULT") == [("2023-08-02", "day"), ("2023-08-09", "day")]


def test_a_day_later_with_no_day_before_keeps_the_publication_date():
    text = ("The Houthis have attacked ships for weeks. A day later, the UN Security Council "
            "adopted a resolution demanding that the Houthis immediately stop the attacks.")
    assert dates(text, "2024-01-12", "REQUEST") == [("2024-01-12", "day")]


def test_two_days_joined_by_and_date_the_event_from_the_first():
    text = ("On Friday and Saturday, forces and tribal groups loyal to Haftar shut down the main "
            "oil export terminals in the east.")
    assert dates(text, "2020-01-20", "COERCE") == [("2020-01-17", "day")]


def test_a_year_and_a_span_joined_by_and_stay_two_dates():
    text = ("M23 took up arms again in 2021, and in recent weeks M23 rebels have captured the "
            "towns of Minova and Sake.")
    assert dates(text, "2025-01-28", "MOBILIZE") == [("2021", "year")]


CARRY = ("Russian forces shelled Kharkiv on Saturday, officials said.{sep}Ukrainian troops "
         "repelled an attack near Bakhmut and shot down two Russian drones.")


def test_a_sentence_with_no_date_goes_on_with_the_day_of_the_one_before():
    assert dates(CARRY.format(sep=" "), "2022-10-10", "ASSAULT") == [("2022-10-08", "day")] * 3


def test_a_new_paragraph_does_not_carry_the_day():
    assert dates(CARRY.format(sep="\n\n"), "2022-10-10", "ASSAULT") == [
        ("2022-10-08", "day"), ("2022-10-10", "day"), ("2022-10-10", "day")]


def test_the_day_carried_is_the_documents_own_for_each_document_in_a_row():
    # (the carried day is kept per sentence for the triggers of one document, not across them:
    # the same text published later carries its own Saturday)
    assert dates(CARRY.format(sep=" "), "2022-10-10", "ASSAULT") == [("2022-10-08", "day")] * 3
    assert dates(CARRY.format(sep="\n\n"), "2022-10-10", "ASSAULT") == [
        ("2022-10-08", "day"), ("2022-10-10", "day"), ("2022-10-10", "day")]
    assert dates(CARRY.format(sep=" "), "2022-10-20", "ASSAULT") == [("2022-10-15", "day")] * 3


def test_a_year_before_is_background_and_is_not_carried():
    text = ("The RSF was formed in 2013 from the Janjaweed militias. The RSF has denied "
            "involvement and blamed those killings on a tribal conflict.")
    assert dates(text, "2024-06-14", "REJECT") == [("2024-06-14", "day")]


def test_a_month_before_the_deal_dates_its_signing():
    text = ("The civilian Forces of Freedom and Change coalition, which signed the December "
            "framework deal, said the fighting would destroy the country.")
    assert dates(text, "2023-04-16", "AGREE") == [("2022-12", "month")]


def test_later_in_the_day_is_the_day_named_before():
    text = ("The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on "
            "Friday. President Donald Trump received both ministers at the White House later "
            "in the day.")
    assert dates(text, "2025-06-28", "CONSULT") == [("2025-06-27", "day")] * len(
        dates(text, "2025-06-28", "CONSULT"))
    assert dates(text, "2025-06-28", "CONSULT")


def test_a_date_in_a_relative_clause_does_not_date_the_main_clause():
    text = "Saudi Arabia, which signed a truce with the Houthis in 2022, called for restraint."
    assert dates(text, "2024-01-12", "REQUEST") == [("2024-01-12", "day")]
    assert set(dates(text, "2024-01-12", "AGREE")) == {("2022", "year")}
    text = "The Houthis, who seized Sanaa in 2014, fired missiles at a US warship."
    assert dates(text, "2024-01-12", "ASSAULT") == [("2014", "year"), ("2024-01-12", "day")]


def test_the_dateline_day_does_not_date_what_the_lede_tells():
    # "MAPUTO, Aug 9 -" is when the story was filed; the report's "on Sunday" dates the capture.
    assert dates("MAPUTO, Aug 9 - Rwandan and Mozambican troops have recaptured the port town "
                 "of Mocimboa da Praia from Islamic State-linked insurgents who had held it for "
                 "a year, Rwanda's military said on Sunday.", "2021-08-09", "ASSAULT") == [
        ("2021-08-08", "day")]


def test_hours_later_is_the_day_last_named_however_many_sentences_before():
    assert dates("QUITO, Jan 10 - Masked gunmen stormed a television station in Guayaquil on "
                 "Tuesday. Police arrived about 30 minutes later. Two employees were wounded. "
                 "In a decree issued hours later, President Daniel Noboa designated the gangs as "
                 "terrorist organisations.", "2024-01-10", "SANCTION") == [("2024-01-09", "day")]


def test_hours_earlier_after_a_day_of_its_own_sentence_counts_from_that_day():
    assert dates("KABUL, Aug 16 - Taliban fighters patrolled the capital on Monday. On Sunday "
                 "evening the insurgents entered the presidential palace, which Ghani had quietly "
                 "left hours earlier. The city fell largely without a fight after government "
                 "forces melted away.", "2021-08-16", "RETREAT") == [("2021-08-15", "day")]


def test_the_headline_and_the_lede_take_the_day_their_attack_is_told_on():
    text = ("Turkey strikes Kurdish militants in Iraq and Syria\n\nANKARA, Oct 24 - Turkish "
            "warplanes struck Kurdish militant targets in northern Iraq and northern Syria "
            "overnight, the defence ministry said on Thursday.")
    events = analyze_text(text, published="2024-10-24").events
    # (the warplanes strike on Iraqi and Syrian soil: their state joins them)
    assert [(e.source, str(e.date)) for e in events if e.type == "ASSAULT"] == [
        (["turkey"], "2024-10-23"), (["turkish-armed-forces", "turkey"], "2024-10-23")]


def test_an_undated_capture_in_the_lede_takes_the_day_the_next_sentence_gives():
    text = ("Turkey-backed rebels take Syria's Manbij from Kurdish-led SDF\n\nBEIRUT, Dec 10 - "
            "Turkey-backed Syrian rebels captured the northern city of Manbij from the US-backed "
            "Syrian Democratic Forces (SDF) after days of fighting. Factions of the Syrian "
            "National Army (SNA) pushed into the city on Monday, two days after the fall of "
            "President Bashar al-Assad.")
    events = analyze_text(text, published="2024-12-10").events
    assert [(e.rule, str(e.date)) for e in events if e.type == "ASSAULT"] == [
        ("assault.take-place-from", "2024-12-09"), ("assault.capture-territory", "2024-12-09"),
        ("assault.push-into", "2024-12-09")]


def test_a_day_after_an_act_dates_the_act_a_day_before_the_day_told():
    text = ("Hezbollah began firing at Israeli positions on Oct. 8, 2023, a day after the Hamas "
            "attack on southern Israel.")
    assert sorted(dates(text, "2024-11-27", "ASSAULT")) == [("2023-10-07", "day"),
                                                            ("2023-10-08", "day")]
    # the main clause keeps its own day: only the "after" phrase is a day earlier
    text = "Iran's strikes in Pakistan came a day after it fired missiles at targets in Iraq."
    assert ("2024-01-17", "day") in dates(text, "2024-01-17", "ASSAULT")


# The lede's day: an act on the ground the story tells later with no day of its own happened on
# the day the lede gives its news (not on the day of publication); what is said about it was
# said on the day of publication.
_LEDE_STORY = (
    "Troops storm rebel camp in northern hills\n\n"
    "KADUNA, March 14 - Nigerian troops stormed a camp of armed bandits in the Kaduna hills on "
    "Wednesday, freeing dozens of hostages held for ransom, the army said.\n\n"
    "{body}")


def _lede_dates(body: str, kind: str, published: str = "2024-03-14") -> list[str | None]:
    """The dates of the events of type ``kind`` the body tells."""
    found = analyze_text(_LEDE_STORY.format(body=body), published=published).events
    return [e.date for e in found if e.type == kind and e.evidence.text in body]


def test_an_undated_attack_in_the_body_happened_on_the_ledes_day():
    body = "Soldiers killed at least 20 bandits in a gun battle that lasted several hours."
    assert _lede_dates(body, "ASSAULT") == ["2024-03-13"]


def test_an_undated_withdrawal_and_arrests_in_the_body_happened_on_the_ledes_day():
    body = ("Police arrested several suspected collaborators in nearby villages. The gunmen "
            "pulled out of two villages near the camp.")
    assert _lede_dates(body, "COERCE") == ["2024-03-13"]
    assert _lede_dates(body, "RETREAT") == ["2024-03-13"]


def test_an_undated_protest_after_a_dated_lede_took_place_that_day():
    text = ("Mozambique police fire tear gas at marchers\n\n"
            "MAPUTO, Nov 8 - Mozambican police fired tear gas at thousands of demonstrators in "
            "the capital on Thursday as opposition supporters marched to contest the election "
            "result.\n\nProtesters set up burning barricades across the city's main avenues.")
    assert set(dates(text, "2024-11-08", "PROTEST")) == {("2024-11-07", "day")}


def test_statements_about_the_ledes_act_keep_the_day_of_publication():
    # (the charge has a named accuser: "The governor condemned the bandits and accused them"
    # names none, and the bandits it condemned are no subject of "accused")
    body = ("Nigeria's government condemned the bandits and accused them of terrorising "
            "farmers. Rights groups urged the authorities to protect the villages.")
    assert set(_lede_dates(body, "ACCUSE")) == {"2024-03-14"}
    assert set(_lede_dates(body, "REQUEST")) == {"2024-03-14"}


def test_a_lede_on_the_day_of_publication_or_with_no_day_dates_nothing_else():
    body = "Soldiers killed at least 20 bandits in a gun battle that lasted several hours."
    # published the day the lede tells: the publication's day
    assert _lede_dates(body, "ASSAULT", "2024-03-13") == ["2024-03-13"]
    text = ("Troops storm rebel camp in northern hills\n\nKADUNA, March 14 - Nigerian troops "
            "stormed a camp of armed bandits in the Kaduna hills, freeing dozens of hostages "
            "held for ransom, the army said.\n\n" + body)
    assert set(dates(text, "2024-03-14", "ASSAULT")) == {("2024-03-14", "day")}


def test_an_undated_signing_in_the_body_took_place_on_the_ledes_day():
    text = ("Armenia and Azerbaijan sign border deal\n\n"
            "WASHINGTON, Aug 9 - Armenia and Azerbaijan signed an agreement on their border in "
            "Washington on Friday, ending a decades-old dispute.\n\n"
            "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev "
            "also held talks at the White House.")
    found = [(e.date, e.evidence.text[:8]) for e in analyze_text(text, published="2025-08-09")
             .events if e.type == "CONSULT"]
    assert found and all(d == "2025-08-08" for d, _ in found)


def test_a_restrictive_relative_clause_after_a_noun_trigger_dates_what_it_names():
    events = analyze_text("A U.N.-brokered truce that began in April last year expired in "
                          "October.", published="2023-04-14").events
    assert [(e.rule, e.date, e.modality) for e in events] == [
        ("consult.brokered", "2022-04", "historical")]
    # a relative clause set off by a comma dates nothing but its own verb
    events = analyze_text("Israel condemned the strikes, which began in January.",
                          published="2023-04-14").events
    assert [(e.type, e.date) for e in events] == [("ACCUSE", "2023-04-14")]


def test_a_date_in_a_participle_aside_dates_no_other_act():
    events = analyze_text("Prime Minister Ranil Wickremesinghe, appointed in May, said after an "
                          "emergency meeting of party leaders that he was willing to resign.",
                          published="2022-07-10").events
    assert [(e.type, e.date) for e in events] == [("CONCEDE", "2022-07-10")]
    # a verb with an object of its own after a relative clause is no aside
    events = analyze_text("The TPLF, which ruled Ethiopia for decades, attacked federal troops "
                          "in 2020, officials said.", published="2022-07-10").events
    assert [(e.type, e.date) for e in events] == [("ASSAULT", "2020")]

# A sentence with no date after one that names none either goes on telling the day before them.
_UNREST = ("Curfew imposed in Kenyan city after clashes\n\n"
           "NAIROBI, June 14 - Kenyan police patrolled the streets of Kisumu on Wednesday.\n\n"
           "The unrest erupted on Monday after the opposition leader was arrested.")


def test_a_day_is_carried_through_a_sentence_with_no_date():
    text = _UNREST + " Shops and banks stayed shut. The government imposed a curfew on Kisumu."
    assert dates(text, "2023-06-14", "COERCE") == [("2023-06-12", "day")]


def test_a_part_of_the_night_carries_the_day_of_the_paragraph_before():
    for opener in ("After nightfall, the government imposed", "By nightfall the government had "
                   "imposed", "After dark the government imposed"):
        text = _UNREST + "\n\n" + opener + " a curfew on Kisumu."
        assert dates(text, "2023-06-14", "COERCE") == [("2023-06-12", "day")], opener


def test_an_evening_carries_the_day_through_a_sentence_with_no_date():
    text = _UNREST + " Shops and banks stayed shut.\n\nBy evening the government had imposed a " \
        "curfew on Kisumu."
    assert dates(text, "2023-06-14", "COERCE") == [("2023-06-12", "day")]


def test_gunfights_after_nightfall_take_the_day_the_unrest_began():
    text = ("Iraq's Sadr orders followers out of Green Zone\n\n"
            "BAGHDAD, Aug 30 - Moqtada al-Sadr ordered his supporters on Tuesday to leave the "
            "Green Zone.\n\n"
            "The unrest erupted on Monday after Sadr said he was quitting politics. After "
            "nightfall the confrontation turned into gunfights. Members of Saraya al-Salam "
            "exchanged fire with security forces and with fighters of the Popular Mobilisation "
            "Forces.")
    found = dates(text, "2022-08-30", "ASSAULT")
    assert found and set(found) == {("2022-08-29", "day")}


def test_no_day_is_carried_into_a_new_paragraph_without_a_part_of_the_day():
    text = _UNREST + "\n\nThe government imposed a curfew on Kisumu."
    assert dates(text, "2023-06-14", "COERCE") == [("2023-06-14", "day")]


def test_no_day_is_carried_through_a_sentence_that_moves_time_on():
    for moved in ("Shops and banks stayed shut for the next two days.",
                  "Weeks later the opposition leader was still in custody.",
                  "Calm returned the following week."):
        text = _UNREST + " " + moved + " The government imposed a curfew on Kisumu."
        assert dates(text, "2023-06-14", "COERCE") == [("2023-06-14", "day")], moved


# An attack a noun names as already known ("the attack") takes the day of the attack on the
# same target the story dates.
_AMBUSH = ("Kenyan police hunt gunmen after border ambush\n\n"
           "NAIROBI, March 8 - Kenya sent more troops to its border with Somalia on Friday.\n\n"
           "About 40 gunmen opened fire on a Kenyan police convoy near Mandera on Tuesday, "
           "killing four officers.\n\n")


def _named_attack_dates(sentence: str) -> set[tuple[str | None, str]]:
    return {(e.date, e.date_precision) for e in events(_AMBUSH + sentence, "2024-03-08")
            if e.type == "ASSAULT" and e.evidence.text == sentence}


def test_the_attack_named_again_takes_the_day_of_the_attack_on_its_target():
    for sentence in (
            "Aden Farah, a Somali militia leader, took responsibility for the attack on the "
            "police in a video posted online.",
            "President William Ruto blamed Somalia's government for the ambush on Kenyan police.",
            "Kenya's interior ministry said al-Shabaab had carried out the ambush on the police.",
            "Officials accused al-Shabaab of the attack on Kenyan police."):
        assert _named_attack_dates(sentence) == {("2024-03-05", "day")}, sentence


def test_an_attack_not_named_as_known_or_on_another_target_keeps_its_own_day():
    for sentence in (
            "Aden Farah, a Somali militia leader, said his fighters had carried out an attack on "
            "Kenyan police.",
            "President William Ruto blamed Somalia's government for the attack on a Kenyan army "
            "base in Lamu."):
        assert _named_attack_dates(sentence) == {("2024-03-08", "day")}, sentence


def test_a_date_of_a_clause_after_the_noun_dates_its_making_not_the_act_on_it():
    for text, kind in (
            ("Iraq's army lifted a nationwide curfew it had imposed on Monday afternoon.",
             "CONCEDE"),
            ("Nepal's government lifted the social media ban it imposed on Thursday.", "CONCEDE"),
            ("Mali's junta reopened the border with Niger it had closed in March.", "CONCEDE"),
            ("Kenyan police released the 200 protesters they had detained on Sunday.",
             "RETREAT")):
        assert dates(text, "2023-06-14", kind) == [("2023-06-14", "day")], text


def test_the_clause_after_the_noun_still_dates_its_own_act_and_the_noun():
    assert dates("Kenyan police released the 200 protesters they had detained on Sunday.",
                 "2023-06-14", "COERCE") == [("2023-06-11", "day")]
    assert dates("Iraq's army said it had imposed a nationwide curfew on Monday afternoon.",
                 "2023-06-14", "COERCE") == [("2023-06-12", "day")]
    assert dates("Sri Lanka's president revoked the state of emergency he had declared on "
                 "Saturday.", "2023-06-14", "COERCE") == [("2023-06-10", "day")]
    assert dates("Nepal's government lifted the social media ban on Thursday.", "2023-06-14",
                 "CONCEDE") == [("2023-06-08", "day")]


def test_a_date_of_a_participle_set_off_after_a_name_dates_only_that_participle():
    for text, kind in (
            ("Prime Minister Ranil Wickremesinghe, appointed in May, said he was willing to "
             "resign.", "CONCEDE"),
            ("Opposition leader Ousmane Sonko, freed from prison on Thursday, called on "
             "supporters to march on the capital.", "REQUEST"),
            ("General Abdourahamane Tiani, installed as head of the junta in July, accused France "
             "of plotting an invasion.", "ACCUSE"),
            ("Interim leader Sushila Karki, sworn in as prime minister on Friday, called on "
             "protesters to end their strikes.", "REQUEST"),
            ("President Bola Tinubu, elected in February, threatened to use force against the "
             "junta in Niger.", "THREATEN")):
        assert dates(text, "2023-08-14", kind) == [("2023-08-14", "day")], text


def test_a_date_of_the_main_clause_still_dates_its_act():
    assert dates("Opposition leader Ousmane Sonko called on supporters on Thursday to march on "
                 "the capital.", "2023-08-14", "REQUEST") == [("2023-08-10", "day")]
    assert dates("The M23 seized Goma in 2012 before it was defeated the following year by "
                 "Congolese troops.", "2023-06-14", "ASSAULT") == [("2012", "year"),
                                                                  ("2013", "year")]


def _trigger_dates(text: str, published: str, trigger: str) -> list[str | None]:
    return [e.date for e in events(text, published) if e.evidence.trigger == trigger]


def test_a_clause_joined_to_an_after_phrase_takes_its_day():
    for text, trigger, day in (
            ("Kenyan President William Ruto said on Wednesday he would withdraw the finance bill, "
             "a day after protesters stormed parliament and police opened fire on the crowds.",
             "opened fire", "2024-06-25"),
            ("Kenya's interior minister resigned on Friday, two days after protesters stormed "
             "parliament and police fired tear gas at the crowds.", "fired tear gas",
             "2024-06-26"),
            ("Niger's junta closed the border on Monday, a day after militants attacked a border "
             "post and soldiers killed 20 militants.", "killed", "2024-06-23"),
            ("The African Union suspended Guinea on Friday, five days after soldiers seized power "
             "and the army detained President Alpha Conde.", "detained", "2024-06-23"),
            ("Nigeria's president ordered an inquiry on Monday, a day after gunmen attacked a "
             "village in Plateau state and troops clashed with the gunmen.", "clashed",
             "2024-06-23")):
        found = _trigger_dates(text, "2024-06-28", trigger)
        assert found and set(found) == {day}, text


def test_a_joined_clause_with_its_own_day_keeps_it():
    text = ("Kenyan President William Ruto said on Wednesday he would withdraw the finance bill, a "
            "day after protesters stormed parliament, and police opened fire on crowds on "
            "Thursday.")
    assert set(_trigger_dates(text, "2024-06-26", "opened fire")) == {"2024-06-20"}
    text = ("Syrian troops shelled the town on Monday and rebels attacked an army convoy near the "
            "border.")
    assert set(_trigger_dates(text, "2024-06-26", "attacked")) == {"2024-06-24"}


# "Would" after a report of a given day is a future from that day: a weekday that reads
# backwards to that day or before it is the next one (the report's coming one); one that falls
# after the report's day already is that one.
@pytest.mark.parametrize(("text", "published", "kind", "expected"), [
    ("The White House said on Tuesday that Washington would announce a major package of "
     "sanctions against Russia on Friday.", "2024-02-20", "SANCTION", ("2024-02-23", "day")),
    ("Defence Minister Rustem Umerov said on Sunday evening that his team would fly to Turkey "
     "and meet the Russian side on Monday.", "2025-06-01", "CONSULT", ("2025-06-02", "day")),
    ("The United States said on Tuesday it would impose new sanctions on Iran on Friday.",
     "2024-05-15", "SANCTION", ("2024-05-17", "day")),
    # near misses: the weekday falls after the report's day, so it is this week's
    ("Kenyan President William Ruto said on Monday he would host an emergency summit with "
     "Rwandan President Paul Kagame on Wednesday.", "2025-01-30", "CONSULT",
     ("2025-01-29", "day")),
    # no day told before "would": counted from publication, as before
    ("Kenyan President William Ruto said he would host an emergency summit with Rwandan "
     "President Paul Kagame on Wednesday.", "2025-01-28", "CONSULT", ("2025-01-29", "day")),
])
def test_a_weekday_after_would_counts_from_the_report_day(text, published, kind, expected):
    assert set(dates(text, published, kind)) == {expected}


def test_a_past_weekday_after_a_report_day_stays_the_last_one():
    # no future: the act's own day, before the report's
    text = "The Israeli military said on Tuesday its jets had struck Hezbollah targets on Friday."
    assert dates(text, "2024-05-15", "ASSAULT") == [("2024-05-10", "day")]


def test_a_weekday_past_a_comma_after_would_is_not_its_future():
    text = ("Kenyan President William Ruto said on Wednesday he would withdraw the finance bill, "
            "a day after protesters stormed parliament, and police opened fire on crowds on "
            "Friday.")
    found = [e.date for e in events(text, "2024-06-26") if e.evidence.trigger == "opened fire"]
    assert found == ["2024-06-21"]


def test_an_abbreviated_month_day_last_year_dates_its_act():
    text = "Hezbollah began firing at Israel on Oct. 8 last year in support of its ally Hamas."
    assert dates(text, "2024-10-02", "SUPPORT") == [("2023-10-08", "day")]


# A headline tells the lede's attack: on the day the lede's is dated once the body has dated it
# (the lede's own day is that of the report, "confirmed on Saturday", "said on Sunday").
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Israel kills Hamas commander in Gaza strike; Hamas vows revenge\n\n"
     "GAZA, March 9 - Hamas confirmed on Saturday that one of its senior commanders had been "
     "killed in an Israeli air strike in central Gaza.\n\n"
     "The Israeli military said its jets had struck a compound in Deir al-Balah on Thursday "
     "night while the commander was meeting aides there.", "2024-03-09",
     {"kills": "2024-03-07", "air strike": "2024-03-07", "struck": "2024-03-07",
      "vows revenge": "2024-03-09"}),
    ("Gunmen kill 30 villagers in central Mali\n\n"
     "BAMAKO, June 2 - Gunmen killed 30 villagers in central Mali, local officials said on "
     "Sunday.\n\n"
     "The attackers stormed the village of Djiguibombo on Friday afternoon, residents said.",
     "2024-06-02", {"kill": "2024-05-31", "killed": "2024-05-31", "stormed": "2024-05-31"}),
    # near miss: the body gives the attack no day of its own; all keep the publication's
    ("Gunmen kill 30 villagers in central Mali\n\n"
     "BAMAKO, June 2 - Gunmen killed 30 villagers in central Mali, local officials said on "
     "Sunday.\n\n"
     "The attackers stormed the village of Djiguibombo, residents said.",
     "2024-06-02", {"kill": "2024-06-02", "killed": "2024-06-02", "stormed": "2024-06-02"}),
])
def test_a_headline_attack_takes_the_day_the_body_gives_the_lede_attack(text, published,
                                                                       expected):
    found = {e.evidence.trigger: e.date for e in events(text, published)}
    assert found == expected


def test_an_occasions_day_does_not_date_the_accusation_beside_it():
    text = ("The Kremlin accused Ukraine of trying to kill President Vladimir Putin with two "
            "drones. It called the incident a planned terrorist act and an attempt on the "
            "president's life on the eve of the May 9 Victory Day parade.")
    found = [(e.date, e.modality) for e in events(text, "2023-05-03") if e.type == "ACCUSE"]
    assert found and all(d == "2023-05-03" and m != "planned" for d, m in found)


# An arrangement told in the present progressive is ahead ("who is hosting a conference on
# Sudan in London on Tuesday"), unless its weekday is the day of publication or a comma ends its
# clause before the date ("Blinken, who is visiting the region, met Netanyahu on Tuesday").
@pytest.mark.parametrize(("text", "published", "trigger", "expected"), [
    ("British Foreign Secretary David Lammy, who is hosting a conference on Sudan in London on "
     "Tuesday, said the reports were sickening.", "2025-04-14", "hosting ... conference",
     "2025-04-15"),
    ("Russian and Ukrainian delegations are meeting in Istanbul on Friday.", "2025-05-14",
     "meeting", "2025-05-16"),
    ("Hamas is holding talks with mediators in Cairo on Tuesday.", "2025-05-13",
     "holding talks with", "2025-05-13"),
    ("Blinken, who is visiting the region, met Netanyahu on Tuesday.", "2025-04-16", "met",
     "2025-04-15"),
])
def test_a_present_progressive_arrangement_is_ahead(text, published, trigger, expected):
    assert {e.date for e in events(text, published) if e.evidence.trigger == trigger} == \
        {expected}


# A sentence that shifts a week or more from the time told before it does not go on telling the
# day the sentence before named (it keeps the publication's when it names no date of its own);
# with no shift it does.
@pytest.mark.parametrize(("second", "expected"), [
    ("The following week, Israeli jets struck Hezbollah positions in Lebanon.", "2024-05-15"),
    ("Weeks later, Israeli jets struck Hezbollah positions in Lebanon.", "2024-05-15"),
    ("Two months later, Israeli jets struck Hezbollah positions in Lebanon.", "2024-05-15"),
    ("Israeli jets struck Hezbollah positions in Lebanon.", "2024-04-13"),
    ("Hours later, Israeli jets struck Hezbollah positions in Lebanon.", "2024-04-13"),
])
def test_a_longer_shift_carries_no_day_from_the_sentence_before(second, expected):
    text = "Hamas attacked Israel on April 13. " + second
    assert [e.date for e in events(text, "2024-05-15") if e.evidence.trigger == "struck"] == \
        [expected]
