"""Number, agreement and articles at one word: "less friends", "Every moves", "This students", "many information", "two
cat's", "I am student.", "plays the football", "by the train"."""
from __future__ import annotations

import re

from assistant.checks.base import Finding, Sent, match_case
from assistant.checks.forms import MODALS, each_is_pronoun, noun_tags, only_adjective, only_noun, verb_tags
from assistant.checks.usage.words import (AGE_UNITS, AUXILIARIES, BE_FORMS, CARDINALS, CLAUSE_JOINERS, CLOSERS, COUNTS,
                                          DETERMINERS, FINITE_AFTER_SUBJECT, GO, INDEFINITE, MASS_NOUNS, MIND_VERBS,
                                          NOT_FEWER, ONE_AFTER, ONE_AS_MANY, PLURAL_VERB, POSSESSIVES, QUANTITIES_OF,
                                          ROUND_PLURALS, SINGULAR_SUBJECT_DETERMINERS, SINGULAR_VERB, SPORTS,
                                          TIME_ADVERBS, TRANSPORT, TRAVEL, VERB_LIKE_PLURALS, YEAR_NUMBER,
                                          modifies_next, next_word, phrase_ends, uncountable_nouns)
from assistant.lang import read_words
from assistant.text.noun_phrases import parts_of_speech


