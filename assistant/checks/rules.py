"""Cheap rules where a rule beats a model: capitals (sentence starts, "I", "Monday"), contractions typed
without their apostrophe ("dont"), regular plurals of irregular nouns ("childs"), doubled spaces."""
from __future__ import annotations

import re
from functools import cache

from assistant.checks.base import LETTER_AFTER, Finding, Sent, match_case
from assistant.checks.forms import MODALS, base_verb, verb_tags
from assistant.checks.usage.words import INTENSIFIERS, uncountable_nouns
from assistant.lang import read_list, read_words
from assistant.text.noun_phrases import CLOSED, parts_of_speech

FAMILY = "rules"
SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
IRREGULAR_RATIO = 30    # the irregular form ("children", "ran") must be this much more frequent than the one typed
PERFECT_OR_PASSIVE = frozenset("have has had having 've am is are was were be been being get gets got".split())
SPACES = re.compile(r"(?<=\S)[ ]{2,}(?=\S)")
# Abbreviations that end in a full stop mid-sentence: the segmenter may split after them ("Levison et al.
# believe", "Bill France, Sr. on February 21", "Polymorphus spp. are", "a.k.a. string", "4 vols. edited by",
# "(lit. thought experiment)", "Gunnery Sgt. in", "(ie. cellulose)", "like tbsp. is", an initial, a genus ("Ae.
# aegypti") or a Roman numeral: "units II. and III.", "Vol. xv. contains"), but a lower-case word there continues
# the sentence.
ABBREVIATION_END = re.compile(r"(?:\bet al|\betc|\be\.g|\bi\.e|\bcf|\bvs|\bapprox|\bca|\bviz|\bresp|\b[sj]r|\bmmes?"
                              r"|\bspp?|\bpp|\bblvd|\bave|\bvols?|\bfig|\bco|\binc|\bltd|\bcorp|\bbros|\beds?"
                              r"|\blit|\bgr|\bdept|\bsgt|\bft|\bsq|\bex|\besp|\bprof|\bcapt|\blt|\bie|\bsc"
                              r"|\btb?sp|\blbs?|\boz|\bga|\bgm|\brd|\bcie|\bibid|\bcit|\bincl|\bmax|\bmin"
                              r"|[,;:]\s\d{1,2}"          # an enumerator inside a sentence: "He reasons that, 1. if"
                              r"|(?:\b[a-z]\.)+[a-z]|(?-i:\b(?:[A-Z][a-z]?|[IVX]{2,}|[ivx]{2,})))\.[\s\"'”’)]*$",
                              re.IGNORECASE)
FACTORIAL = re.compile(r"(?:\b\w|\d|\))!$")     # "n! but", "0! are", "(n + 1)! is": no exclamation
# the capitalised words that end a title or a name with "!" or "?" in it: "Mars Attacks! on dresses", "listened
# to Oi! music", "What Is Anthropology? discussed"
TITLE_END = re.compile(r"(?:\b[A-Z][\w'’-]*[ ,:]+)*\b[A-Z][\w'’-]*[!?]$")
SHORT_EXCLAMATION = re.compile(r"(?:^|[\n.!?;:,\"“(—]\s*)(?:[\w'’-]+\s+)?[\w'’-]+!$")
# a text that goes on from a formula: 'where "P" is pressure', "where Γ(s) is the gamma function", "where mp is"
FORMULA_WHERE = re.compile(r"where\s+(?:[\"'“]|\S*[^\w\s]|\w{1,2}\s+(?:is|are|=|denotes)\b|\S*[^\x00-\x7f])")
CODE_AFTER = re.compile(r"[._(\[]\w|\d")        # a word glued to code: "math.trunc", "dict1 == dict2", "copy()"
I_E = re.compile(r"[.,] ?[eE]\b|\.\w")          # "i.e.", "(i,e.,", "i. e.", "the Freescale i.MX"
# what may come between a lone "i" and its verb, and the words a sentence's "i" follows, when no verb comes next
PRONOUN_ADVERBS = frozenset("also still never always even ever only just sometimes usually often already actually "
                            "not too myself then now once first alone".split())
