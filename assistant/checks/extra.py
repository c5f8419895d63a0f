"""Extra words: doubled words ("the the"), double comparatives ("more taller") and prepositions after verbs
that take no preposition ("discuss about") by rule, unnecessary words by the edit head's delete signal, and
"the" before a noun used in its general sense ("In the reality", "based on the humanism").

Learners put "the" before abstract nouns far more often than they drop it, and the edit head was never
shown that slip.  The corpus (articles.tsv) says which nouns mostly go bare after the word before the phrase;
the masked LM then compares the words around it with and without "the", as missing words are checked."""
from __future__ import annotations

import re
from functools import cache

from assistant.checks.agreement import article_before, foreign_article, letters_read_at, name_subject
from assistant.checks.base import MAX_MASKS, PARTICLES, Finding, Sent, Site, inside_name, settled, window_end
from assistant.checks.confusion import degree_next
from assistant.checks.forms import MODALS, base_verb, degree_tags, noun_tags, superlative, verb_tags
from assistant.checks.missing import determined_share
from assistant.checks.spelling import listed
from assistant.lang import read_list
from assistant.text import noun_phrases

FAMILY = "extra"
SUSPECT_MIN_COUNT = 1000
LOCATIVE_NEXT = frozenset("today now later then still too also again and or but is are was were has have had".split())
# what the edit head doubts in plain English: "off" before a place ("an island off Ireland", "off the coast", "off
# your record"; not "one off the best", a slip for "of"), "by" in a set phrase ("by itself", "by now", "by far"),
# "not" contrasting a phrase ("not as a player, but", "a real number not in the sequence", "the not so distant past")
PLACE_START = frozenset("the a an his her its their our my your this that".split())
PART_OF = frozenset("one two three four five some many most all each any none both several part rest".split())
BY_PHRASE = frozenset("itself themselves himself herself myself yourself yourselves ourselves oneself now then far "
                      "way".split())
NOT_BEFORE = frozenset("as so only just because in on at of within from for by to with until since".split())
# the words a writer adds that a sentence does not need: closed-class words, degree words, particles ("cope up with")
LEARNER_EXTRAS = noun_phrases.CLOSED | noun_phrases.DEGREE_WORDS | {"up", "out", "off", "down", "also", "just", "even",
                                                                  "other"}
ONE_DETERMINERS = frozenset("a an one every each this that".split())     # before "a persons life"
POSSESSIVE_MIN_COUNT = 10      # corpus count of "person's" that makes a possessive the likely fix
NAME_THE_SHARE = 0.01          # "the Paris": at most this share of a name's phrase-final uses follow "the"
# words after a name that end its phrase: "visited the Paris last year" (not "and", "to", "in" or a comma: "the
# Oklahoma and Indian territories", "the Peterborough to Lincoln Line", "the Wales in Bloom awards")
AFTER_NAME = frozenset("last next yesterday today tomorrow tonight every this".split())
# Doubles that are often grammatical ("I had had enough", "that that", "is is"? no) need the head's agreement.
TAUTONYM_MAX_COUNT = 1000       # a lower-case word this rare after its capitalised self is a species name
LEGIT_DOUBLES = {"had", "that", "is", "do", "bye", "very", "so", "no", "yeah", "ha", "well", "really", "far", "great",
                 "more", "many", "again", "over", "round", "out", "go", "blah", "knock", "log"}


NOT_GRADED = frozenset({"more", "most", "less", "least", "later", "further"})   # "more or less", "once more later"
# after "more taller" only what ends a predicate or opens its complement ("more easier to remember", "more
# better at math"): "more older people" is "more (older people)"
PREDICATE_END = frozenset({"than", "and", "or", "but", "now", "today", "still", "too", "anymore", "to", "at", "in",
                           "for", "with"})


def _graded(word: str) -> bool:
    """A comparative or superlative of another word ("taller", "best")."""
    return word.lower() not in NOT_GRADED and bool(degree_tags(word))


