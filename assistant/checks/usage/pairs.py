"""Rules on a word and the words just before it, tried in order for every word by `direct()`: "She has
went", "can't to swim", "much cars", "the man which helped", "enjoy to read", "I am agree"."""
from __future__ import annotations

from assistant.checks.base import Finding, Sent, match_case
from assistant.checks.forms import (MODALS, adjective_lemmas, base_verb, comparative_of_superlative, inflect_verb,
                                    noun_tags, only_verb, verb_tags)
from assistant.checks.usage.words import (AFTER_ACTION, ALL_WE_CAN, ANTECEDENT_BREAKS, ASK_TELL, AUXILIARIES,
                                          BEFORE_BEING, BE_FORMS, BE_NOT_DO, BE_PAST, BE_TENSE, CATENATIVE,
                                          CLAUSE_BEFORE_BE, CONTRACTED_BE, COUNTS, DETERMINERS, DO, DURATIONS,
                                          FINITE_TAGS, GET_BECOME, HAVE, HAVE_ADVERBS, LIKE_VERBS, MAKE_LET,
                                          MODAL_ADVERBS, NEGATED_MODALS, NOUN_ONLY_DETERMINERS, OBJECTS,
                                          OBJECT_OR_DETERMINER, OF_PRONOUNS, PAST_BEFORE_BASE, PEOPLE_PLURALS,
                                          PERSON_BE, PERSON_NOUNS, PHRASE_PREPOSITIONS, PLURAL_DETERMINERS,
                                          PLURAL_QUANTIFIERS, PLURAL_VERB, POSSESSIVES, QUANTIFIERS, SINGULAR_VERB,
                                          SUBJECTS, SUBJECTS_IT, SUBJECT_OPENERS, THING_NOUNS, TO_INFINITIVE,
                                          TO_OR_MODAL, VERB_PREPOSITIONS, VERB_SUBJECTS, adjective_sense, after_noun,
                                          next_word, noun_verb_pairs, plain_verb, uncountable_nouns)
from assistant.lang import read_words
from assistant.text.noun_phrases import parts_of_speech


def _modal_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"He must to go" -> "He must go", "She can't to swim" -> "can't swim", "People can easily to share" ->
    "can easily share"; not "the will to live", "do all we can to help"."""
    if words[n].lower() != "to":
        return None
    m = n - 2 if n > 2 and words[n - 1].lower() in MODAL_ADVERBS else n - 1
    modal, nxt = words[m], next_word(sent, words, ws, n)
    if modal.replace("’", "'") not in MODALS | NEGATED_MODALS or m < 1 \
            or words[m - 1].lower() not in SUBJECTS_IT | PEOPLE_PLURALS \
            or (m > 1 and words[m - 2].lower() in ALL_WE_CAN) \
            or not nxt or not base_verb(nxt) or "VB" not in verb_tags(nxt):
        return None
    return Finding(*ws[n], "grammar", "MODAL_TO", f"After '{modal}', no 'to'.", ("",), 0.85)


def _much_many(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"too much cars" -> "too many cars": "much" before a noun that is only ever plural."""
    nxt = next_word(sent, words, ws, n)
    if words[n].lower() != "much" or words[n - 1].lower() in ("pretty", "very") or not nxt.islower() \
            or noun_tags(nxt) != {"NNS"} and nxt not in PEOPLE_PLURALS or nxt in AUXILIARIES:
        return None                                # "pretty much makes sense", "How much does it cost" (a doe)
    if nxt in PEOPLE_PLURALS and words[n - 1].lower() == "how":
        return None                                # "how much people save": the people are the subject
    rep = match_case(words[n], "many")
    # it competes with a number fix of the noun: "too much times" is "too many times" or "too much time"
    return Finding(*ws[n], "grammar", "MUCH_MANY", f"'{nxt}' can be counted: '{rep}'.", (rep,), 0.85,
                   covers=(ws[n][0], ws[n + 1][1]))


