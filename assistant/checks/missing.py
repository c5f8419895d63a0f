"""Missing words: proposed by the edit head or by a cue, filled and then checked by the masked LM.

"She is best player": the head fires before "best", one [MASK] inserted there
gives the fill ("the").  "I went the store": the head rarely looks there, but
a cue (lang/en/missing_cues.txt: "to" between "went" and a determiner) names
the word.  "This is very good idea": the corpus (articles.tsv) says "idea" nearly
never heads a phrase without a determiner, so an article is proposed there and
the LM picks which one.  Either way the insertion is kept only if it makes the words around
it more likely: the pseudo-log-likelihood of "went to the store" against
"went the store" in the same sentence ("went the distance" loses).
"""
from __future__ import annotations

import re
from functools import cache

from assistant.checks.base import MAX_MASKS, Finding, Sent, Site, window_end
from assistant.checks.forms import MODALS, base_verb, noun_tags, past_time, verb_tags
from assistant.checks.usage.words import POSSESSIVES
from assistant.lang import read_list, read_words
from assistant.text import noun_phrases
from assistant.text.noun_phrases import parts_of_speech

FAMILY = "missing"
ARTICLES = frozenset({"the", "a", "an"})
CUE_P = 0.7            # stands in for the edit head's p where a cue proposed the site
PAST_BE = {"am": "was", "is": "was", "are": "were"}   # a cued "be" in a sentence set in the past
BE = frozenset(PAST_BE) | frozenset(PAST_BE.values())
BE_BEFORE = BE | {"be", "been", "being"}
VERB_ADVERBS = frozenset("still often only also always never usually sometimes mostly largely".split())
AFTER = 3              # words after the gap whose likelihood the check compares (with the one before it)
PAIR_WEIGHT = 5        # pseudo-counts of the noun's overall bare rate when judging it after one word
# fills the LM makes where the writer's sentence already stands: "that" before a clause is optional ("it appears
# [that] this date", "the way [that] voters"); "in", "on", "with" mostly join a transitive verb's object ("settled
# [in] Central Europe", "was dealt [with] a blow", "set [in] this way"): on corpus slices 1 right of 48, on the dev
# sets 1 of 8, so only a text with many slips gets them
OPTIONAL_FILLS = frozenset({"that"})
PROSE_FILLS = frozenset({"in", "on", "with"})


@cache
def _cues() -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """(word to insert, words before the gap, words after it; "VERB" = a verb's base form)."""
    out = []
    for line in read_list("missing_cues"):
        head, after = line.split("|")
        insert, *before = head.split()
        out.append((insert, frozenset(before), frozenset(after.split())))
    return out


def _cued(prev: str, cur: str, past: bool = False) -> str | None:
    for insert, before, after in _cues():
        if prev.lower() in before and (cur.lower() in after or after & {"VERB", "ACTION"} and cur.islower()
                                       and cur not in MODALS and base_verb(cur)    # not "it is hoped will"
                                       and ("VERB" in after or "ADJ" not in parts_of_speech(cur))
                                       or "VBG" in after and cur.islower() and cur.endswith("ing")
                                       and "VBG" in verb_tags(cur)):
            return PAST_BE.get(insert, insert) if past else insert
    return None


def _between_words(sent: Sent, i: int) -> bool:
    pos, prev_end = sent.pieces[i][0], sent.pieces[i - 1][1]
    if sent.skipped(pos, pos) or sent.skipped(prev_end, prev_end):
        return False
    prev, cur = sent.piece_text(i - 1), sent.piece_text(i)
    return (prev[0].isalnum() or prev in ",;:") and cur[0].isalnum()   # punctuation has its own rules


def _find_attached(sent: Sent, i: int) -> bool:
    """The gap follows the letter-writer's "find attached" / "see enclosed": the object comes after it."""
    return i >= 2 and sent.piece_text(i - 2).lower() in ("find", "see") \
        and sent.piece_text(i - 1).lower() in ("attached", "enclosed")


