"""The tokenizer's fast path (words between spaces, read with string methods) gives exactly
the tokens of the plain regular-expression scan."""

from __future__ import annotations

import random

import pytest

from factions.geo.recognize import _SENTENCE_END, _TOKEN, Token, tokenize


def reference(text: str) -> list[Token]:
    """The tokens by the regular expression alone, one match at a time."""
    tokens: list[Token] = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        word = match.group()
        if len(word) > 3 and word[-2] in "'’" and word[-1] in "sS":
            end -= 2
            word = word[:-2]
        sentence_start = not tokens or bool(_SENTENCE_END.search(
            text, max(previous_end - 1, 0), start))
        previous_end = match.end()
        letters = [c for c in word if c.isalpha()]
        caps = len(letters) >= 2 and all(c.isupper() for c in letters)
        tokens.append(Token(start, end, word, word.lower(), word[:1].isupper(), caps,
                            sentence_start))
    return tokens


TEXTS = [
    "TRIPOLI (Reuters) - Forces loyal to Khalifa Haftar advanced on Tripoli's southern "
    "outskirts on Friday, the U.S. State Department said. \"We are worried,\" it said.",
    "Hello  world.\nNext  line\n\nSEOUL, South Korea (CNN) — A. B. Smith met O'Neil's dog’s "
    "owner in al-Tanf; 'Misrata' [Libya] «Sirte» … Then 5Km of É and Ölk.",
    " lead and trail ", "a\u00a0b\tc", "", " ", "a  b", "He said:\"Go\" now!Then x.\"  Y",
    "Reuters' report (AP).Next? No! Yes… maybe; “Quoted.” ‘Single’ – dash — dash - end",
]


@pytest.mark.parametrize("text", TEXTS)
def test_tokenize_matches_the_regular_expression(text: str) -> None:
    assert tokenize(text) == reference(text)


def test_tokenize_matches_on_generated_text() -> None:
    pieces = ["Libya", "the", "U.S.", "al-Tanf", "Sirte,", "(Reuters)", "said.", "\"We", "are\"",
              "2019", "Haftar's", "O'Neil", "dog’s", "-", "—", "\n", "\n\n", "", "A.", "É", "it!",
              "x;", "[y]", "NEW", "YORK", "«z»", "…", "5km", "Tripoli:", "'s"]
    rng = random.Random(7)
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        assert tokenize(text) == reference(text), text


def test_all_capitals_needs_two_capital_letters() -> None:
    from factions.geo.recognize import Tokens

    tk = Tokens("NATO and the U.S. said A man, I think, met McGregor and the UN's envoy in "
                "AL-TANF on Friday.")
    assert [w for w, caps in zip(tk.word, tk.caps, strict=True) if caps] == [
        "NATO", "U.S.", "UN", "AL", "TANF"]
    assert tk.word[tk.word.index("McGregor")] == "McGregor"
    assert not tk.caps[tk.word.index("A")] and not tk.caps[tk.word.index("I")]
