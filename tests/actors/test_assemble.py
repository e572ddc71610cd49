"""The document's actor list: salience and the key actor."""

from factions.actors.assemble import _lede_sentence, _protagonist, _sentence_subjects, _standing
from factions.pipeline import analyze_text, make_document
from factions.pipeline.run import run_stages
from factions.pipeline.state import ActorMention


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


def test_the_headline_subject_is_the_possessed_not_the_possessor():
    analysis = analyze_text(
        "Ethiopia's Abiy sends army into Tigray after attack on federal base\n\n"
        "ADDIS ABABA, Nov 5 - Ethiopian Prime Minister Abiy Ahmed has ordered federal troops into "
        "action against the ruling party of the northern Tigray region, accusing it of attacking "
        "an army base. The Tigray People's Liberation Front (TPLF) denied starting the fighting. "
        "The TPLF said Tigray was ready to defend itself. The TPLF has accused neighbouring "
        "Eritrea of massing troops along its border. Analysts said the TPLF commands a large "
        "paramilitary force.", published="2020-11-05")
    assert analysis.key_actor == "abiy-ahmed"


def test_the_lede_subject_that_acts_outweighs_the_country_it_hits_and_its_quoted_president():
    analysis = analyze_text(
        "Missiles hit Kyiv and cities across Ukraine in morning rush hour\n\n"
        "KYIV, Oct 10 - Russia fired dozens of cruise missiles at cities across Ukraine on Monday, "
        "killing at least 11 people and knocking out power in several regions. Ukraine's military "
        "said 43 of the missiles were shot down. Ukraine has not claimed responsibility for the "
        "bridge explosion. President Volodymyr Zelensky said Ukraine would not be intimidated. "
        "Ukraine would ask allies for more air defence systems, he said.", published="2022-10-10")
    assert analysis.key_actor == "russia"


def test_a_commander_whose_forces_the_story_names_by_him_is_the_key_actor():
    analysis = analyze_text(
        "Haftar's forces strike Tripoli suburb as UN truce call goes unheeded\n\n"
        "TRIPOLI, April 7 - Forces loyal to eastern commander Khalifa Haftar carried out an air "
        "strike on the southern outskirts of Tripoli on Sunday, ignoring a United Nations appeal "
        "for a truce. Haftar's self-styled Libyan National Army (LNA) said it had seized the "
        "airport. The LNA said 14 of its men had died. LNA aircraft hit positions south of the "
        "city, an LNA spokesman said. Haftar, who is backed by Egypt, has cast the offensive as a "
        "campaign against militias.", published="2019-04-07")
    assert analysis.key_actor == "khalifa-haftar"
    assert analysis.actors[0].id == "libyan-national-army"  # the most named, not the key


def test_a_much_quoted_mediator_is_not_the_key_actor():
    analysis = analyze_text(
        "Israeli tanks take Rafah crossing as mediators press for truce\n\n"
        "CAIRO, May 7 - Israeli tanks rolled into Rafah in the southern Gaza Strip overnight and "
        "seized the Palestinian side of the border crossing with Egypt. Qatari Prime Minister "
        "Mohammed bin Abdulrahman Al Thani said talks would continue in Doha. \"We are not giving "
        "up,\" Al Thani told reporters. Al Thani said Qatar had passed a new proposal to both "
        "sides. Al Thani added that a pause in fighting was within reach. Al Thani also met the "
        "head of Egyptian intelligence in Cairo on Tuesday.", published="2024-05-07")
    assert analysis.key_actor == "israel-defense-forces"
    mediator = max(analysis.actors, key=lambda a: len(a.mentions))
    assert mediator.name.endswith("Al Thani") and mediator.id != analysis.key_actor


def test_a_crackdowns_key_actor_is_the_state_its_police_and_government_act_for():
    analysis = analyze_text(
        "DHAKA, July 20 - Bangladesh imposed a nationwide curfew on Saturday after days of "
        "clashes between police and protesters. Police fired tear gas to disperse the "
        "protesters. Police said they had arrested hundreds of protesters. Security forces "
        "opened fire on demonstrators in several cities. The government said it was ready to "
        "hold talks.",
        title="Bangladesh imposes curfew as protests turn deadly", published="2024-07-20")
    assert analysis.key_actor == "bangladesh"
    # ("Police said they had arrested": "they" is the police, not the state named first)
    assert [a.id for a in analysis.actors] == [
        "x-bgd-protesters", "x-bgd-police", "bangladesh", "x-bgd-government"]


