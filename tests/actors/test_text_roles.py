"""Roles read from the text: appositions with "a", possessives and bare role nouns, chained
titles, titles inside a known name, and what a group or a state is said to be."""

from factions.actors.roles import extract_roles
from factions.pipeline import prepare


def _roles(text: str) -> dict[str, list[str]]:
    state = prepare(text, "2023-01-01")
    names: dict[str, str] = {}
    for m in state.mentions:
        names.setdefault(m.actor_id, m.text)
    return {names.get(k, k): [r.title for r in v] for k, v in extract_roles(state).items()}


def test_an_apposition_with_a_or_no_article_gives_the_role():
    roles = _roles("Getachew Reda, a senior TPLF official and spokesman, signed for the "
                   "Tigrayan side. Corinne Dufka, Sahel director at Human Rights Watch, said "
                   "in a statement that the government bore responsibility.")
    assert roles["Getachew Reda"] == ["senior TPLF official"]
    assert roles["Corinne Dufka"] == ["Sahel director at Human Rights Watch"]


def test_a_bare_apposition_names_the_office_and_whom_it_serves():
    roles = _roles("Ankara wants a withdrawal, in remarks attributed to Ibrahim Kalin, "
                   "spokesman for President Tayyip Erdogan.")
    assert roles["Ibrahim Kalin"] == ["spokesman for President Tayyip Erdogan"]


def test_the_next_name_of_a_list_or_a_clause_is_no_apposition():
    roles = _roles("Russian President Vladimir Putin, French President Emmanuel Macron, and "
                   "others attended. The unit's commander, General Abdourahamane Tiani, "
                   "proclaimed himself head of a transitional council on Friday.")
    assert "French President Emmanuel Macron" not in roles.get("Vladimir Putin", [])
    assert all("proclaimed" not in r for v in roles.values() for r in v)


def test_a_possessive_role_before_the_name():
    roles = _roles("Congo's foreign minister, Thérèse Kayikwamba Wagner, told an emergency "
                   "session of the Security Council that Rwanda had invaded.")
    assert roles["Thérèse Kayikwamba Wagner"] == ["Congo's foreign minister"]
    roles = _roles("Hamas announced that its political chief, Ismail Haniyeh, had told the "
                   "prime minister of Qatar.")
    assert roles["Ismail Haniyeh"] == ["political chief"]


def test_a_title_before_a_title_and_a_title_inside_a_known_name():
    roles = _roles("The RSF said it had taken the residence of army chief General Abdel Fattah "
                   "al-Burhan. Senior General Min Aung Hlaing has vowed to hit back.")
    assert roles["Abdel Fattah al-Burhan"] == ["army chief General"]
    assert roles["Senior General Min Aung Hlaing"] == ["Senior General"]


def test_what_a_group_or_a_state_is_said_to_be():
    roles = _roles("France, the former colonial power, said it would pull its troops out. The "
                   "regional bloc IGAD agreed to send three presidents. Moura lies where the "
                   "Katiba Macina, an armed group affiliated with al Qaeda, has recruited.")
    assert roles["France"] == ["former colonial power"]
    assert roles["IGAD"] == ["regional bloc"]
    assert roles["Katiba Macina"] == ["armed group affiliated with al Qaeda"]


def test_whose_ally_a_group_is_is_not_what_it_is():
    roles = _roles("Hezbollah began firing at Israeli positions in support of its ally Hamas.")
    assert "Hamas" not in roles


def test_a_role_before_a_title_and_name_and_no_relation_as_a_role():
    roles = _roles("The group's co-founder, Mullah Abdul Ghani Baradar, said in a video that "
                   "the war was over. Aliyev met his close ally, Turkish President Tayyip "
                   "Erdogan, on Monday.")
    # "Mullah" is an honorific, no office (as the gold annotates it)
    assert roles["Abdul Ghani Baradar"] == ["co-founder"]
    assert "close ally" not in roles.get("Turkish President Tayyip Erdogan", []) + roles.get(
        "Tayyip Erdogan", [])


