"""The first stage: tokens, sentences and the publication date."""

from __future__ import annotations

from spacy.attrs import IDX, LENGTH, SPACY
from spacy.tokens import Doc

from factions.dates import parse_published
from factions.pipeline.state import DocState, TokenView
from factions.text.sentences import Sentence, split_sentences, tokenizer_pipeline

REQUIRES = ("text",)
ASSIGNS = ("doc", "sentences", "tokens", "published")


def tokenize(state: DocState) -> None:
    """Tokenize the normalized text, split sentences and read the publication date."""
    nlp = tokenizer_pipeline(state.options.spacy_model)
    state.doc = nlp.make_doc(state.text) if state.options.spacy_model is None else nlp(state.text)
    state.tokens = token_view(state.doc, state.text)
    state.sentences = split_sentences(state.tokens, state.text)
    state.tokens.sentence = sentence_index(state.sentences, len(state.tokens))
    raw = state.document.published
    try:
        published = parse_published(raw)
    except ValueError:
        published = None
        state.notes.append(f"publication date {raw!r} is malformed: only explicit dates in the "
                           "text are resolved")
    else:
        if published is None:
            state.notes.append("no publication date: only explicit dates in the text are "
                               "resolved")
    state.published = published
    state.published_precision = published.precision if published is not None else "unknown"


def token_view(doc: Doc, text: str | None = None) -> TokenView:
    """Copy token attributes into plain lists (see ``TokenView``).

    ``Doc.to_array`` gives offsets, lengths and trailing-space flags without creating a Token
    object per token, which is most of what iterating a Doc costs. ``text`` is the text the doc
    was made from (``Doc.text`` rebuilds it token by token).
    """
    if text is None:
        text = doc.text
    if len(doc) == 0:
        return TokenView(text=[], lower=[], idx=[], space=[], sentence=[])
    array = doc.to_array([IDX, LENGTH, SPACY])
    idx = array[:, 0].tolist()
    ends = (array[:, 0] + array[:, 1]).tolist()
    words = [text[a:b] for a, b in zip(idx, ends, strict=True)]
    # map() keeps the per-token lower-casing in C.
    return TokenView(text=words, lower=list(map(str.lower, words)), idx=idx,
                     space=array[:, 2].astype(bool).tolist(), sentence=[])


def sentence_index(sentences: list[Sentence], n: int) -> list[int]:
    """Sentence index of each of ``n`` tokens (whitespace between sentences goes to the next)."""
    result: list[int] = []
    previous_end = 0
    for sent in sentences:
        if sent.tok_end > previous_end:
            result += [sent.index] * (sent.tok_end - previous_end)
            previous_end = sent.tok_end
    last = sentences[-1].index if sentences else 0
    if n > previous_end:
        result += [last] * (n - previous_end)
    return result if len(result) == n else result[:n]