def test_a_demonym_sharing_the_noun_of_a_coordinated_one_counts_as_much():
    # "Rwandan" in "Rwandan and Mozambican troops" names its owner as "Mozambican troops" does.
    analysis = analyze_text(
        "MAPUTO, Aug 9 - Rwandan and Mozambican troops have recaptured the port town of "
        "Mocimboa da Praia from insurgents, Rwanda's military said on Sunday. Mozambican "
        "forces also retook the town of Awasse.",
        title="Rwandan and Mozambican troops retake Mocimboa da Praia from insurgents",
        published="2021-08-09")
    assert analysis.key_actor == "rwanda-defence-force"


def test_the_sole_actor_of_headline_and_lede_is_key_however_often_its_target_is_named():
    analysis = analyze_text(
        "Israel strikes Iran's nuclear sites; Tehran vows revenge\n\n"
        "JERUSALEM, June 13 - Israel struck Iran's main uranium enrichment plant at Natanz early "
        "on Friday. Iran said the strikes had killed several scientists. Iran launched drones at "
        "Israel in response. Iran's foreign ministry said Washington would bear responsibility. "
        "Iran had been holding talks with the United States. Iran denies seeking a bomb.",
        title="Israel strikes Iran's nuclear sites; Tehran vows revenge", published="2025-06-13")
    assert analysis.key_actor == "israel"


def test_a_joint_strike_in_the_headline_names_no_one_protagonist():
    text = ("US and British forces strike Houthi targets in Yemen after Red Sea attacks\n\n"
            "SANAA, Jan 12 - US and British warplanes struck dozens of Houthi targets across "
            "Yemen on Friday, in retaliation for attacks by the Houthis on shipping.")
    state = run_stages(make_document(text, title=text.split("\n")[0], published="2024-01-12"))
    lede = _lede_sentence(state)
    assert lede == 1
    assert _protagonist(state, _sentence_subjects(state), lede) is None


def test_a_states_forces_named_later_count_with_it_when_it_acts_in_the_lede():
    text = ("Israel-Hezbollah ceasefire takes effect\n\n"
            "BEIRUT, Nov 27 - A ceasefire between Israel and Hezbollah took effect early on "
            "Wednesday. Under its terms, Israeli troops will withdraw from southern Lebanon over "
            "60 days.")
    state = run_stages(make_document(text, title=text.split("\n")[0], published="2024-11-27"))
    by_actor: dict[str, list[ActorMention]] = {}
    for m in state.mentions:
        by_actor.setdefault(m.actor_id, []).append(m)
    standing = _standing(state, by_actor, _lede_sentence(state))
    israel, army = state.actors["israel"], state.actors["israel-defense-forces"]
    assert standing["israel"] == israel.salience + 0.5 * army.salience
    assert standing["hezbollah"] == state.actors["hezbollah"].salience


def test_a_states_armed_forces_telling_its_act_in_the_lede_keep_the_state_key():
    text = ("Turkey strikes Kurdish militants in Iraq and Syria after deadly attack near "
            "Ankara\n\nANKARA, Oct 24 - Turkish warplanes struck Kurdish militant targets in "
            "northern Iraq and northern Syria overnight, the defence ministry said on Thursday. "
            "The ministry said 32 targets of the Kurdistan Workers' Party (PKK) had been "
            "destroyed. The PKK took up arms against the Turkish state in 1984. The PKK is "
            "designated a terrorist organisation by the United States. The PKK's leadership is "
            "based in the Qandil mountains.")
    analysis = analyze_text(text, published="2024-10-24")
    assert analysis.key_actor == "turkey"


def test_a_headline_with_no_actor_for_subject_leaves_the_protagonist_to_the_lede():
    # "Three Israeli hostages freed ...": nobody acts in the headline; the lede's subject, the
    # lone source of the handover it tells, is the protagonist, though Israel acts in the same
    # sentence and is named more often further down.
    analysis = analyze_text(
        "Three Israeli hostages freed as Gaza ceasefire takes effect\n\n"
        "JERUSALEM/DOHA, Jan 20 - Hamas handed over three Israeli hostages to the Red Cross in "
        "Gaza on Sunday, hours after a ceasefire between Israel and Hamas took effect, and Israel "
        "freed 90 Palestinian prisoners early on Monday. Israeli air strikes killed at least 19 "
        "people across Gaza, the civil defence agency said. The Israeli military said it had "
        "struck Hamas targets in northern Gaza. Israel allowed aid into Gaza on Sunday. Netanyahu "
        "said Israel reserved the right to resume the war.",
        title="Three Israeli hostages freed as Gaza ceasefire takes effect", published="2025-01-20")
    assert analysis.key_actor == "hamas"
    assert [a.id for a in analysis.actors][:3] == ["hamas", "israel", "israel-defense-forces"]


