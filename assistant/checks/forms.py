"""Word-form facts from lemminflect that several checks ask: which verb forms a word is, and a verb's other forms."""
from __future__ import annotations

from functools import lru_cache

MODALS = frozenset("can could will would shall should may might must".split())
# "each" after these stands alone, not before its noun: "they are each members of", "we each have"
FLOATING_EACH_AFTER = frozenset("are were is was be been have had they we you them us these those".split())


def each_is_pronoun(before: str, gap: str, after: str) -> bool:
    """Whether "each" is a pronoun here, given the word before it, what stands between that word and it, and the
    word after it: "each bears the name" (a verb follows), "biospheres, each kilometres across", "They are each
    members"."""
    return bool(verb_tags(after)) or bool(before) and (bool(gap.strip()) or before.lower() in FLOATING_EACH_AFTER)


@lru_cache(maxsize=50000)
def verb_tags(word: str) -> frozenset[str]:
    """Penn tags the word has as a verb ("went" -> {VBD}, "seen" -> {VBN}, "saw" -> {VB, VBD, VBP})."""
    from assistant.text.morphology import getAllInflections, getAllLemmas

    low = word.lower()
    return frozenset(tag for upos, lemmas in getAllLemmas(low).items() if upos in ("VERB", "AUX") for lemma in lemmas
                     for tag, forms in getAllInflections(lemma, upos=upos).items() if low in forms)


@lru_cache(maxsize=50000)
def only_verb(word: str) -> bool:
    """No noun or adjective reads the same: "went", not "left" or "broken"."""
    from assistant.text.morphology import getAllLemmas

    return set(getAllLemmas(word.lower())) <= {"VERB", "AUX"}


@lru_cache(maxsize=50000)
def only_noun(word: str) -> bool:
    """A noun and nothing else: "book", not "house" (also a verb) or "the"."""
    from assistant.text.morphology import getAllLemmas

    return set(getAllLemmas(word.lower())) == {"NOUN"}


@lru_cache(maxsize=50000)
def only_adjective(word: str) -> bool:
    """An adjective that is no noun, adverb or base verb: "tired" (a participle too), "big"; not "clean",
    "cold" or "fast"."""
    from assistant.text.morphology import getAllLemmas

    readings = getAllLemmas(word.lower())
    return "ADJ" in readings and set(readings) <= {"ADJ", "VERB"} and not verb_tags(word) & {"VB", "VBP"}


@lru_cache(maxsize=50000)
def noun_or_base_verb(word: str) -> bool:
    """A noun that may also be a verb's base form, nothing else: "house", "tail", "turn"; not "lies"
    ("there lies"), "left" or "open"."""
    from assistant.text.morphology import getAllLemmas

    readings = getAllLemmas(word.lower())
    return "NOUN" in readings and set(readings) <= {"NOUN", "VERB"} and verb_tags(word) <= {"VB", "VBP"}


def base_verb(word: str) -> bool:
    """A verb's base form ("go", "water"): what follows "want to"."""
    from assistant.text.morphology import getAllLemmas

    return word in getAllLemmas(word).get("VERB", ())


def inflect_verb(word: str, tag: str) -> str | None:
    """The verb's form for a Penn tag ("seen", VBD -> "saw"), or None."""
    from assistant.text.morphology import getInflection, getLemma

    lemmas = getLemma(word.lower(), upos="VERB")
    if not lemmas or not lemmas[0]:
        return None                     # lemminflect makes "" of "cpg", and its inflection rules fail on ""
    forms = getInflection(lemmas[0], tag=tag)
    return forms[0] if forms else None


@lru_cache(maxsize=50000)
def noun_tags(word: str) -> frozenset[str]:
    """Penn tags the word has as a noun ("results" -> {NNS}, "news" -> {NN, NNS})."""
    from assistant.text.morphology import getAllInflections, getAllLemmas

    low = word.lower()
    return frozenset(tag for lemma in getAllLemmas(low).get("NOUN", ())
                     for tag, forms in getAllInflections(lemma, upos="NOUN").items() if low in forms)


@lru_cache(maxsize=50000)
def adjective_lemmas(word: str) -> frozenset[str]:
    from assistant.text.morphology import getAllLemmas

    return frozenset(getAllLemmas(word.lower()).get("ADJ", ()))


def degrees_of_one_adjective(a: str, b: str) -> bool:
    """"poorest" and "poor", "cheaper" and "cheapest": which degree a writer means is rarely a slip the
    model can judge ("the second poorest economy", "a fuller head of hair"), so these are not offered."""
    return a.lower() != b.lower() and bool(adjective_lemmas(a) & adjective_lemmas(b))


@lru_cache(maxsize=50000)
def degree_tags(word: str) -> frozenset[str]:
    """The graded forms (JJR, JJS, RBR, RBS) a word is of another adjective or adverb: "taller" -> {JJR},
    "best" -> {JJS, RBS}."""
    from assistant.text.morphology import getAllInflections, getAllLemmas

    low = word.lower()
    return frozenset(tag for upos, lemmas in getAllLemmas(low).items() if upos in ("ADJ", "ADV") for lemma in lemmas
                     if lemma != low for tag, forms in getAllInflections(lemma, upos=upos).items()
                     if tag in ("JJR", "JJS", "RBR", "RBS") and low in forms)


def superlative(word: str) -> bool:
    """"smallest", "best", "worst": the superlative of another adjective."""
    return "JJS" in degree_tags(word)


def is_comparative(word: str) -> bool:
    """An adjective's or adverb's comparative form: "taller", "better", "worse"."""
    return bool(degree_tags(word) & {"JJR", "RBR"})


@lru_cache(maxsize=50000)
def comparative_of_superlative(word: str) -> str | None:
    """"bigger" for "biggest", "worse" for "worst": the comparative of an adjective's superlative, else None."""
    from assistant.text.morphology import getAllInflections, getInflection

    low = word.lower()
    for lemma in adjective_lemmas(low):
        if low in getAllInflections(lemma, upos="ADJ").get("JJS", ()) and low != lemma:
            comparative = getInflection(lemma, "JJR")
            return comparative[0] if comparative else None
    return None


@lru_cache(maxsize=50000)
def one_form_spelled_two_ways(a: str, b: str) -> bool:
    """"ageing" and "aging", "travelled" and "traveled": one verb form in two spellings (British and American),
    which lemminflect lists side by side.  Offering one for the other is no fix of grammar."""
    from assistant.text.morphology import getAllInflections, getAllLemmas

    a, b = a.lower(), b.lower()
    return a != b and any(a in forms and b in forms for lemma in getAllLemmas(a).get("VERB", ())
                          for forms in getAllInflections(lemma, upos="VERB").values())


def counted(word: str) -> bool:
    """What a number counts: a noun that is only plural, or a name ("two days", "two Hill's radii"), so the
    number is no slip for "to"."""
    return word[:1].isupper() or noun_tags(word) == {"NNS"}


def past_time(text: str) -> bool:
    """The sentence names a past time ("yesterday", "two years ago", "last year"), so a verb that does not
    agree with its subject is more likely a past tense gone wrong than a present one."""
    from assistant.lang import read_words
    from assistant.text.segment import WORD

    words = WORD.findall(text.lower())
    return any(w in ("yesterday", "ago") or w == "last" and i + 1 < len(words) and words[i + 1] in
               read_words("time_words") for i, w in enumerate(words))
