"""Stated alignments in phrasings wire copy uses: coordinated participles before "by", a
capital standing for its government, tensions named between two parties, and a ceasefire
arranged with a third party's help (real-style sentences through the whole pipeline)."""

from __future__ import annotations

from factions.model import Analysis
from factions.pipeline import analyze_text


def stated(analysis: Analysis) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in analysis.relations if r.basis == "stated"}


def test_backed_and_directed_by_names_the_backer():
    analysis = analyze_text(
        "United Nations experts have said the M23 group is backed and directed by Rwanda, "
        "which denies it.", published="2025-06-27")
    assert stated(analysis) == {("supports", "rwanda", "m23")}


def test_tensions_between_a_capital_and_a_group_oppose_the_government_to_the_group():
    analysis = analyze_text(
        "Tensions between Addis Ababa and the TPLF escalated in September, when Tigray held its "
        "own regional election in defiance of the federal government.", published="2020-11-04")
    assert stated(analysis) == {("opposes", "ethiopian-government", "tplf")}


def test_a_ceasefire_arranged_with_the_help_of_a_third_party_is_its_mediation():
    analysis = analyze_text(
        "Russian troops and Ukrainian forces clashed near Kherson on Monday. Ukrainian forces "
        "shelled Russian positions on Tuesday. A ceasefire was later arranged with the help of "
        "Turkey.", published="2022-10-11")
    assert stated(analysis) == {
        ("mediates", "turkey", "russian-armed-forces"),
        ("mediates", "turkey", "armed-forces-of-ukraine"),
    }


def test_an_official_signing_on_behalf_of_a_government_represents_it():
    analysis = analyze_text(
        "Redwan Hussien, national security adviser to Prime Minister Abiy Ahmed, signed on "
        "behalf of the government.", published="2022-11-02")
    assert not [r for r in analysis.relations if r.type == "supports"]


def test_fighters_on_behalf_of_a_government_support_it():
    analysis = analyze_text(
        "Thousands of Syrian fighters are fighting on behalf of the Government of National "
        "Accord in Tripoli.", published="2020-01-20")
    assert ("supports", "x-syr-militia", "government-of-national-accord") in stated(analysis)


def test_support_for_an_ally_named_so_is_the_alliance_only():
    analysis = analyze_text(
        "Hezbollah and Israel have traded fire across the border almost daily since October, "
        "when the Iran-backed group began firing at Israeli positions in support of its ally "
        "Hamas after the start of the Gaza war.", published="2024-07-30")
    pair = {"hezbollah", "hamas"}
    assert {r.type for r in analysis.relations if {r.source, r.target} == pair} == {
        "allied_with"}


def test_every_backer_after_the_means_it_lends_is_read():
    analysis = analyze_text(
        "Somali forces have pushed al-Shabaab out of dozens of villages. The operation has been "
        "supported by U.S. air strikes and ATMIS troops, according to Somali and Western "
        "officials.", published="2022-10-31")
    opposed = {(r.source, r.target) for r in analysis.relations
               if r.basis == "stated" and r.type == "opposes"}
    assert opposed == {("united-states", "al-shabaab"), ("atmis", "al-shabaab")}


def test_officials_of_a_country_and_a_body_named_in_one_list_both_mediate():
    analysis = analyze_text(
        "Haftar and the GNA's prime minister, Fayez al-Serraj, were both in Berlin but never sat "
        "in the same room. German and UN officials shuttled between Haftar and Serraj.",
        published="2020-01-20")
    assert {(r.source, r.target) for r in analysis.relations if r.type == "mediates"} == {
        ("germany", "khalifa-haftar"), ("germany", "fayez-al-sarraj"),
        ("united-nations", "khalifa-haftar"), ("united-nations", "fayez-al-sarraj")}


def test_a_un_recognised_government_is_no_un_backing_but_a_un_backed_one_is():
    recognised = analyze_text(
        "The remarks were condemned on Sunday by the UN-recognised Government of National Accord "
        "(GNA), which said they amounted to a declaration of war.", published="2020-06-21")
    assert not [r for r in recognised.relations if r.type == "supports"]
    backed = analyze_text(
        "The UN-backed Government of National Accord (GNA), which holds Tripoli, disputed that "
        "account.", published="2019-04-07")
    assert stated(backed) == {("supports", "united-nations", "government-of-national-accord")}


def test_an_ousted_leader_is_opposed_by_the_junta_of_the_article():
    analysis = analyze_text(
        "Niger's junta has closed the borders. Thousands rallied in support of the ousted "
        "President Mohamed Bazoum on Sunday.", published="2023-08-01")
    assert ("opposes", "niger-cnsp", "mohamed-bazoum") in stated(analysis)