def test_two_coordinated_roles_and_a_long_role_with_its_preposition():
    roles = _roles("The TPLF denied starting the fighting. Debretsion Gebremichael, the region's "
                   "president and the party's chairman, told reporters in Mekelle. Colonel Turki "
                   "al-Malki, spokesman for the Saudi-led coalition fighting the Houthis, said an "
                   "investigation was under way.")
    assert roles["Debretsion Gebremichael"] == ["region's president", "party's chairman"]
    assert roles["Turki al-Malki"] == [
        "Colonel", "spokesman for the Saudi-led coalition fighting the Houthis"]
    # one role with "and" but no second article stays one
    assert _roles("Getachew Reda, a senior TPLF official and spokesman, signed.")[
        "Getachew Reda"] == ["senior TPLF official"]


def test_a_role_before_the_name_may_hold_a_preposition_and_its_article():
    roles = _roles("The U.S. special envoy for the Horn of Africa, Mike Hammer, had attended "
                   "the talks. Russia appointed a new commander for its forces in Ukraine, "
                   "General Sergei Surovikin, on Saturday.")
    assert roles["Mike Hammer"] == ["U.S. special envoy for the Horn of Africa"]
    assert roles["Sergei Surovikin"] == ["General", "new commander for its forces in Ukraine"]


def test_an_organization_named_before_a_title_is_part_of_the_role():
    roles = _roles("The combined force met little resistance, Rwanda Defence Force spokesman "
                   "Colonel Ronald Rwivanga told reporters.")
    assert roles["Ronald Rwivanga"] == ["Rwanda Defence Force spokesman Colonel"]


def test_a_candidate_and_a_top_diplomat_are_titles_of_the_names_after_them():
    roles = _roles("Presidential candidate Fernando Villavicencio was shot dead in August. In "
                   "Washington, the State Department's top diplomat for Latin America, Brian "
                   "Nichols, said the United States stood ready to help.")
    assert roles["Fernando Villavicencio"] == ["Presidential candidate"]
    assert "Brian Nichols" in roles


def test_a_counterpart_in_apposition_is_a_role():
    roles = _roles("Egypt's foreign minister met his Turkish counterpart, Hakan Fidan, in "
                   "Cairo.")
    assert roles["Hakan Fidan"] == ["Turkish counterpart"]


def test_the_office_a_person_is_named_as_is_a_role():
    assert _roles("The committee named General Brice Oligui Nguema, the commander of the "
                  "Republican Guard, as leader of the transition.") == {
        "Brice Oligui Nguema": ["General", "commander of the Republican Guard",
                                "leader of the transition"]}
    # naming someone as one of a group gives no office
    assert _roles("On Tuesday his government named Milan Radoicic as one of the gunmen.") == {}


def test_one_of_a_group_in_apposition_and_after_a_copula_is_a_role():
    roles = _roles("Zambada said he had been kidnapped by Joaquin Guzman Lopez, one of Guzman's "
                   "sons. The Sinaloa cartel is one of the world's most powerful drug "
                   "trafficking organizations.")
    assert roles["Joaquin Guzman Lopez"] == ["one of Guzman's sons"]
    assert roles["Sinaloa cartel"] == [
        "one of the world's most powerful drug trafficking organizations"]


def test_a_kinship_noun_heads_a_role_in_apposition():
    roles = _roles("Ivan Archivaldo Guzman, a son of the drug lord, fled.")
    assert roles["Ivan Archivaldo Guzman"] == ["son of the drug lord"]


def test_a_fronted_phrase_about_his_lawyer_gives_the_next_name_no_role():
    # no comma after the name: "his lawyer" is someone else, the phrase a fronted aside
    roles = _roles("Ismael Zambada was arrested. In a letter released by his lawyer, Zambada "
                   "said he had been kidnapped.")
    assert roles.get("Ismael Zambada", []) == []
    # closed off by commas it is the name's own role
    roles = _roles("Ismael Zambada was arrested. His lawyer, Frank Perez, said he had been "
                   "kidnapped.")
    assert roles["Frank Perez"] == ["lawyer"]