def _double_comparatives(sent: Sent, ws: list[tuple[int, int]]) -> list[Finding]:
    """"more taller", "most biggest": the graded form already says "more"."""
    out = []
    text = sent.text
    for n, (s, e) in enumerate(ws[:-1]):
        s2, e2 = ws[n + 1]
        if text[s:e].lower() not in ("more", "most") or text[e:s2] != " " or sent.skipped(s, e2):
            continue
        after = text[e2:].lstrip()
        if not _graded(text[s2:e2]):
            continue
        # "the most best day": "most" cannot count a superlative's noun, so what follows does not matter
        if after[:1].isalnum() and after.split()[0].rstrip(".,;:!?").lower() not in PREDICATE_END and not (
                text[s:e].lower() == "most" and superlative(text[s2:e2])):
            continue
        out.append(Finding(s, e, "grammar", "DOUBLE_COMPARATIVE",
                           f"'{text[s2:e2]}' is already a comparison: '{text[s:e]}' is not needed.", ("",), 0.9))
    return out


@cache
def _extra_prepositions() -> frozenset[tuple[str, str]]:
    """(verb form, preposition) pairs from lang/en/extra_prepositions.txt."""
    return frozenset((verb, prep) for prep, *verbs in (line.split() for line in read_list("extra_prepositions"))
                     for verb in verbs)


def _verb_prepositions(sent: Sent, ws: list[tuple[int, int]]) -> list[Finding]:
    """"We discussed about the plan" -> "We discussed the plan"."""
    text = sent.text
    return [Finding(s2, e2, "grammar", "EXTRA_PREPOSITION", f"'{text[s1:e1]}' needs no '{text[s2:e2]}'.", ("",), 0.85)
            for (s1, e1), (s2, e2) in zip(ws, ws[1:])
            if (text[s1:e1].lower(), text[s2:e2]) in _extra_prepositions() and text[e1:s2] == " "
            and not sent.skipped(s1, e2)]


def _the_before_name(ctx, sent: Sent, ws: list[tuple[int, int]]) -> list[Finding]:
    """"I visited the Paris last year" -> "Paris": a name the corpus nearly never writes after "the" where it ends
    its phrase (names.tsv: "the Paris." 0 times in 2,044).  Only where the name ends its phrase here too, before
    punctuation or a word that cannot continue it ("the Paris of my youth", "the London office" and "The Paris
    Review" stay)."""
    out: list[Finding] = []
    names, lexicon = ctx.model.names, ctx.model.lexicon
    for n in range(len(ws) - 1) if names else ():
        the, name = (sent.text[a:b] for a, b in ws[n:n + 2])
        counts = names.get(name) if the in ("the", "The") and sent.text[ws[n][1]:ws[n + 1][0]] == " " else None
        if counts is None or counts[0] > NAME_THE_SHARE * sum(counts) or sent.skipped(ws[n][0], ws[n + 1][1]) \
                or lexicon.get(name.lower(), 0) > lexicon.get(name, 0) \
                or n and sent.text[ws[n - 1][0]:ws[n - 1][1]] in ("and", "or", "nor"):
            continue                            # "the Management": mostly a common word; "the battles of Lützen,
            #                                     Bautzen, and the Dresden": the list's shared noun is left out
        rest = sent.text[ws[n + 1][1]:]
        after = sent.text[ws[n + 2][0]:ws[n + 2][1]] if n + 2 < len(ws) and rest[:1] == " " else ""
        if rest[:1] in ("", *".!?") or after in AFTER_NAME and ws[n + 2][0] == ws[n + 1][1] + 1:
            out.append(Finding(ws[n][0], ws[n + 1][0], "grammar", "EXTRA_ARTICLE", f"'{name}' takes no 'the'.",
                               ("",), 0.8))
    return out


