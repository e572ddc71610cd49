"""Modality of a coded event: asserted, reported, planned, hypothetical, negated or historical;
or no event at all when the trigger sits in an ambition or presumption ("His ultimate ambition is
presumed to be taking over the entire country").

Cues come from ``cues.yaml`` and are read in the trigger's clause, before the trigger (a noun
trigger also looks a few words after itself: "the withdrawal of Eritrean troops would be ...").
When several apply, the first of negated, hypothetical, historical, planned, reported wins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from factions.events.arguments import ACT_CLAIMS, reporters
from factions.events.location import Anchors
from factions.events.matcher import Match
from factions.events.patterns import has_form
from factions.events.sentence import Clause, DocReading, SentenceView

# Present-tense auxiliaries of a stance held now ("does not recognise").
_PRESENT_DO = frozenset({"does", "do"})
_NOT_NEGATION_AFTER = frozenset({"only", "just", "least"})
# Openers that join two cues in one ("and said", ", said"): the first one's kind.
_REPORT_AFTER = frozenset({"coord", "resume"})
# A trailing ", X said": how far before the verb the comma may stand, how many words may follow
# it before a comma or the full stop, and what ends them.
_SPEAKER_REACH = 9
_REPORT_WORDS = 4
_REPORT_END = frozenset({",", ".", "!", "?", ";"})
# Words of the setting a trailing report may add ("said in a statement", "said late on Friday").
_REPORT_SETTINGS = frozenset({"statement", "interview", "briefing", "conference", "news",
                              "late", "early", "earlier", "later", "also", "separately"})
# What closes a quotation before an inverted '..., said X'.
_CLOSING_QUOTES = frozenset({'"', "”", "''"})
# How many words a headline's closing " - UN" credit may have.
_DASH_WORDS = 3


@dataclass(frozen=True, slots=True)
class ModalityReading:
    """The modality (None: not an event at all) and whether a hedge weakens the sentence."""

    modality: str | None
    hedged: bool
    reporters: tuple[str, ...] = ()
    trailing: bool = False  # the report closes the sentence (", X said"), after the claim


# Verbs of an announcement whose "would" tells what the announcer plans.
_ANNOUNCING = frozenset({"announced", "announces", "announce", "announcing"})
# Acts an actor performs by announcing them itself (besides its speech acts).
_ANNOUNCED = frozenset({"SANCTION"})
# ... and the decrees a ruler issues so: "Burhan said he was also dissolving the Sovereign
# Council", "the junta said it was imposing a curfew", "declared a state of emergency"
_DECREED = frozenset({("COERCE", "ban"), ("COERCE", "curfew"), ("COERCE", "emergency")})
# Words that put a speaker's own act after the reporting verb ("said after hosting talks").
_AFTER_WORDS = frozenset({"after", "before", "while", "when", "as"})
# Subordinators of an act that came before the one a when-clause tells.
_BEFORE_WHEN = frozenset({"after", "following"})


# Auxiliaries that make an "-ing" aim the predicate ("the rebels *were* seeking to ...").
_AIM_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "am", "being", "'s",
                              "'re", "not"})


def _subject_aims_only(reading: DocReading, view: SentenceView, match: Match, lo: int,
                       hi: int) -> bool:
    """"Rebels *seeking to* overturn the re-election of President Touadera attacked the outskirts
    of the capital", "Militants *trying to* retake the town shelled army positions": every aim
    before the trigger is a participle that qualifies the subject (a noun before it, no
    auxiliary), and the trigger is the finite verb of the clause, past the aim's own verb: the
    attack happened; only its purpose is an aim."""
    w = reading.words
    if match.pattern.kind != "verb" or not has_form(match.form, "past") \
            or w[match.start - 1] in ("to", "and", "or", ","):
        return False
    hits = reading.cues.irrealis.find(w, lo, hi)
    return bool(hits) and all(
        w[k].endswith("ing") and k > view.start and w[k - 1] not in _AIM_AUXILIARIES
        and w[k - 1].isalpha() and k + length < match.start - 1 for k, length in hits)


# Adverbs that may stand between "was" and its participle ("who was also attending").
_PROGRESSIVE_ADVERBS = frozenset({"also", "then", "still", "already", "just"})


def _whereabouts(w: Sequence[str], match: Match) -> bool:
    """"Lula, *who was visiting* a flood-hit city in Sao Paulo state when the violence broke
    out, signed a decree", "Putin, *who was also attending* the summit, had urged both
    leaders": a past progressive in a relative clause set off by a comma tells where the actor
    was while the story happened, a circumstance and no event of its own."""
    k = match.start
    if match.pattern.kind != "verb" or not w[k].endswith("ing"):
        return False
    k -= 1
    if k > 0 and w[k] in _PROGRESSIVE_ADVERBS:
        k -= 1
    return k >= 3 and w[k] in ("was", "were") and w[k - 1] in ("who", "which") \
        and w[k - 2] == ","


def read_modality(
    reading: DocReading,
    view: SentenceView,
    match: Match,
    sources: list[str],
    date: tuple[str, str, bool] | None,
) -> ModalityReading:
    """Read the modality of the event triggered by ``match`` (``date``: its ISO date and precision
    when the text gives one)."""
    w, c = reading.words, reading.cues
    clause = view.clause_at(match.start)
    lo, hi = clause.start, match.start
    hedged = view.hedged(reading)
    if c.irrealis.any_in(w, lo, hi) and not _subject_aims_only(reading, view, match, lo, hi):
        return ModalityReading(None, hedged)
    if _whereabouts(w, match):
        return ModalityReading(None, hedged)
    shared = _shared_start(reading, view, clause, match)
    if shared < lo and c.irrealis.any_in(w, shared, lo):
        # "tested its forces' ability to control the area, block key shipping lanes and strike
        # key targets": a bare verb joined to an ability shares it
        return ModalityReading(None, hedged)
    if _negated(reading, lo, hi):
        return ModalityReading("negated", hedged)
    after = _after_noun(reading, view, match)
    # "could attack and seize", "will deploy troops and send weapons": a bare verb joined to the
    # predicate before it shares its modal.
    lo = shared
    alongside = lo  # where the act a speech act goes alongside of starts
    if match.pattern.type in c.speech_acts and match.start > lo and w[match.start - 1] == "," \
            and w[match.start].endswith("ing"):
        # "ordered federal troops into action, accusing it of attacking an army base": what
        # the speaker says alongside an act is said, whatever that act plans
        lo = match.start
    # "... and said Washington would keep providing": a reporting verb right after a
    # coordinator or a resumed clause opens a report too.
    reported_before = any(
        cl.start <= match.start and (
            cl.opener == "report"
            or (cl.opener in _REPORT_AFTER and c.reporting.any_in(w, cl.opener_start, cl.start)))
        for cl in view.clauses
    )
    # ... or after a noun trigger, its predicate's ("said the truce would take effect")
    modal_before = not c.reported_future.isdisjoint(w[lo:hi]) or (
        after is not None and not c.reported_future.isdisjoint(w[after[0] : after[1]]))
    # What a threat threatens lies ahead ("would pay a heavy price"); the threat is made.
    threat = match.pattern.type in c.threats
    hypothetical = not threat and (
        _hypothetical_in(reading, lo, hi, view.start)
        or (clause.opener == "sub"
            and c.hypothetical.match_at(w, clause.opener_start, clause.start) > 0)
        or _hypothetical_noun(reading, view, match)
        # "any Russians fighting in Libya": the doers named by "any" are hypothetical too
        or (w[match.start].endswith("ing") and match.start > view.start + 1
            and w[match.start - 2] in c.hypothetical_determiners)
        or (after is not None and _hypothetical_in(reading, after[0], after[1], view.start))
    )
    # "The army announced it would impose a curfew": a future an announcement tells is its plan
    future_reported = modal_before and (reported_before or any(
        w[i] in _ANNOUNCING for i in range(view.start, match.start)))
    if hypothetical and not (future_reported and not _other_hypothetical(reading, lo, hi)):
        return ModalityReading("hypothetical", hedged)
    # A span ("since June") does not end its event; but a when-clause after it names the act
    # that started it ("since June, when GNA forces drove the LNA out").
    when = clause.opener == "sub" and (w[clause.opener_start] == "when" or (
        # "since October, when the group began firing ... after Hamas's attack on southern
        # Israel": an act the when-clause places before its own is as far back
        w[clause.opener_start] in _BEFORE_WHEN and any(
            cl.opener == "sub" and w[cl.opener_start] == "when"
            for cl in view.clauses[: clause.index])))
    # "approved the mission in June ... and says it will help Mozambique": a clause of its own
    # that says what is still to come is not dated by the clause it is coordinated to.
    ahead = c.planned.any_in(w, clause.start, match.start)
    # ... but a war waged since a year long gone ("has fought the Pakistani state since 2007",
    # "has waged an insurgency since 1984") is the conflict's background, as ACLED dates it;
    # so is backing given since then ("Mali has relied on Russia's Wagner Group since 2021",
    # "instructors, who have been training the national army since 2018").
    waged = date is not None and date[2] and match.pattern.type in ("ASSAULT", "AID") and \
        is_historical(reading, date[0], days=_WAGED_DAYS)
    # ... as is a war waged "since" then from such a year ("launched its insurgency in 2009 and
    # has since spread into Niger, killing tens of thousands"); not an act since a recent month
    # ("signed a pact in August and has since delivered weapons")
    waged_since = date is not None and match.pattern.type == "ASSAULT" and \
        is_historical(reading, date[0], days=_WAGED_DAYS)
    # "The United States does not recognise his re-election last year": a stance held in the
    # present tense; the old date is of the thing it is about.
    present = match.pattern.kind == "verb" and (w[match.start] in _PRESENT_DO or (
        match.start > clause.start and w[match.start - 1] in _PRESENT_DO))
    if (date is not None and (not date[2] or when or waged) and is_historical(reading, date[0])
            and not present and _dated_here(reading, view, clause, date[0], own_only=ahead,
                                            since_then=waged_since)) \
            or _historical_cue(reading, lo, hi) or _during_ended_war(reading, view, match) \
            or _historical_after(reading, match, clause) \
            or _habitual_attack(reading, match, lo, hi, date) \
            or _ended_talks(reading, view, match) \
            or (alongside < lo and _historical_cue(reading, alongside, lo)):
        # (said alongside an act of the past, the charge is of that past too: "have
        # previously targeted Kurdish groups in Iraq, accusing them of working with Israel")
        return ModalityReading("historical", hedged)
    planned = not threat and (
        _planned_cue(reading, match, lo, hi)
        or _under_deal_terms(reading, view, match)
        or future_reported
        # "Both countries face steep U.S. tariffs on their exports from August 1", four days on
        or (date is not None and _is_ahead(reading, date[0]))
        or (after is not None and _planned_after(reading, after))
    )
    if planned:
        return ModalityReading("planned", hedged)
    if match.pattern.kind == "noun" \
            and any(w[i] in ACT_CLAIMS for i in range(max(lo, match.start - 5), match.start)):
        # "The Islamic Resistance in Iraq claimed drone attacks on three US bases": an attack
        # known by its doer's claim is the doer's word, not the reporter's finding.
        return ModalityReading("reported", hedged, tuple(sources))
    if match.pattern.type == "CONSULT" and c.reporting.match_at(w, match.start, match.end) \
            and any(cl.opener == "coord" and cl.opener_start <= match.start < cl.start
                    for cl in view.clauses):
        # "condemned the attack and told the U.N. Security Council that ...": the telling is
        # the consultation itself, done, not reported by its own verb
        return ModalityReading("asserted", hedged)
    reporters = _reporters(reading, view, match)
    if reporters is None:
        reporters = _coordinated_reporters(reading, view, match)
    trailing = False
    if reporters is None:
        reporters = _trailing_reporters(reading, view, clause)
        trailing = reporters is not None
    if reporters is None and match.start > view.start + 2 and w[view.start] == "it" and \
            c.reporting.match_at(w, view.start, match.start) >= 2:
        # "It said Armenian troops were returning fire": the opening "it said" reports the claim
        opener = view.by_start.get(view.start)
        reporters = list(opener[0].actors) if opener else []
    if reporters is not None and set(reporters) & set(sources) and match.start > view.start + 1 \
            and w[match.start - 1] in _AFTER_WORDS \
            and c.reporting.match_at(w, match.start - 2, match.start - 1):
        # "Anwar Ibrahim said after hosting talks": the speaker's own act, told, not claimed
        return ModalityReading("asserted", hedged, tuple(reporters))
    if reporters is not None and sources and not set(reporters) & set(sources) \
            and _juxtaposed(w, clause, match):
        # "said it would keep working with Chad ..., while Cameroon and Niger sent
        # condolences": the writer's own news set beside the report, not part of it
        return ModalityReading("asserted", hedged)
    if reporters is not None:
        if (match.pattern.type in c.speech_acts or match.pattern.type in _ANNOUNCED
                or (match.pattern.type, match.pattern.mode) in _DECREED) \
                and set(reporters) & set(sources):
            # "Niger's junta said it was severing ties with Ukraine": saying so does it
            return ModalityReading("asserted", hedged, tuple(reporters))
        # (a speaker named only after the claim closes it, however the report was found)
        trailing = trailing or not any(s.start < match.start for s in view.spans
                                       if not set(s.actors).isdisjoint(reporters))
        return ModalityReading("reported", hedged, tuple(reporters), trailing)
    if c.reported_adverbs.any_in(w, view.start, _own_subject_clause_end(reading, view, clause)):
        return ModalityReading("reported", hedged)
    if c.attributed_passives.any_in(w, lo, hi):
        # "Wagner fighters are thought to have killed ...": believed by others, not told
        return ModalityReading("reported", hedged)
    return ModalityReading("asserted", hedged)


# Words that open a noun phrase with a count: "more than 2,000 people", "at least 20".
_COUNT_OPENERS = frozenset({"more", "at", "about", "nearly", "over", "some", "dozens",
                            "hundreds", "thousands", "scores", "several", "many"})


def _own_subject_clause_end(reading: DocReading, view: SentenceView, clause: Clause) -> int:
    """Where the words that may hedge the trigger's clause end: the sentence's end, or the
    start of a later clause after ", and" that opens on a subject of its own (a determiner, a
    count, a number): "Security forces ... broke up the demonstrations, and more than 2,000
    people have been arrested, according to the government's own figures" (the figures are
    the arrests', the crackdown is told by the writer)."""
    w = reading.words
    for cl in view.clauses[clause.index + 1:]:
        if cl.opener == "coord" and cl.opener_start > view.start and \
                w[cl.opener_start - 1] == "," and cl.start < len(w) and (
                    w[cl.start] in reading.cues.determiners or w[cl.start] in _COUNT_OPENERS
                    or w[cl.start][:1].isdigit()):
            return cl.opener_start
    return view.end