PRONOUN_BEFORE = frozenset("yesterday today tomorrow now then later first also once yes no oh well ok okay but and "
                           "so because when if".split())


def direct(ctx, sent: Sent) -> list[Finding]:
    out: list[Finding] = []
    text = sent.text
    ws = sent.words
    prose = len(ws) >= 3 and text.rstrip()[-1:] in ".!?" and not text.lstrip().startswith(("-", "*", "#", ">"))
    if prose and ws:
        s, e = ws[0]
        word = text[s:e]
        lead = text[:s]
        # text before the first word may only be an opening quote/bracket glued to it (a closing
        # quote followed by a space means spaCy split inside a quotation: not a sentence start)
        if word[0].islower() and not lead.strip(" \t\r\n\"'“‘([") and not (lead and lead[-1].isspace() and lead.strip()) \
                and word.isalpha() \
                and not any(c.isupper() for c in word[1:]) and not sent.skipped(s, e) \
                and (len(word) > 1 or word == "a") and word not in read_words("chat_abbreviations") \
                and not _list_numeral(text, s, e) and not CODE_AFTER.match(text, e) \
                and not (len(word) == 1 and text[e:e + 1] in ").") and not FORMULA_WHERE.match(text, s) \
                and not _never_capitalised(ctx, word):            # "pgbench is a simple program", "math.trunc"
            rep = word[0].upper() + word[1:]
            out.append(Finding(s, e, "grammar", "CAPITALIZATION",
                               "Start a sentence with a capital letter.", (rep,), 0.8, {"sentence_start": 1.0}))
    for s, e in ws:
        if text[s:e] == "i" and not sent.skipped(s, e):
            before = text[s - 1] if s else " "
            after = text[e] if e < len(text) else " "
            if before in " \t\"(" and after in " \t,.;:!?)'’\"" and not I_E.match(text, e) \
                    and not _list_numeral(text, s, e) and not _letter_i(text, s, e):
                out.append(Finding(s, e, "grammar", "CAPITALIZATION", "The pronoun 'I' is written in capitals.",
                                   ("I",), 0.9))
    out.extend(_words(ctx, sent, ws) + _article_before_uncountable(sent, ws))
    if ctx.picky:
        for m in SPACES.finditer(text):
            if not sent.skipped(m.start(), m.end()):
                out.append(Finding(m.start(), m.end(), "style", "WHITESPACE", "Use a single space.", (" ",), 0.6))
    return out


def _never_capitalised(ctx, word: str) -> bool:
    """No dictionary word, and the corpus never writes it with a capital: a command or an identifier
    ("pgbench", "sqlca"), or a species name after its genus ("Ae. aegypti")."""
    return not ctx.is_word(word) and not ctx.lexicon.get(word[0].upper() + word[1:])


def _verb_next(word: str) -> bool:
    low = word.lower().strip(".,;:!?")
    return low in MODALS or low not in ("are", "is") and bool(verb_tags(low) & {"VBD", "VBP", "VBZ"})


def _pronoun_next(word: str) -> bool:
    """A word that can follow the pronoun "I" ("i really think", "i also", "i have", "i am")."""
    low = word.lower().strip(".,;:!?")
    return low.endswith("ly") or low in PRONOUN_ADVERBS or bool(verb_tags(low))