def test_a_headline_subject_whose_act_is_not_coded_is_key_when_the_lede_tells_it_acting_alone():
    # "leave Sweida" is no coded event; the lede, of the same subject, tells the withdrawal:
    # the Syrian forces are the protagonist, though Israel is named and acts more often.
    analysis = analyze_text(
        "Syrian troops leave Sweida under U.S.-brokered truce after Israeli strikes on "
        "Damascus\n\n"
        "DAMASCUS, July 17 - Syrian government forces pulled out of the southern province of "
        "Sweida on Thursday under a ceasefire brokered by the United States, a day after Israel "
        "bombed the defence ministry in Damascus. Israel struck government tanks and convoys on "
        "the roads to Sweida on Monday. On Wednesday its warplanes hit the headquarters of the "
        "general staff in Damascus. Israel has said it will not allow troops in southern Syria. "
        "Israel has carried out hundreds of strikes in Syria since December.",
        title="Syrian troops leave Sweida under U.S.-brokered truce after Israeli strikes on "
              "Damascus",
        published="2025-07-17")
    assert analysis.key_actor == "syrian-arab-army"
    assert [a.id for a in analysis.actors][:2] == ["israel", "syrian-arab-army"]


def test_a_headline_subject_joined_to_another_is_no_protagonist_of_its_own():
    text = ("Sudan army and RSF paramilitaries battle for Khartoum for second day\n\n"
            "KHARTOUM, April 16 - Sudan's army launched air strikes on bases of the paramilitary "
            "Rapid Support Forces (RSF) in Khartoum on Sunday as the two forces fought for "
            "control of the capital for a second day.")
    state = run_stages(make_document(text, title=text.split("\n")[0], published="2023-04-16"))
    subjects = _sentence_subjects(state)
    assert subjects[0] == "sudanese-armed-forces"
    assert _protagonist(state, subjects, _lede_sentence(state)) is None


def test_a_person_the_headline_and_the_lede_open_on_is_key_though_his_act_is_not_coded():
    # "hands power" / "transferred his powers" are no coded events; the Houthis, named and
    # acting more often further down, are not the story's protagonist.
    analysis = analyze_text(
        "Yemen's Hadi hands power to council as U.N.-brokered truce holds\n\n"
        "RIYADH, April 7 - Yemeni President Abd-Rabbu Mansour Hadi transferred his powers to a "
        "new presidential council on Thursday, as a truce between the Saudi-led coalition and "
        "the Iran-aligned Houthis held. The Houthis said the council was illegitimate. The "
        "Houthis attacked Saudi oil facilities in March. The Houthis control the capital Sanaa. "
        "The Houthis welcomed the truce.",
        published="2022-04-07")
    assert analysis.key_actor == "abd-rabbu-mansour-hadi"


def test_states_acting_together_in_headline_and_lede_are_led_by_the_first_named():
    # A joint act of states only, aimed at a bloc, not at an armed group: the first named,
    # the subject of both, is key, however often the bloc they quit is named.
    analysis = analyze_text(
        "Mali, Burkina Faso and Niger quit ECOWAS, accuse bloc of serving foreign powers\n\n"
        "BAMAKO, Jan 28 - The military governments of Mali, Burkina Faso and Niger said on "
        "Sunday they were leaving the Economic Community of West African States with immediate "
        "effect. ECOWAS said it had not been notified. ECOWAS suspended the three countries "
        "after their coups. ECOWAS imposed sanctions on Niger in July. ECOWAS threatened to use "
        "force to restore the ousted president.",
        published="2024-01-28")
    assert analysis.key_actor == "mali"