def _juxtaposed(w: Sequence[str], clause: Clause, match: Match) -> bool:
    """Whether the trigger is the simple past verb of a ", while" clause that opens on its own
    subject ("..., while Cameroon and Niger sent condolences")."""
    return clause.opener == "sub" and w[clause.opener_start] in ("while", "whereas") \
        and clause.opener_start > 0 and w[clause.opener_start - 1] == "," \
        and match.pattern.kind == "verb" and has_form(match.form, "past") \
        and match.start > clause.start and w[match.start - 1] not in _AUXILIARIES


# Words before a past form that make it a perfect or a passive, not a simple past.
_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "been", "be", "is", "are",
                          "would", "will"})


def _shared_start(reading: DocReading, view: SentenceView, clause: Clause, match: Match) -> int:
    """Where the modal cues of the trigger's clause start: the clause before it when the trigger
    is a bare verb right after the coordinator, sharing the subject and the modal before it
    ("could attack and seize", "said it would fly in staff and evacuate the wounded"), else the
    clause's own start. A verb with a tense of its own ("and urged", "and had written") says
    its own modality."""
    if clause.opener != "coord" or clause.index == 0 or match.start != clause.start \
            or match.pattern.kind != "verb" or not has_form(match.form, "base") \
            or has_form(match.form, "past"):
        return clause.start
    return view.clauses[clause.index - 1].start