def _letter_i(text: str, s: int, e: int) -> bool:
    """A lone "i" that is a letter, not the pronoun: quoted ('the smallest "i" > 0') or a subscript ('"E"i'), before
    an operator or a number ("i % j", "i = 0", "Histories i. 7"), after a preposition ("names ending in i"), among
    other single letters ("/a e i o u/"), or after a content word with no verb next ("the number i, a root", "often
    written i in mathematics", "Fantastyka i futurologia": a symbol or another language's "and")."""
    nxt = re.match(r"[.,]?\s*(\S)", text[e:])
    if text[s - 1:s] == '"' and (text[e:e + 1] == '"' or text[s - 2:s - 1].isalnum()) \
            or nxt and not (nxt.group(1).isalpha() or nxt.group(1) in "'’\"("):
        return True
    prev_word, next_word = re.search(r"(\S+)\s+$", text[:s]), re.match(r"\s+(\S+)", text[e:])
    subject = next_word and (_verb_next(next_word.group(1)) or _pronoun_next(next_word.group(1)))
    if prev_word and prev_word.group(1).lower() in LETTER_AFTER and not (next_word and _verb_next(next_word.group(1))):
        return True                   # the pronoun is "me" after a preposition: "identical to i in pronunciation"
        #                               (but "together with i might get": a clause's subject)
    if prev_word and next_word and (len(prev_word.group(1)) == 1 and len(next_word.group(1)) == 1
                                    or prev_word.group(1)[0].isupper() and next_word.group(1)[0].isupper()):
        return True                   # among letters, or between two names: "Pere Milà i Camps" (Catalan "and")
    prev = prev_word.group(1).lstrip("\"“‘'(").lower() if prev_word else ""
    return prev.isalpha() and prev not in CLOSED | PRONOUN_BEFORE | read_words("chat_abbreviations") and not subject


def starts_sentence(text: str, start: int) -> bool:
    """Whether the document really starts a sentence at `start` (segmenters split after quoted
    exclamations: '"No Joke!" was the album' must not become 'Was')."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] in "\r\n":
        return True
    if text[i] in "!?" and _title_or_interjection(text, i) or FACTORIAL.search(text, max(0, i - 3), i + 1):
        return False
    return text[i] in ".!?" and not ABBREVIATION_END.search(text, max(0, i - 12), i + 1)


def _title_or_interjection(text: str, i: int) -> bool:
    """An exclamation or question mark that a lower-case word goes on after: one ending a title or a name of two or
    more capitalised words ("What Is Anthropology? discussed"), an exclamation mark after a capitalised word inside
    a sentence ("listened to Oi! music") or ending an exclamation of one or two words ("Service! oh! it was")."""
    m = TITLE_END.search(text, max(0, i - 60), i + 1)
    if m:
        inside = text[:m.start()].rstrip()[-1:] not in ("", *".!?\"“(")
        if len(m.group(0).split()) >= 2 or text[i] == "!" and inside:
            return True
    return text[i] == "!" and bool(SHORT_EXCLAMATION.search(text, max(0, i - 60), i + 1))



@cache
def _contractions() -> dict[str, tuple[str, str]]:
    """typed -> (contraction, "" or the condition "pronoun" / "start"), from lang/en/contractions.txt."""
    rows = (line.split() for line in read_list("contractions"))
    return {typed: (meant, "".join(rest)) for typed, meant, *rest in rows}


@cache
def _run_together() -> dict[str, str]:
    """typed -> meant, from lang/en/run_together.txt."""
    return {typed: meant.replace("_", " ") for typed, meant in (line.split() for line in read_list("run_together"))}


def _irregular_plural(ctx, word: str) -> tuple[tuple[str, ...], str] | None:
    """(fixes, message) for "childs" -> "children", "citys" -> "cities", "childrens" -> "children": a noun + "s"
    that lemminflect and the dictionary know no word for, where the noun's plural is another form the corpus
    uses far more, or which is a plural already."""
    from assistant.text.morphology import getAllLemmas, getInflection

    if not (word.isalpha() and word.islower() and word.endswith("s")) or getAllLemmas(word) or ctx.is_word(word):
        return None
    base = word[:-1]
    lemmas = getAllLemmas(base).get("NOUN", ())
    if lemmas and base not in lemmas:
        return (base, base + "'s"), f"'{base}' is already plural."   # "womens rights": "women's"
    if not lemmas:
        return None
    forms = getInflection(base, "NNS")
    if not forms or forms[0] == base or word in forms \
            or ctx.count(forms[0]) < IRREGULAR_RATIO * max(ctx.count(word), 1):
        return None
    return (forms[0],), f"The plural of '{base}' is '{forms[0]}'."


COUNTERS = re.compile(r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|few|both|these|those)\s+$",
                      re.I)


def _plural_read_as_verb(text: str, s: int, word: str) -> tuple[tuple[str, ...], str] | None:
    """"two knifes" -> "knives": "knifes", "wolfs" and "loafs" are verbs only, so after a number or a plural
    determiner the writer meant the noun's plural."""
    from assistant.text.morphology import getAllLemmas, getInflection

    if not word.islower() or not word.endswith(("fs", "fes")) or not COUNTERS.search(text[max(0, s - 12):s]):
        return None
    readings = getAllLemmas(word)
    if "NOUN" in readings or word[:-1] not in readings.get("VERB", ()):
        return None
    forms = getInflection(word[:-1], "NNS")
    if not forms or not forms[0].endswith("ves"):
        return None
    return (forms[0],), f"The plural of '{word[:-1]}' is '{forms[0]}'."