def _less_fewer(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He has less friends" -> "fewer friends": "less" before a noun that is only ever plural. Not "less
    people", which the dev sets' annotators leave (conll2013: 0 of 2)."""
    nxt = next_word(sent, words, ws, n)
    if (n and words[n - 1].lower() in NOT_FEWER) or not nxt.islower() or noun_tags(nxt) != {"NNS"}:
        return None
    rep = match_case(words[n], "fewer")
    return Finding(*ws[n], "grammar", "LESS_FEWER", f"'{nxt}' can be counted: '{rep}'.", (rep,), 0.85)


def _these_nouns(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"This students are" -> "These", "in this regions," -> "these": "this" before a noun that is only ever
    plural and nothing else ("This results in" is a verb), or that opens a sentence before "are" / "were"
    ("This books are").  Mid-sentence "this" may be a pronoun ending a phrase ("From this astronomers can",
    "To avoid this users must"), so there the plural must close the phrase (a mark, "of", "and", "or"); never
    a compound ("this sales method"), a possessive or "decades-long"."""
    noun = next_word(sent, words, ws, n)
    if not noun.islower() or noun_tags(noun) != {"NNS"} or noun.lower()[:-1] in read_words("uncountable"):
        return None
    end = ws[n + 1][1]
    rest = sent.text[end:].lstrip(" ")
    if rest[:1] in ("'", "’", "-"):
        return None
    after = next_word(sent, words, ws, n + 1).lower()
    if not only_noun(noun) and not (n == 0 and after in ("are", "were") and "AUX" not in parts_of_speech(noun)):
        return None                            # "This books are" (a verb too), not "This does have"
    if n == 0:
        if after and "NN" in noun_tags(after) and after not in MODALS | FINITE_AFTER_SUBJECT:
            return None
    elif not (rest[:1] in ("", *",.;:!?)") or after in ("of", "and", "or")):
        return None
    rep = match_case(words[n], "these")
    return Finding(*ws[n], "grammar", "AGREEMENT", f"'{noun}' is plural: did you mean '{rep}'?", (rep,), 0.85,
                   claims=(ws[n][0], end))      # one fix: not also "problems" -> "problem"


def _every_noun(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Every moves of us" -> "move", "every tiny villages" -> "village", "Each students" -> "student", "one
    brothers" -> "brother": "every" is never a pronoun ("each" and "one" are, so only a plural that is no verb
    form counts after them), so a noun that is only ever plural right after it (or after an adjective that is
    nothing else) is a slip; not a compound's modifier ("every sports club"), nor after a number or a noun
    ("every two weeks", "every few years", "every firm faces": the plural is the verb), nor "one" after a
    determiner or a number ("the one students like", "twenty one years")."""
    from assistant.text.morphology import getLemma

    if n and not words[n].islower():
        return None                                     # a name: "George Every calls"
    k = n + 1
    nxt = next_word(sent, words, ws, n)
    if nxt.islower() and only_adjective(nxt) and nxt not in COUNTS | {"few", "several"}:
        k, nxt = n + 2, next_word(sent, words, ws, n + 1)              # "every possible combinations"
    after = next_word(sent, words, ws, k).lower() if nxt else ""
    if not nxt.islower() or noun_tags(nxt) != {"NNS"} or nxt[:-1] in read_words("uncountable") \
            or sent.text[ws[k][1]:ws[k][1] + 1] in ("'", "’", "-", "_") \
            or "NOUN" in parts_of_speech(after) and after not in TIME_ADVERBS:
        return None
    if words[n].lower() == "each" and each_is_pronoun(words[n - 1] if n else "",
                                                      sent.text[ws[n - 1][1]:ws[n][0]] if n else "", nxt):
        return None
    if words[n].lower() == "one" and (k != n + 1 or parts_of_speech(nxt) != {"NOUN"} or n and (
            sent.text[ws[n - 1][1]:ws[n][0]] != " " or words[n - 1].lower() in ONE_AFTER
            or {"ADJ", "NOUN"} & parts_of_speech(words[n - 1].lower())       # "season one episodes"
            or words[n - 1].lower() in ("and", "or") and n > 1 and (
                words[n - 2].lower() in ONE_AFTER or sent.text[ws[n - 2][1]:ws[n - 1][0]] != " "))):
        return None                                     # "one on one situations", "three, or one days"
    singular = next(iter(getLemma(nxt, upos="NOUN")), None)
    if not singular or singular == nxt:
        return None
    # one fix: not also "Every" -> "All", nor a singular verb after it, which is right once the noun is ("Every
    # students likes it": not also "likes" -> "like")
    verb = next_word(sent, words, ws, k).lower()
    end = ws[k + 1][1] if verb in ("is", "was", "has", "does") or verb_tags(verb) == {"VBZ"} else ws[k][1]
    message = f"After '{words[n]}', a singular noun: '{singular}'."
    article = words[n].lower() in ("a", "an")
    # after a/an the rule needs an adjective between ("a rogues gallery", "a shoes" are left to the model) and
    # no compound, coordination or glued word after the noun: "an arts and crafts fair", "emissions trading",
    # "weapons–free", "requirements.txt", "a graphics co-processor", "a civil rights, political ..."
    if (article or words[n].lower() == "another") and (
            article and k == n + 1
            or parts_of_speech(nxt) != {"NOUN"} and after != "of" and (    # "another sinks", "a submissive uses to"
                not article or after and after not in TIME_ADVERBS)
            or after in ("and", "&") or verb_tags(after) & {"VBG", "VBN"} and "NOUN" not in parts_of_speech(after)
            or n and sent.text[ws[n][0] - 1] != " "                        # "pK"a values", "-a takes"
            or re.match(r"[^\s.,;:!?)\"']|[./]\w|\s+\w+-|,", sent.text[ws[k][1]:])
            or nxt in ONE_AS_MANY):
        return None
    if article:
        # "I bought a new shoes": the singular, or the plural without the article
        phrase = sent.text[ws[n][0]:ws[k][0]]
        return Finding(ws[n][0], ws[k][1], "grammar", "AGREEMENT", message,
                       (phrase + singular, phrase[len(words[n]) + 1:] + nxt), 0.85, claims=(ws[n][0], end))
    return Finding(*ws[k], "grammar", "AGREEMENT", message, (singular,), 0.85, claims=(ws[n][0], end))


def _indefinite_with_phrase(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Everyone in my family are tall" -> "is": "everyone", "nobody" ... stay singular through a short
    prepositional phrase (a preposition, a determiner and one or two words), which learners make the verb agree
    with.  Only at the start of a clause and before "are / were / have / do"."""
    if n and sent.text[ws[n - 1][1]:ws[n][0]].strip() not in (",", ";") \
            or next_word(sent, words, ws, n).lower() not in ("in", "of", "at", "from", "on", "with"):
        return None
    if next_word(sent, words, ws, n + 1).lower() not in SINGULAR_SUBJECT_DETERMINERS | {"these", "those", "our"}:
        return None
    for k in (n + 3, n + 4):
        verb = next_word(sent, words, ws, k).lower()
        if verb in SINGULAR_VERB and words[k].islower() and (k == n + 3 or words[k - 1].islower()):
            rep = match_case(words[k + 1], SINGULAR_VERB[verb])
            return Finding(*ws[k + 1], "grammar", "AGREEMENT", f"'{words[n]}' is singular: '{rep}'.", (rep,), 0.85)
    return None


def _so_a(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"It was so a good film" -> "such a good film": "so" grades an adjective, "such" a noun phrase; only after
    "be" ("and so a new era began" is "therefore")."""
    if n == 0 or words[n - 1].lower() not in BE_FORMS or next_word(sent, words, ws, n).lower() not in ("a", "an") \
            or "ADJ" not in parts_of_speech(next_word(sent, words, ws, n + 1).lower()):
        return None
    return Finding(ws[n][0], ws[n + 1][1], "grammar", "SO_SUCH", "Before 'a': 'such a'.",
                   (match_case(words[n], "such") + " " + words[n + 1],), 0.85)


def _many_peoples(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"Many peoples think" -> "people": "peoples" are nations, which do not think or feel as one; only before a
    verb of a person's mind ("many peoples have lived here", "indigenous peoples prefer" stay)."""
    if n == 0 or words[n - 1].lower() not in ("many", "most", "some") or not words[n].islower() \
            or next_word(sent, words, ws, n).lower() not in MIND_VERBS:
        return None
    return Finding(*ws[n], "grammar", "NOUN_PLURAL", "Did you mean 'people'?", ("people",), 0.85)


def _the_rich(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"The rich is getting richer" -> "are": an adjective for a group of people is plural.  Only as the
    sentence's opening subject ("the fate of the poor is" has its own head)."""
    verb = next_word(sent, words, ws, n)
    if n != 1 or words[0].lower() != "the" or verb.lower() not in PLURAL_VERB or not verb.islower():
        return None
    rep = PLURAL_VERB[verb.lower()]
    return Finding(*ws[n + 1], "grammar", "AGREEMENT", f"'{words[0]} {words[n]}' are people: '{rep}'.", (rep,), 0.85)


def _play_the_sport(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He plays the football" -> "plays football": a sport takes no article after "play" (an instrument
    does: "plays the guitar")."""
    if next_word(sent, words, ws, n).lower() != "the" or next_word(sent, words, ws, n + 1).lower() not in SPORTS \
            or noun_tags(next_word(sent, words, ws, n + 2).lower()):
        return None                            # "played the football match": the article is the match's
    return Finding(ws[n + 1][0], ws[n + 2][0], "grammar", "EXTRA_ARTICLE", "A sport takes no article.", ("",), 0.85)


def _counted_apostrophe(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I have two cat's and a dog" -> "cats": after a number the "'s" is a plural, not a possessive, when no
    noun follows it ("two dog's bowls" is a misplaced apostrophe of another kind)."""
    noun = next_word(sent, words, ws, n)
    if not re.fullmatch(r"[a-z]{2,}['’]s", noun) or "NN" not in noun_tags(noun[:-2]) \
            or parts_of_speech(next_word(sent, words, ws, n + 1).lower()) & {"NOUN", "ADJ"} \
            and next_word(sent, words, ws, n + 1).lower() not in AUXILIARIES | MODALS:
        return None                            # "many people's ambivalent feelings"
    from assistant.text.morphology import getInflection

    plural = next(iter(getInflection(noun[:-2], "NNS")), None)
    if not plural:
        return None
    return Finding(*ws[n + 1], "grammar", "APOSTROPHE_PLURAL", "A plural takes no apostrophe.", (plural,), 0.85)


def _by_the_train(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"We travelled by the train" -> "by train", "She goes to the bed at ten" -> "to bed": a means of transport
    after a verb of going, and going to sleep, take no article, where the phrase ends or a time follows ("went
    there by the bus yesterday"; "stood by the train", "went to the bed and sat on it" stay)."""
    det, noun = next_word(sent, words, ws, n).lower(), next_word(sent, words, ws, n + 1).lower()
    if n == 0 or det != "the" or not {w.lower() for w in words[max(0, n - 2):n]} & (GO | TRAVEL):
        return None
    after = next_word(sent, words, ws, n + 2).lower()
    if words[n].lower() == "by" and noun in TRANSPORT \
            and (phrase_ends(sent, words, ws, n + 2) or after in TIME_ADVERBS | {"last", "next", "every"}) \
            or words[n].lower() == "to" and noun == "bed" and after in ("at", "early", "late", "after", "before"):
        return Finding(ws[n + 1][0], ws[n + 2][0], "grammar", "EXTRA_ARTICLE", f"'{words[n]} {noun}' takes no article.",
                       ("",), 0.85)
    return None


def _possessive_all(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"My all friends came" -> "All my friends": "all" goes before the possessive ("gave it my all" stays)."""
    noun = next_word(sent, words, ws, n)
    if not n or sent.text[ws[n - 1][1]:ws[n][0]] != " " or words[n - 1].lower() not in POSSESSIVES \
            or not noun.islower() or noun_tags(noun) != {"NNS"}:
        return None
    rep = f"{match_case(words[n - 1], 'all')} {words[n - 1].lower()}"
    return Finding(ws[n - 1][0], ws[n][1], "grammar", "ALL_MY", f"Did you mean '{rep}'?", (rep,), 0.85)


def _year_after_number(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I was born in 1990 year" -> "in 1990": a year's number needs no "year" after it (not "in 2010
    year-on-year", "in 1990 year's end")."""
    number = YEAR_NUMBER.fullmatch(sent.text[ws[n][1]:ws[n + 1][0]]) if n + 1 < len(ws) else None
    if not number or words[n + 1].lower() != "year" or sent.text[ws[n + 1][1]:ws[n + 1][1] + 1] in ("-", "'", "’"):
        return None
    return Finding(ws[n + 1][0] - 1, ws[n + 1][1], "grammar", "YEAR_AFTER_NUMBER",
                   f"'{number.group(1)}' is the year already.", ("",), 0.85)


def _there_are_mass(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"There are a lot of noise" -> "There is": "a lot of" and a noun English does not count take a singular
    verb (a countable singular, "There are a lot of student", is the noun's slip, not the verb's; nor a noun
    that modifies the next: "There are a lot of traffic lights")."""
    low = [w.lower() for w in words[n + 1:n + 5]]
    quantity = next((q for q in QUANTITIES_OF if tuple(low[:len(q)]) == q), None)
    if n < 1 or words[n - 1].lower() != "there" or quantity is None or len(low) <= len(quantity) \
            or low[len(quantity)] not in uncountable_nouns() | MASS_NOUNS \
            or not words[n + 1 + len(quantity)].islower() \
            or modifies_next(sent, words, ws, n + 1 + len(quantity)) \
            or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in range(n - 1, n + 1 + len(quantity))):
        return None
    rep = match_case(words[n], "is" if words[n].lower() == "are" else "was")
    return Finding(*ws[n], "grammar", "AGREEMENT", f"'{words[n + 1 + len(quantity)]}' is not counted: '{rep}'.",
                   (rep,), 0.85)


def _for_an_example(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"For an example, we can ..." -> "For example,": the fixed phrase opens its sentence with a comma ("For an
    example of this, see ..." and "see the manual for an example" name one)."""
    if n or len(ws) < 4 or words[1].lower() not in ("a", "an") or words[2].lower() != "example" \
            or sent.text[ws[2][1]:].lstrip()[:1] != "," or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in (0, 1)):
        return None
    return Finding(ws[1][0], ws[2][1], "grammar", "EXTRA_ARTICLE", "The phrase is 'For example'.", ("example",),
                   0.92)                              # above A_AN's "a" -> "an" in "For a example,"


def _many_uncountable(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"many information" -> "much information", "How many money" -> "much": a noun English does not count.
    "many evidences" -> "much evidence": an "-s" form that is also a verb, which after "many" cannot be."""
    noun = next_word(sent, words, ws, n)
    if noun in VERB_LIKE_PLURALS and words[n].lower() == "many":
        rep = f"{match_case(words[n], 'much')} {VERB_LIKE_PLURALS[noun]}"
        return Finding(ws[n][0], ws[n + 1][1], "grammar", "UNCOUNTABLE_NOUN", f"Did you mean '{rep}'?", (rep,),
                       0.85)
    if noun.lower() not in uncountable_nouns() | MASS_NOUNS or noun.lower() == "news" or not noun.islower() \
            or noun not in uncountable_nouns() and "VBP" in verb_tags(noun) \
            and (n == 0 or words[n - 1].lower() not in ("how", "too", "so")):
        return None                        # "Many work in the fields": "many" people, and their verb
    rest = sent.text[ws[n + 1][1]:]
    if not (rest[:1] in ("", *".,;:!?)") or rest[:1] == " " and next_word(sent, words, ws, n + 1).lower() in CLOSERS
            or n and words[n - 1].lower() == "how" and next_word(sent, words, ws, n + 1).lower() in AUXILIARIES):
        return None                        # "many software developers", "many hardware and software aspects"
    rep = match_case(words[n], "much")
    return Finding(*ws[n], "grammar", "MUCH_MANY", f"'{noun}' is not counted: '{rep}'.", (rep,), 0.85)


def _bare_role(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I am student." -> "I am a student": a singular countable noun that ends the clause after an opening
    "I am" / "He is" needs an article.  Not titles of one ("He is president"), adjectives ("I am vegetarian"),
    -ing or past forms ("I am doing"), nor the past, where biographies name roles bare ("he was consul")."""
    from assistant.text.morphology import getInflection

    noun = next_word(sent, words, ws, n)
    if n != 1 or words[0].lower() not in ("i", "he", "she") \
            or sent.text[ws[0][1]:ws[1][0]] != " " or not noun.islower() or noun_tags(noun) != {"NN"} \
            or parts_of_speech(noun) & {"ADJ", "ADV", "PRON"} or verb_tags(noun) - {"VB", "VBP"} \
            or noun in read_words("unique_roles") or noun in uncountable_nouns() or noun in INDEFINITE | {"anything"}:
        return None
    rest = sent.text[ws[n + 1][1]:].lstrip(" ")
    plural = getInflection(noun, tag="NNS")
    if rest[:1] not in ("", *".,!?;") or not plural or plural[0] == noun:
        return None
    article = "an" if noun[0] in "aeio" else "a"
    gap = ws[n + 1][0]
    return Finding(gap, gap, "missing_word", "MISSING_WORD", f"A word may be missing here: '{article}'?", (article,),
                   0.85)


def _number_before(sent: Sent, words: list[str], ws, n: int) -> int | None:
    """Where a cardinal ("ten", "25") just before words[n] starts, with a space or hyphen between; else None."""
    before = re.search(r"(?:^|(?<=\s))(\d+|[A-Za-z]+)[ -]$", sent.text[:ws[n][0]])
    if before and (before.group(1).isdigit() or before.group(1).lower() in CARDINALS):
        return before.start(1)
    return None


def _age_adjective(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"a ten years old boy", "a 5-years-old car" -> "ten-year-old": an age before its noun is one hyphenated
    adjective with the unit singular.  Only after a determiner and before a word that is only a noun ("He is ten
    years old today", "ten years old and" stay)."""
    start = _number_before(sent, words, ws, n)
    after = sent.text[ws[n][1]:ws[n][1] + 5]
    if start is None or after not in (" old ", "-old ") or n + 2 >= len(ws) or words[n + 1].lower() != "old":
        return None
    det = re.search(r"(\w+) $", sent.text[:start])
    noun = next_word(sent, words, ws, n + 1)
    if not det or det.group(1).lower() not in DETERMINERS or not noun.islower() or not only_noun(noun):
        return None
    rep = f"{sent.text[start:ws[n][0]].rstrip(' -')}-{AGE_UNITS[words[n].lower()]}-old"
    return Finding(start, ws[n + 1][1], "grammar", "AGE_ADJECTIVE", f"Before a noun, an age is one word: '{rep}'.",
                   (rep,), 0.85)


def _counted_round_number(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"three thousands people" -> "three thousand people": after a number, "thousand", "million" and "billion"
    take no "s" ("thousands of people" stays).  "Hundreds" and "dozens" only before a plural noun: "three
    hundreds in a row" (cricket), "divided into 32 hundreds" (old counties) and "the nineteen hundreds" stay."""
    start = _number_before(sent, words, ws, n)
    nxt = next_word(sent, words, ws, n)
    if start is None or sent.text[start:ws[n][0]].endswith("-") or nxt.lower() == "of" \
            or words[n].lower() in ("hundreds", "dozens") and not (nxt.islower() and "NNS" in noun_tags(nxt)):
        return None
    rep = match_case(words[n], ROUND_PLURALS[words[n].lower()])
    return Finding(*ws[n], "grammar", "NOUN_NUMBER", f"After a number: '{rep}'.", (rep,), 0.85)


def _there_have(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"There have many people in the park" -> "There are": what exists takes "there is / are", not "have"
    ("There have been", "there have to be" stay: only before a quantifier or an article; "some", "few" and "no"
    may open a participle's object, "there have some been")."""
    if n == 0 or words[n - 1].lower() != "there" or sent.text[ws[n - 1][1]:ws[n][0]] != " ":
        return None
    if n > 1 and sent.text[ws[n - 2][1]:ws[n - 1][0]] == " " and words[n - 2].lower() not in CLAUSE_JOINERS:
        return None                                 # "People who live there have many problems"
    nxt = next_word(sent, words, ws, n).lower()
    if nxt in ("many", "several", "lots", "plenty") or nxt in CARDINALS:
        rep = match_case(words[n], "are")
    elif nxt in ("a", "an", "one", "much") and next_word(sent, words, ws, n + 1).lower() != "lot":
        rep = match_case(words[n], "is")            # "there have a lot of" may be either
    else:
        return None
    return Finding(*ws[n], "grammar", "THERE_HAVE", f"For what exists: 'there {rep}'.", (rep,), 0.85)


def _few_uncountable(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I have a few money left" -> "a little money": "few" counts, "little" measures a noun English does not
    count.  Only where the noun ends its phrase ("a few software engineers" stays)."""
    noun = next_word(sent, words, ws, n)
    if noun.lower() not in uncountable_nouns() | MASS_NOUNS or noun.lower() in ("news", "work") \
            or not noun.islower() or noun not in uncountable_nouns() and "VBP" in verb_tags(noun):
        return None
    rest = sent.text[ws[n + 1][1]:]
    if not (rest[:1] in ("", *".,;:!?)") or next_word(sent, words, ws, n + 1).lower() in CLOSERS | {"left"}):
        return None
    rep = match_case(words[n], "little")
    return Finding(*ws[n], "grammar", "MUCH_MANY", f"'{noun}' is not counted: '{rep}'.", (rep,), 0.85)


def _all_of_us(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"All of us has a dream" -> "have": "all of us / them / you" is plural.  Only as the subject that opens
    its clause ("The welfare of all of us is", "the way to know all of them is" have their own)."""
    if n and words[n - 1].lower() not in CLAUSE_JOINERS and sent.text[ws[n - 1][1]:ws[n][0]] == " ":
        return None
    if [w.lower() for w in words[n + 1:n + 2]] != ["of"] or n + 3 >= len(ws) \
            or words[n + 2].lower() not in ("us", "them", "you") or words[n + 3].lower() not in PLURAL_VERB \
            or any(sent.text[ws[m][1]:ws[m + 1][0]] != " " for m in range(n, n + 3)):
        return None
    rep = match_case(words[n + 3], PLURAL_VERB[words[n + 3].lower()])
    return Finding(*ws[n + 3], "grammar", "AGREEMENT", f"'{words[n]} of {words[n + 2]}' is plural: '{rep}'.", (rep,),
                   0.85)