def _time_adverb(sent: Sent, i: int) -> bool:
    """The gap opens "next week", "last year": an adverb of time that takes no determiner."""
    return i + 1 < len(sent.pieces) and sent.piece_text(i).lower() in ("next", "last") \
        and sent.piece_text(i + 1).lower() in read_words("time_words")


def _after_object_of_bare_infinitive(sent: Sent, i: int) -> bool:
    """The gap follows the object of "make/let/see..." and comes before a verb: "make the people [to] see"."""
    if i >= len(sent.pieces) or not base_verb(sent.piece_text(i).lower()):
        return False
    gap = sent.pieces[i][0]
    words = [sent.text[s:e] for s, e in sent.words if e <= gap][-5:]
    before = [w.lower() for w in words[:-1]]                                       # not right before the gap
    if any(w in read_words("bare_infinitive_verbs") for w in before):
        return True
    # "have" makes someone do something ("have our Concierge help you", "had Deb Schwarz discuss"), though
    # "have a lot of work [to] do" needs "to": only a person after it, a pronoun or a name
    for k, w in enumerate(before):
        if w in ("have", "has", "had", "having") and k + 1 < len(words):
            person = words[k + 2] if words[k + 1].lower() in POSSESSIVES and k + 2 < len(words) else words[k + 1]
            if person.lower() in ("me", "him", "her", "us", "them", "someone", "somebody") or person.istitle():
                return True
    return False


def determined_share(articles, before: str, noun: str) -> float | None:
    """How often the corpus has a determiner before `noun` heading a phrase after `before`; None if rarely seen.

    The pair's own counts, smoothed towards the noun's overall share: "at home" is mostly bare though
    "home" is not, and a pair seen a few times says little."""
    total = articles.get("*", noun)
    if total is None:
        return None
    overall = (total[0] + 1) / (sum(total) + 2)
    if before in BE_BEFORE:          # every form of "be" is one context: "is teacher" alone is seen 11 times
        counts = [articles.get(b, noun) or (0, 0) for b in BE_BEFORE]
        determined, bare = sum(c[0] for c in counts), sum(c[1] for c in counts)
    else:
        determined, bare = articles.get(before, noun) or (0, 0)
    return (determined + PAIR_WEIGHT * overall) / (determined + bare + PAIR_WEIGHT)


def _bare_phrases(ctx, sent: Sent) -> dict[int, tuple[int, float | None]]:
    """Piece index where a bare singular noun phrase opens -> (end of its noun, the corpus' determined share
    for that noun after the word before the phrase, None when the noun is rarely seen)."""
    articles = ctx.engine.model.articles
    tokens = [sent.piece_text(i) for i in range(len(sent.pieces))]
    return {phrase.start: (sent.pieces[phrase.head][1],
                           determined_share(articles, phrase.before, tokens[phrase.head]) if articles else None)
            for phrase in noun_phrases.heads(tokens) if not phrase.determined and phrase.start > 0}


def propose(ctx, idx: int, sent: Sent) -> list[Site]:
    sites: list[Site] = []
    gate = ctx.th("missing.prob")
    phrases = _bare_phrases(ctx, sent)
    past = past_time(sent.text)
    for i in range(1, len(sent.pieces)):          # never before the first word
        p = float(sent.p_missing[i])
        spaced = sent.text[sent.pieces[i - 1][1]:sent.pieces[i][0]] == " "
        cue = _cued(sent.piece_text(i - 1), sent.piece_text(i), past) if spaced else None
        if cue in BE and (i >= 2 and sent.piece_text(i - 2).lower() in BE_BEFORE
                          or _finite_after(sent, i, ctx.level == "dense")):
            cue = None                            # a question: "Where are we going", "Is he coming"; a verb: "they
            #                                       often forage"
        noun_end, share = phrases.get(i, (None, None))
        if share is not None and share >= ctx.th("missing.article_share") and _between_words(sent, i):
            # the corpus says this noun wants a determiner here; the masked LM must name an article and fit it
            sites.append(Site(idx, i, i, FAMILY, "", [], topk=8,
                              data={"p": p, "share": share, "noun_end": noun_end, "article": True}))
        if (p < gate and cue is None) or not _between_words(sent, i) or _time_adverb(sent, i) \
                or _find_attached(sent, i):
            continue
        if cue is not None:
            check = _check_site(ctx, idx, sent, i, cue, {"p": CUE_P, "cue": True})
            sites.extend([check] if check else [])
        else:
            sites.append(Site(idx, i, i, FAMILY, "", [], topk=8, data={"p": p, "noun_end": noun_end}))
    return sites