def _under_deal_terms(reading: DocReading, view: SentenceView, match: Match) -> bool:
    """Whether the sentence opens on "Under the deal," ("Under its terms,", "Under the first
    phase of the agreement,") and the trigger, after that phrase, is no verb in the past: what
    the deal lays down ("Israeli troops will withdraw ... while the Lebanese army deploys
    soldiers", "Hamas is to free 33 hostages"), not what was done under it ("Under the deal,
    Hamas freed three hostages on Sunday") nor the deal itself ("Under the arrangement, signed
    in July 2022, Russia agreed not to attack cargo ships")."""
    w, c = reading.words, reading.cues
    if w[view.start] != "under" or match.pattern.type == "AGREE":
        return False
    comma = next((i for i in range(view.start + 1, min(view.end, view.start + 10))
                  if w[i] == ","), None)
    if comma is None or match.start < comma or c.deal_terms.isdisjoint(w[view.start:comma]):
        return False
    return not (match.pattern.kind == "verb" and has_form(match.form, "past")
                and not has_form(match.form, "base"))


def _planned_cue(reading: DocReading, match: Match, lo: int, hi: int) -> bool:
    """A planned cue in ``[lo, hi)``; but announcing aid or sanctions gives them ("announced
    $11.5 million in humanitarian aid"), so an announcement alone does not plan those."""
    w, c = reading.words, reading.cues
    if not c.planned.any_in(w, lo, hi):
        return False
    if match.pattern.type not in c.given_by_announcing:
        return True
    return any(w[i] not in c.announcements for i, _ in c.planned.find(w, lo, hi))