def test_ousted_as_the_verb_of_a_named_subject_is_no_attributive_ousting():
    analysis = analyze_text(
        "The army ousted President Mohamed Bazoum in July. The junta has closed the borders.",
        published="2023-08-01")
    assert {r.rule for r in analysis.relations} & {"rel.ousted"} == set()


def test_the_leader_an_infinitive_would_restore_is_not_the_subject_of_the_clause():
    analysis = analyze_text(
        "The military governments of Mali and Burkina Faso said any armed intervention to "
        "restore Niger's ousted President Mohamed Bazoum would be considered a declaration of "
        "war against them. The junta has closed the borders.", published="2023-08-01")
    assert not any(r.source == "mohamed-bazoum" for r in analysis.relations)
    assert not any("mohamed-bazoum" in e.source for e in analysis.events)


def test_groups_linked_to_a_list_of_movements_are_none_of_them():
    analysis = analyze_text(
        "Niger had been one of the last close partners of Western governments in the fight "
        "against jihadist groups linked to al Qaeda and Islamic State in the Sahel.",
        published="2023-08-01")
    assert not any(r.type == "opposes" for r in analysis.relations)


def test_fighters_linked_to_one_group_still_are_that_group():
    analysis = analyze_text(
        "The Government of National Accord has waged a campaign against Russian mercenaries "
        "linked to the Wagner Group since the autumn.", published="2020-01-20")
    assert ("opposes", "government-of-national-accord", "wagner-group") in stated(analysis)


def test_a_force_deployed_to_support_another_supports_it_not_its_minister():
    analysis = analyze_text(
        "NAIROBI, June 26 - Defence Minister Aden Duale approved the deployment of the Kenya "
        "Defence Forces to support police.", published="2024-06-26")
    assert {r for r in stated(analysis) if r[0] == "supports"} == {
        ("supports", "kenya-defence-forces", "kenya-national-police-service")}


def test_who_demands_a_ministers_resignation_opposes_him():
    analysis = analyze_text(
        "DHAKA, July 20 - Home Minister Asaduzzaman Khan said the government was ready to talk. "
        "Student leaders demanded the resignation of the home minister.", published="2024-07-20")
    assert [(r.type, r.source, r.target, r.basis) for r in analysis.relations] == [
        ("opposes", "x-bgd-protesters", "x-asaduzzaman-khan", "inferred")]


def test_a_backing_an_accusation_charges_is_no_stated_alignment():
    # The charge is the accusation's (an ACCUSE event, and the act it charges a reported event);
    # the alignment table holds what the text states.
    for text in ("GOMA - Congo accuses Rwanda of backing the M23 rebels, a charge Kigali denies.",
                 "GOMA - Congo accused Rwanda of arming the M23 rebels.",
                 "GOMA - Congo blamed Rwanda for arming the M23 rebels.",
                 "GOMA - Congo suspects Rwanda of backing the M23 rebels.",
                 "GOMA - Congo accused Rwanda of arming and funding the M23 rebels."):
        analysis = analyze_text(text, published="2025-01-28")
        assert stated(analysis) == set()
        assert ("ACCUSE", ["dr-congo"], ["rwanda"]) in [
            (e.type, e.source, e.target) for e in analysis.events]


def test_the_accused_of_a_charge_may_carry_a_stated_backing():
    analysis = analyze_text("WASHINGTON - The United States blamed Iran-backed militias for the "
                            "attack.", published="2024-01-29")
    assert stated(analysis) == {("supports", "iran", "x-iran-backed-militias")}


def test_a_dash_dateline_names_the_story_country():
    analysis = analyze_text("KHARTOUM - The RSF, which is backed by the United Arab Emirates, "
                            "denied the charge.", published="2024-06-03")
    assert stated(analysis) == {("supports", "united-arab-emirates", "rapid-support-forces")}


def test_back_as_the_particle_of_another_verb_is_no_backing():
    analysis = analyze_text("KYIV - Ukrainian forces pushed back Russian troops near Kharkiv.",
                            published="2024-05-20")
    assert stated(analysis) == set()
    assert [(e.type, e.source, e.target) for e in analysis.events] == [
        ("ASSAULT", ["armed-forces-of-ukraine"], ["russian-armed-forces"])]
    analysis = analyze_text("WASHINGTON - President Donald Trump is dramatically scaling back "
                            "U.S. goals in Syria.", published="2018-04-05")
    assert stated(analysis) == set()


def test_a_verb_between_an_actor_and_a_title_ends_the_title_s_modifier():
    analysis = analyze_text("CARACAS - Venezuela's government arrested opposition leader Juan "
                            "Pablo Guanipa.", published="2025-05-24")
    assert stated(analysis) == set()