def _irregular_past(ctx, word: str, prev: str) -> tuple[str, list[str]] | None:
    """"runned" -> "ran", "writed" -> "wrote", "has writed" -> "written": "-ed" on a verb whose past is
    another form, where lemminflect and the dictionary know no word "-ed" makes."""
    from assistant.text.morphology import getAllLemmas, getInflection

    if not (word.isalpha() and word.islower() and word.endswith("ed")) or getAllLemmas(word) or ctx.is_word(word):
        return None
    stems = [word[:-2], word[:-1]] + ([word[:-3]] if len(word) > 4 and word[-3] == word[-4] else [])
    for lemma in stems:
        if lemma not in getAllLemmas(lemma).get("VERB", ()):
            continue
        past, participle = (next(iter(getInflection(lemma, tag)), "") for tag in ("VBD", "VBN"))
        if not past or past.endswith("ed") or ctx.count(past) < IRREGULAR_RATIO * max(ctx.count(word), 1):
            continue
        forms = [participle, past] if prev in PERFECT_OR_PASSIVE else [past, participle]
        return lemma, list(dict.fromkeys(f for f in forms if f))
    return None


def _irregular_degree(ctx, word: str) -> tuple[str, str] | None:
    """"goodest" -> "best", "gooder" -> "better", "badest" -> "worst": "-er" / "-est" on an adjective whose
    degrees are other words, where lemminflect and the dictionary know no word so made."""
    from assistant.text.morphology import getAllLemmas, getInflection

    if not (word.isalpha() and word.islower() and word.endswith(("er", "est"))) or getAllLemmas(word) \
            or ctx.is_word(word):
        return None
    tag, lemma = ("JJS", word[:-3]) if word.endswith("est") else ("JJR", word[:-2])
    if lemma not in getAllLemmas(lemma).get("ADJ", ()):
        return None                               # not "baddest" either: slang, "the baddest man on the planet"
    form = next(iter(getInflection(lemma, tag)), "")
    return (lemma, form) if form and not form.startswith(lemma) else None


def _article_before_uncountable(sent: Sent, ws: list[tuple[int, int]]) -> list[Finding]:
    """"He gave me an advice" -> "advice", "a very interesting news" -> "very interesting news": English does
    not count these nouns, whatever adjectives stand between.  Not where the noun modifies the next word ("a
    software company", "a news/talk format", a word the lexicon does not know: "a news website"), nor "a
    knowledge of Latin", "a thorough knowledge", "a positive feedback"."""
    text = sent.text
    words = [text[s:e].lower() for s, e in ws]
    out = []
    for n in range(len(ws) - 1):
        if words[n] not in ("a", "an"):
            continue
        j = n + 1 + (words[n + 1] in INTENSIFIERS)
        if j == len(ws):
            continue                               # the text ends "a very"
        while j < len(ws) - 1 and j < n + 4 and "ADJ" in parts_of_speech(words[j]) and text[ws[j][0]].islower():
            j += 1                                 # "a very interesting news"
        if words[j] not in uncountable_nouns() or not text[ws[j][0]].islower() \
                or any(text[ws[i][1]:ws[i + 1][0]] != " " for i in range(n, j)):
            continue
        e2 = ws[j][1]
        after = text[e2:].lstrip()
        nxt = words[j + 1] if j + 1 < len(ws) and text[e2:ws[j + 1][0]] == " " else ""
        if after[:1] in ("-", "/", "_") or nxt == "of" or nxt and nxt not in CLOSED and (
                parts_of_speech(nxt) & {"NOUN", "ADJ", "VERB"} or not parts_of_speech(nxt)) \
                or j > n + 1 and words[j] in ("knowledge", "feedback"):    # "a thorough knowledge"
            continue
        if not sent.skipped(ws[n][0], e2):
            rest = text[ws[n + 1][0]:e2]
            out.append(Finding(ws[n][0], e2, "grammar", "UNCOUNTABLE_NOUN",
                               f"'{words[j]}' is uncountable: no '{text[ws[n][0]:ws[n][1]]}'.",
                               (rest[0].upper() + rest[1:] if text[ws[n][0]].isupper() else rest,), 0.85))
    return out


