"""Shared types for the check families: a prepared sentence, a site to score, a raw finding."""
from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from assistant.checks.forms import MODALS, counted, superlative, verb_tags
from assistant.lang import read_list, read_words
from assistant.text import segment

Span = tuple[int, int]
MAX_MASKS = 6           # most word pieces a candidate may have to be scored in one masked slot


@dataclass
class Sent:
    """One sentence, tokenized the way the model was trained, plus the edit head's per-piece output."""
    text: str
    pieces: list[Span]                 # model words, offsets relative to the sentence
    ids: list[list[int]]               # token ids of each piece
    skip: list[Span]                   # relative spans that must not be touched
    windows: list[Span] = field(default_factory=list)  # piece ranges that fit max_len
    p_replace: np.ndarray | None = None   # per piece
    p_delete: np.ndarray | None = None    # per piece
    p_missing: np.ndarray | None = None   # per piece + 1 (missing before piece i; last = at the end)
    _starts: list[int] | None = field(default=None, repr=False)
    _words: list[Span] | None = field(default=None, repr=False)

    @property
    def words(self) -> list[Span]:
        """Lexical words (segment.words), found once per sentence for every family that walks them."""
        if self._words is None:
            self._words = segment.words(self.text)
        return self._words

    def piece_text(self, i: int) -> str:
        s, e = self.pieces[i]
        return self.text[s:e]

    def skipped(self, start: int, end: int) -> bool:
        """Whether a relative span touches skipped markup (insertions: strictly inside or at its edges)."""
        if not self.skip:
            return False                        # plain prose: the rules ask this for nearly every word
        i = bisect.bisect_right(self.skip, (start, 1 << 60)) - 1
        for j in (i, i + 1):
            if 0 <= j < len(self.skip):
                s, e = self.skip[j]
                if start == end:
                    if s <= start <= e:
                        return True
                elif start < e and s < end:
                    return True
        return False

    def piece_range(self, start: int, end: int) -> Span:
        """Pieces covering the relative character span [start, end)."""
        starts = self._starts
        if starts is None:
            starts = self._starts = [p[0] for p in self.pieces]
        a = bisect.bisect_left(starts, start)
        b = bisect.bisect_left(starts, end)
        return a, b


@dataclass
class Site:
    """A span (pieces a..b; a == b is an insertion before piece a) whose alternatives need the masked LM."""
    sent: int
    a: int
    b: int
    family: str
    original: str
    candidates: list[str]              # strings to score in place of pieces a..b (may include original)
    topk: int = 0                      # also return the top-k single-token words at one mask
    prior: bool = False                # also score each candidate with no context (log p(c | nothing))
    pll: bool = False                  # score multi-piece candidates by pseudo-log-likelihood (one piece masked at a time)
    data: dict = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)   # candidate -> summed piece log-prob
    priors: dict[str, float] = field(default_factory=dict)   # candidate -> the same with no context
    top: list[tuple[str, float]] = field(default_factory=list)  # (word, prob) at one mask


@dataclass
class Finding:
    """A suggestion before it gets absolute offsets, an id and option filtering."""
    start: int          # relative to the sentence
    end: int
    category: str
    rule_id: str
    message: str
    replacements: tuple[str, ...]
    confidence: float
    features: dict = field(default_factory=dict)   # the decision's inputs, for calibration
    sentence_level: bool = False   # about the whole sentence (LONG_SENTENCE): overlaps corrections inside it
    claims: Span | None = None     # wider span it explains ("There going": fixing "There" rights "going")
    covers: Span | None = None     # wider span it competes for, by confidence ("in [a] small town" or "towns")

    def shifted(self, offset: int) -> Finding:
        """The same finding with offsets moved (sentence-relative -> document)."""
        def move(span: Span | None) -> Span | None:
            return (span[0] + offset, span[1] + offset) if span else None
        return dataclasses.replace(self, start=self.start + offset, end=self.end + offset, claims=move(self.claims),
                                   covers=move(self.covers))


def window_end(sent: Sent, first: int, budget: int, count: int) -> int:
    """End (exclusive) of up to `count` pieces from `first` whose tokens fit in `budget` masks: the words after a
    gap or an article whose pseudo-log-likelihood the missing- and extra-word checks compare."""
    b = first
    while b < len(sent.pieces) and b - first < count and len(sent.ids[b]) <= budget:
        budget -= len(sent.ids[b])
        b += 1
    return b


def adjusted_scores(ctx, site: "Site") -> dict[str, float]:
    """Candidate scores comparable across piece counts.

    Pseudo-log-likelihood (each piece predicted with the others visible) over-rewards multi-piece
    words ("it's" = it ' s: the apostrophe and "s" are near certain), independent masks under-reward
    them; PLL minus a calibrated cost per extra piece sits in between and separates its/it's,
    were/we're both ways."""
    per_piece = ctx.th("confusion.piece_cost")
    return {cand: lm - per_piece * (len(ctx.engine.word_ids(cand)) - 1) for cand, lm in site.scores.items()}