def _during_ended_war(reading: DocReading, view: SentenceView, match: Match) -> bool:
    """An act "during" a period its relative clause says ended long before publication
    ("fought alongside the army ... during the two-year war in Tigray, which ended with a peace
    deal in November last year")."""
    w = reading.words
    try:
        i = w.index("during", match.end, view.end)
    except ValueError:
        return False
    k = next((k for k in range(i + 1, min(view.end - 1, i + 12))
              if w[k] in ("which", "that") and w[k + 1] in _ENDED), None)
    if k is None:
        return False
    at = reading.state.tokens.idx[k]
    return any(d[0] >= at and is_historical(reading, d[2])
               for d in Anchors.of(reading).dates.get(view.index, ()))


def _habitual_attack(reading: DocReading, match: Match, lo: int, hi: int,
                     date: tuple[str, str, bool] | None) -> bool:
    """An attack (or a verb of pressing, right after them) the perfect tells as a habit: an
    adverb of repetition right after the auxiliary ("Iran has repeatedly struck Kurdish
    opposition groups", "the Houthis have repeatedly fired missiles"), or a noun trigger a
    count of attacks opens ("Jaish al-Adl has carried out a string of attacks", "Israel has
    carried out hundreds of strikes in Syria since December") — the conflict's background,
    unless a recent date bounds it ("has repeatedly shelled the town since Monday")."""
    if hi - lo < 2:
        return False
    w, c = reading.words, reading.cues
    if match.pattern.type == "REQUEST" and match.pattern.kind == "verb":
        # "an issue Beijing has repeatedly pressed the generals to address", "Washington has
        # often urged Kyiv not to strike": pressure told as a habit is background too
        return w[hi - 2] in c.perfect_auxiliaries and w[hi - 1] in c.habitual_adverbs and \
            (date is None or is_historical(reading, date[0]))
    if match.pattern.type != "ASSAULT":
        return False
    if date is not None and not is_historical(reading, date[0]):
        return False
    perfect = [i for i in range(lo, hi) if w[i] in c.perfect_auxiliaries]
    if not perfect:
        return False
    if any(i + 1 < hi and w[i + 1] in c.habitual_adverbs for i in perfect):
        return True
    if match.pattern.kind != "noun":
        return False
    return any(hi - 2 <= i + n <= hi for i, n in c.habitual_counts.find(w, perfect[0] + 1, hi))


