from hypothesis import given
from hypothesis import strategies as st

from factions.sources.normalize import document_id, normalize


def test_quotes_dashes_and_spaces_are_normalized_and_offsets_point_into_the_original():
    original = "He said \u201chello\u201d  \u2014 and\u00a0left.\r\n\r\n\nHaftar\u2019s forces"
    norm = normalize(original)
    assert norm.text == "He said \"hello\" - and left.\n\nHaftar's forces"
    for word in ("hello", "left", "Haftar", "forces"):
        start = norm.text.index(word)
        a, b = norm.span_to_original(start, start + len(word))
        assert original[a:b] == word


def test_decomposed_accents_are_composed_to_nfc():
    norm = normalize("Goi\u0308ta and Traore\u0301")
    assert norm.text == "Go\u00efta and Traor\u00e9"


def test_document_id_is_the_same_for_texts_that_differ_only_in_typography():
    a = document_id(normalize("Haftar\u2019s  forces\u00a0advanced.").text)
    b = document_id(normalize("Haftar's forces advanced.").text)
    assert a == b and len(a) == 32


@given(st.text(alphabet=st.sampled_from(list("ab \n\t\u2019\u201c\u00a0\u200bxyz.")), max_size=60))
def test_every_normalized_character_maps_to_an_equal_or_replaced_original(text):
    norm = normalize(text)
    for i, ch in enumerate(norm.text):
        j = norm.to_original(i)
        assert 0 <= j < len(text)
        if ch.isalpha():
            assert text[j] == ch


def test_text_normalized_in_one_run_maps_every_offset_to_itself():
    original = "Haftar\u2019s forces advanced on Tripoli \u2014 residents said."
    norm = normalize(original)
    assert norm.text == "Haftar's forces advanced on Tripoli - residents said."
    assert [norm.to_original(i) for i in range(len(norm.text))] == list(range(len(original)))
    assert norm.to_original(len(norm.text)) == len(original)
    assert norm.span_to_original(9, 15) == (9, 15)


@given(st.text(alphabet=st.sampled_from(list("ab \n\t\u2019\u2026\u00a0\u200bxyz.")), min_size=1,
               max_size=40), st.data())
def test_a_span_maps_to_its_first_characters_origin_and_just_past_its_last(text, data):
    norm = normalize(text)
    if not norm.text:
        return
    start = data.draw(st.integers(0, len(norm.text) - 1))
    end = data.draw(st.integers(start + 1, len(norm.text)))
    assert norm.span_to_original(start, end) == (norm.to_original(start),
                                                 norm.to_original(end - 1) + 1)
