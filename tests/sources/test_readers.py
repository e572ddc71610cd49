import json
from pathlib import Path

from factions.errors import InputError
from factions.model import Document
from factions.sources.readers import iter_documents

ARTICLE = ("Forces loyal to Khalifa Haftar advanced on Tripoli on Thursday, the UN said, as "
           "fighting spread to the southern suburbs of the capital.")


def read(*paths: str | Path) -> list[Document | InputError]:
    return list(iter_documents([str(p) for p in paths]))


def test_plain_text_reads_with_first_line_as_title(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("Haftar advances\n\n" + ARTICLE, encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.title == "Haftar advances" and doc.source == str(path)


def test_html_gives_main_text_title_and_date_without_boilerplate(tmp_path: Path):
    path = tmp_path / "a.html"
    path.write_text(
        "<html><head><title>Haftar advances on Tripoli</title>"
        '<meta property="article:published_time" content="2019-04-05T10:00:00Z"></head>'
        "<body><nav>Home | World | Sport</nav><article><h1>Haftar advances on Tripoli</h1>"
        f"<p>{ARTICLE}</p><p>The Government of National Accord vowed to resist the offensive, "
        "according to a statement.</p></article><footer>Copyright 2019 Example News</footer>"
        "</body></html>", encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.title == "Haftar advances on Tripoli"
    assert doc.published == "2019-04-05"
    assert ARTICLE in doc.text and "Copyright" not in doc.text and "Sport" not in doc.text


def test_jsonl_reads_each_line_and_reports_bad_lines_by_number(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"text": ARTICLE, "title": "One", "url": "https://example.org/1",
                    "published": "2019-04-05"}) + "\n{broken\n\n"
        + json.dumps({"title": "no text"}) + "\n" + json.dumps({"text": "Second story."}) + "\n",
        encoding="utf-8")
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "InputError",
                                                 "Document"]
    assert str(items[1]).startswith(f"{path}:2: not valid JSON")
    assert str(items[2]) == f'{path}:4: missing "text" (a string with the article)'
    assert items[0].url == "https://example.org/1" and items[0].published == "2019-04-05"


def test_bad_inputs_each_give_one_clear_message_naming_the_input(tmp_path: Path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 in Tripoli".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "menu.html").write_text("<html><body><nav>Home</nav>", encoding="utf-8")
    messages = sorted(str(i) for i in read(tmp_path, tmp_path / "missing.txt"))
    assert messages == [
        f"{tmp_path}/binary.txt: this is a binary file, not text or HTML",
        f"{tmp_path}/empty.txt: the article is empty",
        f"{tmp_path}/latin1.txt: not UTF-8 text (byte 0xe9 at offset 3); pass --encoding "
        "(e.g. --encoding cp1252) if you know the file's encoding",
        f"{tmp_path}/menu.html: the HTML holds no main article text (boilerplate only, or the "
        "file is cut off before the article)",
        f"{tmp_path}/missing.txt: no such file or folder",
    ]


def test_a_named_encoding_reads_legacy_text(tmp_path: Path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 talks in Tripoli".encode("latin-1"))
    [doc] = list(iter_documents([str(path)], encoding="latin-1"))
    assert isinstance(doc, Document) and doc.text == "Caf\u00e9 talks in Tripoli"


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path):
    path = tmp_path / "huge.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    [item] = list(iter_documents([str(path)], max_bytes=100))
    assert isinstance(item, InputError) and "larger than the 100-byte limit" in str(item)


def test_truncated_html_with_an_article_still_reads(tmp_path: Path):
    path = tmp_path / "cut.html"
    path.write_text(f"<html><body><article><p>{ARTICLE}</p><p>The GNA said it would", "utf-8")
    [doc] = read(path)
    assert isinstance(doc, Document) and "Khalifa Haftar" in doc.text
