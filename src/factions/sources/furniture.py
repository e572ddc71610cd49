"""Wire furniture: the lines of an article that are about the report, not in it.

Copy taken from a news site carries credits ("Reporting by ...; Editing by ..."), bylines, photo
captions with their credit ("... REUTERS/Stringer"), sign-up prompts and the outlet's footers
("Our Standards: The Thomson Reuters Trust Principles.", "SOURCE: AL JAZEERA AND NEWS
AGENCIES"). Read as text, they make the outlet and its reporters actors and a caption a second
copy of the lede's event. ``drop_furniture`` cuts such lines out of the normalized text the stages
read; the offset map keeps every reported offset pointing into the text as read.

Only whole lines go, and only lines that are furniture from start to end; a byline that runs
into the dateline on one line ("By Nate Raymond. BOSTON (Reuters) - The owner ...") loses the
byline only.
"""

from __future__ import annotations

import re

from factions.sources.normalize import NormalizedText

_NAME = r"[A-Z][\w.'-]*(?: (?:[A-Z][\w.'-]*|al|el|bin|de|da|van|von|le|la))*"
_CREDIT_LINE = (
    # "Reporting by X in Y; Writing by Z; Editing by W", "(Additional reporting by ...)"
    r"\(?(?:Additional |Further )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|"
    r"[Rr]esearch|[Gg]raphics|[Pp]roduced) by [^\n]{1,400}"
    # "Associated Press writers X in Y and Z in W contributed to this report."
    r"|[^\n]{0,300}\bcontributed (?:to )?(?:this )?(?:report|story|reporting)\.?\)?"
)
_OUTLET_LINE = (
    r"Register now\b[^\n]{0,160}|Sign up (?:here|now)\b[^\n]{0,160}|Our Standards:[^\n]{0,160}"
    r"|SOURCE: [^\n]{1,80}|(?:Image|Media) (?:source|caption), [^\n]{1,300}"
    r"|Advertisement|ADVERTISEMENT|Listen to this article\b[^\n]{0,40}"
    r"|(?:Related|RELATED)(?: coverage| COVERAGE)?: [^\n]{0,200}"
    r"|Follow [^\n]{0,160}https?://\S+|(?:Read|See) (?:more|also): [^\n]{0,200}"
    # AFP's desk tags at the foot of a story: "bur-ah/jj", "burs-sw/rox"
    r"|burs?-[a-z]{1,5}(?:/[a-z]{1,5})+"
)
# A caption: a line that ends on (or holds) a photo credit.
_CAPTION_LINE = (
    r"[^\n]{0,500}(?:\bREUTERS/[A-Z][^\n]{0,80}|\((?:AP|AFP|Reuters) Photo(?:/[^\n)]{0,60})?\)"
    r"|\bvia Getty Images\)?|\bPhotograph: [^\n]{1,80}|\bImage: [^\n]{1,80}\))"
)
_BYLINE_LINE = rf"By {_NAME}(?:(?:,| and|, and) {_NAME})*(?:,? (?:{_NAME}))?"

_FURNITURE = re.compile(rf"(?:{_CREDIT_LINE}|{_OUTLET_LINE}|{_CAPTION_LINE})[ ]*")
_BYLINE = re.compile(rf"{_BYLINE_LINE}[ ]*")
# A byline before the dateline on the same line: "By Nate Raymond. BOSTON (Reuters) -",
# "By JILL COLVIN and GILLIAN WONG, Associated Press WASHINGTON (AP) -".
_BYLINE_PREFIX = re.compile(
    rf"By {_NAME}(?:(?:,| and|, and) {_NAME})*[.,]?(?:,? (?:Associated Press|Reuters|AFP|AP))?"
    r"[.,]? (?=[A-Z][A-Z .'/-]{2,40}(?:,[^\n(]{0,40})? ?\((?:Reuters|AP|AFP)\) -)")
# Bylines stand at the head of a story: only so many characters in.
_BYLINE_REACH = 600
# How furniture lines begin, and what a caption's or a contributors' line holds near its end: a
# line with neither is never matched against the patterns (two cheap tests per line; scanning a
# whole story with the patterns cost more than a millisecond).
_STARTS = ("(", "Additional ", "Further ", "Reporting ", "reporting ", "Writing ", "Editing ",
           "Compiled ", "Research ", "Graphics ", "Produced ", "Register now", "Sign up",
           "Our Standards", "SOURCE:", "Image", "Media ", "Advertisement", "ADVERTISEMENT",
           "Listen to", "Related", "RELATED", "Follow ", "Read more", "See more", "See also",
           "bur", "By ")
_TAIL = 160
_TAIL_CUES = ("REUTERS/", "Photo", "Getty Images", "Photograph:", "Image:", "contributed")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` (normalized) that are wire furniture, in order, not overlapping:
    whole lines with the line breaks after them, or a byline before its dateline."""
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line or not (line.startswith(_STARTS) or
                            any(cue in line[-_TAIL:] for cue in _TAIL_CUES)):
            continue
        whole = False
        if line.startswith("By ") and start < _BYLINE_REACH:
            whole = _BYLINE.fullmatch(line) is not None
            if not whole:
                prefix = _BYLINE_PREFIX.match(line)
                if prefix is not None:
                    spans.append((start, start + prefix.end()))
                    continue
        if not whole:
            whole = _FURNITURE.fullmatch(line) is not None
        if whole:
            while end < n and text[end] == "\n":
                end += 1
            spans.append((start, end))
    return spans


def drop_furniture(norm: NormalizedText) -> NormalizedText:
    """``norm`` without its furniture lines, mapping offsets to the same original text; ``norm``
    itself when it has none, or when nothing but furniture would be left."""
    spans = furniture_spans(norm.text)
    if not spans:
        return norm
    return norm.without(spans)