def test_a_report_inside_a_relative_clause_is_about_its_antecedent_and_ends_with_it():
    analysis = analyze_text("GOMA - The M23, which the United Nations says is backed by Rwanda, "
                            "seized Goma.", published="2025-01-28")
    assert [(r.type, r.source, r.target, r.modality) for r in analysis.relations
            if r.basis == "stated"] == [("supports", "rwanda", "m23", "reported")]
    # (the backing the U.N. reports is its charge against Rwanda: an AID told as its word and
    # the U.N.'s ACCUSE, as the gold codes "experts have said the group is backed by Rwanda")
    assert [(e.type, e.source, e.modality) for e in analysis.events] == [
        ("AID", ["rwanda"], "reported"), ("ASSAULT", ["m23"], "asserted"),
        ("ACCUSE", ["united-nations"], "asserted")]
    # a report that holds the relative clause goes on after it
    analysis = analyze_text("KHARTOUM - The army said the RSF, which it accuses of atrocities, "
                            "had seized the town.", published="2023-05-01")
    assert [e.modality for e in analysis.events if e.type == "ASSAULT"] == ["reported"]


def test_troops_fighting_for_a_state_back_it_and_the_speaker_after_a_comma_is_no_target():
    analysis = analyze_text("KYIV - North Korean troops fighting for Russia were killed in "
                            "Ukrainian drone strikes in the Kursk region, Ukraine's military "
                            "said.", published="2024-12-16")
    assert stated(analysis) == {("supports", "korean-peoples-army", "russia")}
    assert [(e.source, e.target) for e in analysis.events if e.mode == "drone"] == [
        (["ukraine"], ["korean-peoples-army"])]
    # fighting for control names no one
    analysis = analyze_text("KHARTOUM - The two sides are fighting for control of the capital.",
                            published="2023-04-20")
    assert stated(analysis) == set()


def test_a_title_before_a_persons_name_is_that_persons_and_chief_of_staff_is_a_title():
    analysis = analyze_text("Freeland, U.S. Trade Representative Robert Lighthizer and Mexican "
                            "Economy Secretary Ildefonso Guajardo Villarreal will meet.",
                            published="2018-05-10")
    assert ("member_of", "chrystia-freeland", "united-states") not in {
        (r.type, r.source, r.target) for r in analysis.relations}
    analysis = analyze_text("When President Donald Trump made a phone call to Russian leader "
                            "Vladimir Putin, White House chief of staff John Kelly wasn't on the "
                            "line.", published="2018-03-22")
    assert "commands" not in {r.type for r in analysis.relations if r.target == "john-kelly"}
    # an apposition before "said" that is followed by what was said is the writer's
    analysis = analyze_text("Catherine Colonna, the French foreign minister, said the claim was "
                            "false.", published="2023-08-01")
    assert [(r.type, r.modality) for r in analysis.relations] == [("member_of", "asserted")]


def test_a_reward_for_someones_capture_opposes_them():
    analysis = analyze_text(
        "The Sinaloa cartel is one of the world's most powerful drug trafficking organizations "
        "and a major supplier of fentanyl to the United States, which had offered millions of "
        "dollars in rewards for the capture of the Chapitos.", published="2024-09-16")
    assert stated(analysis) == {("opposes", "united-states", "los-chapitos")}
    analysis = analyze_text("Washington has offered a $25 million bounty on Maduro.",
                            published="2024-09-16")
    assert stated(analysis) == {("opposes", "united-states", "nicolas-maduro")}


def test_an_apposition_with_a_longer_description_still_names_its_head():
    # "the most powerful of Iran's allies": the trigger sits seven or eight words after the
    # apposition's comma.
    analysis = analyze_text(
        "Lebanon's Hezbollah, the most powerful of Iran's allies in the region, said one of its "
        "members was among the dead.", published="2024-04-02")
    assert stated(analysis) == {("allied_with", "hezbollah", "iran")}
    analysis = analyze_text(
        "The Houthis, the best armed and most defiant of Iran's allies, said they would keep up "
        "their attacks.", published="2024-01-12")
    assert stated(analysis) == {("allied_with", "houthis", "iran")}


def _mediations(text: str) -> set[tuple[str, str, str]]:
    return {a for a in stated(analyze_text(text, published="2023-11-24")) if a[0] == "mediates"}


def test_helping_to_secure_or_negotiate_a_deal_between_two_sides_is_mediation():
    clash = "Israeli troops and Hamas fighters clashed in Gaza on Monday. "
    assert _mediations(clash + "Qatar and Egypt helped secure a truce between Israel and Hamas "
                       "in November.") == {
        ("mediates", "qatar", "israel"), ("mediates", "qatar", "hamas"),
        ("mediates", "egypt", "israel"), ("mediates", "egypt", "hamas")}
    assert _mediations(clash + "Egypt is helping to negotiate a ceasefire between Israel and "
                       "Hamas.") == {
        ("mediates", "egypt", "israel"), ("mediates", "egypt", "hamas")}
    assert _mediations(clash + "Qatar, which helped to seal the deal between Israel and Hamas, "
                       "said the exchange would go ahead.") == {
        ("mediates", "qatar", "israel"), ("mediates", "qatar", "hamas")}