def match_case(template: str, word: str) -> str:
    """Give `word` the casing pattern of `template` (Their -> There, THEIR -> THERE)."""
    if not word or not template:
        return word
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[0].isupper():
        return word[0].upper() + word[1:]
    return word


def sigmoid(x: float) -> float:
    return float(1.0 / (1.0 + np.exp(-x)))


def rank_alternatives(ctx, scores: dict[str, float], original: str) -> tuple[float, str, tuple[str, ...]] | None:
    """(margin of the best alternative over the original, the best, every alternative that beats the
    original and is close to the best — the user picks), or None when there is nothing to compare."""
    orig = scores.get(original)
    alts = sorted(((v, k) for k, v in scores.items() if k != original), reverse=True)
    if orig is None or not alts:
        return None
    top = alts[0][0]
    reps = tuple(k for v, k in alts if v > orig and v >= top - ctx.th("replacements.within"))[:5]
    return top - orig, alts[0][1], reps


@cache
def one_way() -> frozenset[tuple[str, str]]:
    """(written, never proposed) pairs from lang/en/confusion_one_way.txt, for every check that swaps words."""
    return frozenset((written, alt) for written, *alts in (line.split() for line in read_list("confusion_one_way"))
                     for alt in alts)


@cache
def _fixed_prepositions() -> frozenset[tuple[str, str]]:
    return frozenset((before.replace("_", " "), prep) for prep, *words in (line.split() for line in
                     read_list("fixed_prepositions")) for before in words)


def fixed_preposition(sent: Sent, n: int) -> bool:
    """The n-th word is a preposition usage fixes after the word(s) before it ("thanks for", "thank you for"):
    lang/en/fixed_prepositions.txt."""
    ws = sent.words
    if n == 0:
        return False
    word = sent.text[ws[n][0]:ws[n][1]].lower()
    befores = [sent.text[ws[n - 1][0]:ws[n - 1][1]].lower()]
    if n > 1:
        befores.append(sent.text[ws[n - 2][0]:ws[n - 1][1]].lower())
    return any((before, word) in _fixed_prepositions() for before in befores)


# words after which "to" is a preposition and takes an -ing form: "look forward to seeing", "committed to helping"
PREPOSITION_TO = frozenset("forward committed dedicated devoted accustomed opposed addicted contribute contributes "
                           "contributed contributing key".split())


# words that make a later "were" a subjunctive, not a slip for "was"
SUBJUNCTIVE_CUES = frozenset("if unless though wish wished wishes suppose supposing imagine rather only whether lest "
                             "even event".split())   # "in the event that the measure were destroyed"
# verbs whose particle "in" or "on" may stand before the same preposition: "came in in the end"
PHRASAL_VERBS = frozenset("come move log give sign check carry go hold pass turn kick fill drop plug phase tune cash "
                          "hand chip fit call drive walk run step sit stay live bring break settle lock zero weigh "
                          "pull catch hang keep look read take get put set let lean barge butt cave close creep sleep "
                          "stop tuck dig pitch join rein box wall fence drag pour flood rush crowd pile".split())
PARTICLES = frozenset("in on".split())   # doubled after a phrasal verb: "came in in the end"
# words that open a clause whose subject follows ("because it have"); not "if it be", "that it start" (subjunctives)
CLAUSE_OPENERS = frozenset("because when so but though although since while".split())
PEOPLE_ADJECTIVES = frozenset("elderly poor rich young old disabled unemployed homeless sick wealthy".split())
# nouns and adjectives that head a subject plural in sense: "The latter were", "the insane were", "the English are"
PEOPLES = frozenset("english french dutch irish welsh scottish swiss chinese japanese portuguese inuit british".split())
GROUPS_IN_SENSE = PEOPLE_ADJECTIVES | PEOPLES | frozenset(
    "latter former first last others few many insane dead living".split())
BE_GET = frozenset("be am is are was were been being get gets got gotten getting become became".split())


def _be_or_get(word: str) -> bool:
    low = word.lower().replace("’", "'")
    return low in BE_GET or low.endswith(("'s", "'re", "'m"))


def subjunctive_frame(sent: Sent, k: int) -> bool:
    """Something before the subject ending at word k makes its "were" a subjunctive: "if he were", "I wish it
    were", "as though the road were", "as it were"."""
    words = [sent.text[s:e].lower() for s, e in sent.words[:k]]
    return bool(set(words) & SUBJUNCTIVE_CUES) or words[-1:] == ["as"]


def inside_name(sent: Sent, n: int) -> bool:
    """The n-th word is a lower-case particle between two capitalised words: "Leonardo da Vinci", "Philips do
    Brasil", "Pedn an Wlas"."""
    ws = sent.words
    return 0 < n < len(ws) - 1 and sent.text[ws[n][0]].islower() \
        and all(sent.text[ws[m][0]].isupper() for m in (n - 1, n + 1))


def plural_in_sense(word: str) -> bool:
    """A subject's last word that a plural verb may follow though it is no plural: a group ("The club were"), a
    noun of one form for both numbers ("moose are"), "the latter", "the insane", "the smallest"."""
    return word in GROUPS_IN_SENSE or superlative(word) or any(
        word in read_words(name) for name in ("collective_nouns", "partitive_nouns", "invariant_nouns"))


