"""Rules that start at one word, keyed by it in WORD_RULES (several per word, the first finding wins):
"less friends", "Who's book", "more smart than", "for desert", "As the result,", "on next Monday".

One module per theme (number, prepositions, verbs, comparison, phrases); the order of WORD_RULES is the
order in which a word's rules are tried."""
from __future__ import annotations

from assistant.checks.usage.keyed.comparison import (_a_best, _action_good, _as_than, _elder_like,
                                                     _more_short_adjective, _than_that, _the_more_ever, _very_than)
from assistant.checks.usage.keyed.number import (_age_adjective, _all_of_us, _bare_role, _by_the_train,
                                                 _counted_apostrophe, _counted_round_number, _every_noun,
                                                 _few_uncountable, _for_an_example, _indefinite_with_phrase,
                                                 _less_fewer, _many_peoples, _many_uncountable, _play_the_sport,
                                                 _possessive_all, _so_a, _the_rich, _there_are_mass, _there_have,
                                                 _these_nouns, _year_after_number)
from assistant.checks.usage.keyed.phrases import (_because_of_clause, _can_not, _could_care_less, _everyday,
                                                  _fall_sleep, _fixed_opener, _hardly, _irregardless, _it_is,
                                                  _not_never, _not_nothing, _o_clock, _quite_quiet, _sound_alike,
                                                  _split_adverb, _thanks_you, _their_noun, _to_too, _very_unique,
                                                  _we_are, _were_where, _what_relative, _whose, _whose_name,
                                                  _yesterday_night, _you_are, _your_thing)
from assistant.checks.usage.keyed.prepositions import (_at_the_first_time, _attention_on, _by_my_own, _clock_time,
                                                       _date_preposition, _during_duration, _enter_into, _for_ago,
                                                       _for_since, _friend_of_me, _go_to, _go_to_activity, _good_in,
                                                       _in_nowadays, _in_weekday, _look_forward, _married_with,
                                                       _on_next_week, _on_the_other_hand, _point_of_view,
                                                       _preposition, _since_long_time, _to_for_ing, _until_deadline,
                                                       _wait_for, _work_like)
from assistant.checks.usage.keyed.verbs import (_am_born, _be_concern, _be_lack, _be_since, _be_trend, _borrow_lend,
                                                _do_make, _do_modal, _done_did, _enjoy_object, _explain_to,
                                                _false_friend_verb, _feeling, _feeling_of_thing, _first_time,
                                                _have_hungry, _how_about, _laying_lying, _learn_teach, _lets_to,
                                                _lose_ride, _make_photo, _make_to, _need_to, _passed,
                                                _perfect_with_past_time, _prefer_than, _remember_ing, _resumed_subject,
                                                _said_me, _say_a_lie, _speak_well, _stative_progressive, _suggest_that,
                                                _tell_to, _to_dont, _use_to, _very_verb, _want_that, _wish_can,
                                                _worth_to, _years_old)
from assistant.checks.usage.words import (AGE_UNITS, ARRIVE, ASSIST, COME, COUNTS, DO_OF_MAKE, ENTER, EXPLAIN, FALL,
                                          FEELINGS, FEELINGS_CAUSED, GO, GROUP_ADJECTIVES, HAVE_BE, INDEFINITE,
                                          ING_AFTER, LEARN_TEACH, LEND, LOSE, MAKE_LET, MAKE_OF_DO, MANNER_ADVERBS,
                                          MARRY, RELATIONS, ROB, ROUND_PLURALS, SAY_TELL, SEE_TV, SOUND_ALIKE, SPEAK,
                                          STATIVE_ING, SUGGEST, TAKE_OF_MAKE, TALK_SPEAK, TELL, TREND_VERBS, WAIT, WANT,
                                          WISH, WORK, wrong_prepositions)


def _keyed(*pairs: tuple[tuple[str, ...], object]) -> dict[str, tuple]:
    """word -> the rules that start at it, in order; the first that finds something speaks for the word."""
    out: dict[str, list] = {}
    for keys, rule in pairs:
        for key in keys:
            out.setdefault(key, []).append(rule)
    return {key: tuple(rules) for key, rules in out.items()}