def _lives_a_life(sent: Sent, i: int) -> bool:
    """The gap at piece i follows "live" and opens "a/an ... life" ("They can live a happy life")."""
    after = sent.text[sent.pieces[i][0]:].lower().split()[:4]
    return sent.piece_text(i - 1).lower() in ("live", "lives", "lived", "living") and after[:1] in (["a"], ["an"]) \
        and any(w.strip(".,;:!?") == "life" for w in after[1:])


NAME_WORD_MAX_COUNT = 100   # a capitalised word this rare in lower case is a name's own word ("Judaica")
NAME_QUOTES = "\"'“”‘’("


def _gap_in_name(ctx, sent: Sent, i: int) -> bool:
    """The gap before piece i lies between two capitalised words inside the sentence, the second no English
    word, or the first of two words no one writes in lower case: one name ("The Encyclopedia [of] Judaica", "The
    Minister [of] Johannes Bogardus", "Division [of] Blackburn Rovers"; but "the Center [for] European Particle
    Physics")."""
    left = [w.strip(NAME_QUOTES) for w in sent.text[:sent.pieces[i][0]].split()[-2:]]
    right = [w.strip(NAME_QUOTES + ".,;:!?") for w in sent.text[sent.pieces[i][0]:].split()[:2]]
    if len(left) < 2 or not right or not (left[-1][:1].isupper() and right[0][:1].isupper() and left[-1].isalpha()
                                          and left[-1] != "I"):
        return False
    if ctx.count(right[0]) < NAME_WORD_MAX_COUNT:
        return True

    def lower_case(word: str) -> int:
        return ctx.engine.model.lexicon.get(word.lower(), 0)
    return lower_case(right[0]) == 0 and len(right) > 1 and right[1][:1].isupper() \
        and lower_case(right[1]) < NAME_WORD_MAX_COUNT


def _repeated_noun(sent: Sent, i: int) -> bool:
    """The gap before piece i sits in "X to X", "X by X", "X after X": a bare noun repeated round a preposition."""
    pos = sent.text[:sent.pieces[i][0]].split()[-2:]
    nxt = sent.text[sent.pieces[i][0]:].split()[:1]
    return len(pos) == 2 and bool(nxt) and pos[1].lower() in ("to", "by", "after", "for", "in", "upon", "on") \
        and pos[0].lower() == nxt[0].rstrip(".,;:!?").lower()


def _compound(sent: Sent, i: int) -> bool:
    """The words around the gap before piece i are two lower-case nouns, the first the head of a noun phrase: a
    compound ("the corner drugstore"), not a missing "of"."""
    pos = sent.pieces[i][0]
    left, right = sent.text[:pos].split()[-2:], sent.text[pos:].split()[:1]
    if len(left) < 2 or not right:
        return False
    det, noun, nxt = left[0].lower(), left[1], right[0].rstrip(".,;:!?")
    return noun.islower() and nxt.islower() and bool(noun_tags(noun)) and bool(noun_tags(nxt)) \
        and det in noun_phrases.DETERMINERS and nxt not in noun_phrases.FUNCTION_WORDS