def test_an_unnamed_doer_gives_way_to_the_group_the_text_credits_with_the_attack():
    text = ("Women suicide bombers kill at least 18 in Nigeria's Gwoza\n\n"
            "MAIDUGURI, Nigeria, June 30 - Suspected female suicide bombers struck a wedding, a "
            "funeral and a hospital in the town of Gwoza in Borno state on Saturday, killing at "
            "least 18 people, emergency officials said. No group has claimed responsibility, but "
            "the attacks bore the hallmarks of Boko Haram, which has repeatedly used women as "
            "suicide bombers. The army said troops had sealed off the town.")
    assert analyze_text(text, published="2024-06-30").key_actor == "boko-haram"
    # Blamed on the bandits the headline already calls gunmen: still the unnamed group.
    text = ("Gunmen abduct more than 280 pupils from school in northwest Nigeria\n\n"
            "KADUNA, Nigeria, March 8 - Gunmen on motorcycles stormed a school in the town of "
            "Kuriga on Thursday and abducted more than 280 pupils, residents said. Officials "
            "blame the abduction on armed gangs known locally as bandits. In the northeast, "
            "suspected Boko Haram militants abducted dozens of women last week.")
    assert analyze_text(text, published="2024-03-08").key_actor == "x-unnamed-armed-group"


def test_a_crowd_named_as_a_persons_supporters_lends_him_its_standing():
    # The police fire on the crowd in the headline and, as witnesses tell it, in the lede; the
    # story is the movement of the opposition figure the marchers support.
    analysis = analyze_text(
        "Mozambique police fire on protesters as opposition shutdown paralyses Maputo\n\n"
        "MAPUTO, Nov 8 - Mozambican police fired tear gas and live ammunition at thousands of "
        "demonstrators in the capital Maputo on Thursday as supporters of opposition figure "
        "Venancio Mondlane marched to contest the result of last month's election, witnesses "
        "said. Protesters "
        "set up burning barricades and pelted police with stones. Mondlane called the shutdown "
        "from abroad, saying the vote had been rigged in favour of Frelimo. The electoral "
        "commission declared Frelimo's Daniel Chapo the winner, against 20% for Mondlane. "
        "Mondlane blamed the security forces for the killing of two of his aides. Frelimo's "
        "spokesperson accused Mondlane of inciting violence. Mondlane, who was backed by the "
        "small Podemos party, says he won the vote.",
        published="2024-11-08")
    assert analysis.key_actor == "venancio-mondlane"


def test_whom_a_speaker_blames_gains_less_salience_than_whom_an_act_hits():
    # Verbal conflict is aimed at whom a speaker names ("Putin said Kyiv was trying to improve
    # its position"): its target counts half what the target of an act on the ground does.
    def salience(text: str) -> float:
        analysis = analyze_text(text, published="2024-08-16")
        return next(a.salience for a in analysis.actors if a.id == "ukraine")

    blamed = salience("Moldova accused Ukraine of lying on Monday.")
    attacked = salience("Moldova attacked Ukraine on Monday.")
    assert round(blamed, 4) == 0.2196
    assert round(attacked, 4) == 0.2656


def test_a_possessor_before_a_title_and_name_is_not_the_headline_subject():
    # "Burkina's Captain Traore takes charge": the story is the captain's, not the country's.
    analysis = analyze_text(
        "Guinea's Colonel Mamady Doumbouya takes charge as ousted leader flees\n\n"
        "CONAKRY, Sept 6 - Colonel Mamady Doumbouya tightened his grip on Guinea on Monday, a "
        "day after his special forces seized President Alpha Conde. Guinea's neighbours "
        "condemned the coup. Guinea suspended its constitution. Guinea closed its borders. "
        "Guinea dissolved the government.",
        published="2021-09-06")
    assert analysis.key_actor == "x-mamady-doumbouya"


def test_a_lede_that_names_its_subject_in_an_apposition_is_about_the_person_named():
    # "Sudan's top general, Abdel Fattah al-Burhan, dissolved ...": the description reads as
    # the army; the name set beside it says who acts, as the headline does.
    text = ("Myanmar's Min Aung Hlaing seizes power as soldiers detain Suu Kyi\n\n"
            "YANGON, Feb 1 - Myanmar's army commander, Min Aung Hlaing, took power on Monday, "
            "hours after soldiers detained Aung San Suu Kyi. The army declared a state of "
            "emergency. The army closed the airport.")
    state = run_stages(make_document(text, title=text.split("\n")[0], published="2021-02-01"))
    subjects = _sentence_subjects(state)
    assert subjects[_lede_sentence(state)] == subjects[0]
    assert state.actors[subjects[0]].type == "person"


