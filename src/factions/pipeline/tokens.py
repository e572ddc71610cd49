"""The first stage: tokens, sentences and the publication date."""

from __future__ import annotations

from factions.dates import parse_published
from factions.pipeline.state import DocState, TokenView
from factions.text.sentences import split_sentences, tokenizer_pipeline

REQUIRES = ("text",)
ASSIGNS = ("doc", "sentences", "tokens", "published")


def tokenize(state: DocState) -> None:
    """Tokenize the normalized text, split sentences and read the publication date."""
    nlp = tokenizer_pipeline(state.options.spacy_model)
    state.doc = nlp.make_doc(state.text) if state.options.spacy_model is None else nlp(state.text)
    state.sentences = split_sentences(state.doc)
    state.tokens = token_view(state)
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


def token_view(state: DocState) -> TokenView:
    """Copy token attributes into plain lists (see ``TokenView``)."""
    doc = state.doc
    assert doc is not None
    text = [t.text for t in doc]
    sentence = [0] * len(text)
    previous_end = 0
    for sent in state.sentences:
        for i in range(previous_end, sent.tok_end):
            sentence[i] = sent.index
        previous_end = sent.tok_end
    last = state.sentences[-1].index if state.sentences else 0
    for i in range(previous_end, len(text)):
        sentence[i] = last
    return TokenView(
        text=text,
        lower=[t.lower() for t in text],
        idx=[t.idx for t in doc],
        space=[bool(t.whitespace_) for t in doc],
        sentence=sentence,
    )
