"""International bodies, missions, courts, envoys and non-governmental groups as conflict
reporting names them (international-2019-2025.yaml and the entries it extends in place): by their
full names, acronyms and "the U.N. X agency" forms, the persons who headed or spoke for them by
title and name, who held an office on a date, and near misses that must not link."""

import pytest
from kb_actors import actor_ids

from factions.kb import load_kb
from factions.pipeline import analyze_text


def ids(text: str, published: str = "2024-06-20") -> set[str]:
    return actor_ids(text, published)


@pytest.mark.parametrize(("text", "expected"), [
    # UN agencies by full name, acronym and "the U.N. X agency"
    ("GENEVA, June 20 (Reuters) - The U.N. refugee agency and the World Food Programme said two "
     "million people had fled, while Save the Children and the International Rescue Committee "
     "warned of famine.",
     {"unhcr", "wfp", "save-the-children", "international-rescue-committee"}),
    ("GENEVA, June 20 (Reuters) - The United Nations refugee agency, the U.N. Palestinian refugee "
     "agency and the U.N. Office for the Coordination of Humanitarian Affairs appealed for funds.",
     {"unhcr", "unrwa", "ocha"}),
    ("MONTREAL, June 20 (Reuters) - The ICAO and the U.N. shipping agency, the International "
     "Maritime Organization, condemned the seizure of the vessel.",
     {"icao", "imo"}),
    ("VIENNA, June 20 (Reuters) - The CTBTO said it detected no test, and the U.N. nuclear agency "
     "said its inspectors had left.",
     {"ctbto", "iaea"}),
    # missions and mission-like forces
    ("BOGOTA, June 20 (Reuters) - The United Nations Verification Mission in Colombia condemned "
     "the attack.",
     {"un-verification-mission-colombia"}),
    ("SEOUL, June 20 (Reuters) - The United Nations Command said it was investigating whether the "
     "balloons violated the armistice.",
     {"united-nations-command"}),
    ("BEIRUT, June 20 (Reuters) - The U.N. peacekeeping force in Lebanon said two of its "
     "positions were hit.",
     {"unifil"}),
    ("BAMAKO, June 20 (Reuters) - The U.N. peacekeeping force in Mali and EUTM Mali left the "
     "country.",
     {"minusma", "eutm-mali"}),
    ("GOMA, June 20 (Reuters) - The U.N. Group of Experts said the SADC Mission in the "
     "Democratic Republic of the Congo had withdrawn.",
     {"un-group-of-experts-drc", "samidrc"}),
    ("NAIROBI, June 20 (Reuters) - The U.N. Panel of Experts on Sudan and the Independent "
     "International Fact-Finding Mission for the Sudan reported on Darfur.",
     {"un-panel-of-experts-sudan", "sudan-fact-finding-mission"}),
    # courts, regional bodies
    ("THE HAGUE, June 20 (Reuters) - The Kosovo Specialist Chambers and the IRMCT issued "
     "rulings, and the ECOWAS Court of Justice ordered the release of the detainees.",
     {"kosovo-specialist-chambers", "irmct", "ecowas-court"}),
    ("WASHINGTON, June 20 (Reuters) - The Inter-American Commission on Human Rights, Mercosur and "
     "the Lima Group condemned the vote.",
     {"iachr", "mercosur", "lima-group"}),
    ("STRASBOURG, June 20 (Reuters) - PACE and the OSCE's ODIHR said the election was not free.",
     {"pace", "osce", "odihr"}),
    # NGOs, monitors and research groups
    ("GAZA, June 20 (Reuters) - Al Mezan, the Palestinian Centre for Human Rights and World "
     "Central Kitchen said aid workers were killed, Insecurity Insight reported.",
     {"al-mezan", "palestinian-centre-for-human-rights", "world-central-kitchen",
      "insecurity-insight"}),
    ("KYIV, June 20 (Reuters) - The Institute for the Study of War said Russian forces were "
     "regrouping, according to ACLED data.",
     {"isw", "russian-armed-forces", "acled"}),
])
def test_international_bodies_link(text: str, expected: set[str]) -> None:
    assert ids(text) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("NAYPYITAW, June 20 (Reuters) - U.N. envoy Julie Bishop met junta chief Min Aung Hlaing on "
     "Thursday.", "2024-06-20", {"united-nations", "julie-bishop", "min-aung-hlaing"}),
    ("BEIRUT, Oct 20 (Reuters) - UN Special Coordinator for Lebanon Jeanine Hennis-Plasschaert "
     "and UNIFIL commander Aroldo Lazaro met Nabih Berri.", "2024-10-20",
     {"united-nations", "lebanon", "jeanine-hennis-plasschaert", "unifil", "aroldo-lazaro",
      "nabih-berri"}),
    ("GENEVA, June 20 (Reuters) - ICRC president Mirjana Spoljaric and Amnesty's Agnes "
     "Callamard urged a ceasefire.", "2024-06-20",
     {"icrc", "mirjana-spoljaric-egger", "amnesty-international", "agnes-callamard"}),
    ("WASHINGTON, June 20 (Reuters) - OAS Secretary General Luis Almagro said the vote was "
     "fraudulent.", "2024-06-20", {"oas", "luis-almagro"}),
])
def test_heads_and_envoys_link_by_title_and_name(text: str, published: str,
                                                 expected: set[str]) -> None:
    assert ids(text, published) == expected


