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

_FURNITURE = re.compile(
    rf"^(?:{_CREDIT_LINE}|{_OUTLET_LINE}|{_CAPTION_LINE})[ ]*$\n*", re.MULTILINE)
_BYLINE = re.compile(rf"^{_BYLINE_LINE}[ ]*$\n*", re.MULTILINE)
# A byline before the dateline on the same line: "By Nate Raymond. BOSTON (Reuters) -",
# "By JILL COLVIN and GILLIAN WONG, Associated Press WASHINGTON (AP) -".
_BYLINE_PREFIX = re.compile(
    rf"^By {_NAME}(?:(?:,| and|, and) {_NAME})*[.,]?(?:,? (?:Associated Press|Reuters|AFP|AP))?"
    r"[.,]? (?=[A-Z][A-Z .'/-]{2,40}(?:,[^\n(]{0,40})? ?\((?:Reuters|AP|AFP)\) -)",
    re.MULTILINE)
# Bylines stand at the head of a story: only so many characters in.
_BYLINE_REACH = 600
# Where furniture is likely at all: a cheap first test that most texts fail.
_HINT = re.compile(
    r"(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch|[Gg]raphics|[Pp]roduced) by |"
    r"contributed|Register now|Sign up|Our Standards|SOURCE:|Follow |Read more|See also|"
    r"\bburs?-|REUTERS/|Photo\b|Getty Images|Photograph:|Image|Media caption|Advertisement|"
    r"ADVERTISEMENT|Listen to|Related|RELATED|^By ", re.MULTILINE)


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` (normalized) that are wire furniture, in order, not overlapping."""
    if _HINT.search(text) is None:
        return []
    spans = [m.span() for m in _FURNITURE.finditer(text)]
    head = text[:_BYLINE_REACH]
    spans += [m.span() for m in _BYLINE.finditer(head)]
    spans += [m.span() for m in _BYLINE_PREFIX.finditer(head)]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def drop_furniture(norm: NormalizedText) -> NormalizedText:
    """``norm`` without its furniture lines, mapping offsets to the same original text; ``norm``
    itself when it has none, or when nothing but furniture would be left."""
    spans = furniture_spans(norm.text)
    if not spans:
        return norm
    return norm.without(spans)
