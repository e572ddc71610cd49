"""The loader of packaged data files."""

import yaml

from factions.geo.lexicon import load_lexicon
from factions.resources import yaml_loader


def test_bare_on_off_yes_no_are_words_and_only_true_false_are_booleans():
    data = yaml.load("[on, off, yes, no, On, true, False]", Loader=yaml_loader())  # noqa: S506
    assert data == ["on", "off", "yes", "no", "On", True, False]


def test_the_geo_word_lists_keep_on_and_no():
    lexicon = load_lexicon()
    assert "on" in lexicon.connectors  # "Rostov on Don"
    assert {"no", "off", "on", "yes"} <= lexicon.stopwords
    assert "true" not in lexicon.stopwords