@pytest.mark.parametrize(("org", "office", "when", "holder"), [
    # "the U.N. special envoy for Yemen", "the UN envoy for the Great Lakes" on a date
    ("united-nations", "special envoy for yemen", "2023-05-01", "hans-grundberg"),
    ("united-nations", "special envoy for yemen", "2019-05-01", "martin-griffiths"),
    ("united-nations", "special envoy for the great lakes region", "2020-01-01", "huang-xia"),
    ("united-nations", "special envoy for the great lakes region", "2018-01-01", "said-djinnit"),
    ("united-nations", "special envoy on myanmar", "2022-06-01", "noeleen-heyzer"),
    ("united-nations", "special envoy on myanmar", "2024-06-01", "julie-bishop"),
    ("united-nations", "special envoy for the horn of africa", "2023-01-01", "hanna-tetteh"),
    ("unscol", "special coordinator for lebanon", "2019-10-01", "jan-kubis"),
    ("unscol", "special coordinator for lebanon", "2022-10-01", "joanna-wronecka"),
    ("unscol", "special coordinator for lebanon", "2024-10-01", "jeanine-hennis-plasschaert"),
    ("unsco", "special coordinator for the middle east peace process", "2019-06-01",
     "nickolay-mladenov"),
    ("unsco", "special coordinator for the middle east peace process", "2023-06-01",
     "tor-wennesland"),
    ("unama", "special representative", "2021-01-01", "deborah-lyons"),
    ("unami", "special representative", "2020-01-01", "jeanine-hennis-plasschaert"),
    ("unifil", "force commander", "2023-01-01", "aroldo-lazaro"),
    ("icj", "president", "2022-06-01", "joan-donoghue"),
    ("icc", "president", "2022-06-01", "piotr-hofmanski"),
    ("osce", "secretary general", "2022-01-01", "helga-schmid"),
    ("oas", "secretary general", "2020-01-01", "luis-almagro"),
    ("oas", "secretary general", "2025-08-01", "albert-ramdin"),
    ("nato", "supreme allied commander europe", "2023-01-01", "christopher-cavoli"),
    ("unicef", "executive director", "2020-01-01", "henrietta-fore"),
    ("iom", "director general", "2024-01-01", "amy-pope"),
    ("international-crisis-group", "president", "2020-01-01", "robert-malley"),
])
def test_who_held_an_international_office_on_a_date(org: str, office: str, when: str,
                                                      holder: str) -> None:
    assert load_kb().office_holder(org, office, when) == holder


def test_an_office_with_two_holders_or_none_that_day_has_no_holder() -> None:
    kb = load_kb()
    # two deputy prosecutors at once; no UNIFIL head before the first one we hold
    assert kb.office_holder("icc", "deputy prosecutor", "2023-06-01") is None
    assert kb.office_holder("unifil", "force commander", "2010-01-01") is None
    # the deputy secretary-general and the envoys "of the Secretary-General" are not the
    # secretary-general
    assert kb.office_holder("united-nations", "secretary general", "2023-01-01") == \
        "antonio-guterres"


@pytest.mark.parametrize(("text", "absent"), [
    # RSF in a Sudan story is the paramilitary, not Reporters Without Borders
    ("KHARTOUM, June 20 (Reuters) - The RSF said it had taken El Fasher.",
     "reporters-without-borders"),
    # an Andean community is no bloc; al-Haq at the end of a militia's name is no rights group
    ("LIMA, June 20 (Reuters) - Protesters from an Andean community blocked the road.",
     "andean-community"),
    ("BAGHDAD, June 20 (Reuters) - Asaib Ahl al-Haq said the strike killed two fighters.",
     "al-haq"),
    # "human rights first" and "action against hunger" in lower case are no NGOs
    ("NAIROBI, June 20 (Reuters) - The president said he put human rights first and promised "
     "action against hunger.", "human-rights-first"),
    ("NAIROBI, June 20 (Reuters) - The president said he put human rights first and promised "
     "action against hunger.", "action-against-hunger"),
    # the press's "Fore", "Pope" and "Albanese" alone are not the agency heads
    ("CANBERRA, June 20 (Reuters) - Prime Minister Anthony Albanese said Albanese would travel.",
     "francesca-albanese"),
    ("VATICAN CITY, June 20 (Reuters) - The Pope met migrants on Thursday.", "amy-pope"),
])
def test_near_misses_do_not_link(text: str, absent: str) -> None:
    assert absent not in ids(text)


