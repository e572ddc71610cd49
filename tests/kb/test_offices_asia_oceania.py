"""Office holders of Asia, Oceania and the Middle East (offices-asia-oceania.yaml): a state's
office named with no name after it ("Indonesia's president", "the foreign minister of
Indonesia") is whoever held it on the publication date, a full name links to its entry, and a
date outside the term or another person of the same surname does not."""

import pytest
from kb_actors import actor_ids as _ids


@pytest.mark.parametrize(
    ("text", "published", "holder"),
    [
        ("JAKARTA - The foreign minister of Indonesia condemned the strike on Tuesday.",
         "2023-05-02", "retno-marsudi"),
        ("JAKARTA - The foreign minister of Indonesia condemned the strike on Tuesday.",
         "2025-05-02", "sugiono"),
        ("JAKARTA - Indonesia's president condemned the strike on Tuesday.", "2022-05-02",
         "joko-widodo"),
        ("JAKARTA - Indonesia's president condemned the strike on Tuesday.", "2025-05-02",
         "prabowo-subianto"),
        # American spelling in the text, "Minister of Defense" and "of National Defense" in
        # the titles: one office
        ("TOKYO - The defense minister of Japan said on Friday the missile fell inside "
         "Japan's exclusive economic zone.", "2023-04-14", "yasukazu-hamada"),
        ("SEOUL - The defence minister of South Korea warned the North on Monday.",
         "2024-10-07", "kim-yong-hyun"),
        ("TOKYO - The prime minister of Japan condemned the launch on Friday.", "2022-10-04",
         "fumio-kishida"),
        ("CANBERRA - The prime minister of Australia condemned the attack on Sunday.",
         "2023-10-08", "anthony-albanese"),
        ("AMMAN - The prime minister of Jordan condemned the raid on Sunday.", "2022-04-17",
         "bisher-khasawneh"),
        ("BEIRUT - The defence minister of Lebanon said the army would deploy in the south.",
         "2024-11-28", "maurice-slim"),
        ("HANOI - Vietnam's president met Putin on Thursday.", "2024-06-20", "to-lam"),
    ],
)
def test_a_states_office_is_its_holder_on_the_day(kb, text, published, holder):
    assert holder in _ids(text, published, kb=kb)


@pytest.mark.parametrize(
    ("text", "published", "wanted"),
    [
        ("KUALA LUMPUR - Malaysian Prime Minister Anwar Ibrahim said on Monday Israel must be "
         "held accountable.", "2023-11-06", {"anwar-ibrahim"}),
        ("JAKARTA - President Joko Widodo said on Monday the attack was unacceptable, and "
         "Retno Marsudi summoned the envoy.", "2023-11-06", {"joko-widodo", "retno-marsudi"}),
        ("Jokowi said on Tuesday Indonesia was ready to send aid.", "2023-11-28",
         {"joko-widodo"}),
        ("Prabowo said on Tuesday Indonesia was ready to send troops to Gaza.", "2025-05-28",
         {"prabowo-subianto"}),
        ("BANGKOK - Thai army chief Pana Claewplodtook said the troops had returned fire.",
         "2025-07-24", {"pana-claewplodtook"}),
        ("WELLINGTON - Christopher Luxon and Winston Peters met Penny Wong and Richard Marles "
         "in Adelaide.", "2024-02-02",
         {"christopher-luxon", "winston-peters", "penny-wong", "richard-marles"}),
        ("TAIPEI - Lin Chia-lung said Cho Jung-tai would brief parliament.", "2025-01-10",
         {"lin-chia-lung", "cho-jung-tai"}),
    ],
)
def test_the_full_names_link_to_their_entries(kb, text, published, wanted):
    found = _ids(text, published, kb=kb)
    assert wanted <= found, wanted - found


def test_a_date_outside_the_term_is_another_holder(kb):
    # Retno Marsudi left office with Jokowi; Prabowo was then defence minister, not president.
    found = _ids("JAKARTA - The foreign minister of Indonesia condemned the strike on "
                 "Tuesday.", "2025-05-02", kb=kb)
    assert "retno-marsudi" not in found
    found = _ids("JAKARTA - Indonesia's president condemned the strike on Tuesday.",
                 "2022-05-02", kb=kb)
    assert "prabowo-subianto" not in found
    # Before Takaichi and after Kishida: Ishiba.
    assert kb.office_holder("japan", "prime minister", "2025-03-01") == "shigeru-ishiba"
    assert kb.office_holder("japan", "prime minister", "2020-01-01") == "shinzo-abe"


def test_the_same_surname_does_not_link_another_person(kb):
    # Lawrence Wong is Singapore's prime minister, not Australia's foreign minister; Lee Jae-myung
    # is not Lee Hsien Loong.
    found = _ids("SINGAPORE - Lawrence Wong said on Monday the two sides must talk.",
                 "2024-06-03", kb=kb)
    assert "lawrence-wong" in found and "penny-wong" not in found
    found = _ids("SEOUL - Lee Jae-myung said on Monday the two sides must talk.",
                 "2025-06-09", kb=kb)
    assert "lee-hsien-loong" not in found


def test_office_holders_of_the_new_entries(kb):
    assert kb.office_holder("south-korea", "foreign minister", "2023-01-01") == "park-jin"
    assert kb.office_holder("australia", "defence minister", "2023-01-01") == "richard-marles"
    assert kb.office_holder("australia", "defense minister", "2020-01-01") == "linda-reynolds"
    assert kb.office_holder("israel", "foreign minister", "2021-01-01") == "gabi-ashkenazi"
    assert kb.office_holder("israel", "foreign minister", "2023-06-01") == "eli-cohen-minister"
    assert kb.office_holder("iraq", "interior minister", "2021-01-01") == "othman-al-ghanmi"
    assert kb.office_holder("kuwait", "prime minister", "2021-01-01") == "sabah-al-khalid-al-sabah"
    assert kb.office_holder("syria", "prime minister", "2021-01-01") == "hussein-arnous"
    assert kb.office_holder("new-zealand", "prime minister", "2019-03-17") == "jacinda-ardern"
    # Paetongtarn suspended, Phumtham acting: two holders leave the office unresolved.
    assert kb.office_holder("thailand", "prime minister", "2025-07-10") is None