def direct(ctx, sent: Sent) -> list[Finding]:
    ws = sent.words
    out: list[Finding] = _double_comparatives(sent, ws) + _verb_prepositions(sent, ws) + _the_before_name(ctx, sent, ws)
    for n, ((s1, e1), (s2, e2)) in enumerate(zip(ws, ws[1:]), 1):
        w1, w2 = sent.text[s1:e1], sent.text[s2:e2]
        if w1.lower() != w2.lower() or sent.text[e1:s2].strip() or "\n" in sent.text[e1:s2]:
            continue
        if sent.skipped(s1, e2) or not w1.isalpha() or sent.text[s1 - 1:s1].isdigit() \
                or w1[0].isupper() and w2[0].isupper() and (s1 > 0 or w1.lower() not in noun_phrases.CLOSED):
            continue                            # a name: "Cao Cao", "Doki Doki Penguin Land"; an ordinal: "81st St"
        if len(w1) > 1 and w1.isupper() != w2.isupper() or sent.text[e2:e2 + 1] in ("-", "$"):
            continue                            # a name, code or currency, not a repeat: "an AN-24", "a A$600 grant",
            #                                     "the operators AND and OR"
        if (w1.istitle() or w1.islower() and not ctx.is_word(w1)) and w2.islower() \
                and ctx.count(w2) < TAUTONYM_MAX_COUNT:
            continue                            # a species named twice: "Alces alces", "F. silvestris silvestris";
            #                                     another language's doubling: "the mbira nyunga nyunga"
        if any(0 <= m < len(ws) and sent.text[ws[m][0]:ws[m][1]].lower() == w1.lower() for m in (n - 2, n + 1)):
            continue                            # said three times or more on purpose: "dit dit dit", "Dada Dada Dada"
        a, b = sent.piece_range(s2, e2)
        p = float(sent.p_delete[a:b].max()) if b > a else 0.0
        # a particle doubles before its preposition after a phrasal verb ("came in in the end": settled), but
        # after other words "in in" is a slip ("demand in in Asia") that the delete head suspects less than others
        if w1.lower() in PARTICLES:
            if settled(sent, n) or p < ctx.th("suspect.prob"):
                continue
        elif w1.lower() in LEGIT_DOUBLES and p < ctx.th("extra.prob"):
            continue
        out.append(Finding(s2, e2, "grammar", "DUPLICATE_WORD", f"'{w2}' is repeated.", ("",), max(0.9, p)))
    return out


AFTER = 3              # words after "the" whose likelihood the article check compares (with the one before it)
# after the noun, what makes it definite by itself: "the permission to pillage", "the department of health",
# "the emptiness that could exist"
DEFINING = frozenset({"of", "to", "that", "which", "who", "whom", "whose", "where"})
NEVER = 100.0          # a margin no site reaches: the plural check is off at that level
PLURAL_SHARE = 0.6     # stands in for the corpus' bare share, which is counted for singular nouns only


def _general_noun(word: str) -> bool:
    """Only a noun: "the well", "in the order", "the stress" also count their other uses in the corpus."""
    return noun_phrases.parts_of_speech(word) <= {"NOUN"}


def _mostly_determined(articles, noun: str) -> bool:
    """A noun that takes a determiner in most of its uses goes bare only in idioms: "by way of", not "by the way"."""
    determined, bare = articles.get("*", noun)
    return determined > bare


def _general_phrases(ctx, tokens: list[str]):
    """(index of "the", index of its noun, the corpus' bare share) for "the" before a singular noun the corpus
    mostly has bare after the phrase's preceding word, and (share None) before a plural noun, of which the
    corpus keeps no count."""
    articles = ctx.engine.model.articles
    for phrase in noun_phrases.heads(tokens):
        a = phrase.start
        if phrase.determined and tokens[a] == "the" and _general_noun(tokens[phrase.head]):
            share = determined_share(articles, phrase.before, tokens[phrase.head])
            if share is not None and 1 - share >= ctx.th("extra.bare_share") \
                    and not _mostly_determined(articles, tokens[phrase.head]):
                yield a, phrase.head, 1 - share
    if ctx.th("extra.plural_margin") < NEVER:
        yield from ((phrase.start, phrase.head, None) for phrase in noun_phrases.plural_heads(tokens)
                    if tokens[phrase.start] == "the")


