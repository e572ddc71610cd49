"""The event coder's shortcuts give what the plain reading gives: cue phrases tested by set
intersection, trigger candidates cached per word pair, clauses cut only at cue words, sentences
with no trigger word or no date word skipped."""

from __future__ import annotations

from collections.abc import Sequence

from handmade import M, handmade_state

from factions.events import code_events
from factions.events.arguments import find_arguments
from factions.events.coder import trigger_index
from factions.events.cues import Phrases, cues, tokenize_phrase
from factions.events.patterns import load_patterns
from factions.events.sentence import read_document

HAFTAR = M("Haftar", "khalifa-haftar", "alias")
LNA = M("LNA", "libyan-national-army", "alias")
GNA = M("GNA", "government-of-national-accord", "alias")

SENTENCES = [
    "The talks collapsed on Sunday, according to two diplomats who attended them.",
    "Forces loyal to Haftar reportedly shelled the airport, which the GNA said it held.",
    "It was not according to plan, he told reporters in Cairo.",
    "Witnesses said they heard heavy gunfire and air strikes around the port.",
    "Egypt and Russia called for an immediate ceasefire and the protection of civilians.",
]


def _naive_any_in(phrases: Phrases, words: Sequence[str], start: int, end: int) -> bool:
    return any(phrases.match_at(words, i, end) for i in range(max(0, start), end))


def _naive_find(phrases: Phrases, words: Sequence[str], start: int,
                end: int) -> list[tuple[int, int]]:
    found, i = [], start
    while i < end:
        n = phrases.match_at(words, i, end)
        found.append((i, n)) if n else None
        i += n or 1
    return found


def test_phrase_tests_by_set_intersection_agree_with_a_word_by_word_scan():
    c = cues()
    sets = [c.reporting, c.hedges, c.hypothetical, c.planned, c.negators, c.irrealis,
            c.coordinators, c.subordinators, c.list_glue, c.agent_connectors,
            Phrases(["according to", "said", "told reporters", "air strikes"])]
    for sentence in SENTENCES:
        words = list(tokenize_phrase(sentence))
        n = len(words)
        for phrases in sets:
            for start, end in ((0, n), (2, n), (0, n - 3), (4, 7), (n, n), (-2, 3)):
                assert phrases.any_in(words, start, end) == _naive_any_in(
                    phrases, words, start, end), (sentence, start, end)
                if start >= 0:
                    assert phrases.find(words, start, end) == _naive_find(
                        phrases, words, start, end)


def test_a_multi_word_phrase_needs_all_its_words_inside_the_window():
    phrases = Phrases(["according to", "told reporters"])
    words = list(tokenize_phrase("It was not according to plan, he told reporters in Cairo."))
    assert phrases.find(words, 0, len(words)) == [(3, 2), (8, 2)]
    assert phrases.any_in(words, 0, 4) is False  # "according" without "to"
    assert phrases.any_in(words, 0, 5) is True
    assert phrases.any_in(words, 9, len(words)) is False  # "reporters" without "told"
    assert phrases.lasts == frozenset({"to", "reporters"})


def test_trigger_candidates_cached_by_word_pair_give_the_same_matches_every_time():
    index = trigger_index(load_patterns(), "events")
    words = list(tokenize_phrase(
        "The LNA shelled the airport and the GNA held the LNA responsible for the attack."))
    first = index.find(words, 0, len(words))
    again = index.find(words, 0, len(words))
    assert [(m.pattern.id, m.start, m.end, m.positions) for m in first] == [
        (m.pattern.id, m.start, m.end, m.positions) for m in again]
    # The gapped trigger "held ... responsible" is found across its gap.
    held = next(m for m in first if m.form and words[m.start] == "held")
    assert held.pattern.type == "ACCUSE" and held.positions == (8, 11)
    assert any(words[m.start] == "shelled" and m.pattern.type == "ASSAULT" for m in first)
    quiet = list(tokenize_phrase("Prices of bread and fuel have tripled, traders said."))
    assert index.find(quiet, 0, len(quiet)) == []


def test_a_sentence_with_no_trigger_word_is_skipped_and_the_next_one_still_coded():
    text = ("Prices of bread and fuel have tripled in Tripoli, traders said. "
            "The LNA shelled GNA positions south of the capital on Sunday.")
    state = handmade_state(text, [LNA, GNA], published="2019-04-07")
    code_events(state)
    assert [(e.type, e.source, e.target, e.date) for e in state.events] == [
        ("ASSAULT", ["libyan-national-army"], ["government-of-national-accord"], "2019-04-07")]
    assert state.events[0].evidence.text.startswith("The LNA shelled")
    assert sorted(read_document(state).views) == [1]  # no view built for the first sentence