# Verbs that end a period ("the war, which ended in 2022").
_ENDED = frozenset({"ended", "finished", "concluded"})


def _historical_cue(reading: DocReading, lo: int, hi: int) -> bool:
    """A historical cue in ``[lo, hi)``, but not "in the past" before a span of recent time ("in
    the past 24 hours", "in the past week")."""
    w, c = reading.words, reading.cues
    if not c.historical.any_in(w, lo, hi):
        return False
    for i, n in c.historical.find(w, lo, hi):
        nxt = w[i + n] if i + n < len(w) else ""
        if not (w[i + n - 1] == "past" and (nxt in c.recent_periods or nxt[:1].isdigit())):
            return True
    return False


def _historical_after(reading: DocReading, match: Match, clause: Clause) -> bool:
    """A cue after the trigger that puts it far back ("M23 had seized Goma *years ago*"), before
    any comma of its clause (not "struck a site on Monday, a base the group had used years
    ago")."""
    w = reading.words
    end = next((i for i in range(match.end, clause.end) if w[i] == ","), clause.end)
    return reading.cues.historical_after.any_in(w, match.end, end)


# How many modifiers may stand between a hypothetical determiner and its noun.
_MODIFIERS = 2


def _hypothetical_noun(reading: DocReading, view: SentenceView, match: Match) -> bool:
    """A noun trigger a hypothetical determiner opens ("any advance on Sirte", "a possible RSF
    assault on El Fasher", "any Israeli ground offensive"): the determiner right before it, or
    before an actor's name or a modifier of the attack. (Not a verb's pattern that matched the
    noun, "any attack on Iran would be answered": on pending its asserted attacks imply the
    oppositions the gold draws from the warning they are part of.)"""
    w, c, text = reading.words, reading.cues, reading.state.tokens.text
    k, skipped = match.start - 1, 0
    while k > view.start and skipped < _MODIFIERS:
        span = view.span_at(k)
        if span is not None:
            k = span.start - 1
        elif w[k] in c.hypothetical_modifiers or text[k][:1].isupper():
            # (a name or its adjective: "Israeli", "RSF")
            k -= 1
        else:
            break
        skipped += 1
    if k < view.start or w[k] not in c.hypothetical_determiners:
        return False
    return match.pattern.kind == "noun"