def propose(ctx, idx: int, sent: Sent) -> list[Site]:
    """The words around each such "the" (the one before it, up to AFTER after it), with and without it."""
    if not ctx.engine.model.articles:
        return []
    tokens = [sent.piece_text(i) for i in range(len(sent.pieces))]
    sites = []
    for a, head, bare_share in _general_phrases(ctx, tokens):
        if a < 1 or not tokens[a - 1].isalpha() or sent.skipped(*sent.pieces[a]) \
                or head + 1 < len(tokens) and tokens[head + 1].lower() in DEFINING:
            continue
        b = window_end(sent, a + 1, MAX_MASKS - len(sent.ids[a - 1]) - len(sent.ids[a]), AFTER)
        if b <= head:
            continue
        start, end = sent.pieces[a - 1][0], sent.pieces[b - 1][1]
        original = sent.text[start:end]
        dropped = sent.text[start:sent.pieces[a][0]] + sent.text[sent.pieces[a + 1][0]:end]
        sites.append(Site(idx, a - 1, b, FAMILY, original, [original, dropped], pll=True,
                          data={"bare_share": bare_share, "dropped": dropped, "noun_end": sent.pieces[head][1]}))
    return sites


def decide(ctx, sent: Sent, site: Site) -> list[Finding]:
    """Drop "the" when the words around it are that much likelier without it."""
    dropped = site.data["dropped"]
    if dropped not in site.scores or site.original not in site.scores:
        return []
    margin = site.scores[dropped] - site.scores[site.original]
    plural = site.data["bare_share"] is None
    knob = "plural_margin" if plural else "article_margin"
    if margin < ctx.th(f"extra.{knob}"):
        return []
    s, e = sent.pieces[site.a + 1]
    share = PLURAL_SHARE if plural else site.data["bare_share"]
    return [Finding(s, e, "grammar", "EXTRA_ARTICLE", f"'{sent.text[s:e]}' may be unnecessary: the noun is meant in "
                    "general here.", ("",), min(0.9, share * (1 - 2.0 ** -margin)),
                    {"family": FAMILY, knob: margin, "bare_share": share, "noun_end": float(site.data["noun_end"])})]


def first_mention(doc: str, offset: int, finding: Finding) -> bool:
    """Whether an EXTRA_ARTICLE finding's noun is new to the document: "the" before a noun written earlier
    points back to it ("... an alcohol. Distilling focuses the alcohol"), which one sentence cannot show.
    Not asked in a dense text, whose writer puts "the" before a general noun however often it recurs."""
    if "noun_end" not in finding.features:
        return True
    noun = doc[offset + finding.end:offset + int(finding.features["noun_end"])].split()[-1].lower()
    return re.search(rf"\b{re.escape(noun)}(?:s|es)?\b", doc[:offset + finding.start].lower()) is None


def suspects(ctx, sent: Sent) -> list[Finding]:
    """Words the edit head is confident are wrong although no alternative won: flagged without a fix, unless
    the word is a name typed in lower case, which gets its capital.

    Low confidence by construction, so any finding with a concrete fix at the same place wins."""
    out: list[Finding] = []
    need = ctx.th("suspect.prob")
    ws = sent.words
    for n, (s, e) in enumerate(ws):
        a, b = sent.piece_range(s, e)
        if b <= a or sent.skipped(s, e):
            continue
        p_replace, p_delete = float(sent.p_replace[a:b].max()), float(sent.p_delete[a:b].max())
        p = max(p_replace, p_delete)
        if p < need:
            continue
        word = sent.text[s:e]
        if (word[0].isupper() and s > 0) or ctx.count(word) < SUSPECT_MIN_COUNT or ctx.in_dictionary(word) \
                or listed(word):
            continue                      # names and rare words: the head is least reliable there; "bc", "lol"
        if inside_name(sent, n):
            continue                      # a particle inside a name: "St. Maria ad Gradus", "Leonardo da Vinci"
        if settled(sent, n) or word.lower() == "an" and n + 1 < len(ws) \
                and sent.text[ws[n + 1][0]] not in "aeiouAEIOU" and article_before(sent, ws[n + 1]) == ("an", True):
            continue                      # "thanks for", "for it seems", "two Hill's radii", "an s-wave", "an mRNA"
        if _suspect_kept(ctx, sent, n):
            continue
        name = ctx.usual_case(word) if word.islower() and n > 0 else word
        if name != word:                  # "We went to paris": what the head objects to is the missing capital
            out.append(Finding(s, e, "grammar", "CAPITALIZATION", f"A name: '{name}'.", (name,), min(0.5, 0.5 * p),
                               {"family": "suspect", "p": p}))
            continue
        owner = _possessive(ctx, sent, n)
        if owner:                         # "a persons life": the apostrophe is missing
            out.append(Finding(s, e, "grammar", "POSSESSIVE_APOSTROPHE", f"A possessive: '{owner}'?", (owner,),
                               min(0.5, 0.5 * p), {"family": "suspect", "p": p}))
            continue
        # where the head would drop the word, the flag stands in for that deletion
        out.append(Finding(s, e, "word_choice", "SUSPECT_WORD", f"'{word}' may not fit here; consider rephrasing.",
                           (), min(0.5, 0.5 * p), {"family": "suspect", "p": p,
                                                   "dense_only": p_delete > p_replace and _writers_word(ctx, word)}))
    return out