def test_dates_are_read_only_in_sentences_with_a_date_word_or_a_digit():
    # (A new paragraph: within one, a sentence with no date goes on with the day before it.)
    text = ("The LNA shelled GNA positions on April 2.\n\n"
            "The LNA shelled GNA positions again, officials said. "
            "The LNA shelled GNA positions in 2018.")
    state = handmade_state(text, [LNA, GNA, M("LNA", "libyan-national-army", "alias", nth=1),
                                  M("GNA", "government-of-national-accord", "alias", nth=1),
                                  M("LNA", "libyan-national-army", "alias", nth=2),
                                  M("GNA", "government-of-national-accord", "alias", nth=2)],
                           published="2019-04-07")
    code_events(state)
    assert [(e.date, e.date_precision, e.modality) for e in state.events] == [
        ("2019-04-02", "day", "asserted"), ("2019-04-07", "day", "reported"),
        ("2018", "year", "historical")]


def test_clauses_are_cut_at_cue_words_and_multi_word_cues_are_one_opener():
    text = ("Haftar's forces attacked the airport, which the GNA controls, and the UN said "
            "the fighting must stop according to diplomats.")
    state = handmade_state(text, [HAFTAR, GNA], published="2019-04-07")
    reading = read_document(state)
    view = reading.view(0)
    words = reading.words
    assert [(cl.opener, " ".join(words[cl.opener_start:cl.start])) for cl in view.clauses] == [
        (None, ""), ("rel", "which"), ("resume", ", and"), ("report", "said"),
        ("report", "according to")]
    assert len(view.clause_of) == view.end - view.start
    assert view.clause_at(view.end - 1).index == 4


def test_a_trigger_with_no_source_has_its_target_read_only_when_a_pattern_can_use_it():
    # "Forces of the GNA were attacked": a passive with no agent. The attack names its target,
    # but an attack needs a source, so the coder does not look for the target, and codes nothing.
    state = handmade_state("Forces of the GNA were attacked near Tripoli on Sunday.",
                           [GNA, M("Tripoli", "x-tripoli", locative=True)],
                           published="2019-04-07")
    reading = read_document(state)
    sent = state.sentences[0]
    [match] = trigger_index(load_patterns(), "events").find(reading.words, sent.tok_start,
                                                           sent.tok_end)
    view = reading.view(0)
    whole = find_arguments(reading, view, match)
    assert (whole.passive, whole.source, whole.target) == (
        True, [], ["government-of-national-accord"])
    lazy = find_arguments(reading, view, match, needs_source=True)
    assert (lazy.source, lazy.target, lazy.target_spans) == ([], [], [])
    code_events(state)
    assert state.events == []


def test_clause_cues_are_found_once_per_document_and_cut_each_sentence_on_its_own():
    text = ("The GNA said the LNA attacked Tripoli. "
            "The LNA - which denies it - shelled the airport while Haftar's allies watched "
            "the well-armed GNA.")
    state = handmade_state(text, [GNA, LNA, M("LNA", "libyan-national-army", "alias", nth=1),
                                  HAFTAR, M("GNA", "government-of-national-accord", "alias",
                                            nth=1)], published="2019-04-07")
    reading = read_document(state)
    words = reading.words
    first, second = reading.view(0), reading.view(1)
    assert [(cl.opener, cl.start - first.start) for cl in first.clauses] == [
        (None, 0), ("report", 3)]
    # A spaced dash cuts (with the "which" right after it, one opener); the hyphen of
    # "well-armed" does not.
    assert [(cl.opener, " ".join(words[cl.opener_start:cl.start])) for cl in second.clauses] \
        == [(None, ""), ("hard", "- which"), ("hard", "-"), ("sub", "while")]
    assert reading.cut_positions(second.start, second.end) == [
        i for i in range(second.start, second.end) if words[i] in reading.cues.clause_cuts]


