"""Fixed patterns of English usage where a rule beats the small model: pronoun case ("Me and him went",
"between you and I"), verb forms after a pronoun, "have" or "do" ("I seen", "has went", "Does she likes"),
"be" before a plain verb ("I am agree"), subjects and their verbs ("Everyone have", "The results was", "My
sister have", "One of the students have", "There is many reasons"), "must to go", "much cars", "less friends",
"Who's book", "I think your right", "enjoy to read", "Although ..., but", "look forward to hear", "Its important
to", "They're house is", "made me to laugh", "borrow me your pen", "He past the test", "for you help", "I went
the store", "It depends of", "He suggested me to go", "this problems", "I can't hardly wait", "I don't know
nothing", "She told to me", "He said me that", "I wish I can", "more smart than", "My all friends", "I have
visited Paris last year", "I am living here since 2015", "People is", "I am boring in this class", "many
information", "I am student.", "go to home", "is becomes", "afraid of being tracking", "fears to lost her",
"start investigate", "without share their", "A lot of people has", "The number of cars are", "worst than",
"The most of people", "the man which helped", "The police is", "I like very much football", "Where you
are going?", "What time it is?", "They are knowing", "I prefer tea than coffee", "yesterday night", "She sings
very good", "She works here since 2010", "In my point of view,", "The film was very bored", "are lack of", "capable
to do", "did a mistake", "going to shopping", "He has 20 years old" and "He wants that I help him".

Each rule reads only word forms (lemminflect, the thesaurus' parts of speech), so each is exact about what
it flags; the patterns are kept narrow because a false alarm costs more than a miss.

The package: `words` holds the word sets and the small helpers the rules share (other families import some of
them), `clauses` the rules that read a whole sentence, `pairs` the rules on a word and the words just before
it, `keyed` the rules that start at one word (WORD_RULES, with the rules in one module per theme); `direct()`
here runs them all.
"""
from __future__ import annotations

from assistant.checks.base import SUBJUNCTIVE_CUES, Finding, Sent, match_case
from assistant.checks.forms import MODALS, inflect_verb, noun_tags, one_form_spelled_two_ways, only_verb, verb_tags
from assistant.checks.usage.clauses import (_although_but, _coordinated_subject, _embedded_question, _if_would_have,
                                            _missing_subject, _opening_subject, _there_be_plural, _wh_question,
                                            _when_will, _will_when_will)
from assistant.checks.usage.pairs import (_bare_after_catenative, _bare_after_preposition, _be_not_verb, _be_past,
                                          _be_with_verb, _being_ing, _do_with_inflected_verb, _gerund, _have_being,
                                          _human_being, _modal_to, _most_of, _much_many, _noun_for_verb, _plural_group,
                                          _quantified_subject, _since_duration, _superlative_than, _to_ing, _used_to,
                                          _very_much_before_object, _which_person)
from assistant.checks.usage.words import (AUXILIARIES, BE_CONTRACTED, BE_NOT_DO, BE_TENSE, DETERMINERS, DO, HAVE,
                                          INDEFINITE, NOT_DO, OBJECT_OR_DETERMINER, ONE_OF, PERFECT_ADVERBS,
                                          PLURAL_DETERMINERS, PREPOSITIONS, SINGULAR_VERB, SUBJECTS, SUBJECTS_IT,
                                          closes_verb, next_word, opens_question, plain_verb)
from assistant.checks.usage.keyed import WORD_RULES
from assistant.lang import read_words

FAMILY = "usage"
# with usage.words.PREPOSITIONS: words that put "one of ..." in a phrase before an inverted verb ("Within each of
# these categories are")
MORE_PREPOSITIONS = frozenset("in within into under over through during inside across around upon throughout".split())


def _one_of(words: list[str], n: int) -> int | None:
    """The index of "one" / "each" ... that opens "one of the students" or "each of the team members" right
    before the verb at n."""
    for one in (n - 4, n - 5):
        if one >= 0 and words[one].lower() in ONE_OF and words[one + 1].lower() == "of" \
                and words[one + 2].lower() in PLURAL_DETERMINERS \
                and (one == n - 4 or words[n - 2].islower() and bool(noun_tags(words[n - 2].lower()))):
            return one
    return None