def _negated(reading: DocReading, lo: int, hi: int) -> bool:
    w, c = reading.words, reading.cues
    if "no" in w[lo : min(hi, lo + 3)] and hi - lo <= 10:
        return True  # a clause opening with "no": "no Pakistani military installations had
        # been hit", "No group claimed the attack"
    if not c.negators.starts_in(w, max(lo, hi - 4), hi):
        return False  # no negator starts in the four words before the trigger
    for i in range(max(lo, hi - 4), hi):
        n = c.negators.match_at(w, i, hi)
        if n and not (i + n < len(w) and w[i + n] in _NOT_NEGATION_AFTER) \
                and "," not in w[i + n : hi]:
            # (a comma between: the negator is an aside's, "militias with no central command,
            # fought alongside the army")
            return True
    return False


def _hypothetical_in(reading: DocReading, lo: int, hi: int, sentence_start: int) -> bool:
    """A hypothetical cue in ``[lo, hi)``; the month ("agreed to a ceasefire on May 20") or a
    name ("Theresa May") written "May" inside a sentence is none."""
    w, c = reading.words, reading.cues
    if not c.hypothetical.any_in(w, lo, hi):
        return False
    if "may" not in w[lo:hi]:
        return True
    text = reading.state.tokens.text
    return any(not (w[i] == "may" and text[i] == "May" and i > sentence_start)
               for i, _ in c.hypothetical.find(w, lo, hi))


def _other_hypothetical(reading: DocReading, lo: int, hi: int) -> bool:
    """A hypothetical cue other than a reported "would"."""
    w, c = reading.words, reading.cues
    return any(
        c.hypothetical.match_at(w, i, hi) and w[i] not in c.reported_future for i in range(lo, hi)
    )


_PERFECT_AUX = frozenset({"has", "have", "had"})


def _dated_here(reading: DocReading, view: SentenceView, clause: Clause, iso: str,
                own_only: bool = False, since_then: bool = False) -> bool:
    """Whether the date ``iso`` is written in the trigger's clause, or in the clause before one a
    time continuer opens ("occupied Goma in 2012 before withdrawing"), the clauses coordinated to
    it included, or in a "since" clause right after it (the event began then: "have been
    deployed since a truce ended a six-week war in 2020"). A date elsewhere in the sentence
    dates something else ("brokered the agreement, building on a declaration signed in
    April"). With ``own_only``, only the trigger's own clause (and a "since" clause after it).
    With ``since_then``, a clause opened by "has since" reaches back to the clause before."""
    mentions = Anchors.of(reading).dates.get(view.index)
    if not mentions:
        return True  # no mention to place: keep the date's word
    w, c, tokens = reading.words, reading.cues, reading.state.tokens
    first = clause
    if first.index > 0 and first.opener == "rel" and first.opener_start > view.start and \
            w[first.opener_start - 1] in ("in", "during") and w[first.opener_start] == "which":
        # "declared defeated three years later, after a war in which the coalition backed
        # Iraqi forces": the time of the war the relative clause tells of is the clause's own
        first = view.clauses[first.index - 1]
    if first.index > 0 and first.opener == "rel" and w[first.opener_start] in ("that", "which") \
            and any(d[2] == iso and 0 <= tokens.idx[first.opener_start] - d[1] <= 2
                    for d in mentions):
        # "in a six-week war in 2020 that ended with a truce brokered by Moscow": a relative
        # clause right after a date tells of the thing that date dates
        return True
    while first.index > 0 and not own_only and (
            first.opener == "coord"
            or (first.opener == "sub" and w[first.opener_start] in c.time_continuers)
            # "launched its insurgency in 2009 and has since spread into Niger, killing ...":
            # "since" after an auxiliary is "since then", from the time of the clause before
            or (since_then and first.opener == "sub" and w[first.opener_start] == "since"
                and first.opener_start > view.start
                and w[first.opener_start - 1] in _PERFECT_AUX)):
        first = view.clauses[first.index - 1]
    if first.index > 0 and w[first.opener_start] == "that" and \
            view.clauses[first.index - 1].opener == "report":
        # "Canada said in January 2023 that it had agreed to facilitate ...": what a statement
        # made long ago told is background too
        first = view.clauses[first.index - 1]
    last = clause
    if last.index + 1 < len(view.clauses):
        nxt = view.clauses[last.index + 1]
        if nxt.opener == "sub" and (w[nxt.opener_start] == "since" or (
                w[nxt.opener_start] in ("after", "following")
                and w[nxt.opener_start + 1] in ("the", "a", "an", "its", "their"))):
            # "have been deployed since a truce ended a war in 2020": it began then; "suspended
            # all three countries after the coups in Mali in 2020 and 2021": no earlier (not
            # "pits the Chapitos against the Mayos after Zambada was arrested in July")
            last = nxt
    lo, hi = tokens.idx[first.opener_start], tokens.end_char(last.end - 1)
    # (a mention that starts in the clause: "between 2008 and 2011", cut at its "and")
    return any(lo <= d[0] <= hi for d in mentions if d[2] == iso)