def test_a_strategy_whose_word_the_sentence_lacks_is_skipped_with_the_same_result():
    from factions.events.arguments import _Finder, _phrase_leads

    assert _phrase_leads(frozenset({"military strongman", "warlord", "armed group leader"})) \
        == frozenset({"military", "armed", "armed group"})
    index = trigger_index(load_patterns(), "events")
    for text, source in (("The airport was shelled by the LNA on Sunday.",
                          ["libyan-national-army"]),
                         ("The airport was shelled on Sunday, the LNA said.", [])):
        state = handmade_state(text, [LNA], published="2019-04-07")
        reading = read_document(state)
        sent = state.sentences[0]
        match = next(m for m in index.find(reading.words, sent.tok_start, sent.tok_end)
                     if reading.words[m.start] == "shelled")
        args = find_arguments(reading, reading.view(0), match)
        assert (args.passive, args.source) == (True, source)
    # The last sentence has none of the words these strategies look for: each finds nothing.
    finder = _Finder(reading, reading.view(0), match)
    assert [finder.prep("to help"), finder.prep("against"), finder.s_by(),
            finder.s_between()] == [[], [], [], []]
def test_a_phrase_can_be_in_a_window_only_where_one_of_its_first_words_stands():
    c = cues()
    for sentence in SENTENCES:
        words = list(tokenize_phrase(sentence))
        n = len(words)
        for phrases in (c.reporting, c.negators, c.hypothetical, c.coordinators,
                        Phrases(["according to", "air strikes", "said"])):
            for start, end in ((0, n), (3, n), (0, 4), (n - 3, n), (-2, 3)):
                if phrases.any_in(words, start, end):
                    assert phrases.starts_in(words, start, end), (sentence, start, end)
    words = list(tokenize_phrase("It was not according to plan."))
    assert Phrases(["according to"]).starts_in(words, 0, 4) is True  # "according" alone
    assert Phrases(["according to"]).starts_in(words, 4, 7) is False


def test_trigger_starts_read_once_per_document_give_each_sentence_what_it_finds_alone():
    index = trigger_index(load_patterns(), "events")
    # "in" starts only two-word triggers ("in touch with"): at the end of a sentence, with
    # "touch" opening the next, it starts none.
    sentences = ["The LNA shelled the airport and said it was in",
                 "touch with the GNA, and the UN said the LNA was in touch with Egypt"]
    words: list[str] = []
    bounds = []
    for sentence in sentences:
        toks = tokenize_phrase(sentence)
        bounds.append((len(words), len(words) + len(toks)))
        words.extend(toks)
    starts = index.starts(words)
    assert starts == [2, 9, 11, 22]  # shelled, in (of "in touch"), with, in
    found = []
    for start, end in bounds:
        shared = index.find(words, start, end, starts=starts)
        assert shared == index.find(words, start, end)
        found.append([(m.pattern.id, m.positions) for m in shared])
    assert found == [[("assault.shell", (2,))], [("consult.in-contact", (22, 23, 24))]]


def test_completion_asks_a_documents_side_of_each_actor_once(monkeypatch):
    from factions.events import coder

    asked = {}
    complete = coder.complete_targets

    def keep(events, notes, cues, present, side, actor_type, camp, states_of):
        asked.update(side=side, camp=camp)
        complete(events, notes, cues, present, side, actor_type, camp, states_of)

    monkeypatch.setattr(coder, "complete_targets", keep)
    text = ("The LNA shelled GNA positions on Sunday. The GNA said the LNA had shelled its "
            "positions again. The LNA denied it had attacked the GNA.")
    mentions = [LNA, GNA, M("GNA", "government-of-national-accord", "alias", nth=1),
                M("LNA", "libyan-national-army", "alias", nth=1),
                M("LNA", "libyan-national-army", "alias", nth=2),
                M("GNA", "government-of-national-accord", "alias", nth=2)]
    state = handmade_state(text, mentions, published="2019-04-07")
    code_events(state)
    # Each lookup ran once per actor it was asked about, and answered the repeats from memory.
    info = asked["side"].cache_info()
    assert (info.misses, info.hits, info.currsize) == (2, 7, 2)


def test_a_malformed_publication_date_leaves_only_explicit_dates_and_codes_the_events():
    text = ("The LNA shelled GNA positions on Sunday. "
            "The LNA shelled GNA positions in 2018.")
    mentions = [LNA, GNA, M("LNA", "libyan-national-army", "alias", nth=1),
                M("GNA", "government-of-national-accord", "alias", nth=1)]
    state = handmade_state(text, mentions, published="the day before yesterday")
    code_events(state)
    assert [(e.type, e.date, e.date_precision) for e in state.events] == [
        ("ASSAULT", None, "unknown"), ("ASSAULT", "2018", "year")]