def _gerund(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She enjoys to read" -> "enjoys reading" (lang/en/gerund_verbs.txt).  A past form or a form that is
    also a noun only right after its subject: "We avoided to talk", not "(is widely) considered to be" or
    "a common practice to"."""
    from assistant.text.morphology import getLemma

    if words[n].lower() != "to":
        return None
    verb, nxt = words[n - 1], next_word(sent, words, ws, n)
    if not verb.islower() or not nxt or nxt.lower() == "be" \
            or not any(lemma in read_words("gerund_verbs") for lemma in getLemma(verb, upos="VERB")):
        return None
    subject = n > 1 and words[n - 2].lower() in SUBJECTS
    if not subject and (verb_tags(verb) <= {"VBD", "VBN"} or noun_tags(verb)
                        or n > 1 and words[n - 2].lower() in BE_FORMS):
        return None
    ing = inflect_verb(nxt, "VBG") if base_verb(nxt) and "VB" in verb_tags(nxt) else None
    if not ing:
        return None
    return Finding(ws[n][0], ws[n + 1][1], "grammar", "GERUND", f"'{verb}' takes an -ing form: '{ing}'.", (ing,), 0.85)


def _to_ing(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I want to going home" -> "go", "We need to worried" -> "worry": after "want to", "need to", "able
    to"... the bare verb.  "Hope", "plan", "need"... only as verbs, after a subject, an auxiliary or "to"
    ("brought hope to starving people").  After any other "to", a form that is only a past or participle
    wants the bare verb where it takes an object ("whose owner fears to lost her" -> "lose"; not "to lost
    souls", "compared to used cars", "adhere to stipulated that")."""
    if words[n].lower() != "to":
        return None
    nxt, verb = next_word(sent, words, ws, n), words[n - 1].lower()
    tags = verb_tags(nxt)
    past = bool(tags) and tags <= {"VBD", "VBN"} and not noun_tags(nxt)
    if not nxt.islower() or nxt in MODALS | {"used"}:
        return None
    if verb in TO_INFINITIVE:
        if not (tags == {"VBG"} or past) \
                or verb != "how" and noun_tags(verb) \
                and (n < 2 or words[n - 2].lower() not in SUBJECTS | AUXILIARIES | {"to", "not"}) \
                or verb == "like" and n > 1 and words[n - 2].lower() in BE_FORMS:     # "It is like to swimming"
            return None
    elif not past or nxt in ("been", "was", "were") \
            or next_word(sent, words, ws, n + 1).lower() not in OBJECT_OR_DETERMINER:
        return None
    base = inflect_verb(nxt, "VB")
    if not base or base == nxt:
        return None
    return Finding(*ws[n + 1], "grammar", "VERB_FORM", f"After 'to', use '{base}'.", (base,), 0.85)


def _be_past(ctx, sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"It was happened" -> "It happened", "They are existed" -> "exist", "has been appeared" -> "has appeared":
    a verb that takes no object (lang/en/intransitive_verbs.txt) has no passive, so "be" goes and the verb
    takes its tense.  "The bag was took" -> "taken": a strong verb's simple past is no participle (not where
    lemminflect lists one "-ed" form as the past and another as the participle, which writers use either way:
    "was burnt" / "burned", "is spelled" / "spelt", "was got" / "gotten")."""
    be, word = words[n - 1], words[n]
    if be not in BE_PAST or not word.islower():
        return None
    low = word.lower()
    tags = verb_tags(low)
    if not tags or not tags <= {"VBD", "VBN"} or not only_verb(low):
        return None
    lemma = inflect_verb(low, "VB")
    if lemma in ("be", *MODALS) or next_word(sent, words, ws, n).lower() == "upon" \
            or adjective_sense(ctx, low):
        return None                                 # "was happened upon"; "I was broke", "The suit is bespoke"
    participle = inflect_verb(low, "VBN")
    strong_past = tags == {"VBD"} and participle not in (None, low, "gotten") \
        and not low.endswith("ed") and not participle.endswith("ed")                     # "took", "went"
    # "she is gone", "the hour is come": an old perfect, so "go", "come" and "become" only in a simple past
    # "suffer" has a passive ("heavy losses were suffered"), but not before "from" ("are suffered from")
    intransitive = lemma in read_words("intransitive_verbs") or lemma == "suffer" \
        and next_word(sent, words, ws, n).lower() == "from"
    if intransitive and (strong_past or lemma not in ("go", "come", "become")):
        tag = "VBD" if strong_past and be in BE_TENSE else BE_PAST[be]
        form = low if tag == "VBD" and strong_past else inflect_verb(low, tag)
        if not form:
            return None
        return Finding(ws[n - 1][0], ws[n][1], "grammar", "BE_WITH_VERB",
                       f"'{lemma}' has no passive: did you mean '{form}'?", (form,), 0.85)
    if not strong_past:
        return None
    return Finding(*ws[n], "grammar", "VERB_FORM", f"Did you mean '{participle}'?", (participle,), 0.85)


def _have_being(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"She has never being there" -> "been": after "have" (and an adverb), "being" is a slip for "been"."""
    if words[n].lower() != "being":
        return None
    k = n - 2 if words[n - 1].lower() in HAVE_ADVERBS and n > 1 else n - 1
    if words[k].lower().replace("’", "'") not in HAVE or k < n - 1 and sent.text[ws[k][1]:ws[k + 1][0]] != " ":
        return None
    return Finding(*ws[n], "grammar", "VERB_FORM", "After 'have': 'been'.", (match_case(words[n], "been"),), 0.85)


def _being_ing(ctx, sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"afraid of being tracking" -> "tracked": "being" after a preposition or "be" and before an -ing form is a
    passive (not "a human being living", "the exception being seeking to ..."), unless the -ing word is also an
    adjective ("being interesting"), or a noun or an object follows it ("being working class", "themes being
    glorifying the military")."""
    if words[n - 1].lower() != "being" or n < 2 or words[n - 2].lower() not in BEFORE_BEING:
        return None
    word = words[n]
    nxt = next_word(sent, words, ws, n).lower()
    if not word.islower() or verb_tags(word) != {"VBG"} or "ADJ" in parts_of_speech(word) \
            or adjective_sense(ctx, word) \
            or nxt and (nxt in OBJECT_OR_DETERMINER or noun_tags(nxt) or "NOUN" in parts_of_speech(nxt)):
        return None
    participle = inflect_verb(word, "VBN")
    if not participle or participle == word:
        return None
    return Finding(*ws[n], "grammar", "VERB_FORM", f"After 'being': '{participle}'.", (participle,), 0.85)


def _bare_after_catenative(ctx, sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"The detective will start investigate" -> "start investigating": start, begin, stop, finish, keep,
    enjoy, avoid ... take an -ing form (or "to"), never a plain verb that is nothing else ("start work", "keep
    track" are nouns; "enjoy complete freedom": an adjective, and a noun follows).  Only the verb itself,
    after a subject, an auxiliary or "to", not a noun ("a fresh start"), nor the first part of a compound ("to
    stop inter-communal violence")."""
    verb, word = words[n - 1].lower(), words[n]
    if verb not in CATENATIVE:
        return None
    nxt = next_word(sent, words, ws, n).lower()
    if not word.islower() or verb_tags(word) != {"VB", "VBP"} or not only_verb(word) \
            or adjective_sense(ctx, word) or sent.text[ws[n][1]:ws[n][1] + 1] == "-" \
            or nxt and (noun_tags(nxt) or "NOUN" in parts_of_speech(nxt)) or n < 2 \
            or words[n - 2].lower() not in SUBJECTS | AUXILIARIES | {"to", "not"}:
        return None
    ing = inflect_verb(word, "VBG")
    if not ing:
        return None
    return Finding(*ws[n], "grammar", "GERUND", f"After '{words[n - 1]}', use '{ing}'.", (ing,), 0.85)


def _noun_for_verb(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I don't want to loss my job" -> "lose", "They may advice you" -> "advise": after "to", a modal, "do
    not", "please" or a subject pronoun, and before an object, a noun cannot stand ("due to loss of", "adherence
    to belief that" stay); after "to", only before a pronoun or a possessive ("gave in to grief the moment she
    heard" stays).  The other way round,
    "the discover of the food" -> "discovery", "took a deep breathe before" -> "breath": after a determiner
    (and an adjective), where the noun phrase ends, a verb cannot stand."""
    verbs, nouns = noun_verb_pairs()
    if words[n] not in verbs and words[n] not in nouns or n == 0 or sent.text[ws[n - 1][1]:ws[n][0]] != " ":
        return None
    before = words[n - 1].lower().replace("’", "'")
    nxt = next_word(sent, words, ws, n)
    negated = before == "not" and n > 1 and words[n - 2].lower() in DO     # "we did not success"; "don't" is a modal's
    if words[n] in verbs and (before in TO_OR_MODAL or negated) \
            and nxt in (OBJECTS | POSSESSIVES | {"its"} if before == "to" else OBJECT_OR_DETERMINER - {"that"}) \
            or words[n] in verbs and before in VERB_SUBJECTS and nxt in OBJECTS - {"her"}:
        verb = verbs[words[n]]
        return Finding(*ws[n], "grammar", "WORD_FORM", f"'{words[n]}' is a noun; the verb is '{verb}'.", (verb,), 0.85)
    # after an adjective, not "the": "the young develop", "the two arrive" are nouns made of adjectives
    determined = before in DETERMINERS | {"its"} and nxt == "of" or before in NOUN_ONLY_DETERMINERS or n > 1 \
        and words[n - 2].lower() in NOUN_ONLY_DETERMINERS - {"the"} and before.islower() \
        and "ADJ" in parts_of_speech(before) and not parts_of_speech(before) & {"NOUN", "VERB"} \
        and before not in QUANTIFIERS                                          # "only a few occur"
    rest = sent.text[ws[n][1]:]
    ends = nxt.lower() in ANTECEDENT_BREAKS or not rest.strip() \
        or rest[:1] in tuple(".,;:!?") and not rest[1:2].isalnum()             # not "the compete.com cable"
    if words[n] in nouns and determined and ends:
        noun = nouns[words[n]]
        return Finding(*ws[n], "grammar", "WORD_FORM", f"'{words[n]}' is a verb; the noun is '{noun}'.", (noun,), 0.85)
    return None


def _human_being(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"an achievement of human being" -> "human beings": a countable noun with no determiner, after a
    preposition ("a human being", "every human being", "of the human being" stay)."""
    if words[n] != "being" or n < 2 or words[n - 1] != "human" or words[n - 2].lower() not in PHRASE_PREPOSITIONS \
            or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in (n - 2, n - 1)) \
            or sent.text[ws[n][1]:ws[n][1] + 1] in ("'", "’", "-"):
        return None
    return Finding(*ws[n], "grammar", "AGREEMENT", "Did you mean 'human beings'?", ("beings",), 0.85)


def _bare_after_preposition(ctx, sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"without share their place" -> "sharing", "by simply implant a tag" -> "implanting": after a preposition
    a verb is an -ing form.  Only a plain verb that is nothing else, before its object (a pronoun or a
    determiner), so that no noun or adjective reading is left; not after "than", "but", "except" ("rather than
    go", "nothing to do but wait"), "to", nor prepositions that end clauses ("the things we talked about
    include") unless a noun comes before them ("the feasibility of establish a station")."""
    k = n - 2 if n > 1 and words[n - 1].lower() in ("simply", "just", "only", "also", "not") else n - 1
    word = words[n]
    if words[k].lower() not in VERB_PREPOSITIONS and not after_noun(words, k) \
            or k < n - 1 and sent.text[ws[k][1]:ws[k + 1][0]] != " " or word in AUXILIARIES \
            or not word.islower() or verb_tags(word) != {"VB", "VBP"} or not only_verb(word) \
            or any(sense.pos != "v" for sense in ctx.model.thesaurus.get(word, ())) \
            or next_word(sent, words, ws, n).lower() not in OBJECT_OR_DETERMINER:
        return None
    ing = inflect_verb(word, "VBG")
    if not ing:
        return None
    return Finding(*ws[n], "grammar", "GERUND", f"After '{words[k]}', use '{ing}'.", (ing,), 0.85)


def _quantified_subject(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """The verb right after a quantified subject whose number the quantifier settles: "A lot of people has" ->
    "have", "Many of the students was" -> "were" (a noun that is only ever plural), "Many of them is" ->
    "are", "Each of them have" -> "has" (not "neither of them were", which usage allows), "The number of cars
    are" -> "is", "The number of elderly people are" -> "is" (but "A number of cars are").  Only where the
    quantifier opens the subject: not "the fuel in some of the assemblies is"."""
    low = words[n].lower().replace("’", "'")
    if n < 3 or low not in PLURAL_VERB and low not in SINGULAR_VERB:
        return None
    lows = [w.lower() for w in words[:n]]
    noun = lows[n - 1]
    # "of" right before the noun, or with a determiner between; after "the number of" any one modifier ("The
    # number of elderly people are")
    k = n - 2 if lows[n - 2] == "of" else n - 3 if lows[n - 3] == "of" and (
        lows[n - 2] in PLURAL_DETERMINERS or lows[max(0, n - 5):n - 3] == ["the", "number"]) else 0
    if k < 1 or not words[n - 1].islower() or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in range(k - 1, n)):
        return None
    head1, head2 = lows[k - 1], " ".join(lows[max(0, k - 2):k])
    q = k - 2 if head2 in ("a lot", "a few", "a number", "a couple", "the number") else k - 1   # the subject's start
    if q > 0 and lows[q - 1] not in SUBJECT_OPENERS and sent.text[ws[q - 1][1]:ws[q][0]].strip() != ",":
        return None                                # in a longer phrase: "the fuel in some of the assemblies is"
    plural_noun = noun in PEOPLE_PLURALS or noun_tags(noun) == {"NNS"} and noun[:-1] not in uncountable_nouns()
    if low in SINGULAR_VERB and (head1 in ("each", "one") and k == n - 2 and noun in OF_PRONOUNS
                                 or head2 == "the number" and plural_noun):
        rep = match_case(words[n], SINGULAR_VERB[low])
    elif low in PLURAL_VERB and (head1 in PLURAL_QUANTIFIERS or head2 in PLURAL_QUANTIFIERS) \
            and (plural_noun or k == n - 2 and noun in OF_PRONOUNS):
        rep = match_case(words[n], PLURAL_VERB[low])
    else:
        return None
    number = "singular" if low in SINGULAR_VERB else "plural"
    return Finding(*ws[n], "grammar", "AGREEMENT", f"The subject is {number}: did you mean '{rep}'?", (rep,), 0.85)


def _superlative_than(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"worst than before" -> "worse than", "the biggest than" -> "bigger": "than" follows a comparative; and
    "getting worst" -> "worse" (after get / become / grow, where no noun follows: not "become best friends")."""
    word = words[n]
    if not word.islower() or word != "worst" and not sent.text.startswith(" than", ws[n][1]):
        return None
    nxt = next_word(sent, words, ws, n).lower()
    if nxt == "than":
        comparative = comparative_of_superlative(word)
    elif word == "worst" and words[n - 1].lower() in GET_BECOME and not noun_tags(nxt) \
            and "NOUN" not in parts_of_speech(nxt):
        comparative = "worse"
    else:
        return None
    if not comparative:
        return None
    return Finding(*ws[n], "grammar", "COMPARATIVE", f"Did you mean '{comparative}'?", (comparative,), 0.85)


def _most_of(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"(The) most of people agree" -> "Most people": "most of" takes a determiner or a pronoun ("most of the
    people", "most of them"); before a bare plural, "of" goes.  Not "make the most of opportunities"."""
    nxt = next_word(sent, words, ws, n)
    if words[n].lower() != "of" or words[n - 1].lower() != "most" or not nxt.islower() \
            or not (nxt in PEOPLE_PLURALS or noun_tags(nxt) == {"NNS"}) or nxt[:-1] in uncountable_nouns() \
            or sent.text[ws[n + 1][1]:].lstrip()[:1].isdigit():
        return None                                # "most of chapters 6 and 7": a name
    k = n - 2 if n > 1 and words[n - 2].lower() == "the" else n - 1
    if k == n - 2 and k and words[k - 1].lower() in MAKE_LET:
        return None
    rep = match_case(words[k], "most")
    return Finding(ws[k][0], ws[n][1], "grammar", "MOST_OF", f"Before a bare plural: '{rep} {nxt}'.", (rep,), 0.85)


def _which_person(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"the man which helped me" -> "who": "which" is for things; after a determiner and a noun for people, as
    the subject of its verb.  Not where the noun ends a phrase after a preposition or "and", whose "which" may
    be about an earlier noun ("conditions among our people which seem", "liberties of England and her people
    which had been taken"), nor "a people which has" (a nation).  The other way, "a book who was written" ->
    "that", after a noun for a thing no one would personify.  "The person which I told you about" -> "who" too,
    unless a question follows a listener ("ask the teacher which you should take")."""
    nxt, low = next_word(sent, words, ws, n), words[n].lower()
    nouns = {"which": PERSON_NOUNS, "who": THING_NOUNS}.get(low)
    if nouns is None or n < 2 or words[n - 1].lower() not in nouns or not words[n - 1].islower() \
            or words[n - 2].lower() not in DETERMINERS | QUANTIFIERS \
            or n > 2 and words[n - 3].lower() in ANTECEDENT_BREAKS \
            or words[n - 1] == "people" and words[n - 2].lower() in ("a", "an", "that", "this", "every", "each") \
            or not (nxt.islower() and (nxt in MODALS or verb_tags(nxt) & FINITE_TAGS)
                    and not (noun_tags(nxt) and next_word(sent, words, ws, n + 1).lower() not in AFTER_ACTION)
                    or low == "which" and nxt.lower() in SUBJECTS and words[n - 3].lower() not in ASK_TELL):
        return None         # "lives here", "works at" are the verb; "the person which I met", not "ask the boy which"
    if low == "who":
        return Finding(*ws[n], "grammar", "WHO_WHICH", "For things: 'that' or 'which'.",
                       (match_case(words[n], "that"), match_case(words[n], "which")), 0.85)
    rep = match_case(words[n], "who")
    return Finding(*ws[n], "grammar", "WHO_WHICH", f"For people: '{rep}'.", (rep,), 0.85)


def _plural_group(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"The police is coming" -> "are": "police" and "cattle" take a plural verb in every variety of English
    (unlike "family" or "team", which British English lets take either); not where "the police" ends a phrase
    ("The first call to the police was made")."""
    low = words[n].lower().replace("’", "'")
    if low not in PLURAL_VERB or n < 2 or words[n - 1] not in ("police", "cattle") or words[n - 2].lower() != "the" \
            or any(sent.text[ws[i][1]:ws[i + 1][0]] != " " for i in (n - 2, n - 1)) \
            or n > 2 and words[n - 3].lower() in ANTECEDENT_BREAKS:
        return None                                # "The first call to the police was made"
    rep = match_case(words[n], PLURAL_VERB[low])
    return Finding(*ws[n], "grammar", "AGREEMENT", f"'{words[n - 1]}' is plural: did you mean '{rep}'?", (rep,), 0.85)


def _very_much_before_object(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I like very much football" -> "I like football very much": "very much" follows the object of "like",
    "love", "enjoy" ... (before "to" it is right: "wanted very much to go").  Only an object of one to three
    words that ends the clause."""
    if words[n].lower() != "much" or n < 2 or words[n - 1].lower() != "very" or words[n - 2].lower() not in LIKE_VERBS:
        return None
    end = n + 1
    while end < len(ws) and end <= n + 3 and sent.text[ws[end - 1][1]:ws[end][0]] == " " \
            and words[end].lower() not in ("to", "that", "and", "but", "because", "when", "if"):
        end += 1
        if sent.text[ws[end - 1][1]:].lstrip()[:1] in ("", *".,;:!?"):
            obj = sent.text[ws[n + 1][0]:ws[end - 1][1]]
            rep = f"{obj} {sent.text[ws[n - 1][0]:ws[n][1]]}"
            return Finding(ws[n - 1][0], ws[end - 1][1], "grammar", "WORD_ORDER", f"Did you mean '{rep}'?", (rep,),
                           0.85)
    return None


def _used_to(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I'm used to work late" -> "working": "be used to" (accustomed) takes an -ing form.  Only for a person
    ("it is used to cut metal", "they were used to protect the wearer" are purposes)."""
    if words[n].lower() != "to" or n < 2 or words[n - 1].lower() != "used":
        return None
    k = n - 2 - (words[n - 2].lower() in ("not", "never", "so", "really", "quite") and n > 2)   # "I am not used to"
    be = words[k].lower().replace("’", "'")
    if be not in PERSON_BE and not (be in BE_FORMS and k > 0 and words[k - 1].lower() in SUBJECTS):
        return None
    if (be if be in PERSON_BE else words[k - 1].lower()).startswith("they"):
        return None                                # things too: "They were used to protect the wearer"
    nxt = next_word(sent, words, ws, n)
    ing = inflect_verb(nxt, "VBG") if nxt.islower() and base_verb(nxt) and "VB" in verb_tags(nxt) else None
    if not ing or nxt == "be":
        return None
    return Finding(ws[n + 1][0], ws[n + 1][1], "grammar", "GERUND", f"After 'used to', use '{ing}'.", (ing,), 0.85)


def _since_duration(sent: Sent, words: list[str], ws, n: int) -> Finding | None:
    """"I have lived here since five years" -> "for": "since" names a starting point, "for" a length.
    Not "since five years ago"."""
    if words[n - 1].lower() != "since":
        return None
    count, unit = words[n].lower(), next_word(sent, words, ws, n).lower()
    if count not in COUNTS or unit not in DURATIONS \
            or next_word(sent, words, ws, n + 1).lower() == "ago":
        return None
    rep = match_case(words[n - 1], "for")
    return Finding(*ws[n - 1], "grammar", "SINCE_FOR", f"For a length of time: '{rep}'.", (rep,), 0.85)


def _do_with_inflected_verb(s: int, e: int, verb: str) -> list[Finding]:
    """"Does she likes" / "He didn't went" -> the base form: after "do" the verb carries no tense."""
    tags = verb_tags(verb)
    if verb in PAST_BEFORE_BASE:
        tags = frozenset({"VBD"})
    if not tags & {"VBZ", "VBD"} or tags & {"VB", "VBP", "VBN"} or adjective_lemmas(verb):
        return []                                  # "did you put", "don't used to"? (VBN), "don't worried"
    base = inflect_verb(verb, "VB")
    if not base or base == verb.lower():
        return []
    return [Finding(s, e, "grammar", "VERB_FORM", f"After 'do', use '{base}'.", (base,), 0.85)]


def _be_not_verb(ctx, sent: Sent, ws, words: list[str], n: int) -> list[Finding]:
    """"I am not agree" -> "I do not agree", "It isn't exist" -> "doesn't": a negated present "be" before a
    plain verb is a negated "do".  Not before "to" or "by", where a participle was meant ("are not allow to"),
    not in the past ("was not allow": "allowed" or "did not allow"?), nor before "have" or "do", which may
    follow an elided verb ("Those that are not have half-lives")."""
    k = n - 1 if words[n - 1].lower().replace("’", "'") in BE_NOT_DO else n - 2
    if not plain_verb(ctx, words[n]) or words[n] in ("have", "do") \
            or next_word(sent, words, ws, n).lower() in ("to", "by") \
            or k and words[k - 1].lower() in ("do", "does", "did", "done"):
        return []
    rep = match_case(words[k], BE_NOT_DO[words[k].lower().replace("’", "'")])
    return [Finding(*ws[k], "grammar", "BE_WITH_VERB", f"Did you mean '{rep}'?", (rep,), 0.85)]


def _verb_before_object(be: str, verb: str, nxt: str) -> bool:
    """"It's make me happy", "That's make sense": after "it's" or "that's" a word that is also a noun is the verb
    where an object-only pronoun or "sense" follows it ("it's time you had": "you" may open a clause); not a verb
    whose participle is its plain form ("It's cost me": "it has")."""
    return be.lower().replace("’", "'") in ("it's", "that's") and verb.islower() and "VB" in verb_tags(verb) \
        and nxt.lower() in ("me", "him", "us", "them", "sense") and inflect_verb(verb, "VBN") not in (None, verb)


def _be_with_verb(ctx, sent: Sent, ws, words: list[str], n: int) -> list[Finding]:
    """"I am agree" -> "I agree", "It is depend on" -> "It depends on", "I'm agree" -> "I agree", "it is becomes"
    -> "it becomes": "be" before a plain verb that is nothing else (no noun, adjective or participle reads the
    same, for lemminflect or WordNet), or before its "-s" form."""
    be, verb = words[n - 1], words[n]
    if n > 1 and words[n - 2].lower() in ("do", "does", "did", "done"):
        return []                                  # "All you need to do is ask"
    if sent.text[ws[n][1]:ws[n][1] + 1] == "-":
        return []                                  # "you're drown-ed"
    if verb.islower() and verb_tags(verb) == {"VBZ"} and only_verb(verb) \
            and all(sense.pos == "v" for sense in ctx.model.thesaurus.get(verb, ())):     # "It is thanks to"
        # "The burden is becomes heavier"; not where "be" ends a clause of its own ("than we are decides",
        # "whatever evil there is exists"), nor "is has", nor after a plural "be" ("the legislation were
        # reconstructs of laws": a noun)
        verb = inflect_verb(verb, "VB") or ""
        if verb in ("be", "have", "do") or be.lower() not in ("is", "was") \
                or CLAUSE_BEFORE_BE & {w.lower() for w in words[max(0, n - 4):n - 1]}:
            return []
    elif not plain_verb(ctx, verb) and not _verb_before_object(be, verb, words[n + 1] if n + 1 < len(words) else ""):
        return []                                  # "is need", "are come", "was become"
    subject, _, contracted = be.replace("’", "'").partition("'")
    tag = CONTRACTED_BE[contracted.lower()] if contracted else BE_TENSE[be.lower()]
    form = verb if tag == "VBP" else inflect_verb(verb, tag)
    if not form:
        return []
    rep = f"{subject} {form}" if contracted else match_case(be, form)
    return [Finding(ws[n - 1][0], ws[n][1], "grammar", "BE_WITH_VERB", f"Did you mean '{rep}'?", (rep,), 0.85)]
