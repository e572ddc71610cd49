"""The working state one document carries through the pipeline's stages.

Offsets inside the state are into the *normalized* text (``state.text``); stages that build
output rows map them to the original text with ``state.original_span``.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Collection
from dataclasses import dataclass, field
from itertools import chain, compress
from operator import itemgetter
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from factions.model import Actor, Document, Event, Evidence, Place, Relation
from factions.sources.normalize import NormalizedText
from factions.text.sentences import Sentence

if TYPE_CHECKING:
    from factions.kb import KnowledgeBase
    from factions.kb.entries import KBActor
    from factions.pipeline.options import Options
    from factions.relations.extract import StatedReading


@dataclass(slots=True)
class ActorMention:
    """A span of the normalized text that refers to an actor of this document."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    sentence: int
    actor_id: str
    kind: str  # name, alias, surname, translit, demonym, metonym, agent, possessive, pronoun,
    #            descriptor, discovered
    text: str
    sector: str | None = None  # agent sector: "Egyptian troops" -> military
    locative: bool = False  # used as a place ("in Egypt"), not as an actor
    attributive: bool = False  # used as a modifier ("the Gaddafi army", "post-Gaddafi Libya")


@dataclass(slots=True)
class TokenView:
    """Plain-Python copies of token attributes, made once per document.

    Reading ``doc[i].lower_`` costs a Cython object per access; stages that scan tokens many
    times read these lists instead.
    """

    text: list[str]
    lower: list[str]
    idx: list[int]  # start char of each token (normalized text)
    space: list[bool]  # token is followed by whitespace
    sentence: list[int]  # sentence index of each token
    _capitalized: list[int] | None = None
    # Lower-cased word -> its token indices, ascending (built on the first ``positions`` call):
    # the stages ask for a dozen word sets per document, each a scan of every token otherwise.
    _where: dict[str, list[int]] | None = None

    def __len__(self) -> int:
        return len(self.text)

    def capitalized(self) -> list[int]:
        """Ascending indices of the tokens whose first character is upper-case (computed once;
        the scan runs in C)."""
        if self._capitalized is None:
            words = self.text
            # Tokens are never empty; the first characters come out without a Python loop.
            firsts = map(itemgetter(0), words) if all(words) else (w[:1] for w in words)
            self._capitalized = list(compress(range(len(words)), map(str.isupper, firsts)))
        return self._capitalized

    def positions(self, words: Collection[str], lower: bool = True) -> list[int]:
        """Ascending indices of the tokens (lower-cased unless ``lower`` is False) that are in
        ``words``, a set or dict."""
        if not lower:
            tokens = self.text
            return list(compress(range(len(tokens)), map(words.__contains__, tokens)))
        where = self._where
        if where is None:
            where = self._where = {}
            add = where.setdefault
            for i, word in enumerate(self.lower):
                add(word, []).append(i)
        if isinstance(words, (set, frozenset, dict)) and len(words) < len(where):
            found = [where[w] for w in words if w in where]  # a set holds each word once
        else:
            found = [at for w, at in where.items() if w in words]
        if len(found) > 1:
            return sorted(chain.from_iterable(found))
        return found[0][:] if found else []

    def end_char(self, i: int) -> int:
        return self.idx[i] + len(self.text[i])

    def span_text(self, start: int, end: int, source: str) -> str:
        """Text of tokens [start, end) as it stands in ``source``."""
        if end <= start:
            return ""
        return source[self.idx[start] : self.end_char(end - 1)]


@dataclass
class DocState:
    """Everything known about one document while the pipeline runs."""

    document: Document
    norm: NormalizedText
    kb: KnowledgeBase
    options: Options
    doc: Doc | None = None
    sentences: list[Sentence] = field(default_factory=list)
    tokens: TokenView = field(default_factory=lambda: TokenView([], [], [], [], []))
    published: dt.date | None = None
    published_precision: str = "unknown"
    mentions: list[ActorMention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    key_actor: str | None = None
    notes: list[str] = field(default_factory=list)
    # The alignment triggers of the text, read once: the event coder fills targets from them,
    # the alignment stage reuses them (factions.relations.extract.stated_relations).
    stated: StatedReading | None = None
    _sentence_starts: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The normalized text the stages read."""
        return self.norm.text

    def sentence_starts(self) -> list[int]:
        if len(self._sentence_starts) != len(self.sentences):
            self._sentence_starts = [s.start for s in self.sentences]
        return self._sentence_starts

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing normalized offset ``offset`` (or the one before)."""
        return max(0, bisect_right(self.sentence_starts(), offset) - 1)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span to the original text."""
        return self.norm.span_to_original(start, end)

    def evidence(self, sentence: int, trigger: str | None = None) -> Evidence:
        """The evidence record for sentence ``sentence``: its original text and offsets."""
        sent = self.sentences[sentence]
        start, end = self.original_span(sent.start, sent.end)
        return Evidence(text=self.norm.original[start:end], start=start, end=end,
                        trigger=trigger)

    def actor_entry(self, actor_id: str) -> Actor | KBActor | None:
        """What is known of ``actor_id``: the document's actor (found in the text), else the
        knowledge base's entry."""
        return self.actors.get(actor_id) or self.kb.actors.get(actor_id)

    def mentions_in(self, sentence: int) -> list[ActorMention]:
        return [m for m in self.mentions if m.sentence == sentence]