def _planned_after(reading: DocReading, after: tuple[int, int]) -> bool:
    """A planned cue in the words after a noun trigger, but not a past participle that opens a
    reduced relative on the noun ("A ceasefire *announced* on Thursday broke down", "The
    truce, *announced* by the U.N. envoy, took effect"): that tells how it came about."""
    w, c = reading.words, reading.cues
    lo, hi = after
    opener = lo + 1 if lo < hi and w[lo] == "," else lo
    return any(not (i == opener and w[i].endswith("ed")) for i, _ in c.planned.find(w, lo, hi))


def _ended_talks(reading: DocReading, view: SentenceView, match: Match) -> bool:
    """Talks or a mediation whose clause then says they stopped ("Talks in Jeddah sponsored by
    Saudi Arabia and the United States *were suspended* this month", "Ceasefire talks brokered
    by ... *stalled* after the army suspended its participation", "a U.N.-brokered truce that
    began in April last year *expired*"): what was held before the story, as the talks were
    (not "Talks brokered by Qatar resumed on Monday")."""
    if match.pattern.type != "CONSULT" or match.pattern.kind == "verb":
        return False
    clause = view.clause_at(match.start)
    end = clause.end
    if clause.index + 1 < len(view.clauses) and view.clauses[clause.index + 1].opener == "rel":
        # "a U.N.-brokered truce that began in April last year expired in October"
        end = view.clauses[clause.index + 1].end
    return reading.cues.ended_talks.any_in(reading.words, match.end, end)


def _after_noun(reading: DocReading, view: SentenceView, match: Match) -> tuple[int, int] | None:
    """Words right after a noun trigger's phrase where a modal may follow ("... would be")."""
    if match.pattern.kind != "noun":
        return None
    clause = view.clause_at(match.start)
    return match.end, min(clause.end, match.end + 5)


def _reporters(reading: DocReading, view: SentenceView, match: Match) -> list[str] | None:
    found = reporters(reading, view, match)
    return None if found is None else [a for s in found for a in s.actors]


def _coordinated_reporters(
    reading: DocReading, view: SentenceView, match: Match
) -> list[str] | None:
    """The speaker of a report a coordinated verb opens before the trigger ("Abiy welcomed the
    agreement and said the government had accepted the AU's proposal"; "Saudi Arabia, which ...,
    said"): the sentence's first actor, the subject both verbs share; None when there is no such
    report."""
    w, c = reading.words, reading.cues
    for cl in view.clauses[1:]:
        if cl.start > match.start:
            break
        if cl.opener in _REPORT_AFTER and c.reporting.any_in(w, cl.opener_start, cl.start):
            first = next((s for s in view.spans if s.end <= cl.opener_start), None)
            return list(first.actors) if first is not None else []
    return None