WORD_RULES = _keyed(
    (("less",), _less_fewer), (("every", "each", "one", "a", "an", "another"), _every_noun), (("for",), _for_ago),
    (("past",), _passed), (("you",), _your_thing), (("its",), _it_is), (("they're",), _their_noun),
    (("who's",), _whose), (("your",), _you_are), (("were",), _we_are), (("this",), _these_nouns),
    (("all",), _possessive_all), (("more", "most"), _more_short_adjective), (("very",), _very_than),
    (("very",), _very_verb), (tuple(SOUND_ALIKE), _sound_alike), (("irregardless",), _irregardless),
    (("could",), _could_care_less), (("play", "plays", "played", "playing"), _play_the_sport),
    (("many",), _many_uncountable), (("since",), _be_since), (("since",), _for_since), (("than",), _prefer_than),
    (("than",), _as_than), (("yesterday",), _yesterday_night), (("concern", "worry"), _be_concern),
    (("in",), _point_of_view), (("in",), _on_the_other_hand), (("for",), _for_an_example),
    (("nowadays",), _in_nowadays), (("lack",), _be_lack), (tuple(ING_AFTER), _to_for_ing),
    (("attention",), _attention_on), (("good",), _good_in), (tuple(SPEAK), _speak_well), (tuple(WANT), _want_that),
    (("to",), _go_to_activity), (("to",), _to_too), (("can",), _can_not), (tuple(RELATIONS), _friend_of_me),
    (("unique",), _very_unique), (("worth",), _worth_to), (("in",), _clock_time), (("by", "to"), _by_the_train),
    (("first", "second", "third"), _first_time), (("enjoy", "enjoyed"), _enjoy_object),
    (tuple(TAKE_OF_MAKE), _make_photo), (tuple(COUNTS), _counted_apostrophe), (("o",), _o_clock),
    (tuple(TREND_VERBS), _be_trend), (("as", "to", "in", "on", "according", "last", "beside"), _fixed_opener),
    (("forward",), _look_forward),
    (("don't",), _to_dont), (tuple(MAKE_OF_DO) + tuple(DO_OF_MAKE), _do_make), (tuple(HAVE_BE), _years_old),
    (tuple(FEELINGS_CAUSED), _feeling_of_thing), (tuple(MANNER_ADVERBS), _action_good),
    (("hardly", "barely", "scarcely"), _hardly), (tuple(FEELINGS), _feeling), (("am", "is"), _bare_role),
    (("nothing", "nobody", "nowhere"), _not_nothing), (("never",), _not_never), (tuple(MARRY), _married_with),
    (tuple(ENTER), _enter_into), (tuple(WORK), _work_like), (tuple(INDEFINITE), _indefinite_with_phrase),
    (("so",), _so_a), (("quite",), _quite_quiet), (tuple(GROUP_ADJECTIVES), _the_rich), (("best", "worst"), _a_best),
    (("peoples",), _many_peoples), (tuple(TELL), _tell_to), (tuple(SAY_TELL), _said_me), (tuple(WISH), _wish_can),
    (("have", "has"), _perfect_with_past_time), (tuple(EXPLAIN), _explain_to), (tuple(MAKE_LET), _make_to),
    (tuple(LEND), _borrow_lend), (tuple(GO | COME | ARRIVE), _go_to), (tuple(SUGGEST), _suggest_that),
    (tuple(STATIVE_ING), _stative_progressive), (tuple(WAIT), _wait_for), (("he", "she", "they"), _resumed_subject),
    (("are", "were"), _there_are_mass), (("everyday",), _everyday), (("that",), _than_that),
    (("what",), _what_relative), (("in",), _year_after_number), (("in", "at"), _in_weekday),
    (("on", "in"), _date_preposition),
    (("on", "in", "at"), _on_next_week), (("until", "till"), _until_deadline), (("elder", "similar"), _elder_like),
    (("now", "in"), _split_adverb), (tuple(before for before, _ in wrong_prepositions()), _preposition),
    (tuple(AGE_UNITS), _age_adjective), (tuple(ROUND_PLURALS), _counted_round_number), (("have", "has"), _there_have),
    (("during",), _during_duration), (("which", "who"), _whose_name), (("because",), _because_of_clause),
    (tuple(SAY_TELL), _say_a_lie), (tuple(LOSE), _lose_ride), (tuple(LEARN_TEACH), _learn_teach),
    (("let's",), _lets_to), (("about",), _how_about), (("do", "does", "did"), _do_modal),
    (("need", "needs", "needed"), _need_to), (("remember", "forget"), _remember_ing), (("by",), _by_my_own),
    (("at",), _at_the_first_time),
    (("since",), _since_long_time), (("few",), _few_uncountable), (("all",), _all_of_us), (("were",), _were_where),
    (("done",), _done_did), (("laying",), _laying_lying), (("use",), _use_to),
    (tuple(ASSIST) + tuple(ROB) + tuple(SEE_TV) + tuple(TALK_SPEAK), _false_friend_verb),
    (("have", "has"), _have_hungry), (("i'm", "am", "is", "he's", "she's"), _am_born), (("thanks",), _thanks_you),
    (tuple(FALL), _fall_sleep), (("more",), _the_more_ever))
