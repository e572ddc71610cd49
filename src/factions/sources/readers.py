"""Read documents from files, folders, JSON Lines and stdin.

``iter_documents`` yields a ``Document`` for each article it can read and an ``InputError`` for
each it cannot (instead of raising), so a batch goes on past a bad file and reports it at the
end. Formats: plain text (``.txt`` and anything that is not recognized as another format), HTML
(``.html``/``.htm`` or content that starts like HTML; main text, title and date via
trafilatura/htmldate), JSON Lines (``.jsonl``/``.ndjson``: ``{"text", "title", "url",
"published"}`` a line, or ``"html"`` instead of ``"text"``), and ``.json`` files holding one
such object (gold annotation files included).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from factions.errors import InputError
from factions.model import Document
from factions.sources.html import extract_html
from factions.sources.normalize import text_document_id

MAX_BYTES = 20_000_000  # one article; JSON Lines files are read line by line and may be larger
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
SKIP_NAMES = {".DS_Store", "Thumbs.db"}
_PROBE_BYTES = 8192


def iter_documents(inputs: Iterable[str], *, encoding: str | None = None,
                   max_bytes: int = MAX_BYTES) -> Iterator[Document | InputError]:
    """Documents (or errors) from paths, folders (recursively, sorted) and ``-`` for stdin."""
    for item in inputs:
        if item == "-":
            yield from _from_stdin(encoding)
            continue
        path = Path(item)
        if not path.exists():
            yield InputError(item, "no such file or folder")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.name not in SKIP_NAMES
                           and not p.name.startswith("."))
            if not files:
                yield InputError(item, "the folder holds no files")
            for file in files:
                yield from read_path(file, encoding=encoding, max_bytes=max_bytes)
        else:
            yield from read_path(path, encoding=encoding, max_bytes=max_bytes)


def read_path(path: Path, *, encoding: str | None = None,
              max_bytes: int = MAX_BYTES) -> Iterator[Document | InputError]:
    """Read one file in whatever format it holds."""
    where = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, encoding)
            return
        size = path.stat().st_size
        if size > max_bytes:
            yield InputError(where, f"the file is {size:,} bytes, larger than the "
                                    f"{max_bytes:,}-byte limit for one article (raise "
                                    "--max-bytes, or split it)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(where, f"cannot read ({exc.strerror or exc})")
        return
    try:
        if suffix in JSON_SUFFIXES:
            yield _read_json(data, where, encoding)
        else:
            yield document_from_bytes(data, where, suffix=suffix, encoding=encoding)
    except InputError as exc:
        yield exc


def _read_json(data: bytes, where: str, encoding: str | None) -> Document:
    """A ``.json`` file holding one article object (``text`` or ``html`` plus metadata)."""
    if not data.strip():
        raise InputError(where, "the file is empty")
    try:
        record = json.loads(decode_text(data, where, encoding))
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}:{exc.lineno}", f"not valid JSON ({exc.msg})") from exc
    return document_from_record(record, where)


def document_from_bytes(data: bytes, where: str, *, suffix: str = "",
                        encoding: str | None = None, url: str | None = None) -> Document:
    """A Document from raw bytes: HTML when it looks like HTML, plain text otherwise."""
    if not data.strip():
        raise InputError(where, "the article is empty")
    if _looks_binary(data):
        raise InputError(where, "this is a binary file, not text or HTML")
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(data)) or (
        suffix in ("", ".txt") and _looks_like_html(data)
    ):
        return extract_html(data, where, url=url)
    text = decode_text(data, where, encoding)
    return make_text_document(text, where)


def make_text_document(text: str, where: str, *, title: str | None = None,
                       url: str | None = None, published: str | None = None,
                       outlet: str | None = None) -> Document:
    """A Document from plain text; the title defaults to the first line when it is short."""
    if not text.strip():
        raise InputError(where, "the article is empty")
    if title is None:
        first = text.strip().split("\n", 1)[0].strip()
        title = first if 0 < len(first) <= 200 else None
    return Document(id=text_document_id(text), text=text, title=title, url=url,
                    published=published, outlet=outlet, source=where)


def decode_text(data: bytes, where: str, encoding: str | None = None) -> str:
    """Decode bytes as UTF-8 (BOM allowed; UTF-16 with a BOM) or as ``encoding`` when given."""
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(where, f"cannot decode as {encoding}: {exc}") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            where,
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "pass --encoding (e.g. --encoding cp1252) if you know the file's encoding",
        ) from exc


def _looks_binary(data: bytes) -> bool:
    probe = data[:_PROBE_BYTES]
    if probe.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text has NULs
    if b"\x00" in probe:
        return True
    control = sum(1 for b in probe if b < 9 or 13 < b < 32)
    return control > len(probe) * 0.05


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or (
        b"<body" in head or b"<head" in head or b"<p>" in head or b"<article" in head
    )


def _read_jsonl(path: Path, encoding: str | None) -> Iterator[Document | InputError]:
    any_line = False
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            any_line = True
            try:
                line = decode_text(raw, where, encoding)
                yield document_from_record(json.loads(line), where)
            except json.JSONDecodeError as exc:
                yield InputError(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            except InputError as exc:
                yield exc
    if not any_line:
        yield InputError(str(path), "the JSON Lines file is empty")


def document_from_record(record: object, where: str) -> Document:
    """A Document from a JSON object with ``text`` (or ``html``) and optional metadata."""
    if not isinstance(record, dict):
        raise InputError(where, "expected a JSON object with a \"text\" field")
    meta = {key: record.get(key) for key in ("title", "url", "published", "outlet")}
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise InputError(where, f"\"{key}\" must be a string")
    if isinstance(record.get("html"), str) and not record.get("text"):
        doc = extract_html(record["html"].encode("utf-8"), where, url=meta["url"])
        if meta["title"]:
            doc.title = meta["title"]
        if meta["published"]:
            doc.published = meta["published"]
        return doc
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(where, "missing \"text\" (a string with the article)")
    return make_text_document(text, where, title=meta["title"], url=meta["url"],
                              published=meta["published"], outlet=meta["outlet"])


def _from_stdin(encoding: str | None) -> Iterator[Document | InputError]:
    data = sys.stdin.buffer.read()
    try:
        yield document_from_bytes(data, "stdin", encoding=encoding)
    except InputError as exc:
        yield exc