def _office_mentions(text: str, published: str) -> dict[str, list[str]]:
    analysis = analyze_text(text, published=published)
    return {a.id: [m.text for m in a.mentions if m.kind == "office"] for a in analysis.actors
            if any(m.kind == "office" for m in a.mentions)}


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a body's office with no name after it is its holder on the day
    ("ADEN, May 10 (Reuters) - The U.N. special envoy for Yemen on Wednesday urged the Houthis "
     "to release all detainees.", "2023-05-10",
     {"hans-grundberg": ["The U.N. special envoy for Yemen"]}),
    ("ADEN, May 10 (Reuters) - The U.N. envoy for Yemen said talks would resume.", "2019-05-10",
     {"martin-griffiths": ["The U.N. envoy for Yemen"]}),
    ("NEW YORK, May 10 (Reuters) - The U.N. Secretary-General condemned the attack.",
     "2023-05-10", {"antonio-guterres": ["The U.N. Secretary-General"]}),
    ("BEIRUT, Oct 10 (Reuters) - The UN special coordinator for Lebanon said the truce held.",
     "2024-10-10", {"jeanine-hennis-plasschaert": ["The UN special coordinator for Lebanon"]}),
    ("THE HAGUE, May 10 (Reuters) - The ICC prosecutor said he would seek warrants.",
     "2023-05-10", {"karim-khan": ["ICC prosecutor"]}),
    ("BRUSSELS, May 10 (Reuters) - NATO's secretary general said allies would respond.",
     "2025-05-10", {"mark-rutte": ["NATO's secretary general"]}),
    # a body's "chief" or "head" is its top office's holder
    ("NEW YORK, May 10 (Reuters) - The U.N. chief said he was alarmed, and the WHO head "
     "agreed.", "2025-05-10",
     {"antonio-guterres": ["The U.N. chief"], "tedros-adhanom-ghebreyesus": ["the WHO head"]}),
    ("GENEVA, May 10 (Reuters) - The UN human rights chief urged calm.", "2021-05-10",
     {"michelle-bachelet": ["UN human rights chief"]}),
])
def test_a_bodys_office_alone_is_its_holder_on_the_day(text: str, published: str,
                                                       expected: dict[str, list[str]]) -> None:
    assert _office_mentions(text, published) == expected


@pytest.mark.parametrize(("text", "published"), [
    # a name after the office names who; "a" or "former" before the body is no one holder
    ("UN Secretary-General Antonio Guterres and NATO Secretary-General Jens Stoltenberg met.",
     "2023-05-10"),
    ("The U.N. envoy for Yemen, Hans Grundberg, said talks would resume.", "2023-05-10"),
    ("A U.N. special envoy for Yemen will be named, and a former NATO secretary general spoke.",
     "2023-05-10"),
    # several holders that day (two deputy prosecutors; any UN envoy), or none (before 2021)
    ("The ICC deputy prosecutor said the case would go on.", "2023-05-10"),
    ("The U.N. envoy said talks would resume.", "2023-05-10"),
    ("The UN special coordinator for Lebanon said the truce held.", "2010-10-10"),
    # no office ends the phrase: "EU foreign ministers", "the ICC prosecutor's office"
    ("EU foreign ministers agreed on Monday to widen sanctions.", "2021-11-15"),
    ("The EU foreign policy chief said the bloc would act.", "2021-11-15"),
    ("The U.N. head of mission in Haiti said the gangs were advancing.", "2023-05-10"),
    ("The ICC prosecutor's office opened an investigation.", "2023-05-10"),
])
def test_no_holder_without_one_office_and_one_holder(text: str, published: str) -> None:
    assert _office_mentions(text, published) == {}


def test_an_apposition_after_a_name_is_left_to_the_name() -> None:
    # "Obasanjo, the AU's high representative for the Horn of Africa": the name says who
    assert _office_mentions("The talks were led by Olusegun Obasanjo, the AU's high "
                            "representative for the Horn of Africa.", "2022-11-02") == {}


