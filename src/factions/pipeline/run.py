"""Run the per-document pipeline: a pure function of (document, knowledge base, options).

It never touches the store, so the same code runs in-process, in a process pool or on a Dask
cluster, and tests can feed it a string.
"""

from __future__ import annotations

from collections.abc import Sequence

from factions.errors import InputError
from factions.kb import KnowledgeBase, load_kb
from factions.model import Analysis, Document
from factions.pipeline.options import Options
from factions.pipeline.stages import Stage, check_order, default_stages, get_stage
from factions.pipeline.state import DocState
from factions.sources.furniture import drop_furniture
from factions.sources.normalize import normalize, text_document_id

_DEFAULT_KB: KnowledgeBase | None = None


def default_kb() -> KnowledgeBase:
    """The packaged knowledge base, loaded once per process."""
    global _DEFAULT_KB
    if _DEFAULT_KB is None:
        _DEFAULT_KB = load_kb()
    return _DEFAULT_KB


_FROZEN = False


def freeze_static_objects() -> None:
    """Move everything allocated so far (knowledge base, matchers, gazetteer, patterns) out of
    the garbage collector's sight. They live as long as the process; scanning their millions of
    objects at every full collection costs more than the pipeline itself. Done once, after the
    first document, when every lazy table has been built."""
    global _FROZEN
    if _FROZEN:
        return
    import gc

    gc.collect()
    gc.freeze()
    _FROZEN = True


def make_document(text: str, *, title: str | None = None, url: str | None = None,
                  published: str | None = None, source: str | None = None,
                  outlet: str | None = None) -> Document:
    """A Document for ``text`` with its id computed from the normalized text."""
    return Document(id=text_document_id(text), text=text, title=title, url=url,
                    published=published, source=source, outlet=outlet)


def pipeline_stages(options: Options) -> list[Stage]:
    stages = default_stages() if options.stages is None else [get_stage(n) for n in options.stages]
    check_order(stages)
    return stages


def run_stages(document: Document, kb: KnowledgeBase | None = None,
               options: Options | None = None, stages: Sequence[Stage] | None = None) -> DocState:
    """Run ``stages`` (default: the whole pipeline) and return the working state."""
    options = options or Options()
    kb = kb if kb is not None else default_kb()
    if not document.text.strip():
        raise InputError(document.source or document.id, "the article is empty")
    if len(document.text) > options.max_chars:
        raise InputError(document.source or document.id,
                         f"the article has {len(document.text):,} characters, more than the "
                         f"limit of {options.max_chars:,}")
    norm = drop_furniture(normalize(document.text))  # bylines, credits, captions: not read
    state = DocState(document=document, norm=norm, kb=kb, options=options)
    for stage in stages if stages is not None else pipeline_stages(options):
        stage.run(state)
    if not _FROZEN:
        freeze_static_objects()
    return state


def analyze(document: Document, kb: KnowledgeBase | None = None,
            options: Options | None = None) -> Analysis:
    """Analyze one document into an ``Analysis``."""
    state = run_stages(document, kb, options)
    return Analysis(
        document=document,
        key_actor=state.key_actor,
        actors=list(state.actors.values()),
        places=state.places,
        events=state.events,
        relations=state.relations,
        notes=state.notes,
    )


def analyze_text(text: str, *, published: str | None = None, title: str | None = None,
                 kb: KnowledgeBase | None = None, options: Options | None = None) -> Analysis:
    """Convenience: analyze a string."""
    return analyze(make_document(text, published=published, title=title), kb, options)


def prepare(text: str, published: str | None = None, kb: KnowledgeBase | None = None,
            options: Options | None = None) -> DocState:
    """The state after every stage before events: tokens, actors, places (for stage tests)."""
    options = options or Options()
    stages = [s for s in pipeline_stages(options)
              if s.name not in ("events", "relations", "actors.assemble")]
    return run_stages(make_document(text, published=published), kb, options, stages)
