"""Verbal conflict told in the shapes wire copy gives it, written as classes of phrasing rather
than single sentences: a new subject after ", and" whose verb follows an aside on it, a speaker
whose claim has no actor as its subject, condemnations that name the act by a bare noun ("the
detentions", "the assassination", "this act"), appeals to "both governments", backing told as
someone's word ("the group is backed by Rwanda, U.N. experts say") and the secretary-general who
condemns in his own name."""

from __future__ import annotations

from factions.model import Analysis, Event
from factions.pipeline import analyze_text


def analysis_of(text: str) -> Analysis:
    return analyze_text(text, published="2024-05-20")


def of_type(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def one(events: list[Event], kind: str) -> Event:
    found = of_type(events, kind)
    assert len(found) == 1, [(e.type, e.rule, e.source, e.target) for e in events]
    return found[0]


# ---------------------------------------------------------------- ", and X, which ..., urged"

def test_a_new_subject_after_and_whose_verb_follows_an_aside_makes_its_own_request():
    events = analysis_of("Qatar called for calm, and Egypt, which borders Gaza, urged Israel to "
                         "show restraint.").events
    requests = of_type(events, "REQUEST")
    assert [(e.source, e.target) for e in requests] == [(["qatar"], []), (["egypt"], ["israel"])]


def test_the_aside_may_be_a_whose_clause_and_the_verb_call_on():
    events = analysis_of("The United Nations called for a ceasefire, and Turkey, whose officials "
                         "have met Hamas leaders, called on Israel to halt its offensive.").events
    assert [(e.source, e.target) for e in of_type(events, "REQUEST")] == [
        (["united-nations"], []), (["turkey"], ["israel"])]


def test_without_an_aside_the_new_subject_was_already_read():
    events = analysis_of("Jordan called for an end to the fighting, and Egypt urged Israel to "
                         "show restraint.").events
    assert [(e.source, e.target) for e in of_type(events, "REQUEST")] == [
        (["jordan"], []), (["egypt"], ["israel"])]


def test_what_a_request_asks_for_is_still_no_event():
    events = analysis_of("The UN urged the army to stop shelling the city.").events
    assert [e.type for e in events] == ["REQUEST"]


# ---------------------------------------------------------------- "reports of" is a noun

def test_reports_of_after_a_preposition_is_a_noun_not_a_new_report():
    events = analysis_of("The United States and Britain said they were alarmed by reports of "
                         "civilian deaths and urged all sides to protect civilians.").events
    request = one(events, "REQUEST")
    assert request.source == ["united-states", "united-kingdom"]
    assert request.modality == "asserted"


# ---------------------------------------------------------------- back to the speaker

def test_a_charge_after_a_claim_with_no_actor_as_subject_is_the_speakers():
    events = analysis_of("Russian forces shelled the plant. President Volodymyr Zelenskiy said "
                         "the world had come close to a disaster and accused Moscow of turning "
                         "the plant into a military base.").events
    charge = one(events, "ACCUSE")
    assert charge.source == ["volodymyr-zelensky"]
    assert charge.target == ["russia"]


def test_a_request_after_such_a_claim_is_the_speakers_and_the_capital_its_place():
    events = analysis_of("KINSHASA, May 19 - Gunmen attacked the presidential palace in Kinshasa "
                         "on Sunday. Government spokesman Patrick Muyaya said calm had returned "
                         "to the capital and urged residents to go about their business.").events
    request = one(events, "REQUEST")
    assert request.source == ["patrick-muyaya"]
    assert request.place_text == "Kinshasa"


def test_a_claim_whose_subject_is_an_actor_keeps_the_verb_after_and():
    # "said Rubio had spoken to Kagame and urged": Rubio urged, not the department
    events = analysis_of("The State Department said Rubio had spoken to Kagame and urged him to "
                         "withdraw his troops.").events
    assert one(events, "REQUEST").source == ["marco-rubio"]


# ---------------------------------------------------------------- the act a condemnation names

def test_condemned_detentions_are_aimed_at_who_detained():
    events = analysis_of("Soldiers detained President Mohamed Bazoum at the presidential palace "
                         "in Niamey on Wednesday. The African Union condemned the "
                         "detentions.").events
    charge = one(events, "ACCUSE")
    assert charge.source == ["african-union"]
    assert charge.target == ["niger-armed-forces"]


def test_a_condemned_assassination_is_aimed_at_the_gunmen():
    events = analysis_of("Gunmen shot dead presidential candidate Fernando Villavicencio at a "
                         "rally in Quito on Wednesday. U.S. Secretary of State Antony Blinken "
                         "condemned the assassination.").events
    assert one(events, "ACCUSE").target == ["x-unnamed-armed-group"]


def test_this_act_is_the_seizure_or_the_strike_just_told():
    seized = analysis_of("Houthi fighters seized a cargo ship in the Red Sea. \"We strongly "
                         "condemn this act,\" Japan's chief cabinet secretary told "
                         "reporters.").events
    assert one(seized, "ACCUSE").target == ["houthis"]
    struck = analysis_of("Israeli jets struck a building in Doha on Tuesday. Qatar condemned "
                         "the act as a flagrant violation of its sovereignty.").events
    assert one(struck, "ACCUSE").target == ["israel-defense-forces"]


def test_an_attempt_to_do_something_names_no_earlier_act():
    # "an attempt to take the capital": what follows says the kind of act; no earlier event is
    # taken for it by the noun alone
    events = analysis_of("Rebels attacked the outskirts of Bangui on Wednesday. France denounced "
                         "what it called an attempt to take the capital by force.").events
    assert one(events, "ACCUSE").target == []


# ---------------------------------------------------------------- "both governments"

def test_both_governments_are_the_two_states_at_odds():
    events = analysis_of("Serbia shelled Kosovo border posts on Sunday, and Kosovo fired back at "
                         "Serbian positions. The United States called on both governments to "
                         "avoid escalation.").events
    assert one(events, "REQUEST").target == ["kosovo", "serbia"]


def test_both_capitals_too():
    events = analysis_of("Serbia shelled Kosovo border posts on Sunday, and Kosovo fired back at "
                         "Serbian positions. The European Union urged both capitals to return to "
                         "talks.").events
    assert one(events, "REQUEST").target == ["kosovo", "serbia"]


# ---------------------------------------------------------------- backing told as a charge

def test_experts_who_say_a_group_is_backed_by_a_state_accuse_it():
    events = analysis_of("M23 rebels seized Goma on Monday. United Nations experts have said the "
                         "group is backed and directed by Rwanda.").events
    aid = one(events, "AID")
    assert (aid.source, aid.target, aid.modality) == (["rwanda"], ["m23"], "reported")
    charge = one(events, "ACCUSE")
    assert (charge.source, charge.target, charge.modality) == (
        ["united-nations"], ["rwanda"], "asserted")


def test_a_government_that_says_rebels_are_armed_by_a_neighbour_accuses_it():
    events = analysis_of("M23 rebels seized Goma on Monday. Congo's government says the rebels "
                         "are armed by Rwanda.").events
    assert one(events, "AID").source == ["rwanda"]
    charge = one(events, "ACCUSE")
    assert charge.source == ["congolese-government"]
    assert charge.target == ["rwanda"]


def test_backing_the_writer_tells_in_an_aside_is_no_event():
    events = analysis_of("M23, which is backed by Rwanda, seized Goma on Monday.").events
    assert [e.type for e in events] == ["ASSAULT"]


def test_support_an_ally_reports_for_its_own_side_charges_no_one():
    events = analysis_of("US warplanes struck Houthi targets. Australia, Bahrain and Canada "
                         "provided support, the White House said.").events
    assert not of_type(events, "ACCUSE")


# ---------------------------------------------------------------- a secretary-general

def test_a_secretary_general_who_condemns_a_coup_opposes_the_junta_himself():
    analysis = analysis_of("Soldiers seized power in Niger on Wednesday and detained President "
                           "Mohamed Bazoum. U.N. Secretary-General Antonio Guterres strongly "
                           "condemned the coup.")
    opposed = [(r.source, r.target) for r in analysis.relations if r.type == "opposes"]
    assert ("antonio-guterres", "niger-armed-forces") in opposed
    assert not [r for r in analysis.relations if r.source == "united-nations"]


# ---------------------------------------------------------------- an act judged

MYANMAR = ("Myanmar's military seized power on Monday and detained Aung San Suu Kyi. The NLD "
           "said the military's actions were unjustified and a betrayal of the voters. U.S. "
           "President Joe Biden said the military's move was a direct assault on democracy.")


def test_a_speakers_judgement_of_an_act_is_aimed_at_whoever_did_it():
    charges = of_type(analysis_of(MYANMAR).events, "ACCUSE")
    assert [(e.rule, e.source, e.target) for e in charges] == [
        ("accuse.act-judged", ["national-league-for-democracy"], ["tatmadaw"]),
        ("accuse.act-judged", ["joe-biden"], ["tatmadaw"])]


def test_actions_that_ran_counter_to_the_will_of_the_people():
    events = analysis_of("Soldiers seized power in Sudan on Monday. U.S. envoy Jeffrey Feltman "
                         "said the military's actions ran counter to the will of the Sudanese "
                         "people.").events
    assert one(events, "ACCUSE").target == ["sudanese-armed-forces"]


def test_a_judgement_with_no_doer_is_no_charge():
    assert analysis_of("The minister said the tax was unjustified.").events == []
    assert analysis_of("The United States said the decision to halt the talks betrayed the will "
                       "of the Georgian people.").events == []
