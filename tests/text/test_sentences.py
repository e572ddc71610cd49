from factions.text.sentences import split_sentences, tokenizer_pipeline


def sentences(text: str) -> list[str]:
    doc = tokenizer_pipeline()(text)
    return [doc.text[s.start : s.end] for s in split_sentences(doc)]


def test_abbreviations_do_not_end_sentences():
    assert sentences("Gen. Haftar met U.S. officials on Feb. 4 in Tripoli. The U.S. Army "
                     "said so.") == ["Gen. Haftar met U.S. officials on Feb. 4 in Tripoli.",
                                     "The U.S. Army said so."]


def test_a_terminal_abbreviation_ends_a_sentence_before_a_usual_opener():
    assert sentences("He left for the U.S. The talks collapsed.") == [
        "He left for the U.S.", "The talks collapsed."]


def test_line_breaks_end_headlines_and_captions_without_periods():
    assert sentences("Muammar Gaddafi was toppled in 2011\n\nPost-Gaddafi Libya has shattered.") \
        == ["Muammar Gaddafi was toppled in 2011", "Post-Gaddafi Libya has shattered."]


def test_quotes_stay_with_their_sentence():
    assert sentences('"Stop!" he said. "We go." Then he left.') == [
        '"Stop!" he said.', '"We go."', "Then he left."]


def test_initials_do_not_end_sentences():
    assert sentences("John F. Kennedy was here. Then.") == ["John F. Kennedy was here.", "Then."]


def test_a_dotted_initialism_is_split_from_a_brokering_participle():
    words = [t.text for t in tokenizer_pipeline()(
        "A U.N.-brokered truce, U.S.-mediated talks and E.U.-sponsored negotiations, "
        "but a U.S.-led coalition.")]
    assert words[1:4] == ["U.N.", "-", "brokered"]
    assert words[6:9] == ["U.S.", "-", "mediated"]
    assert words[11:14] == ["E.U.", "-", "sponsored"]
    # an initialism before another participle stays one token (the alias "U.S.-led coalition")
    assert "U.S.-led" in words
    assert sentences("A U.N.-brokered truce held. Talks resumed.") == [
        "A U.N.-brokered truce held.", "Talks resumed."]


def test_the_tokenizer_remembers_more_chunks_than_the_knowledge_base_fills():
    # spaCy stops caching after 10,000 chunks by default; tokenizing the KB's aliases for the
    # actor matchers filled that, and every article's words were then split afresh.
    from factions.kb import load_kb
    from factions.text.sentences import tokenizer_pipeline

    aliases = sum(len(actor.all_names()) for actor in load_kb().actors.values())
    assert tokenizer_pipeline().tokenizer.max_cache_size > 10 * aliases
    assert tokenizer_pipeline(None).tokenizer.max_cache_size > 10 * aliases