def _check_site(ctx, idx: int, sent: Sent, i: int, word: str, data: dict) -> Site | None:
    """The word before the gap and up to AFTER words after it, as they are and with `word` inserted."""
    ids = ctx.engine.word_ids
    a = i - 1
    b = window_end(sent, i, MAX_MASKS - len(ids(word)) - len(sent.ids[a]), AFTER)
    if b == i:
        return None
    start, pos, end = sent.pieces[a][0], sent.pieces[i][0], sent.pieces[b - 1][1]
    original = sent.text[start:end]
    inserted = f"{sent.text[start:pos]}{word} {sent.text[pos:end]}"
    return Site(idx, a, b, FAMILY, original, [original, inserted], pll=True,
                data=dict(data, pos=pos, word=word, inserted=inserted))


CLAUSE_SUBJECTS = frozenset("the a an his her its their our my your this these those he she they we i you".split())


def _contact_relative(sent: Sent, i: int) -> bool:
    """The gap before piece i opens a relative clause without "that": a subject and a finite verb before any "be" ("the
    range [of] the meter selects", "the date [of] Owain raised his standard", "the coalition the party had
    formed"), so no "of" is missing."""
    words = re.findall(r"[\w'’–-]+|[^\w\s]", sent.text[sent.pieces[i][0]:])[:6]
    if not words or not (words[0].lower() in CLAUSE_SUBJECTS or words[0][0].isupper()):
        return False
    for w in words[1:]:
        if not w[0].isalnum() or w in BE:
            return False                 # "the impact [of] the war was felt"
        tags = verb_tags(w) if w.islower() else frozenset()
        if "VBD" in tags or "VBZ" in tags and "NOUN" not in parts_of_speech(w):
            return True
    return False


DATE_START = re.compile(r"\d|(?i:january|february|march|april|june|july|august|september|october|november|"
                        r"december)$")


def _mandative_be(sent: Sent, a: int) -> bool:
    """The gap at piece a comes before "be" a few words after a mandative verb ("demanded it be cut")."""
    before = [w.lower() for w in re.findall(r"[\w'’]+", sent.text[:sent.pieces[a][0]])[-6:]]
    return sent.piece_text(a).lower() == "be" and any(w in read_words("mandative") for w in before)


def _finite_after(sent: Sent, a: int, dense: bool) -> bool:
    """The words after a gap, past its adverbs, open with a finite verb that a "be" before it would break: a base
    form after an adverb ("chimpanzees [are] often forage"), or outside texts with many slips a past ("the
    earthquake, which killed"; after an adverb with "to" or an object next, "speculators typically only needed
    to"): only a writer who slips often means the passive there."""
    words = re.findall(r"[\w'’]+|[^\w\s]", sent.text[sent.pieces[a][0]:])[:4]     # "This [is] not, repeat not"
    skipped = 0
    while skipped < len(words) - 1 and (words[skipped].lower() in VERB_ADVERBS
                                        or parts_of_speech(words[skipped].lower()) == {"ADV"}):
        skipped += 1
    verb = words[skipped].lower() if words else ""
    after = words[skipped + 1].lower() if skipped + 1 < len(words) else ""
    tags = verb_tags(verb)
    past = not skipped or after == "to" or after in noun_phrases.DETERMINERS     # "[was] officially registered on"
    base = bool(skipped) and "VBP" in tags and "ADJ" not in parts_of_speech(verb)
    return not dense and "VBD" in tags and past or base