def test_a_dateline_names_no_subject_of_the_lede():
    # "HUWARA, West Bank, Feb 27 - ...": the dateline's places say where the story was filed.
    text = ("Serb protesters clash with peacekeepers in north Kosovo\n\n"
            "ZVECAN, Kosovo, May 29 - Serb protesters fought with NATO-led peacekeepers outside "
            "a town hall on Monday, injuring 25 soldiers. Kosovo's government condemned the "
            "violence. Kosovo said the protesters had been armed. Kosovo police arrested three "
            "men. Kosovo said the mayors would stay.")
    state = run_stages(make_document(text, title=text.split("\n")[0], published="2023-05-29"))
    subjects = _sentence_subjects(state)
    assert subjects[0] == subjects[_lede_sentence(state)] == "x-serb-protesters"
    assert analyze_text(text, published="2023-05-29").key_actor == "x-serb-protesters"


def test_a_states_forces_the_lede_tells_acting_make_the_headline_state_key_only_as_its_claim():
    # "Israel pulls troops out ...; Israeli forces withdrew ...": the reporter tells the
    # forces acting, so the forces (the source of most of the story's acts) stay key.
    text = ("Israel pulls troops out of Jenin camp after two-day raid\n\n"
            "JENIN, West Bank, July 5 - Israeli forces withdrew from the Jenin refugee camp "
            "early on Wednesday after two days of drone strikes and street battles that killed "
            "12 Palestinians. Israeli forces arrested 30 suspects. Israeli troops destroyed "
            "weapons workshops. Israeli forces raided houses in the camp.")
    assert analyze_text(text, published="2023-07-05").key_actor == "israel-defense-forces"


def test_a_group_before_a_title_and_a_name_is_the_persons_not_the_headlines_subject():
    # "Hamas leader Haniyeh killed": the story is about Haniyeh, whom the lede also opens on,
    # not about Hamas, the group his title names (as "Burkina's Captain Traore" is Traore's).
    analysis = analyze_text(
        "Hamas leader Haniyeh killed in Tehran; Iran and Hamas blame Israel\n\n"
        "DUBAI, July 31 (Reuters) - Ismail Haniyeh, the political leader of Hamas, was killed in "
        "Tehran early on Wednesday, Hamas said. Hamas blamed Israel for the killing. Hamas said "
        "it would respond. Hamas officials said the group would choose a new leader.",
        published="2024-07-31")
    assert analysis.key_actor == "ismail-haniyeh"


def test_a_lede_opening_on_the_party_the_headline_subject_hit_keeps_the_attacker_key():
    # The lede opens on the group that lost its commander: it only confirms the strike, which
    # the lede still tells as Israel's; Hamas, named more often further down, is not the story's
    # protagonist.
    text = ("Israel kills Hamas military chief in Gaza strike; group vows revenge\n\n"
            "GAZA, July 14 - Hamas confirmed on Sunday that its military chief had been killed in "
            "an Israeli air strike on a camp in southern Gaza, a heavy blow to the group. "
            "Hamas said the strike killed dozens of displaced people. "
            "Hamas officials said talks on a truce would go on. Hamas has run Gaza since 2007. "
            "Hamas vowed to avenge his death.")
    state = run_stages(make_document(text, title=text.split("\n")[0], published="2024-07-14"))
    subjects = _sentence_subjects(state)
    lede = _lede_sentence(state)
    assert (subjects[0], subjects[lede]) == ("israel", "hamas")
    assert _protagonist(state, subjects, lede) == "israel"
    assert state.key_actor == "israel"


def test_a_lede_opening_on_a_party_that_acts_itself_names_no_protagonist_from_the_headline():
    # Near miss: the lede's subject fires rockets of its own; the headline's subject and it
    # are two parties acting, and neither is the protagonist by headline and lede alone.
    text = ("Israel kills Hamas military chief in Gaza strike; group vows revenge\n\n"
            "GAZA, July 14 - Hamas fired dozens of rockets at southern Israel on Sunday after "
            "its military chief was killed in an Israeli air strike on a camp in southern Gaza.")
    state = run_stages(make_document(text, title=text.split("\n")[0], published="2024-07-14"))
    subjects = _sentence_subjects(state)
    lede = _lede_sentence(state)
    assert (subjects[0], subjects[lede]) == ("israel", "hamas")
    assert _protagonist(state, subjects, lede) is None
