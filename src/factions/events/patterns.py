"""Load event and alignment patterns from YAML files (format: docs/patterns.md).

Packaged files (``factions/data/patterns/events/*.yaml`` and ``relations.yaml``) load first, then
the user's files in the order given. A pattern whose ``id`` was seen before replaces the earlier one
(``disabled: true`` removes it). A file that is not valid YAML raises ``KnowledgeBaseError`` with
file and line; a single broken pattern is reported as a ``PatternIssue`` (file, line, problem) and
skipped, so one typo never loses the rest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from factions.errors import KnowledgeBaseError
from factions.events.cues import Phrases, cues, tokenize_phrase
from factions.events.ontology import ontology
from factions.resources import (
    data_path,
    invalid_yaml,
    load_yaml_resource,
    read_dictionary_text,
    yaml_loader,
)

RELATION_TYPES = ("supports", "opposes", "mediates", "allied_with", "member_of", "commands")
KINDS = ("verb", "noun", "phrase")
STRATEGIES = frozenset({
    "subject", "object", "by", "possessor", "modifier", "light_subject", "between", "left",
    "right", "list", "appositive", "antecedent", "reporter", "invited", "agent_possessor",
    "patient_possessor", "camp", "undergoer", "namer", "ruler", "host", "gap",
})
COMPLEMENTS = ("suppress", "reported", "planned")
GAP = "..."
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_KEYS = {
    "id", "verb", "noun", "phrase", "forms", "type", "relation", "mode", "cameo", "contexts",
    "acled", "source", "target", "symmetric", "object", "not_object", "near", "not_near",
    "not_before", "not_after", "before", "require", "complement", "complement_source", "modality",
    "confidence", "implies", "antecedent", "reply", "sourceless", "disabled", "note",
}


@dataclass(frozen=True, slots=True)
class PatternIssue:
    """A broken pattern that was skipped, with where it is."""

    file: str
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.problem}"


@dataclass(frozen=True, slots=True)
class TriggerForm:
    """One surface form of a trigger: lower-case tokens (``...`` = a gap) and its grammatical
    labels joined by "|": base, s, past, pp (past participle), ing, sg, pl, phrase."""

    tokens: tuple[str, ...]
    form: str


@dataclass(frozen=True, slots=True)
class Pattern:
    """One event or alignment pattern (see docs/patterns.md for every field)."""

    id: str
    kind: str  # verb | noun | phrase
    triggers: tuple[str, ...]
    forms: tuple[TriggerForm, ...]
    origin: str  # "file:line"
    type: str | None = None  # PLOVER type (event patterns)
    relation: str | None = None  # relation type (alignment patterns)
    mode: str | None = None
    cameo: str | None = None
    contexts: tuple[str, ...] = ()
    acled: tuple[str, str] | None = None
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    symmetric: bool = False
    object: Phrases | None = None
    object_proper: bool = False  # `object` lists "@proper": a capitalized place-like name counts
    not_object: Phrases | None = None
    near: Phrases | None = None
    not_near: Phrases | None = None
    not_before: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()
    # The entries of the two of more than one word, as token tuples ("war of words").
    not_before_phrases: tuple[tuple[str, ...], ...] = ()
    not_after_phrases: tuple[tuple[str, ...], ...] = ()
    # One of these words (or a capitalized place-like name, "@proper") stands just before the
    # trigger: its subject ("Kandahar and Herat *fell*", "Aleppo, Syria's second city, *fell*").
    before: Phrases | None = None
    before_proper: bool = False
    require: tuple[str, ...] = ()
    complement: str | None = None
    complement_source: str | None = None
    modality: str | None = None
    confidence: float | None = None
    implies: str | None = None
    antecedent: tuple[str, ...] = ()
    reply: tuple[str, ...] = ()
    sourceless: bool = False

    @property
    def constraints(self) -> int:
        """How many constraints the pattern states (more constrained patterns are tried first)."""
        return sum(x is not None for x in (self.object, self.not_object, self.near,
                                           self.not_near, self.before)) \
            + bool(self.not_before) + bool(self.not_after) + len(self.require)


@dataclass
class PatternSet:
    """Every loaded pattern, by kind of output, plus the issues of the skipped ones."""

    events: list[Pattern] = field(default_factory=list)
    relations: list[Pattern] = field(default_factory=list)
    issues: list[PatternIssue] = field(default_factory=list)
    files: tuple[str, ...] = ()
    _ids: dict[str, Pattern] = field(default_factory=dict, repr=False, compare=False)

    def by_id(self, pattern_id: str) -> Pattern | None:
        """The event or alignment pattern with this id (the ``rule`` of what it coded)."""
        if not self._ids:
            self._ids.update((p.id, p) for p in (*self.events, *self.relations))
        return self._ids.get(pattern_id)


def packaged_pattern_files() -> list[Path]:
    """The pattern files that ship with factions, in load order."""
    root = data_path("patterns")
    return sorted((root / "events").glob("*.yaml")) + [root / "relations.yaml"]


def load_patterns(extra: Sequence[str | Path] = (), *, packaged: bool = True) -> PatternSet:
    """Load the packaged patterns plus ``extra`` user files (cached per list of files)."""
    return _load(tuple(str(p) for p in extra), packaged)


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...], packaged: bool) -> PatternSet:
    files: list[Path] = packaged_pattern_files() if packaged else []
    for item in extra:
        path = Path(item)
        if not path.exists():
            raise KnowledgeBaseError(f"{path}: pattern file not found")
        files.extend(sorted(path.rglob("*.y*ml")) if path.is_dir() else [path])
    chosen: dict[str, Pattern] = {}
    issues: list[PatternIssue] = []
    for path in files:
        patterns, file_issues, disabled = read_pattern_file(path)
        issues.extend(file_issues)
        for pattern_id in disabled:
            chosen.pop(pattern_id, None)
        for pattern in patterns:
            chosen.pop(pattern.id, None)  # a later file replaces (and re-orders) an id
            chosen[pattern.id] = pattern
    result = PatternSet(issues=issues, files=tuple(str(f) for f in files))
    for pattern in chosen.values():
        (result.events if pattern.type else result.relations).append(pattern)
    return result


def read_pattern_file(path: Path) -> tuple[list[Pattern], list[PatternIssue], list[str]]:
    """Parse one pattern file: its good patterns, the issues of broken ones, and disabled ids."""
    name = str(path)
    text = read_dictionary_text(path)
    loader = yaml_loader()(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        raise invalid_yaml(name, exc) from exc
    finally:
        loader.dispose()
    if data is None:
        return [], [], []
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"{name}:1: expected a mapping with 'events' and/or 'relations'")
    unknown = set(data) - {"version", "events", "relations"}
    if unknown:
        raise KnowledgeBaseError(f"{name}:1: unknown top-level keys {sorted(unknown)}")
    lines = _item_lines(root)
    patterns: list[Pattern] = []
    issues: list[PatternIssue] = []
    disabled: list[str] = []
    seen: set[str] = set()
    for section in ("events", "relations"):
        items = data.get(section) or []
        if not isinstance(items, list):
            raise KnowledgeBaseError(f"{name}:1: '{section}' must be a list of patterns")
        for k, raw in enumerate(items):
            line = lines.get((section, k), 0)
            try:
                if not isinstance(raw, dict):
                    raise ValueError("a pattern must be a mapping")
                pattern_id = raw.get("id")
                if pattern_id in seen:
                    raise ValueError(f"duplicate id {pattern_id!r} in this file")
                if raw.get("disabled"):
                    if not isinstance(pattern_id, str):
                        raise ValueError("a disabled pattern needs its id")
                    disabled.append(pattern_id)
                    seen.add(pattern_id)
                    continue
                pattern = _build(raw, section, f"{name}:{line}")
                seen.add(pattern.id)
                patterns.append(pattern)
            except (ValueError, TypeError) as exc:
                issues.append(PatternIssue(name, line, str(exc)))
    return patterns, issues, disabled


def _item_lines(root: yaml.Node | None) -> dict[tuple[str, int], int]:
    lines: dict[tuple[str, int], int] = {}
    if not isinstance(root, yaml.MappingNode):
        return lines
    for key, value in root.value:
        if isinstance(value, yaml.SequenceNode):
            for k, item in enumerate(value.value):
                lines[(str(key.value), k)] = item.start_mark.line + 1
    return lines


# ------------------------------------------------------------------ one pattern


def _build(raw: dict[str, Any], section: str, origin: str) -> Pattern:
    unknown = set(raw) - _KEYS
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}")
    pattern_id = raw.get("id")
    if not isinstance(pattern_id, str) or not _ID.match(pattern_id):
        raise ValueError(f"bad or missing id {pattern_id!r} (lower case letters, digits, . _ -)")
    kinds = [k for k in KINDS if k in raw]
    if len(kinds) != 1:
        raise ValueError("give exactly one of verb, noun, phrase")
    kind = kinds[0]
    triggers = _strings(raw[kind], kind)
    if not triggers:
        raise ValueError(f"empty {kind}")
    onto = ontology()
    plover_type = raw.get("type")
    relation = raw.get("relation")
    if section == "events":
        if plover_type not in onto.plover:
            raise ValueError(f"unknown PLOVER type {plover_type!r}")
        if relation is not None:
            raise ValueError("an event pattern gives a type, not a relation")
    else:
        if relation not in RELATION_TYPES:
            raise ValueError(f"unknown relation {relation!r}; one of {', '.join(RELATION_TYPES)}")
        if plover_type is not None:
            raise ValueError("an alignment pattern gives a relation, not a type")
    mode = raw.get("mode")
    if mode is not None and plover_type and mode not in onto.plover[plover_type].modes:
        raise ValueError(f"mode {mode!r} is not a mode of {plover_type} (see plover.yaml)")
    cameo = raw.get("cameo")
    if cameo is not None:
        cameo = str(cameo)
        if not re.fullmatch(r"\d{2,4}", cameo) or onto.cameo_name(cameo) is None:
            raise ValueError(f"unknown CAMEO code {cameo!r}")
        if plover_type and onto.plover_of_cameo(cameo) != plover_type:
            raise ValueError(
                f"CAMEO {cameo} maps to {onto.plover_of_cameo(cameo)}, not {plover_type}")
    contexts = tuple(_strings(raw.get("contexts", []), "contexts"))
    for ctx in contexts:
        if ctx not in onto.contexts:
            raise ValueError(f"unknown context {ctx!r} (see plover.yaml)")
    acled = raw.get("acled")
    if acled is not None:
        if (not isinstance(acled, list) or len(acled) != 2
                or acled[1] not in onto.acled_types.get(acled[0], ())):
            raise ValueError(f"bad acled {acled!r}: [event type, sub-event type]")
        acled = (acled[0], acled[1])
    source = tuple(_strategies(raw.get("source"), "source"))
    target = tuple(_strategies(raw.get("target"), "target"))
    require = tuple(_strings(raw.get("require", []), "require"))
    if set(require) - {"source", "target"}:
        raise ValueError("require lists source and/or target")
    complement = raw.get("complement")
    if complement is not None and complement not in COMPLEMENTS:
        raise ValueError(f"complement is one of {', '.join(COMPLEMENTS)}")
    complement_source = raw.get("complement_source")
    if complement_source is not None and complement_source not in ("object", "subject"):
        raise ValueError("complement_source is object or subject")
    modality = raw.get("modality")
    if modality is not None and modality not in (
            "asserted", "reported", "planned", "hypothetical", "negated", "historical"):
        raise ValueError(f"unknown modality {modality!r}")
    confidence = raw.get("confidence")
    if confidence is not None and not (
            isinstance(confidence, int | float) and 0 <= confidence <= 1):
        raise ValueError("confidence is a number in [0, 1]")
    implies = raw.get("implies")
    if implies is not None and implies not in (*RELATION_TYPES, "none"):
        raise ValueError(f"implies is a relation type or none, not {implies!r}")
    antecedent = tuple(_strings(raw.get("antecedent", []), "antecedent"))
    reply = tuple(_strings(raw.get("reply", []), "reply"))
    for kind_name in (*antecedent, *reply):
        if kind_name not in onto.plover:
            raise ValueError(f"antecedent and reply list PLOVER types; {kind_name!r} is not one")
    forms = _forms(kind, triggers, raw.get("forms"))
    return Pattern(
        id=pattern_id, kind=kind, triggers=tuple(triggers), forms=forms, origin=origin,
        type=plover_type, relation=relation, mode=mode, cameo=cameo, contexts=contexts,
        acled=acled, source=source, target=target, symmetric=bool(raw.get("symmetric", False)),
        object=_words(raw.get("object"), "object"),
        object_proper="@proper" in _strings(raw.get("object", []), "object"),
        not_object=_words(raw.get("not_object"), "not_object"),
        near=_words(raw.get("near"), "near"), not_near=_words(raw.get("not_near"), "not_near"),
        not_before=frozenset(w.lower() for w in _strings(raw.get("not_before", []), "not_before")),
        not_after=frozenset(w.lower() for w in _strings(raw.get("not_after", []), "not_after")),
        not_before_phrases=_phrases(raw.get("not_before", []), "not_before"),
        not_after_phrases=_phrases(raw.get("not_after", []), "not_after"),
        before=_words(raw.get("before"), "before"),
        before_proper="@proper" in _strings(raw.get("before", []), "before"),
        require=require, complement=complement, complement_source=complement_source,
        modality=modality, confidence=float(confidence) if confidence is not None else None,
        implies=implies, antecedent=antecedent, reply=reply,
        sourceless=bool(raw.get("sourceless", False)),
    )


def _phrases(value: Any, what: str) -> tuple[tuple[str, ...], ...]:
    """The entries of more than one token, tokenized as the text is."""
    return tuple(t for t in (tokenize_phrase(w) for w in _strings(value, what)) if len(t) > 1)


def _strings(value: Any, what: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ValueError(f"{what} must be a string or a list of strings")


def _strategies(value: Any, what: str) -> list[str]:
    if value is None:
        return []
    result = _strings(value, what)
    for s in result:
        if s in STRATEGIES or (s.startswith("prep:") and len(s) > 5):
            continue
        raise ValueError(f"unknown {what} strategy {s!r}")
    return result


def _words(value: Any, what: str) -> Phrases | None:
    """A constraint list: words, phrases and @classes from cues.yaml."""
    if value is None:
        return None
    items: list[str] = []
    classes = cues().class_words
    for item in _strings(value, what):
        if item == "@proper" and what in ("object", "before"):
            continue  # checked by the matcher against capitalized words
        if item.startswith("@"):
            if item[1:] not in classes:
                raise ValueError(f"unknown word class {item!r} in {what}")
            items.extend(classes[item[1:]])
        else:
            items.append(item)
    return Phrases(items)


# ------------------------------------------------------------------ inflection


@dataclass(frozen=True)
class _VerbRules:
    irregular: dict[str, tuple[str, str, str, str]]
    double: frozenset[str]
    plurals: dict[str, str]
    both: frozenset[str] = frozenset()
    adverbs: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _verb_rules() -> _VerbRules:
    data = load_yaml_resource("patterns/verbs.yaml")
    return _VerbRules(
        irregular={k: (v[0], v[1], v[2], v[3]) for k, v in data["irregular"].items()},
        double=frozenset(data["double"]),
        plurals=dict(data["plurals"]),
        both=frozenset(data.get("both", ())),
        adverbs=frozenset(data.get("adverbs", ())),
    )


_VOWELS = set("aeiou")


def verb_spellings(base: str) -> list[dict[str, str]]:
    """The forms of a verb in each spelling wire copy uses: one set, or for the -l verbs that
    verbs.yaml lists under ``both`` the American and the British one (canceled, cancelled)."""
    forms = [verb_forms(base)]
    if base in _verb_rules().both:
        doubled = base + base[-1]
        forms.append({**forms[0], "past": doubled + "ed", "pp": doubled + "ed",
                      "ing": doubled + "ing"})
    return forms


def verb_forms(base: str) -> dict[str, str]:
    """The five forms of an English verb: base, s, past, pp, ing (irregulars from verbs.yaml)."""
    rules = _verb_rules()
    if base in rules.irregular:
        s, past, pp, ing = rules.irregular[base]
        return {"base": base, "s": s, "past": past, "pp": pp, "ing": ing}
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        third = base + "es"
    elif base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if base in rules.double:
        past = base + base[-1] + "ed"
        ing = base + base[-1] + "ing"
    elif base.endswith("e"):
        past = base + "d"
        ing = base[:-2] + "ying" if base.endswith("ie") else (
            base + "ing" if base.endswith(("ee", "ye", "oe")) else base[:-1] + "ing")
    elif base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        past = base[:-1] + "ied"
        ing = base + "ing"
    else:
        past = base + "ed"
        ing = base + "ing"
    return {"base": base, "s": third, "past": past, "pp": past, "ing": ing}


def plural(noun: str) -> str:
    """The plural of an English noun (exceptions from verbs.yaml)."""
    rules = _verb_rules()
    if noun in rules.plurals:
        return rules.plurals[noun]
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def _forms(kind: str, triggers: list[str], explicit: Any) -> tuple[TriggerForm, ...]:
    """The surface forms of a pattern's triggers, each with its grammatical labels joined by "|"
    ("hit" is base|past|pp; "seized" past|pp)."""
    labels: dict[tuple[str, ...], set[str]] = {}
    if explicit is not None:
        for text in _strings(explicit, "forms"):
            labels.setdefault(_trigger_tokens(text), set()).add(
                "phrase" if kind == "phrase" else "any")
    else:
        for trigger in triggers:
            toks = _trigger_tokens(trigger)
            if kind == "verb":
                # Inflect the first word (the verb); the rest ("take control of") stays. An
                # adverb before the verb ("forcibly remove") stays and the verb after it is
                # inflected ("forcibly removed").
                head, _, rest = trigger.strip().partition(" ")
                lead = ""
                if rest and head.lower() in _verb_rules().adverbs:
                    lead = head + " "
                    head, _, rest = rest.partition(" ")
                for spelling in verb_spellings(head.lower()):
                    for form, word in spelling.items():
                        labels.setdefault(_trigger_tokens(f"{lead}{word} {rest}"),
                                          set()).add(form)
            elif kind == "noun":
                labels.setdefault(toks, set()).add("sg")
                if toks[-1] != GAP:
                    labels.setdefault((*toks[:-1], *tokenize_phrase(plural(toks[-1]))),
                                      set()).add("pl")
            else:
                labels.setdefault(toks, set()).add("phrase")
    return tuple(TriggerForm(t, "|".join(sorted(v))) for t, v in labels.items())


_FORM_LABELS: dict[str, frozenset[str]] = {}


def has_form(form: str, label: str) -> bool:
    """True when a trigger form's labels ("base|past|pp") include ``label``."""
    labels = _FORM_LABELS.get(form)
    if labels is None:
        labels = _FORM_LABELS[form] = frozenset(form.split("|"))
    return label in labels


def _trigger_tokens(text: str) -> tuple[str, ...]:
    parts = [p.strip() for p in text.split(GAP)]
    toks: list[str] = []
    for k, part in enumerate(parts):
        if k:
            toks.append(GAP)
        toks.extend(tokenize_phrase(part))
    if not toks or toks[0] == GAP or toks[-1] == GAP:
        raise ValueError(f"bad trigger {text!r}")
    return tuple(toks)