def _list_numeral(text: str, s: int, e: int) -> bool:
    """A lower-case Roman numeral in brackets numbers a list item: "(i)", "(ii)", "(iv)"."""
    return text[s - 1:s] == "(" and text[e:e + 1] == ")" and re.fullmatch(r"[ivxl]+", text[s:e]) is not None


def _words(ctx, sent: Sent, ws: list[tuple[int, int]]) -> list[Finding]:
    """Single words a list fixes: "dont" -> "don't", "monday" -> "Monday", "childs" -> "children",
    "informations" -> "information"."""
    out = []
    text = sent.text
    for n, (s, e) in enumerate(ws):
        word = text[s:e]
        low = word.lower()
        if sent.skipped(s, e) or ctx.in_dictionary(word) or (word.isupper() and len(word) > 1):
            continue
        plural = _irregular_plural(ctx, word) or _plural_read_as_verb(text, s, word)
        past = None if plural else _irregular_past(ctx, word, text[ws[n - 1][0]:ws[n - 1][1]].lower() if n else "")
        degree = None if plural or past else _irregular_degree(ctx, word)
        if degree:
            out.append(Finding(s, e, "spelling", "IRREGULAR_ADJECTIVE", f"'{degree[0]}' is irregular: did you mean "
                               f"'{degree[1]}'?", (degree[1],), 1.0))
        elif plural:
            out.append(Finding(s, e, "spelling", "NOUN_PLURAL", plural[1], plural[0], 1.0))
        elif past:
            lemma, forms = past
            out.append(Finding(s, e, "spelling", "IRREGULAR_VERB", f"'{lemma}' is irregular: did you mean "
                               f"'{forms[0]}'?", tuple(forms), 1.0))
        elif word.islower() and low in read_words("proper_words"):
            out.append(Finding(s, e, "grammar", "CAPITALIZATION", "This word is written with a capital letter.",
                               (word.capitalize(),), 0.85))
        elif word.islower() and low[:-1] in read_words("uncountable") and low.endswith("s"):
            out.append(Finding(s, e, "grammar", "UNCOUNTABLE_NOUN", f"'{low[:-1]}' has no plural.", (low[:-1],), 1.0))
        elif low in _run_together() and (word.islower() or n == 0):     # not the name in "Mr Noone said"
            rep = match_case(word, _run_together()[low])    # "alot" -> "a lot"
            out.append(Finding(s, e, "spelling", "RUN_TOGETHER", f"Two words: '{rep}'.", (rep,), 1.0))
        elif low in _contractions():
            meant, condition = _contractions()[low]
            prev = text[ws[n - 1][0]:ws[n - 1][1]] if n else ""
            if condition == "pronoun" and prev.lower() not in SUBJECT_PRONOUNS:
                continue
            before = text[:s].rstrip(" \"'“‘(")
            if condition == "start" and not (n + 1 < len(ws) and base_verb(text[ws[n + 1][0]:ws[n + 1][1]])
                                             and (not before or before[-1] in ",;:.!?-–—")):
                continue                          # "Lets go" / "So, lets see" but not "He lets go"
            if prev[:1].isupper() and n + 1 < len(ws) and text[ws[n + 1][0]].isupper():
                continue                          # a particle in a name ("St. Maria im Kapitol")
            # certain, so it wins over the spelling check's guesses for the same word ("Youre" -> "Your")
            out.append(Finding(s, e, "spelling", "CONTRACTION", f"Did you mean '{match_case(word, meant)}'?",
                               (match_case(word, meant),), 1.0))
    return out