def _trailing_reporters(
    reading: DocReading, view: SentenceView, clause: Clause
) -> list[str] | None:
    """The actors of a ", X said." that closes the sentence some clauses after the trigger's
    ("Army aircraft have bombed RSF positions in the east and north of the city, residents said";
    "... and agreed that their officials would step up contacts, the Kremlin said, adding ..."),
    or None. The report must say nothing of its own (at most a few words before its comma or
    full stop: "officials said on Sunday."); the first report after the trigger decides, and a
    hard boundary ends the search (a headline's closing " - UN" names its source)."""
    w = reading.words
    for cl in view.clauses[clause.index + 1:]:
        if cl.opener == "hard" and w[cl.opener_start] in _CLOSING_QUOTES and \
                reading.cues.reporting.any_in(w, cl.opener_start, cl.start):
            # '"... took the children into the bush," said Musa Abdullahi': the quote's speaker
            return _actors_in(view, cl.start, cl.end)
        if cl.opener == "hard":
            return _dash_source(reading, view, cl)
        if cl.opener != "report":
            continue
        before = view.clauses[cl.index - 1]
        if before.opener == "coord" and before.index > 0 and \
                before.end - before.start <= _REPORT_WORDS:
            before = view.clauses[before.index - 1]  # ", residents and local officials said"
        reach = _SPEAKER_REACH
        if w[cl.opener_start - 1] == ")" and "(" in w[cl.opener_start - 5 : cl.opener_start - 1]:
            # "the UN Mission in South Sudan (UNMISS) said": the bracketed short name too
            reach += cl.opener_start - 1 - w.index("(", cl.opener_start - 5) + 1
        lo = max(before.opener_start, cl.opener_start - reach)
        commas = [i for i in range(lo, cl.opener_start) if w[i] == ","]
        if not commas:
            return None
        if not _says_nothing(reading, view, cl):
            return None  # the report has a claim of its own ("said on Sunday that ...")
        return _actors_in(view, commas[-1] + 1, cl.opener_start)
    return None


def _says_nothing(reading: DocReading, view: SentenceView, report: Clause) -> bool:
    """A report clause with no claim of its own: at most a few words of time, setting or speaker
    ("on Sunday", "in a statement", "it was stated by US Africa Command") before its comma or
    full stop."""
    w, c = reading.words, reading.cues
    stop = next((i for i in range(report.start, report.end) if w[i] in _REPORT_END), report.end)
    return stop - report.start <= _REPORT_WORDS and (stop < report.end or report.end == view.end) \
        and all(w[i] in c.prepositions or w[i] in c.determiners or w[i] in c.date_words
                or w[i] in _REPORT_SETTINGS or view.span_at(i) is not None
                for i in range(report.start, stop))


def _dash_source(reading: DocReading, view: SentenceView, clause: Clause) -> list[str] | None:
    """The actors of a headline's closing " - UN", " - Kremlin": a spaced dash before a short
    name that ends a sentence with no full stop, the wire's way to credit a claim."""
    w = reading.words
    if w[clause.opener_start] not in ("-", "--") or clause.index != len(view.clauses) - 1 \
            or clause.end - clause.start > _DASH_WORDS or w[view.end - 1] in _REPORT_END:
        return None
    found = _actors_in(view, clause.start, clause.end)
    return found or None


def _actors_in(view: SentenceView, start: int, end: int) -> list[str]:
    return [a for s in view.spans if start <= s.start and s.end <= end for a in s.actors]


def is_historical(reading: DocReading, iso: str, days: int | None = None) -> bool:
    """True when a date ends more than ``historical_days`` (or ``days``) before publication."""
    published = reading.state.published
    if published is None:
        return False
    end = _date_end(iso)
    if end is None:
        return False
    limit = reading.cues.historical_days if days is None else days
    return end < published - dt.timedelta(days=limit)


# How long ago a span's start must lie for a war waged since then to be background: more than a
# year (a campaign "since June" is the story's own).
_WAGED_DAYS = 365


def _is_ahead(reading: DocReading, iso: str) -> bool:
    """True when a day-precise date lies after publication."""
    published = reading.state.published
    if published is None or len(iso) != 10:
        return False
    try:
        return dt.date.fromisoformat(iso) > published
    except ValueError:
        return False


def _date_end(iso: str) -> dt.date | None:
    """The last day an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) covers."""
    try:
        parts = [int(p) for p in iso[:10].split("-")]
    except ValueError:
        return None
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        year, month = parts
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    try:
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None