def keeps_were(sent: Sent, n: int) -> bool:
    """"were" at word n is right though the model may prefer "was": a subjunctive (`subjunctive_frame`), or a
    subject plural in sense though its last word is not: a group ("The club were sponsored", British usage),
    "the latter", "the insane", or two subjects ("The man and one of the maids were")."""
    if n == 0:
        return False
    if subjunctive_frame(sent, n - 1):
        return True
    span = sent.words[max(0, n - 8):n]
    before = [sent.text[s:e].lower() for s, e in span]
    if plural_in_sense(before[-1]):
        return True
    for word, (s, e) in zip(reversed(before), reversed(span)):
        if word in ("and", "or", "nor"):
            return True
        if sent.text[e:e + 1] == "," or word in CLAUSE_OPENERS or word in ("that", "which", "who"):
            break
    return False


def _particle_before(before: str) -> bool:
    """The text before a doubled "in" or "on" ends in a verb it is the particle of ("moved in in July", "carry on
    on Monday"), or in a number ("14 in in diameter": inches)."""
    from assistant.text.morphology import getAllLemmas

    last = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
    return last[-1:].isdigit() or bool(set(getAllLemmas(last).get("VERB", ())) & PHRASAL_VERBS)


# prepositions the pronoun "I" never follows ("to me"): a lone "i" after one is the letter ("ending in i")
LETTER_AFTER = frozenset("to in with of from by for into on at like before after".split())


# number words that write one number together, unhyphenated: "forty five years", "One third of", "three two seat"
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                         "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
                         "hundred thousand million billion half third thirds quarter quarters fifth fifths".split())
BE_IT = frozenset("it they this that".split())     # "be it X or Y": a subjunctive opening a clause


def settled(sent: Sent, n: int) -> bool:
    """The n-th word is used as English uses it, whatever the model doubts: a preposition usage fixes after
    its word ("thanks for"), "for" as "because" ("for it seems"), "two" before what it counts ("two Hill's
    radii"), a particle's "in" before "in" ("moved in in July"), "were" that `keeps_were` ("if it were", "The
    club were") and "are" after a plural in sense ("moose are"), an -ing form after a preposition "to" ("looking
    forward to seeing", "He's used to getting"), a modal after a "to" that ends its clause ("Those who are able to
    should help"), a number written in words ("forty five"), "be it" opening a clause, "the beginning of the end
    for".  The word-choice, suspect and extra-word checks leave it alone."""
    ws = sent.words
    word = sent.text[ws[n][0]:ws[n][1]].lower()
    before = [sent.text[s:e].lower() for s, e in ws[max(0, n - 2):n]]
    if word in MODALS and before[-1:] == ["to"] or word == "were" and keeps_were(sent, n) \
            or word == "are" and before and plural_in_sense(before[-1]):
        return True
    if len(before) == 2 and before[1] == "to" and "VBG" in verb_tags(word) and (
            before[0] in PREPOSITION_TO
            or before[0] == "used" and n > 2 and _be_or_get(sent.text[ws[n - 3][0]:ws[n - 3][1]])):
        return True                      # (but "is required to operating"; "used to" only after "be": "He's used to")
    if word in PARTICLES and before[-1:] == [word] and (
            _particle_before(sent.text[:ws[n - 1][0]]) or sent.text[ws[n - 1][0] - 1:ws[n - 1][0]] == "-"
            or sent.text[ws[n][1]:].split(None, 1)[:1] in (["vitro"], ["vivo"], ["situ"], ["utero"], ["silico"])):
        return True                      # "moved in in July", "an add-in in wines", "rate in in vitro"
    nxt = [sent.text[s:e] for s, e in ws[n + 1:n + 3]]
    if word in NUMBER_WORDS and (before[-1:] and before[-1] in NUMBER_WORDS or nxt and nxt[0].lower() in NUMBER_WORDS):
        return True
    be = n - (word != "be")                       # "be it State or Enterprise capitalism", "(be it 4:3 or 16:9)"
    if (word == "be" and nxt[:1] and nxt[0].lower() in BE_IT or word in BE_IT and before[-1:] == ["be"]) \
            and (be == 0 or not sent.text[ws[be - 1][1]:ws[be][0]].isspace()
                 or sent.text[ws[be - 1][0]:ws[be - 1][1]].lower() in ("since", "whether", "and", "or")):
        return True
    if word == "for" and sent.text[:ws[n][0]].lower().endswith("beginning of the end "):
        return True                      # an idiom, not "of": "the beginning of the end for the empire"
    if word == "two" and nxt:
        return counted(nxt[0])
    if word == "for" and len(nxt) == 2 and nxt[0].lower() in ("i", "he", "she", "it", "we", "they"):
        return nxt[1].lower() in MODALS or bool(verb_tags(nxt[1].lower()) & {"VBD", "VBZ"})
    return fixed_preposition(sent, n)
