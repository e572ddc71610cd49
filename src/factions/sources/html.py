"""Main text, title and publication date from HTML, with trafilatura (which uses htmldate)."""

from __future__ import annotations

import logging

from factions.errors import InputError
from factions.model import Document
from factions.sources.normalize import text_document_id

# trafilatura logs every page it cannot parse at WARNING; our InputError says it once, clearly.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

MIN_TEXT_CHARS = 40


def extract_html(data: bytes, where: str, *, url: str | None = None) -> Document:
    """A Document from an HTML page: boilerplate dropped, title and date kept.

    Raises ``InputError`` when the page holds no main text (a menu, a login wall, a truncated
    file cut before the article).
    """
    import trafilatura

    try:
        result = trafilatura.bare_extraction(data, url=url, with_metadata=True,
                                             include_comments=False, include_tables=False)
    except Exception as exc:  # trafilatura raises many parser errors on broken markup
        raise InputError(where, f"cannot parse the HTML ({type(exc).__name__}: {exc})") from exc
    text = getattr(result, "text", None) if result is not None else None
    if not text or len(text.strip()) < MIN_TEXT_CHARS:
        raise InputError(where, "the HTML holds no main article text (boilerplate only, or the "
                                "file is cut off before the article)")
    title = getattr(result, "title", None)
    published = getattr(result, "date", None)
    outlet = getattr(result, "sitename", None)
    return Document(id=text_document_id(text), text=text, title=title,
                    url=url or getattr(result, "url", None), published=published,
                    outlet=outlet, source=where)