def test_helping_to_secure_a_place_or_being_thanked_for_help_is_no_mediation():
    clash = "Israeli troops and Hamas fighters clashed in Gaza on Monday. "
    assert _mediations(clash + "Egyptian troops helped secure the border crossing at "
                       "Rafah.") == set()
    assert _mediations(clash + "Biden thanked Qatar and Egypt for helping to secure the truce.") \
        == set()
    # with no sides named, no guess at them
    assert _mediations("Qatar hosted a summit of Gulf leaders on Monday. Its efforts, alongside "
                       "those of Egypt, helped secure a week-long truce last year.") == set()


def test_a_pact_with_a_capital_is_with_its_government_and_arms_sent_beside_it_are_backing():
    # The capital after "with" stands for the government the article names; the weapons the
    # pact's signer delivered are backing the alliance does not say, so both rows stay.
    analysis = analyze_text(
        "MOGADISHU, Oct 20 - Somalia's government welcomed a second Egyptian arms shipment on "
        "Sunday. Cairo signed a defence pact with Mogadishu in August and has since delivered "
        "two shipments of weapons and ammunition to Somalia.", published="2024-10-20")
    assert {(r.type, r.source, r.target) for r in analysis.relations} == {
        ("allied_with", "egypt", "federal-government-of-somalia"),
        ("supports", "egypt", "federal-government-of-somalia"),
        ("supports", "egypt", "somalia")}


def test_support_stated_beside_an_alliance_is_still_the_alliance():
    analysis = analyze_text(
        "Hezbollah began firing at Israeli positions in support of its ally Hamas.",
        published="2023-10-09")
    assert not [r for r in analysis.relations if r.type == "supports"]


def _ties(text: str) -> set[tuple[str, str, str]]:
    return {a for a in stated(analyze_text(text, published="2024-10-20"))
            if a[0] == "allied_with"}


def test_a_memorandum_or_a_cooperation_or_security_agreement_signed_is_a_tie():
    assert _ties("The row erupted in January, when Abiy signed a memorandum of understanding "
                 "with Somaliland's then-leader Muse Bihi Abdi.") == {
        ("allied_with", "abiy-ahmed", "muse-bihi-abdi")}
    assert _ties("Ethiopian Prime Minister Abiy Ahmed and Somaliland's president, Muse Bihi "
                 "Abdi, signed a memorandum of understanding in Addis Ababa on Jan. 1.") == {
        ("allied_with", "abiy-ahmed", "muse-bihi-abdi")}
    assert _ties("Russia and Mali signed a military cooperation agreement in Moscow on "
                 "Tuesday.") == {("allied_with", "russia", "mali")}
    assert _ties("Kenya signed a security agreement with Haiti to deploy 1,000 police "
                 "officers.") == {("allied_with", "kenya", "haiti")}


def test_a_ceasefire_or_peace_agreement_signed_is_no_tie():
    assert _ties("The army and the RSF signed a ceasefire agreement in Jeddah on "
                 "Saturday.") == set()
    assert _ties("Ethiopia and the TPLF signed a peace agreement in Pretoria on "
                 "Wednesday.") == set()


def test_inviting_two_sides_to_talks_is_mediation_between_them():
    war = ("Sudan's army and the RSF fought in Khartoum for a third day. ")
    assert _mediations(war + "Kenya invited both sides to peace talks in Nairobi.") == {
        ("mediates", "kenya", "sudanese-armed-forces"),
        ("mediates", "kenya", "rapid-support-forces")}
    assert _mediations(war + "Saudi Arabia invited Burhan and Dagalo to talks in Jeddah.") == {
        ("mediates", "saudi-arabia", "abdel-fattah-al-burhan"),
        ("mediates", "saudi-arabia", "hemedti")}
    assert _mediations(
        "Houthi forces attacked Saudi positions in Marib, and the Saudi-led coalition struck "
        "Sanaa. The Gulf Cooperation Council has invited Yemen's warring parties to talks in "
        "Riyadh next week.") == {
        ("mediates", "gcc", "saudi-led-coalition"),
        ("mediates", "gcc", "houthis")}


def test_one_side_inviting_the_other_to_talks_is_no_mediation():
    assert _mediations("M23 rebels seized Goma on Monday. Congo's government invited the M23 "
                       "to talks in Kinshasa.") == set()
    assert _mediations("Ethiopian troops clashed with Tigrayan forces. Abiy invited the TPLF to "
                       "talks in Addis Ababa.") == set()