@pytest.mark.parametrize(("text", "published", "mission"), [
    # "the U.N. peacekeeping mission" with no place after it: the mission in the story's country
    ("BAMAKO, May 10 (Reuters) - Mali's junta dissolved all political parties. Since seizing "
     "power, Mali's military leaders have expelled French forces and the U.N. peacekeeping "
     "mission.", "2025-05-10", "minusma"),
    ("GOMA, May 10 (Reuters) - Congo's army fought M23 rebels near Goma. The U.N. peacekeeping "
     "mission said it was alarmed.", "2025-05-10", "monusco"),
    ("BEIRUT, Oct 10 (Reuters) - Israeli tanks fired on positions in south Lebanon, the U.N. "
     "peacekeeping force said.", "2024-10-10", "unifil"),
])
def test_the_un_peacekeeping_mission_is_the_one_in_the_storys_country(
        text: str, published: str, mission: str) -> None:
    found = ids(text, published)
    assert mission in found and "united-nations" not in found


@pytest.mark.parametrize(("text", "published"), [
    # several missions; a place named after it the alias reads (or not: none known there);
    # a story of no country with a mission of its own
    ("NEW YORK, May 10 (Reuters) - The U.N. peacekeeping missions in Africa are short of funds.",
     "2025-05-10"),
    ("PORT-AU-PRINCE, May 10 (Reuters) - Haiti's government asked for a U.N. peacekeeping force "
     "to fight the gangs.", "2022-10-10"),
    ("KYIV, May 10 (Reuters) - Ukraine's president said a U.N. peacekeeping mission could "
     "monitor a ceasefire.", "2025-05-10"),
])
def test_no_mission_of_the_storys_country_leaves_the_un(text: str, published: str) -> None:
    found = ids(text, published)
    assert "united-nations" in found and not found & {
        "minusma", "monusco", "unifil", "minustah", "unmiss", "minusca", "unficyp"}


@pytest.mark.parametrize(("text", "expected"), [
    # agencies' spokespersons, by name and then by surname
    ('GENEVA, June 20 (Reuters) - "The situation is catastrophic," OCHA spokesman Jens Laerke '
     "told reporters, while Ravina Shamdasani, a spokeswoman for the U.N. human rights office, "
     "said the attacks may amount to war crimes. Laerke said aid was blocked.",
     {"jens-laerke", "ocha", "ravina-shamdasani", "ohchr"}),
    # monitors quoted as sources
    ("YANGON, June 20 (Reuters) - The Assistance Association for Political Prisoners said 5,000 "
     "people had been killed, Fortify Rights said.",
     {"aapp-burma", "fortify-rights"}),
    ("BOGOTA, June 20 (Reuters) - Indepaz said 20 social leaders were killed this year, and the "
     "JEP charged former commanders.",
     {"indepaz", "special-jurisdiction-for-peace"}),
    ("MOSCOW, June 20 (Reuters) - OVD-Info said 300 people were detained, and the Memorial Human "
     "Rights Centre listed them as political prisoners.",
     {"ovd-info", "memorial-russia"}),
])
def test_spokespersons_and_monitors_link(text: str, expected: set[str]) -> None:
    assert ids(text) == expected


def test_a_memorial_is_no_rights_group() -> None:
    assert "memorial-russia" not in ids("WASHINGTON, June 20 (Reuters) - Visitors gathered at the "
                                        "Lincoln Memorial on Memorial Day.")


def test_ambassadors_to_the_un_by_name_and_on_a_date() -> None:
    assert ids("NEW YORK, Oct 20 (Reuters) - Israel's U.N. Ambassador Gilad Erdan and "
               "Palestinian envoy Riyad Mansour clashed at the Security Council, while China's "
               "Zhang Jun called for a ceasefire.", "2023-10-20") == {
        "israel", "united-nations", "gilad-erdan", "palestine", "riyad-mansour",
        "un-security-council", "china",
        "zhang-jun"}
    kb = load_kb()
    assert kb.office_holder("israel", "permanent representative", "2025-01-10") == "danny-danon"
    assert kb.office_holder("united-states", "ambassador to the united nations",
                            "2020-06-01") == "kelly-craft"


def test_natos_council_and_eu_envoys() -> None:
    # the North Atlantic Council is NATO meeting, not a body of its own
    assert ids("WARSAW, Sept 10 (Reuters) - NATO Secretary General Mark Rutte said the North "
               "Atlantic Council had met in Brussels at Poland's request.", "2025-09-10") == {
        "nato", "mark-rutte", "poland"}
    assert ids("BRUSSELS, June 20 (Reuters) - EU envoy Miroslav Lajcak met Kosovo's Albin Kurti "
               "and Serbia's Aleksandar Vucic.", "2023-06-20") == {
        "european-union", "miroslav-lajcak", "kosovo", "albin-kurti", "serbia",
        "aleksandar-vucic"}
    kb = load_kb()
    assert kb.office_holder("slovakia", "foreign minister", "2015-01-01") == "miroslav-lajcak"