def direct(ctx, sent: Sent) -> list[Finding]:
    text = sent.text
    ws = sent.words
    words = [text[s:e] for s, e in ws]
    out = (_coordinated_subject(sent, words, ws) + _opening_subject(sent, words, ws)
           + _although_but(sent, words, ws) + _if_would_have(sent, words, ws) + _there_be_plural(sent, words, ws)
           + _when_will(sent, words, ws) + _will_when_will(sent, words, ws) + _wh_question(sent, words, ws)
           + _embedded_question(sent, words, ws) + _missing_subject(sent, words, ws))
    for n, word in enumerate(words):                 # rules keyed by their word, sentence-initial too
        rules = WORD_RULES.get(word.lower().replace("’", "'"), ())
        found = next((f for rule in rules if (f := rule(sent, words, ws, n)) is not None), None) \
            if rules and not sent.skipped(*ws[n]) else None
        if found is not None:
            out.append(found)
    for n in range(1, len(ws)):
        (s, e), word, prev = ws[n], words[n], words[n - 1]
        low, before = word.lower(), prev.lower().replace("’", "'")
        if text[ws[n - 1][1]:s] != " " or sent.skipped(ws[n - 1][0], e):
            continue
        before2 = words[n - 2].lower() if n > 1 else ""
        after = text[e:].lstrip()[:1]
        if low == "i" and before == "and" and n > 2 and after in ("", *".,;:!?)") \
                and (before2 in PREPOSITIONS or words[n - 3].lower() in PREPOSITIONS
                     or n > 3 and words[n - 3].lower() in DETERMINERS and words[n - 4].lower() in PREPOSITIONS
                     and all(text[ws[k][1]:ws[k + 1][0]] == " " for k in range(n - 4, n))):
            # "between you and I", "to John and I.", "to my wife and I." (not "for you and I think")
            out.append(Finding(s, e, "grammar", "PRONOUN_CASE", "After a preposition: 'me'.", ("me",), 0.85))
        elif before in SUBJECTS and before2 not in AUXILIARIES and word.islower() and only_verb(word) \
                and verb_tags(word) == {"VBN"} and low != "been":
            past = inflect_verb(word, "VBD")           # "I seen him" -> "I saw him"
            if past:
                out.append(Finding(s, e, "grammar", "VERB_FORM", f"Did you mean '{past}'?", (past,), 0.85))
        elif (before in HAVE or before in PERFECT_ADVERBS and before2 in HAVE) and low not in ("got", "was", "were") \
                and low not in MODALS and word.islower() \
                and (only_verb(word) and (verb_tags(word) == {"VBD"} or low == "be" or "VB" in verb_tags(word)
                                          <= {"VB", "VBP"} and closes_verb(sent, words, ws, n))
                     or before in PERFECT_ADVERBS and "VBD" in verb_tags(word) and "VBN" not in verb_tags(word)):
            # "She has went" -> "gone", "I have ever saw" -> "seen" (after "ever", "saw" is no noun), "We have
            # discuss this" -> "discussed", "has be done" -> "been"; not
            # "have got", nor "the version he had was missing"; a base form only before a word that ends its
            # phrase ("had complete autonomy", "have write access"), and one that may be a noun is the model's
            participle = inflect_verb(word, "VBN")
            # lemminflect lists no participle for some regular verbs and makes "traveled" for "travelled": the
            # same form in the other spelling is no fix ("She has travelled to Spain")
            if participle and participle != low and not one_form_spelled_two_ways(low, participle):
                out.append(Finding(s, e, "grammar", "VERB_FORM", f"Did you mean '{participle}'?", (participle,), 0.85))
        elif before in INDEFINITE and low in SINGULAR_VERB and before2 not in AUXILIARIES and before2 != "else" \
                and not (n > 1 and words[n - 1][:1].isupper()) \
                and not (low == "were" and (before2 in SUBJUNCTIVE_CUES
                                            or next_word(sent, words, ws, n).lower() == "to")):
            rep = match_case(word, SINGULAR_VERB[low])   # "Everyone have a car" -> "has" (not "Being and Nothing are",
            #                                                  nor a subjunctive: "if someone were to")
            out.append(Finding(s, e, "grammar", "AGREEMENT", f"Did you mean '{rep}'?", (rep,), 0.85))
        elif before == "to" and before2 == "forward" and n > 2 and words[n - 3].lower() in (
                "look", "looks", "looked", "looking") and word.islower() and "VB" in verb_tags(word):
            ing = inflect_verb(word, "VBG")            # "I look forward to hear from you" -> "hearing"
            if ing:
                out.append(Finding(s, e, "grammar", "VERB_FORM", f"Did you mean '{ing}'?", (ing,), 0.85))
        elif (found := _modal_to(sent, words, ws, n) or _much_many(sent, words, ws, n)
               or _gerund(sent, words, ws, n) or _to_ing(sent, words, ws, n) or _used_to(sent, words, ws, n)
               or _since_duration(sent, words, ws, n) or _be_past(ctx, sent, words, ws, n)
               or _have_being(sent, words, ws, n) or _being_ing(ctx, sent, words, ws, n)
               or _bare_after_catenative(ctx, sent, words, ws, n)
               or _bare_after_preposition(ctx, sent, words, ws, n) or _quantified_subject(sent, words, ws, n)
               or _superlative_than(sent, words, ws, n) or _most_of(sent, words, ws, n)
               or _which_person(sent, words, ws, n) or _plural_group(sent, words, ws, n)
               or _very_much_before_object(sent, words, ws, n) or _noun_for_verb(sent, words, ws, n)
               or _human_being(sent, words, ws, n)) is not None:
            out.append(found)
        elif before == "maybe" and low == "be":
            rep = match_case(prev, "may")              # "they maybe be doing" -> "may be doing"
            out.append(Finding(ws[n - 1][0], e, "grammar", "MAYBE_MAY", f"Did you mean '{rep} {word}'?",
                               (f"{rep} {word}",), 0.85))
        elif before in BE_TENSE or before in BE_CONTRACTED:
            out.extend(_be_with_verb(ctx, sent, ws, words, n))
        elif before == "be" and before2 in MODALS and word.islower() and plain_verb(ctx, word) \
                and text[ws[n - 2][1]:ws[n - 1][0]] == " ":
            # "It will be continue to grow" -> "will continue": a modal takes the verb itself; with no object
            # after it, it was meant passive ("fish may be utilize more" -> "be utilized"), which a verb with no
            # object does not have ("It may be exist")
            passive = inflect_verb(word, "VBN") if low not in read_words("intransitive_verbs") else None
            if passive and next_word(sent, words, ws, n).lower() not in OBJECT_OR_DETERMINER | {"to"}:
                out.append(Finding(s, e, "grammar", "BE_WITH_VERB", f"Did you mean 'be {passive}'?", (passive,), 0.85))
            else:
                out.append(Finding(ws[n - 1][0], e, "grammar", "BE_WITH_VERB", f"Did you mean '{word}'?",
                                   (word,) + ((f"be {passive}",) if passive else ()), 0.85))
        elif before in BE_NOT_DO or before == "not" and n > 1 and words[n - 2].lower() in BE_NOT_DO \
                and text[ws[n - 2][1]:ws[n - 1][0]] == " ":
            out.extend(_be_not_verb(ctx, sent, ws, words, n))
        elif before in NOT_DO and low == "used" and next_word(sent, words, ws, n).lower() == "to":
            # "I didn't used to smoke" -> "use to": one fix, not also "don't [be] used to"
            out.append(Finding(s, e, "grammar", "VERB_FORM", "After 'do', use 'use'.", (match_case(word, "use"),),
                               0.85, claims=(ws[n - 1][0], e)))
        elif word.islower() and (before in NOT_DO or (before in SUBJECTS_IT or before in INDEFINITE) and before2 in DO
                                 and text[ws[n - 2][1]:ws[n - 1][0]] == " "
                                 and opens_question(sent, words, ws, n - 2)):
            # after "do" + subject, or after a negated "do": not "did wonders", "does dishes" ("do" as a main verb),
            # nor "In all that he did he was ruled", "to do and do it is known" (no question)
            out.extend(_do_with_inflected_verb(s, e, word))
        elif (one := _one_of(words, n)) is not None and noun_tags(prev) == {"NNS"} and low in SINGULAR_VERB \
                and all(text[ws[k][1]:ws[k + 1][0]] == " " for k in range(one, n)) \
                and (one == 0 or words[one - 1].lower() not in PREPOSITIONS | MORE_PREPOSITIONS | {"and", "or", "nor"}):
            rep = match_case(word, SINGULAR_VERB[low])   # "One of the students have" -> "has"; not "He and one of",
            #                                              nor "Within each of these categories are" (an inversion)
            out.append(Finding(s, e, "grammar", "AGREEMENT", f"'{words[one]} of ...' is singular: did you mean "
                               f"'{rep}'?", (rep,), 0.85))
    return out