def _repeat(sent: Sent, n: int) -> bool:
    """The n-th word repeats a neighbour: the double check's to judge ("had had dinner", "something something")."""
    ws = sent.words
    word = sent.text[ws[n][0]:ws[n][1]].lower()
    return any(0 <= m < len(ws) and sent.text[ws[m][0]:ws[m][1]].lower() == word for m in (n - 1, n + 1))


def _article_kept(ctx, sent: Sent, n: int) -> bool:
    """An article before letters read aloud ("an sp3 system") or in another language ("Halle an der Saale")."""
    ws = sent.words
    if sent.text[ws[n][0]:ws[n][1]].lower() not in ("a", "an", "the") or n + 1 >= len(ws) \
            or sent.text[ws[n][1]:ws[n + 1][0]].strip():
        return False
    nxt = sent.text[ws[n + 1][0]:ws[n + 1][1]]
    return letters_read_at(sent, ws[n + 1]) or foreign_article(ctx, sent, ws[n][0], nxt)


def _writers_word(ctx, word: str) -> bool:
    """A content word the delete head would drop, at the default level: a learner's fix ("you give create a
    beautiful image"), but in proofread prose the writer's word ("the left upper part", "191 states parties"), so
    the finding only counts towards a text's density (`Engine.collect`)."""
    return ctx.level == "default" and word.lower() not in LEARNER_EXTRAS


def _suspect_kept(ctx, sent: Sent, n: int) -> bool:
    """English the edit head doubts without a fix to offer: an article before a name ("their heaviest defeat
    in a World Cup", "the cause of a United Ireland"), "there" that points at a place ("still produced there
    today", "workers there are"; "their" or "they're" would need a noun or an -ing word next), and an absolute
    "being" or "having" ("there being virtually no unity", "the rest being lethal", "the Treaty having been
    promulgated"), "as urgent a need", "at once", a modal before punctuation, a repeated word, "due for
    release", and the phrases of PLACE_START, BY_PHRASE and NOT_BEFORE."""
    ws = sent.words
    word = sent.text[ws[n][0]:ws[n][1]].lower()
    if "-" in (sent.text[ws[n][0] - 1:ws[n][0]], sent.text[ws[n][1]:ws[n][1] + 1]):
        return True                      # part of a compound: "a this-worldly awareness"
    nxt = sent.text[ws[n + 1][0]:ws[n + 1][1]] if n + 1 < len(ws) else ""
    glued = n + 1 < len(ws) and bool(sent.text[ws[n][1]:ws[n + 1][0]].strip())     # punctuation between
    if word in ("a", "an", "the"):
        degree = n >= 2 and sent.text[ws[n - 2][0]:ws[n - 2][1]].lower() in ("as", "so", "too", "how")
        return nxt[:1].isupper() and not glued or _article_kept(ctx, sent, n) or word != "the" and degree
    if word == "at" and nxt.lower() == "once":
        return True                      # "William at once built"
    if word in ("are", "were", "have") and name_subject(ctx, sent, n):
        return True                      # "The Goron are a race": the verb agrees with a name as its writer wants
    if word == "too" and degree_next(nxt):
        return True                      # "Too many years have gone by": the degree the confusion check leaves
    if word == "there":
        low = nxt.lower()
        return not nxt or glued or low in LOCATIVE_NEXT or low not in ("the", "a", "an") and not (
            {"NOUN", "ADJ"} & noun_phrases.parts_of_speech(low) or "VBG" in verb_tags(low))
    if word in ("being", "having"):
        before = sent.text[ws[n - 1][0]:ws[n - 1][1]].lower() if n else ""
        return before in ("there", "it", "rest", "which", "others") or nxt.lower() in ("been", "not") \
            or "VBN" in verb_tags(nxt.lower())
    if word in MODALS:                   # a noun or an elided verb ("the aerosol can,", "than God's non-existence
        return not nxt or glued or base_verb(nxt.lower())    # can)"), or the writer's modal ("engineering shall be")
    if _repeat(sent, n):
        return True
    before = sent.text[ws[n - 1][0]:ws[n - 1][1]].lower() if n else ""
    place = nxt[:1].isupper() or nxt[:1].isdigit() or nxt.lower() in PLACE_START and before not in PART_OF
    return not glued and (word == "off" and place or word == "for" and before == "due"
                          or word == "by" and nxt.lower() in BY_PHRASE or word == "not" and nxt.lower() in NOT_BEFORE)


