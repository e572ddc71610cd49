"""Readers for the PETRARCH/TABARI dictionary formats: actors, agents, verbs, discards.

Every reader takes the text of a file (or a path) and returns plain dataclasses plus a list of
``Issue(file, line, problem)``. A line that cannot be read is reported and skipped; a reader never
raises on bad content.

Phrases are stored as upper-case word tuples with a parallel ``tight`` tuple: ``tight[i]`` is
True when word ``i`` must directly follow word ``i - 1`` (an underscore in the dictionary) and
False when other words may come between (a space). ``tight[0]`` is always False.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

__all__ = [
    "ActorEntry",
    "AgentEntry",
    "DatedCode",
    "Discard",
    "Issue",
    "Pattern",
    "PatternElement",
    "Phrase",
    "VerbDictionary",
    "VerbFamily",
    "VerbForm",
    "parse_phrase",
    "read_actors",
    "read_agents",
    "read_discards",
    "read_verbs",
    "strip_comment",
]


@dataclass(frozen=True, slots=True)
class Issue:
    """A problem found in a dictionary file: which file, which line (1-based), what."""

    file: str
    line: int
    problem: str


@dataclass(frozen=True, slots=True)
class Phrase:
    """Upper-case words; ``tight[i]``: word i must follow word i-1 with nothing between."""

    words: tuple[str, ...]
    tight: tuple[bool, ...]

    def __str__(self) -> str:
        out = self.words[0] if self.words else ""
        for w, t in zip(self.words[1:], self.tight[1:], strict=True):
            out += ("_" if t else " ") + w
        return out


@dataclass(frozen=True, slots=True)
class DatedCode:
    """A code, valid from ``start`` to ``end`` inclusive (None: unbounded on that side)."""

    code: str
    start: date | None = None
    end: date | None = None
    before: date | None = None  # "<date": valid strictly before this date

    @property
    def restricted(self) -> bool:
        return self.start is not None or self.end is not None or self.before is not None

    def applies(self, when: date) -> bool:
        if self.before is not None and not when < self.before:
            return False
        if self.start is not None and when < self.start:
            return False
        return not (self.end is not None and when > self.end)


@dataclass(slots=True)
class ActorEntry:
    """An actor: its name and synonyms (phrases) and its codes, dated or not."""

    phrases: list[Phrase]
    codes: list[DatedCode]
    line: int

    def code_on(self, when: date | None) -> str | None:
        """The code in force on ``when``: the first dated code that applies, else the first
        undated one (PETRARCH's rule), else None."""
        default = None
        for c in self.codes:
            if c.restricted:
                if when is not None and c.applies(when):
                    return c.code
            elif default is None:
                default = c.code
        return default


@dataclass(slots=True)
class AgentEntry:
    """An agent: phrases (with plural forms expanded) and a code applied before (``prefix``)
    or after the actor code it attaches to."""

    phrases: list[Phrase]
    code: str
    prefix: bool
    line: int


@dataclass(slots=True)
class Discard:
    phrase: Phrase
    story: bool  # "+": discard the whole story; otherwise only the sentence
    line: int


@dataclass(frozen=True, slots=True)
class PatternElement:
    """One element of a verb pattern.

    ``kind``: "word" (``value`` is the word), "synset" (``value`` is the set's name), "verb"
    (the ``*``), "source" (``$``), "target" (``+``), "compound" (``%``), "skip" (``^``).
    ``tight``: must directly follow the previous element.
    """

    kind: str
    value: str = ""
    tight: bool = False


@dataclass(slots=True)
class Pattern:
    elements: list[PatternElement]
    code: str
    line: int
    text: str

    @property
    def verb_index(self) -> int:
        for i, e in enumerate(self.elements):
            if e.kind == "verb":
                return i
        return -1


@dataclass(slots=True)
class VerbForm:
    """A verb as it appears in text: words before the head, the head, words after it."""

    before: tuple[str, ...]
    head: str
    after: tuple[str, ...]
    code: str | None  # the verb's own code, when it overrides the family's
    family: str
    regular: bool = True  # also match the regular inflections of the head (-S, -ED, -ING)


@dataclass(slots=True)
class VerbFamily:
    name: str
    code: str
    line: int
    forms: list[VerbForm] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass(slots=True)
class VerbDictionary:
    families: list[VerbFamily]
    synsets: dict[str, list[Phrase | str]]  # member phrases, or names of nested sets

    def expand(self, name: str, _seen: frozenset[str] = frozenset()) -> list[Phrase]:
        """All phrases of a synonym set, nested sets included (cycles are cut)."""
        out: list[Phrase] = []
        for m in self.synsets.get(name, []):
            if isinstance(m, str):
                if m not in _seen:
                    out.extend(self.expand(m, _seen | {name}))
            else:
                out.append(m)
        return out


# --------------------------------------------------------------------------------------------
# Shared line handling


def strip_comment(line: str) -> str:
    """Cut a ``#`` or ``;`` comment, but not inside ``[...]`` (``[###]`` is a code)."""
    depth = 0
    for i, ch in enumerate(line):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch in "#;" and depth == 0:
            return line[:i]
    return line


def _lines(text: str) -> list[tuple[int, str]]:
    """Numbered lines with ``<!-- ... -->`` blocks and comments removed (blank lines kept)."""
    out: list[tuple[int, str]] = []
    in_block = False
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if in_block:
            if "-->" in line:
                in_block = False
                line = line.split("-->", 1)[1]
            else:
                continue
        if line.lstrip().startswith("<!"):
            if "-->" not in line:
                in_block = True
            continue
        out.append((n, strip_comment(line).rstrip()))
    return out


def _read(source: str | Path) -> tuple[str, str]:
    """(file name, text) of a path, or ("<string>", text) when given the text itself."""
    if isinstance(source, Path):
        return source.name, source.read_text(encoding="utf-8", errors="replace")
    return "<string>", source


def parse_phrase(text: str) -> Phrase:
    """``RADAGAST THE_BROWN`` -> words (RADAGAST, THE, BROWN), tight (F, F, T)."""
    words: list[str] = []
    tight: list[bool] = []
    for chunk in text.strip().upper().split():
        parts = chunk.split("_")
        for j, p in enumerate(parts):
            if not p:
                continue
            words.append(p)
            tight.append(bool(words[:-1]) and j > 0)
    return Phrase(tuple(words), tuple(tight))


_DATE6 = re.compile(r"^\d{6}$")
_DATE8 = re.compile(r"^\d{8}$")
_CODE_RE = re.compile(
    r"^(?P<code>[^\s<>]+)\s*(?:(?P<op>[<>])\s*(?P<d>\d+)|(?P<a>\d+)\s*-\s*(?P<b>\d+))?$"
)


def _parse_date(s: str) -> date | None:
    try:
        if _DATE8.match(s):
            return date(int(s[:4]), int(s[4:6]), int(s[6:]))
        if _DATE6.match(s):
            yy = int(s[:2])
            return date(2000 + yy if yy < 30 else 1900 + yy, int(s[2:4]), int(s[4:]))
    except ValueError:
        return None
    return None


def _parse_code(body: str) -> DatedCode | str:
    """``HOB < 950601`` / ``HOBGOV 19950601 - 19990815`` / ``ARN``; a string is a problem."""
    body = body.strip()
    m = _CODE_RE.match(body)
    if not m or not body:
        return f"unreadable code [{body}]"
    code = m["code"]
    if code[:1].isdigit():
        return f"code block without a code [{body}]"
    if m["op"]:
        d = _parse_date(m["d"])
        if d is None:
            return f"bad date in [{body}]"
        if m["op"] == "<":
            return DatedCode(code, before=d)
        return DatedCode(code, start=date.fromordinal(d.toordinal() + 1))
    if m["a"]:
        a, b = _parse_date(m["a"]), _parse_date(m["b"])
        if a is None or b is None:
            return f"bad date range in [{body}]"
        return DatedCode(code, start=a, end=b)
    return DatedCode(code)


_BRACKETS = re.compile(r"\[([^\]]*)\]")


# --------------------------------------------------------------------------------------------
# Actors


def read_actors(source: str | Path, name: str | None = None
               ) -> tuple[list[ActorEntry], list[Issue]]:
    """Read an actor dictionary: ``NAME [CODE]`` lines, ``+SYNONYM`` lines, indented dated
    code lines ``[CODE <date]``, ``[CODE >date]``, ``[CODE date-date]``."""
    fname, text = _read(source)
    fname = name or fname
    entries: list[ActorEntry] = []
    issues: list[Issue] = []
    current: ActorEntry | None = None

    def close() -> None:
        if current is not None and not current.codes:
            issues.append(Issue(fname, current.line, f"actor {current.phrases[0]} has no code"))
            entries.remove(current)

    for n, line in _lines(text):
        s = line.strip()
        if not s:
            continue
        if s.count("[") != s.count("]"):
            issues.append(Issue(fname, n, "unbalanced brackets"))
            continue
        codes_raw = _BRACKETS.findall(s)
        head = _BRACKETS.sub(" ", s).strip()
        codes: list[DatedCode] = []
        bad = False
        for body in codes_raw:
            c = _parse_code(body)
            if isinstance(c, str):
                issues.append(Issue(fname, n, c))
                bad = True
            else:
                codes.append(c)
        if bad and not codes and head == "":
            continue
        if s.startswith("["):
            if current is None:
                issues.append(Issue(fname, n, "code line without an actor"))
                continue
            current.codes.extend(codes)
        elif s.startswith("+"):
            if current is None:
                issues.append(Issue(fname, n, "synonym without an actor"))
                continue
            ph = parse_phrase(head[1:])
            if not ph.words:
                issues.append(Issue(fname, n, "empty synonym"))
                continue
            current.phrases.append(ph)
            current.codes.extend(codes)
        else:
            ph = parse_phrase(head)
            if not ph.words:
                issues.append(Issue(fname, n, "empty actor name"))
                continue
            close()
            current = ActorEntry([ph], codes, n)
            entries.append(current)
    close()
    return entries, issues


# --------------------------------------------------------------------------------------------
# Agents

_SUBST_DEF = re.compile(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$", re.I)
_SUBST_USE = re.compile(r"![A-Z0-9_]+!", re.I)


_BRACES = re.compile(r"\{([^}]*)\}")


def _take_braces(text: str) -> tuple[str, list[str] | None] | None:
    """``text`` without its ``{...}`` group and the words in it (None when it has none), or
    None when the braces do not balance."""
    if "{" not in text and "}" not in text:
        return text, None
    found = _BRACES.search(text)
    if not found:
        return None
    return text[: found.start()] + text[found.end():], found[1].split()


def plural_forms(word: str) -> list[str]:
    """Regular English plurals of an agent's last word."""
    w = word.upper()
    if w.endswith(("S", "X", "Z", "CH", "SH")):
        return [w + "ES"]
    if w.endswith("Y") and len(w) > 1 and w[-2] not in "AEIOU":
        return [w[:-1] + "IES"]
    return [w + "S"]


def read_agents(source: str | Path, name: str | None = None
               ) -> tuple[list[AgentEntry], list[Issue]]:
    """Read an agent dictionary: ``!SUBST! = A, B`` lines and ``NAME {PLURALS} [~CODE]`` or
    ``[CODE~]`` lines. ``{}`` means no plural; no braces means regular plurals."""
    fname, text = _read(source)
    fname = name or fname
    subst: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    issues: list[Issue] = []
    for n, line in _lines(text):
        s = line.strip()
        if not s:
            continue
        m = _SUBST_DEF.match(s)
        if m:
            subst[m[1].upper()] = [w.strip().upper() for w in m[2].split(",") if w.strip()]
            continue
        codes = _BRACKETS.findall(s)
        if len(codes) != 1 or s.count("[") != 1 or s.count("]") != 1:
            issues.append(Issue(fname, n, "agent line needs exactly one [code]"))
            continue
        code = codes[0].strip()
        if code.startswith("~") and len(code) > 1 and "~" not in code[1:]:
            prefix, c = False, code[1:].strip()
        elif code.endswith("~") and len(code) > 1 and "~" not in code[:-1]:
            prefix, c = True, code[:-1].strip()
        else:
            issues.append(Issue(fname, n, f"agent code [{code}] needs one ~ at its start or end"))
            continue
        braced = _take_braces(_BRACKETS.sub(" ", s))
        if braced is None:
            issues.append(Issue(fname, n, "unbalanced braces"))
            continue
        head, plurals = braced
        head = head.strip()
        if not head:
            issues.append(Issue(fname, n, "agent without a name"))
            continue
        names = _expand_subst(head.upper(), subst)
        if names is None:
            issues.append(Issue(fname, n, "unknown substitution marker"))
            continue
        phrases: list[Phrase] = []
        for nm in names:
            ph = parse_phrase(nm)
            phrases.append(ph)
            if plurals is None:
                for pl in plural_forms(ph.words[-1]):
                    phrases.append(Phrase(ph.words[:-1] + (pl,), ph.tight))
        for pl in plurals or []:
            for nm in _expand_subst(pl.upper(), subst) or []:
                phrases.append(parse_phrase(nm))
        entries.append(AgentEntry(phrases, c, prefix, n))
    return entries, issues


def _expand_subst(text: str, subst: dict[str, list[str]]) -> list[str] | None:
    m = _SUBST_USE.search(text)
    if not m:
        return [text]
    alts = subst.get(m[0].upper())
    if alts is None:
        return None
    out: list[str] = []
    for a in alts:
        rest = _expand_subst(text[: m.start()] + a + text[m.end():], subst)
        if rest is None:
            return None
        out.extend(rest)
    return out


# --------------------------------------------------------------------------------------------
# Discards


def read_discards(source: str | Path, name: str | None = None) -> tuple[list[Discard], list[Issue]]:
    """Read a discard list: one phrase a line, ``+`` for a story-level discard."""
    fname, text = _read(source)
    fname = name or fname
    out: list[Discard] = []
    issues: list[Issue] = []
    for n, line in _lines(text):
        s = line.strip()
        if not s:
            continue
        story = s.startswith("+")
        ph = parse_phrase(s[1:] if story else s)
        if not ph.words or "[" in s:
            issues.append(Issue(fname, n, "unreadable discard phrase"))
            continue
        out.append(Discard(ph, story, n))
    return out, issues


# --------------------------------------------------------------------------------------------
# Verbs

_HEADER = re.compile(r"^---\s*(?P<name>[^\[]+?)\s*\[(?P<code>[^\]]*)\](?:.*?)(?:---)?\s*$")
_SLOTS = {"*": "verb", "$": "source", "+": "target", "%": "compound", "^": "skip"}


def parse_pattern(text: str) -> list[PatternElement] | str:
    """``SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS`` -> elements; a string is a problem."""
    elements: list[PatternElement] = []
    tight_next = False
    for chunk in text.split():
        parts = chunk.split("_")
        for j, p in enumerate(parts):
            if p == "":
                if j > 0:
                    tight_next = True  # a trailing underscore ties to the next element
                continue
            tight = bool(elements) and (j > 0 or tight_next)
            tight_next = False
            if p in _SLOTS:
                elements.append(PatternElement(_SLOTS[p], "", tight))
            elif p.startswith("&"):
                elements.append(PatternElement("synset", p.upper(), tight))
            elif p.startswith("+") and len(p) > 1:
                elements.append(PatternElement("target", "", tight))
                elements.append(PatternElement("word", p[1:].upper(), True))
            else:
                elements.append(PatternElement("word", p.upper(), tight))
    verbs = sum(e.kind == "verb" for e in elements)
    if verbs != 1:
        return f"pattern needs exactly one * (has {verbs})"
    return elements


def verb_inflections(head: str) -> list[str]:
    """Regular forms of a verb word: -S/-ES, -ED/-D, -ING (dropping a final E), -IES/-IED."""
    w = head.upper()
    forms = {w}
    if w.endswith(("S", "X", "Z", "CH", "SH")):
        forms.add(w + "ES")
    elif w.endswith("Y") and len(w) > 1 and w[-2] not in "AEIOU":
        forms.update({w[:-1] + "IES", w[:-1] + "IED"})
    else:
        forms.add(w + "S")
    if w.endswith("E"):
        forms.update({w + "D", w[:-1] + "ING"})
    elif not (w.endswith("Y") and len(w) > 1 and w[-2] not in "AEIOU"):
        forms.add(w + "ED")
    if not w.endswith("E"):
        forms.add(w + "ING")
    return sorted(forms)


def _verb_form(text: str, family: str, code: str | None) -> VerbForm | None:
    words: list[str] = []
    head_i = 0
    for chunk in text.split():
        for p in chunk.split("_"):
            if not p:
                continue
            if p.startswith("+"):
                p = p[1:]
                head_i = len(words)
            if p:
                words.append(p.upper())
    if not words:
        return None
    return VerbForm(tuple(words[:head_i]), words[head_i], tuple(words[head_i + 1:]), code, family)


def _tabari_family(line: str, n: int) -> VerbFamily | None:
    """The one-verb family a TABARI verb line opens: ``ABIDE {ABIDES ABODE} [057]`` is family
    ABIDE with code 057 (``---`` when the line has no code); None for an unreadable line."""
    codes = _BRACKETS.findall(line)
    braced = _take_braces(_BRACKETS.sub(" ", line))
    if braced is None:
        return None
    words = braced[0].replace("+", "").split()
    if not words:
        return None
    return VerbFamily(words[0].upper(), codes[0].strip() if codes else "---", n)


def read_verbs(source: str | Path, name: str | None = None, fmt: str = "petrarch"
               ) -> tuple[VerbDictionary, list[Issue]]:
    """Read a verb dictionary: synonym sets (``&NAME`` then ``+member`` lines), families
    (``--- NAME [code] ---``), verb lines (``VERB {FORMS} [code]``, ``+`` marks the head word of a
    multi-word verb), and pattern lines (``- words * words [code]``).

    ``fmt="tabari"``: TABARI verb files have no family headers; every verb line opens a family
    of its own (named for the verb, coded with the verb's code or ``---``) and the pattern lines
    after it belong to that verb. Headers, where a file has them, still work."""
    if fmt not in ("petrarch", "tabari"):
        raise ValueError(f"unknown dictionary format {fmt!r}: expected petrarch or tabari")
    fname, text = _read(source)
    fname = name or fname
    families: list[VerbFamily] = []
    synsets: dict[str, list[Phrase | str]] = {}
    issues: list[Issue] = []
    fam: VerbFamily | None = None
    syn: str | None = None
    used: list[tuple[int, str]] = []
    for n, line in _lines(text):
        s = line.strip()
        if not s:
            continue
        if s.startswith("&"):
            nm = s.split()[0].upper()
            synsets[nm] = []
            syn = nm
            fam = None
            continue
        if s.startswith("+") and syn is not None:
            member = s[1:].strip()
            if member.startswith("&"):
                synsets[syn].append(member.split()[0].upper())
                used.append((n, member.split()[0].upper()))
            else:
                ph = parse_phrase(member)
                if ph.words:
                    synsets[syn].append(ph)
                else:
                    issues.append(Issue(fname, n, "empty synonym-set member"))
            continue
        syn = None
        if s.startswith("---"):
            m = _HEADER.match(s)
            if not m:
                issues.append(Issue(fname, n, "unreadable family header"))
                fam = None
                continue
            fam = VerbFamily(m["name"].strip().upper(), m["code"].strip(), n)
            families.append(fam)
            continue
        if fmt == "tabari" and not s.startswith("-"):
            fam = _tabari_family(s, n)
            if fam is None:
                issues.append(Issue(fname, n, "unreadable verb line"))
                continue
            families.append(fam)
        if fam is None:
            issues.append(Issue(fname, n, "line outside a verb family"))
            continue
        if s.startswith("-"):
            codes = _BRACKETS.findall(s)
            if len(codes) != 1:
                issues.append(Issue(fname, n, "pattern needs exactly one [code]"))
                continue
            body = _BRACKETS.sub(" ", s[1:]).strip()
            els = parse_pattern(body)
            if isinstance(els, str):
                issues.append(Issue(fname, n, els))
                continue
            for e in els:
                if e.kind == "synset":
                    used.append((n, e.value))
            fam.patterns.append(Pattern(els, codes[0].strip(), n, body))
            continue
        # a verb line
        codes = _BRACKETS.findall(s)
        braced = _take_braces(_BRACKETS.sub(" ", s))
        if braced is None:
            issues.append(Issue(fname, n, "unbalanced braces"))
            continue
        body, braced_words = braced
        extra = braced_words or []
        body = body.strip()
        if body.startswith("+"):
            body = body[1:]
        form = _verb_form(body, fam.name, codes[0].strip() if codes else None)
        if form is None:
            issues.append(Issue(fname, n, "empty verb"))
            continue
        fam.forms.append(form)
        for x in extra:
            xf = _verb_form(x, fam.name, form.code)
            if xf is not None:
                xf.regular = False
                fam.forms.append(xf)
    for n, nm in used:
        if nm not in synsets:
            issues.append(Issue(fname, n, f"unknown synonym set {nm}"))
    return VerbDictionary(families, synsets), issues