def _fill(ctx, sent: Sent, site: Site) -> list[Site]:
    """Stage one: the LM's fill for the gap, if it is sure enough, goes on to be checked."""
    words = [(w, q) for w, q in site.top if w.isalpha()]
    if not words:
        return []
    if site.data.get("article"):                  # the corpus proposed an article: the LM picks which one
        words = [(w, qq) for w, qq in words if w.lower() in ARTICLES] or [("", 0.0)]
    best, q = words[0]
    if best.lower() in OPTIONAL_FILLS or best.lower() in PROSE_FILLS and ctx.level != "dense":
        return []
    if best[:1].isupper() and best != "I" and site.a > 0 or _gap_in_name(ctx, sent, site.a):
        return []                    # a name's missing part ("United [States] began", for the airline United)
    if best.lower() == "of" and site.a < len(sent.pieces) and sent.piece_text(site.a)[:1].isupper() \
            and sent.piece_text(site.a - 1).lower() in read_words("apposition_nouns"):
        return []                    # a name in apposition: "the order Liliales", "the name Tiberius"
    if best.lower() == "of" and _compound(sent, site.a):
        return []                    # "the corner drugstore", "the element iron", "range motion": a compound
    if best.lower() == "of" and ctx.level != "dense" and _contact_relative(sent, site.a):
        return []                    # a learner's "the impact [of] the war had" is found in a text with many slips
    if best.lower() == "to" and _after_object_of_bare_infinitive(sent, site.a):
        return []
    if best.lower() in BE and _finite_after(sent, site.a, ctx.level == "dense"):
        return []
    if best.lower() in ARTICLES and _repeated_noun(sent, site.a):
        return []                    # "from crystal to crystal", "day by day", "face to face"
    if best.lower() == "to" and _mandative_be(sent, site.a):
        return []                    # "demanded the paper be retracted": a mandative subjunctive, not "to be"
    if best.lower() in ("in", "on", "at") and ctx.level != "dense" and DATE_START.match(sent.piece_text(site.a)):
        return []                    # "was released November 18, 1985", "at Woodstock 1999": a date the writer
        #                              leaves bare, outside texts with many slips
    if best.lower() == "in" and _lives_a_life(sent, site.a):
        return []                    # "live a happy life": the life is what is lived, not where
    if best.lower() in ARTICLES:
        # "she is [the/a] best player": the article slot is sure even when the choice of article is not
        q = sum(qq for w, qq in words if w.lower() in ARTICLES)
    if q < ctx.th("missing.fill"):
        return []
    reps = tuple(w for w, qq in words if qq >= 0.5 * q)[:5] or (best,)   # pooled articles may each fall short
    check = _check_site(ctx, site.sent, sent, site.a, best, dict(site.data, q=q, reps=reps))
    return [check] if check else []


def decide(ctx, sent: Sent, site: Site) -> list[Finding | Site]:
    if "word" not in site.data:
        return _fill(ctx, sent, site)
    data = site.data
    if data["inserted"] not in site.scores or site.original not in site.scores:
        return []
    margin = site.scores[data["inserted"]] - site.scores[site.original]
    kind = ("be_margin" if data["word"] in BE else "cue_margin") if data.get("cue") else \
        "article_margin" if data.get("article") else "margin"
    if margin < ctx.th(f"missing.{kind}"):
        return []
    p = data["p"]
    feats = {"family": FAMILY, kind: margin}
    if data.get("cue"):
        confidence = p * (1 - 2.0 ** -margin)         # as a cued confusion's
    elif data.get("article"):
        feats.update(share=data["share"], q=data["q"])
        confidence = data["q"] * (1 - 2.0 ** -margin)
    else:
        feats.update(p=p, q=data["q"])
        confidence = p * (0.5 + 0.5 * data["q"])
    pos, word = data["pos"], data["word"]
    # an article and a number change are two fixes of one phrase: "in [a] small town" or "in small towns";
    # a missing "be" and a flag on its "-ing" verb are two views of one slip ("They [are] playing")
    covers = (pos, data["noun_end"]) if data.get("noun_end") and word.lower() in ARTICLES else \
        (pos, sent.pieces[site.a + 1][1]) if data.get("cue") and word in BE else None
    return [Finding(pos, pos, "missing_word", "MISSING_WORD", f"A word may be missing here: '{word}'?",
                    data.get("reps", (word,)), min(0.99, confidence), feats, covers=covers)]