def _deletion_kept(ctx, sent: Sent, n: int) -> bool:
    """Words the delete head would drop that the sentence needs: "not" (dropping it turns the meaning round: "a not
    unreasonable estimate", "composed not of snow"), a capitalised word inside a name ("Minister President of
    Prussia", "West North Central"), the noun "can" ("the can design", "a milk can,") and what the suspect flags
    leave ("had by now become", "I at once purchased"; not an article: "the a Burundian woman")."""
    ws = sent.words
    word = sent.text[ws[n][0]:ws[n][1]]
    if word.lower() == "not":
        return True
    if n and word[:1].isupper() and any(sent.text[ws[m][0]].isupper() for m in (n - 1, n + 1) if m < len(ws)):
        return True
    before = sent.text[ws[n - 1][0]:ws[n - 1][1]].lower() if n else ""
    if word.lower() == "can" and before and (before in noun_phrases.DETERMINERS | PART_OF or before[0].isdigit()
                                             or "ADJ" in noun_phrases.parts_of_speech(before)):
        return True
    return word.lower() not in ("a", "an", "the") and _suspect_kept(ctx, sent, n)


def _possessive(ctx, sent: Sent, n: int) -> str | None:
    """"a persons life" -> "person's", "at a moments notice" -> "moment's": a plural between a determiner of one
    and a noun is a possessive without its apostrophe, where the corpus often writes the singular's possessive
    (not "a resources problem": "resource's" is rare)."""
    from assistant.text.morphology import getLemma

    ws = sent.words
    if n == 0 or n + 1 >= len(ws) or any(sent.text[ws[m][1]:ws[m + 1][0]] != " " for m in (n - 1, n)):
        return None
    det, word, nxt = (sent.text[a:b] for a, b in ws[n - 1:n + 2])
    if det.lower() not in ONE_DETERMINERS or noun_tags(word) != {"NNS"} or not nxt.islower() \
            or "NOUN" not in noun_phrases.parts_of_speech(nxt):
        return None
    singular = getLemma(word, upos="NOUN")[0]
    owner = f"{singular}'s"
    return owner if singular != word and ctx.count(owner) >= POSSESSIVE_MIN_COUNT else None


def head(ctx, sent: Sent, taken: set[tuple[int, int]]) -> list[Finding]:
    """Words the delete head marks as unnecessary (after doubles, which are already `taken`)."""
    out: list[Finding] = []
    need = ctx.th("extra.prob")
    for n, (s, e) in enumerate(sent.words):
        a, b = sent.piece_range(s, e)
        if b <= a or (s, e) in taken or sent.skipped(s, e):
            continue
        p = float(sent.p_delete[a:b].min())
        if p < need or settled(sent, n) or inside_name(sent, n) or _article_kept(ctx, sent, n) \
                or _repeat(sent, n) or _deletion_kept(ctx, sent, n):
            continue
        word = sent.text[s:e]
        out.append(Finding(s, e, "grammar", "EXTRA_WORD", f"'{word}' may be unnecessary here.", ("",), min(0.99, p),
                           {"family": FAMILY, "p": p, "dense_only": _writers_word(ctx, word)}))
    return out
