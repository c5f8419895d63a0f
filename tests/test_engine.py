"""The real engine on the shipped model (exports/cloze-base): no mocks, no skips.

If the model folder is missing these tests fail loudly: the product cannot work without it.
"""
from __future__ import annotations

import lzma
from pathlib import Path

import pytest

from assistant import engine as engine_mod
from assistant.model import DEFAULT_MODEL
from assistant.suggestion import Options, Suggestion, apply, minimal_edit, utf16_offsets

CORPUS_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "dev.txt.xz"


@pytest.fixture(scope="module")
def engine():
    return engine_mod.load(DEFAULT_MODEL)


def found(result, rule=None, category=None):
    return [s for s in result.suggestions if (rule is None or s.rule_id == rule)
            and (category is None or s.category == category)]


def at(result, word):
    return [s for s in result.suggestions if s.original == word]


def first_fix(engine, text, word):
    """The top replacement offered for `word` in `text` (None if it is not flagged)."""
    sug = at(engine.check(text), word)
    return sug[0].replacements[0] if sug else None


# ---------------------------------------------------------------- categories on clear examples
def test_spelling_nonwords(engine):
    text = "I recieved your mesage yesterday and it was definately helpful."
    r = engine.check(text)
    tops = {s.original: s.replacements[0] for s in found(r, "SPELLING", "spelling")}
    assert tops.get("recieved") == "received"
    assert tops.get("definately") == "definitely"
    assert "mesage" in tops


def test_spelling_of_a_word_standing_alone(engine):
    # a long, rare correction has a low log-probability with no context; alone, that is no sign of a name
    sug = at(engine.check("ineffeciency"), "ineffeciency")
    assert sug and sug[0].replacements[0] == "inefficiency"
    assert not engine.check("inefficiency").suggestions


def test_rare_real_word_the_context_predicts_is_not_a_typo(engine):
    # "comfrey" is not in the corpus lexicon, but the sentence predicts it better than "coffey" or "godfrey"
    assert not found(engine.check("She planted comfrey and foxglove in the herb garden."), category="spelling")
    sug = at(engine.check("She planted comfrey and foxglove in the herb gardden."), "gardden")
    assert sug and sug[0].replacements[0] == "garden"


@pytest.mark.parametrize("text", [
    "The boy began to fidget in his chair.", "The slug slimed its way across the path.",
    "She felt queasy after the boat ride.", "The ship's sidecars were detached.",
    # a possessive of a corpus word is a word too ("van's" had been "band's")
    "After the release of the album, the band was sidelined when Curt's finger was broken after being slammed "
    "in their touring van's door.",
    "He toured through the 1950s, despite the fact that Western swing's popularity, even in the Southwest, had "
    "greatly diminished.",
])
def test_dictionary_words_our_corpus_lacks_are_words(engine, text):
    # words.txt (WordNet lemmas and their inflections) knows what a 45 M-word corpus never saw
    assert not found(engine.check(text), category="spelling"), engine.check(text).suggestions


def test_a_regular_ending_on_an_irregular_verb_is_a_slip(engine):
    # "borned" is no dictionary word, though lemminflect inflects "born" as if it were a verb of its own
    assert [s.replacements[0] for s in found(engine.check("He was borned in 1990."), "SPELLING")] == ["born"]


def test_a_term_quoted_on_its_own_is_mentioned_not_misspelt(engine):
    for text in ('They banned the "azaan", the public call to prayer.', "The Greek word 'krima' means judgement."):
        assert not found(engine.check(text), category="spelling"), text
    assert found(engine.check('He said "I recieved it yesterday."'), "SPELLING")   # quoted prose is still prose


def test_spelling_by_ear(engine):
    # four edits from "knowledge", but it sounds the same (Metaphone): the sound-alike joins the candidates
    for text in ("nollidge", "I have no nollidge of that."):
        sug = at(engine.check(text), "nollidge")
        assert sug and sug[0].replacements[0] == "knowledge", (text, sug)


def test_spelling_keeps_case_and_ranks_in_context(engine):
    r = engine.check("Becuase of the rain, we stayed home.")
    sug = at(r, "Becuase")
    assert sug and sug[0].replacements[0] == "Because"


def test_a_correction_into_a_name_is_capitalised_and_a_suffix_is_no_word(engine):
    # the corpus nearly always writes "English" with a capital, "committee" not; "valueable" is "valuable"
    # misspelt, never "value able"
    sug = at(engine.check("I want to improve my englsih."), "englsih")
    assert sug and sug[0].replacements[0] == "English"
    sug = at(engine.check("The comittee met on Tuesday."), "comittee")
    assert sug and sug[0].replacements[0] == "committee"
    sug = at(engine.check("The test took so long that it lost its valueable for patients."), "valueable")
    assert sug and sug[0].replacements[0] == "valuable" and "value able" not in sug[0].replacements


def test_a_hyphenated_spelling_is_no_word_form(engine):
    # the corpus's inflection table groups "re-write" with "rewrote"; a hyphen changes the spelling, not the form
    text = 'When they rewrote The Seahorses\' "Love Is the Law" as "(Now) I Know (Where I\'m Going)", it charted.'
    assert not [r for s in at(engine.check(text), "rewrote") for r in s.replacements if "-" in r]


@pytest.mark.parametrize("text", [
    "I'm not sure it's worth it tbh, but let's give it a shot.", "btw the build is green.", "imho the old one won.",
    "afaik nobody uses that flag.", "That was funny lmao.", "I am wfh today.", "I dunno, kinda weird.",
    "Nope, not yet.", "TL;DR: it works.", "Our onboarding flow drops 40% of new signups.",
    "The bug only repros on Safari.", "I've cc'd Tom so he's in the loop.", "Please unmute yourself.",
    "Just a heads up: the API returns a 404.", "I'm a systems analyst.", "You need a rules file.",
    "She went home bc she was tired.",
])
def test_everyday_register_is_not_a_slip(engine, text):
    # chat abbreviations, informal words and current vocabulary the encyclopedic corpus lacks
    # (lang/en/chat_abbreviations.txt, informal_words.txt, modern_words.txt); a plural noun modifier
    assert not engine.check(text).suggestions, engine.check(text).suggestions


@pytest.mark.parametrize("text, name", [("I visited the Paris last year.", "Paris"), ("She moved to the Canada.", "Canada"),
                                        ("He works at the Google.", "Google")])
def test_the_before_a_name_that_never_takes_it(engine, text, name):
    # names.tsv: the corpus writes "Paris", "Canada" phrase-finally without "the"
    sugs = [s for s in engine.check(text).suggestions if s.rule_id == "EXTRA_ARTICLE"]
    assert len(sugs) == 1 and sugs[0].replacements[0] == "" and text[sugs[0].end:].startswith(name)


@pytest.mark.parametrize("text", ["The Netherlands is flat.", "I love the Beatles.", "The London office is closed.",
                                  "The Paris of my youth is gone.", "I spoke to the Management.",
                                  "I read The Paris Review.", "They merged the Oklahoma and Indian territories."])
def test_the_before_a_name_that_takes_it_or_does_not_end_the_phrase(engine, text):
    assert not engine.check(text).suggestions, engine.check(text).suggestions


def test_a_plural_before_a_noun_after_one_is_a_missing_apostrophe(engine):
    sug = at(engine.check("It cannot improve a persons life."), "persons")
    assert sug and sug[0].replacements[0] == "person's"


def test_a_participle_where_a_verb_stands_is_still_checked(engine):
    # before a noun an "-ed" word is an adjective, unless a modal, "to" or a subject comes first
    for text, word, fix in (("We have to reduced sulfur dioxide.", "reduced", "reduce"),
                            ("Our phones can easily revealed our locations.", "revealed", "reveal")):
        sug = at(engine.check(text), word)
        assert sug and sug[0].replacements[0] == fix, (text, sug)


def test_a_capitalised_word_near_a_rare_name_is_another_name(engine):
    # "Katheryn" is a spelling of a name, not a slip for "Kathryn"; a day, a month or a common name is still
    # corrected
    for text in ("Katheryn Burton was shot.", "Teran is using a related algorithm."):
        assert not found(engine.check(text), category="spelling"), engine.check(text).suggestions
    sug = at(engine.check("Tuesdey is my favourite day."), "Tuesdey")
    assert sug and sug[0].replacements[0] == "Tuesday"


def test_a_lower_case_slip_is_no_rare_name_and_splits_into_words(engine):
    # "eldelery" was offered "Ellery" and "theacher" "Thatcher"; "trueth" was split into "true th"
    sug = at(engine.check("First, the theacher gave us the rules."), "theacher")
    assert sug and sug[0].replacements[0] == "teacher" and "Thatcher" not in sug[0].replacements, sug
    assert not [r for s in at(engine.check("There may be eldelery people here."), "eldelery")
                for r in s.replacements if r[:1].isupper()]
    sug = at(engine.check("Everybody knows that the trueth is sad."), "trueth")
    assert sug and sug[0].replacements[0] == "truth" and "true th" not in sug[0].replacements, sug


@pytest.mark.parametrize("text, word, fix", [("This is the house wich I bought.", "wich", "which"),
                                            ("The yong people are here.", "yong", "young"),
                                            ("The docter has done the operation.", "docter", "doctor")])
def test_a_slip_that_the_corpus_has_only_as_a_rare_name(engine, text, word, fix):
    assert first_fix(engine, text, word) == fix


@pytest.mark.parametrize("text", ["You need an iphone for that.", "I saw it on facebook yesterday.",
                                  "I'd rather go out kickin.", "He served as praefect of cavalry.",
                                  "The company docked its mom's boat.",
                                  # a common word with a productive prefix is a word the corpus lacks
                                  "Edline must not redisclose the data.", "I'll rerecord the song next week.",
                                  "It is a superstable protein.", "The team felt demotivated after the loss.",
                                  "These minerals are undetached from the rock."])
def test_names_typed_in_lower_case_and_prefixed_words_are_words(engine, text):
    assert not found(engine.check(text), category="spelling"), engine.check(text).suggestions


def test_a_prefix_before_a_short_word_is_still_a_slip(engine):
    # "un" and "de" count as prefixes only before longer adjectives, adverbs and verbs: "definely" is no
    # "de" + "finely", "unability" no "un" + "ability"
    assert "definitely" in at(engine.check("It was definely wrong."), "definely")[0].replacements
    assert found(engine.check("Their unability to walk fast is a problem."), "SPELLING")


def test_confused_words(engine):
    r = engine.check("I want to go too the park with my friends.")
    sug = at(r, "too")
    assert sug and sug[0].rule_id == "CONFUSED_WORD" and sug[0].replacements[0] == "to"
    for text, word, fix in (("It is colder then yesterday.", "then", "than"), ("I will loose the game.", "loose", "lose"),
                            ("I have too brothers.", "too", "two"),
                            ("Their is a problem with the car.", "Their", "There")):
        sug = at(engine.check(text), word)
        assert sug and sug[0].rule_id == "CONFUSED_WORD" and sug[0].replacements[0] == fix, (text, sug)
    for ok in ("I know we're going to be late.", "They're going home.", "The cat licked its paw."):
        assert not found(engine.check(ok), category="word_choice"), ok


@pytest.mark.parametrize("text, word, fix", [
    ("Your welcome to stay.", "Your", "You're"), ("I think its a good idea.", "its", "it's"),
    ("Did you loose your keys again?", "loose", "lose"), ("We are planing to visit Rome.", "planing", "planning"),
    ("Their going to the park later.", "Their", "They're"), ("Don't loose the game.", "loose", "lose"),
    ("I would of come earlier.", "of", "have"), ("It was to late to go.", "to", "too"),
    ("I do not know weather it will rain.", "weather", "whether"), ("This are my friends.", "This", "These"),
    ("Its raining outside.", "Its", "It's"),          # any word that is only an -ing verb form cues "it's"
    ("The company moved it's headquarters.", "it's", "its"),   # ... and any noun, "its"
    ("The dog wagged it's tail.", "it's", "its"),      # ... or a verb: "it's" never stands before a base form
    ("There car broke down yesterday.", "There", "Their"), ("I like there idea.", "there", "their"),
    ("I'm to tired to go.", "to", "too"),             # an adjective that is nothing else cues "too"
    ("I except your apology.", "except", "accept"), ("I can't bare the noise.", "bare", "bear"),
    ("The whether is nice today.", "whether", "weather"),
    ("Please site your sources.", "site", "cite"), ("He was laying around all day.", "laying", "lying"),
    ("The company hired more personal for the job.", "personal", "personnel"),
    ("Whose going to the party tonight?", "Whose", "Who's"),
])
def test_confusable_cued_by_its_neighbour(engine, text, word, fix):
    # the edit head barely looks at these informal slips; the next (or previous) word cues the
    # alternative and the masked LM confirms it (lang/en/confusion_cues.txt)
    sug = at(engine.check(text), word)
    assert sug and sug[0].replacements[0] == fix, (text, sug)


@pytest.mark.parametrize("text, word, fix", [
    ("It was quiet a surprise.", "quiet", "quite"), ("I had to brake the window.", "brake", "break"),
])
def test_rare_homophones_are_checked_where_the_head_does_not_look(engine, text, word, fix):
    # the edit head gives these < 0.05; every one goes to the masked LM (lang/en/homophones.txt)
    sug = at(engine.check(text), word)
    assert sug and sug[0].replacements[0] == fix, (text, sug)


@pytest.mark.parametrize("text", [
    "It was quite a surprise.", "The room was quiet.", "He walked past the house.", "Everyone except John came.",
    "Take a break.", "The brake failed.", "The principle is simple.", "There is a hole in the wall.",
    "They bare the cost.", "I wonder whether the site is safe.", "We hired personal trainers.",
    "They chose to site the factory near the river.", "They are laying on a feast for us.",
    "It did not amount to much.", "The film opened to much acclaim.", "The onset is delayed to much later.",
    "They crossed the desert.", "The car remained stationary.", "A stationary bike is useful.",
    "It is a great complement to the dish.", "The principle of relativity is simple.", "Prices peak at noon.",
    "I could care less for him than for her.",
])
def test_rare_homophones_used_right_are_left_alone(engine, text):
    assert not found(engine.check(text), category="word_choice"), engine.check(text).suggestions


def test_cued_fix_rights_its_neighbour(engine):
    # the edit head flags "going" because of "There"; fixing "There" makes it right, so only one suggestion
    text = "There going to the park later."
    r = engine.check(text)
    assert [(s.original, s.replacements[0]) for s in r.suggestions] == [("There", "They're")]
    assert apply(text, r.suggestions) == "They're going to the park later."


@pytest.mark.parametrize("text", [
    "Your welcome message was nice.", "We respect your right to privacy.", "It was ahead of its time.",
    "He was displeased at their being sent away.", "Her plans won't amount to much.", "We went to many places.",
    "The festival was held in May of that year.", "The city and its surrounding villages grew.",
    "It's history that matters.", "Is there food in the fridge?", "Was there water in the well?",
    "It's time to go.", "It's water under the bridge.", "It's work that matters.",
    "Things went from bad to worse.", "The vote was close to unanimous.", "Prices rose to unprecedented levels.",
    "It was made of a mixture of green gelatin dessert powder, flour, and water.",   # confusion_one_way.txt
    "It would have reset way too many things.", "We've found out who it was.",
])
def test_cued_confusable_stays_quiet_where_the_model_disagrees(engine, text):
    assert not found(engine.check(text), category="word_choice"), engine.check(text).suggestions


@pytest.mark.parametrize("text", [
    "Thanks for your help.", "Hi Sarah, thanks for the report.", "Thank you for coming.",
    "As for the 2011 season, 25 riders of eight nations participated in the race.",
    "The things you should be looking out for include a good reputation.",
])
def test_prepositions_usage_fixes_are_left_alone(engine, text):
    # encyclopedic text says "thanks to" far more often than letters say "thanks for" (lang/en/fixed_prepositions.txt)
    assert not engine.check(text).suggestions, engine.check(text).suggestions


def test_doubled_word(engine):
    r = engine.check("She went to the the market on Monday.")
    sug = found(r, "DUPLICATE_WORD")
    assert len(sug) == 1 and sug[0].original == "the" and sug[0].replacements == ("",)
    assert apply(r.text, sug) == "She went to the market on Monday."
    # a name or code that reads like the word before it is not a repeat
    assert not found(engine.check("The air force also bought an AN-24 and a YAK-40."), "DUPLICATE_WORD")


def test_a_an(engine):
    r = engine.check("He ate an banana and waited a hour for a umbrella.")
    tops = [(s.original, s.replacements[0]) for s in found(r, "A_AN")]
    assert ("an", "a") in tops and ("a", "an") in tops
    assert not found(engine.check("It was an honest mistake by a university student."), "A_AN")


@pytest.mark.parametrize("text", ["The musical ran at the Theater an der Wien for a year.",   # another language
                                  'The phrase "barr an chnoic" means "top of the hill".',
                                  "The sp2 system gives more stabilisation than an sp3 system.",   # letters read aloud
                                  "The function returns an lvalue that may be written to.",
                                  "Decompression fails with an LZMAError if the input is bad.",
                                  "The aim was achieving a oneness with nature.",
                                  "He had an ambiguous social status as an émigré, but they married.",   # an accent
                                  "He displayed a new conception of an historian's duties.",    # older British
                                  "The United Kingdom and Ghana maintain an historic special relationship.",
                                  "Pen an Wlas (Cornish: Penn an Wlas or Pedn an Wlas) is a headland."])  # a name
def test_a_an_left_alone_where_the_word_is_no_english_one_or_read_as_letters(engine, text):
    assert not found(engine.check(text), "A_AN")


def test_a_an_still_fixed_beside_such_words(engine):
    r = engine.check("The third stage became a object in orbit, an tally showed.")
    assert [(s.original, s.replacements[0]) for s in found(r, "A_AN")] == [("a", "an"), ("an", "a")]
    r = engine.check("It is called a Euler diagram, and Bob saw an car in an European city with an Ugandan.")
    assert [(s.original, s.replacements[0]) for s in found(r, "A_AN")] == [("a", "an"), ("an", "a"), ("an", "a"),
                                                                          ("an", "a")]


@pytest.mark.parametrize("text, fix", [("It was a 8-hour journey.", "an"), ("She is a 18-year-old student.", "an"),
                                       ("They built a 11,000-seat stadium.", "an"), ("It is an 1.4 litre engine.", "a"),
                                       ("He found a 1836 map of the town.", "an"), ("We saw a 80 cm window.", "an")])
def test_a_an_before_a_number_follows_how_it_is_read(engine, text, fix):
    assert [s.replacements[0] for s in found(engine.check(text), "A_AN")] == [fix]


@pytest.mark.parametrize("text", ["It was a 180-page report.", "He wrote an 18th-century play.",
                                  "It was a 1,800-ton ship.",
                                  "They won after an 0-2 start.", "Qur'an 2:47 says so.", "Take the A 8 to Munich.",
                                  "Prices rose by less than an 1/8 of that.", "It holds a 110 kV line.",
                                  "He made his 100th Serie A appearance.", "It has an R770 GPU.",
                                  "A 7A is a common size."])
def test_a_an_before_a_number_left_alone(engine, text):
    assert not found(engine.check(text), "A_AN")


def test_subject_pronoun_and_verb(engine):
    # the pronoun right before a present-tense verb proposes the other person's form; the model confirms it
    for text, word, fix in (("I is happy today.", "is", "am"), ("We was late for the meeting.", "was", "were")):
        sug = at(engine.check(text), word)
        assert sug and sug[0].rule_id == "AGREEMENT" and sug[0].replacements[0] == fix, (text, sug)
    for ok in ("Does she go to school?", "If I were you, I would go.", "She put the book down yesterday.",
               "Why won't they go there?", "I was late.", "Let him go."):
        assert not found(engine.check(ok), category="grammar"), ok


@pytest.mark.parametrize("text, word, fix", [("My parents lets me stay out late.", "lets", "let"),
                                            ("They puts the books on the shelf.", "puts", "put"),
                                            ("My parents gets me up early.", "gets", "get")])
def test_a_plural_subject_asks_for_the_plain_present_not_the_past(engine, text, word, fix):
    assert first_fix(engine, text, word) == fix


@pytest.mark.parametrize("text, word, fix", [
    ("The technology is improving, and the lifespan of people are getting longer.", "are", "is"),
    ("We went home, and the children was tired.", "was", "were"),
    ("The government decides that the people needs a proper walking path.", "needs", "need")])
def test_a_subject_opening_a_clause_after_a_comma_or_that(engine, text, word, fix):
    assert first_fix(engine, text, word) == fix


@pytest.mark.parametrize("text", [
    "The separation of powers, the federal structure, and the rule of law are valid.",   # a list, not a clause
    "He argued that literature, diversity, reading groups, and motivation are not enough.",
    "The songs played by Lauren Price, Bobby Osborne, and himself weren't planned at first."])
def test_a_list_of_subjects_before_its_verb(engine, text):
    assert not found(engine.check(text), "AGREEMENT"), engine.check(text).suggestions


@pytest.mark.parametrize("text", ["He later earns a degree in law.", "A cow rings your doorbell when you are out.",
                                  "As of 2006 he lives there with his wife."])
def test_a_present_that_agrees_is_the_writers_tense(engine, text):
    assert not found(engine.check(text), category="grammar"), engine.check(text).suggestions


def test_word_form(engine):
    r = engine.check("He go to school every day.")
    sug = at(r, "go")
    assert sug and sug[0].category == "grammar" and "goes" in sug[0].replacements
    r = engine.check("We need to talk about problem.", Options(picky=True))
    sug = at(r, "problem")
    assert sug and sug[0].replacements[0] == "problems"


@pytest.mark.parametrize("text, word, fix", [
    ("Each students has a desk.", "students", "student"),
    ("Another problems arose.", "problems", "problem"),
    ("Several country have joined.", "country", "countries"),
    ("She has one brothers.", "brothers", "brother"),                  # "one" before a noun that is nothing else
    ("I have three sisters and one brothers.", "brothers", "brother"),
])
def test_noun_number_after_its_determiner(engine, text, word, fix):
    sug = at(engine.check(text), word)
    assert sug and sug[0].rule_id == "AGREEMENT" and sug[0].replacements[0] == fix, sug


@pytest.mark.parametrize("text", [
    "He drives a sports car.", "It was a means to an end.", "We saw two thousand people.", "These data are new.",
    "She is one of the family.", "A Kids Guide to Cooking.", "Each class will include a hands-on lab.",
    "It protects against influenza A viruses.", "Every two weeks we meet.", "A series of events followed.",
    "Elijah has a role in the end-times, before the judgement.",
    "We offer a comprehensive benefits package.", "The one students like most is gone.", "A few good men came.",
    "It took a hundred years.", "No one cares about results.", "It was a long three weeks.",
    "This is after almost 1 year of contacting them.", "Only 1 account would be listed.",   # a count of one
    "Here is my description of the 18th mistake.", "That being said, I also recognize it.",
    "He is a seasoned veteran of the war.", "This gated gem is in a class of its own.",      # participles
    "He argues for built environment as a field.", "They produce transformational engineered systems.",
    "He voiced it in season one episodes.", "A thousand and one nights passed.", "Thirty-one years passed.",
    "He left twenty one years later.", "Xbox One units shipped.", "He won in one on one situations.",
    "Raise one, another sinks.", "There is an arts and crafts fair.", "Put it in a requirements.txt file.",
    "He replied that he was busy.", '"Yes," replied the man.', "It became associated with easy-listening music.",
    "It is like to swimming in soup.", "A badge depending from a ribbon.",
    "They moved to upstairs rooms in Soho.", "Let us go to home page settings.", "My elder brother is tall.",
    "The results are similar, like the last time.", "I am happy since this is my home.",
    "It is true since this week it rained.", "Until now days were long.",
    "Hurricanes damaged many banana and coconut plantations.",      # a modifier sharing the next noun's plural
    "The Great Lakes are an important source of fishing.",          # a name in the plural
])
def test_noun_number_rule_stays_quiet(engine, text):
    assert not found(engine.check(text), category="grammar"), engine.check(text).suggestions


@pytest.mark.parametrize("text", [
    "It was the band's fifth top ten album in the UK.",                  # a count that modifies the noun
    "The drug lowers the risk for a 65 year old to that of a 50 year old.",
    "Its members can be anyone who chooses to join the group.",         # agrees with its antecedent
    "Centuries later Vincent van Gogh wrote to his brother about the painting.",   # a time adverb
    "Then I do all the edges and tooling by hand.",                      # an -ing noun that ends its phrase
    "The program expanded maternal home visiting in the state.", "Fabric dyeing and embroidery are two of my hobbies.",
    "The database of the Survey of India is based on the metric WGS-84 datum, which is also used by the Global "
    "Positioning System.",                                             # a surveyor's word, not "data"
])
def test_number_and_form_that_the_phrase_settles_are_left_alone(engine, text):
    assert not found(engine.check(text), category="grammar"), engine.check(text).suggestions


@pytest.mark.parametrize("text, word, fix", [
    ("There were ten student in the room.", "student", "students"),
    ("Anyone who want to come is welcome.", "want", "wants"),
    ("The elevator is out of order, and there is a risk that the phone running out of battery.", "running", "runs"),
])
def test_number_and_form_slips_next_to_those_phrases_are_still_fixed(engine, text, word, fix):
    assert [s.replacements[0] for s in at(engine.check(text), word)] == [fix], engine.check(text).suggestions


@pytest.mark.parametrize("text", [
    "The series ended after five episodes were made, tying 1990 with 1987 as the shortest season.",
    "Her steam engine having been in use for part of the voyage, she arrived early.",
])
def test_participles_are_the_writers_construction(engine, text):
    # another form of an -ing word needs form.ing_margin, which calibration set out of reach
    assert not found(engine.check(text), category="grammar"), engine.check(text).suggestions


@pytest.mark.parametrize("text", [
    "The book is about a dog's view on the joys of life.", "This is the guns versus butter debate.",
    "Even at high elevations annual rainfall is low.", "The lens bends light, and the dispersive power of prisms splits it.",
    # an adjective's plural noun in more word pieces than its singular ("future ##s") is under-scored
    "It has been our view that its futures products were not covered.", "Hence, cricket greats like him agree.",
])
def test_a_plural_no_determiner_contradicts_is_the_writers_choice(engine, text):
    # form.singular_margin: without "a/each/another" before it, a plural needs a strong model margin to be made singular
    assert not found(engine.check(text), category="grammar"), engine.check(text).suggestions


@pytest.mark.parametrize("text", [
    "It has the second poorest economy after Balochistan.",
    "He scored the second quickest hat-trick ever at a FIFA World Cup tournament against Poland—in doing so, he "
    "became only the second English player to score a hat-trick at a FIFA World Cup.",
])
def test_degree_of_an_adjective_is_the_writers_choice(engine, text):
    assert not found(engine.check(text), "WORD_FORM"), engine.check(text).suggestions


def test_a_british_essay_on_ageing_keeps_its_ageing(engine):
    """A learner's essay dense with slips is checked at the looser dense level, where -ing words may take
    another form; "age ##ing" is two pieces against "age", which the small model prefers wherever it can
    ("Population ageing is" -> "age"), and "aging" is the same form in American spelling."""
    text = ("Population ageing is a global phenomenon. The goverment have to support the ageing people. "
            "Their is many problem with ageing population. Old people needs more doctor and nurse.")
    result = engine.check(text, Options(language="en"))
    assert found(result, "AGREEMENT")                 # dense: the slips around it are still found
    assert not at(result, "ageing")


@pytest.mark.parametrize("text", ["She has travelled to Spain twice.", "He has cancelled the meeting.",
                                  "They have labelled every box.", "I have focussed on it."])
def test_a_british_participle_after_have_is_no_verb_form_slip(engine, text):
    """lemminflect lists "travelled" as a past tense only and makes "traveled" its participle; the same form in
    the other spelling is no fix of grammar.  American English is told of the spelling where the variant table
    knows the pair (breame has no "focussed")."""
    for language in ("en", "en-GB", "en-US"):
        assert not found(engine.check(text, Options(language=language)), "VERB_FORM")
    if "focussed" not in text:
        assert found(engine.check(text, Options(language="en-US")), "VARIANT_SPELLING")


def test_missing_word_insertion_point(engine):
    text = "She is best player in the team."
    r = engine.check(text, Options(picky=True))
    miss = found(r, "MISSING_WORD")
    assert [(s.start, s.end, s.replacements[0]) for s in miss] == [(7, 7, "the")]
    assert apply(text, miss) == "She is the best player in the team."


def test_an_article_slot_names_the_article_it_asks_for(engine):
    # the three articles' shares are pooled to decide the slot; when none has half of the pool, the best one is
    # still offered (it had been a suggestion with no replacement to apply)
    missing = found(engine.check("Jim Horn played saxophone on both albums."), "MISSING_WORD")
    assert missing and all(s.replacements and s.replacements[0] in ("a", "an", "the") for s in missing), missing


@pytest.mark.parametrize("text, gap, word", [
    ("I went the store yesterday.", 7, "to"),          # a cue the edit head rarely looks at
    ("I listened the radio all night.", 11, "to"), ("I listen music every day.", 9, "to"),
    ("I want go home now.", 7, "to"), ("Show me how cook rice.", 12, "to"),
])
def test_cued_missing_word(engine, text, gap, word):
    miss = found(engine.check(text), "MISSING_WORD")
    assert [(s.start, s.end, s.replacements[0]) for s in miss] == [(gap, gap, word)], miss


@pytest.mark.parametrize("text", [
    "He went the distance in the final round.",     # the masked LM finds the words around the gap less likely
    "The children went the other way.",
    "I want water.",
    "Then come the primary consumers, such as insects.",
    "It determines how stiff the reed is.",          # "how" + an adjective: no verb wants "to"
    "How come you left?", "He looked forward the whole time.", "She moved forward the date.",
])
def test_cue_needs_the_model_to_agree(engine, text):
    assert not found(engine.check(text), "MISSING_WORD"), engine.check(text).suggestions


def test_no_in_before_the_life_that_is_lived(engine):
    # the masked LM fills "live [in] a happy life"; the life is the object of "live"
    for text in ("They can live a happy life, but actually they are poor.",
                 "More individuals begin living a greener life."):
        assert not found(engine.check(text), "MISSING_WORD"), engine.check(text).suggestions


def test_no_to_before_the_bare_infinitive_of_make_let_see(engine):
    # the masked LM likes "to" here ("seen its economy [to] grow"), but these verbs take a bare infinitive
    for text in ("It has seen its economy grow in size by 3.6 times.", "They make the people see it.",
                 "Call us to have our Canine Concierge help you choose.",
                 "We've had Deb Schwarz from LAC discuss the myths."):
        assert not found(engine.check(text), "MISSING_WORD"), engine.check(text).suggestions


@pytest.mark.parametrize("text, gap, word", [
    ("In modern digital world, electronic products are everywhere.", 3, "the"),
    ("This is very good idea.", 8, "a"),
    ("That was difficult decision.", 9, "a"),       # "was decision" is rare; every form of "be" counts together
])
def test_article_where_the_corpus_never_has_the_noun_bare(engine, text, gap, word):
    # the edit head misses these gaps; articles.tsv says the noun is nearly never bare there, the LM picks the word
    miss = found(engine.check(text), "MISSING_WORD")
    assert [(s.start, s.end, s.replacements[0]) for s in miss] == [(gap, gap, word)], miss


@pytest.mark.parametrize("text", [
    "She stayed at home in fact.", "They travelled by car to the world cup.", "Water boils at sea level.",
    "He went to school on foot.", "In case of fire, use the stairs.", "Life is short.",
    "He was president of the club.", "It is time to go.", "He is head of the department.", "It was fun.",
])
def test_bare_nouns_that_go_bare_are_left_alone(engine, text):
    assert not found(engine.check(text), "MISSING_WORD"), engine.check(text).suggestions


@pytest.mark.parametrize("text", [
    "After further investigation using radiocarbon dating, it appears this date may not be accurate.",   # "that"
    "Watterson says some fans were angered by the way Calvin's parents thought of Calvin.",
    "In the 6th century, the Slavic tribes settled Central Europe.",    # a transitive verb's object
    "Aether theory was dealt another blow when the Galilean transformation was replaced.",
    "Certain variables cannot be set this way, or can only be set by a superuser.",
])
def test_optional_that_and_a_preposition_before_an_object_are_not_inserted_in_prose(engine, text):
    assert not found(engine.check(text), "MISSING_WORD"), engine.check(text).suggestions


@pytest.mark.parametrize("text", [
    "The value can change depending on the range the meter selects, since different ranges use other resistors.",
    "It lasted until 1922, when the coalition the party had formed with the Conservatives collapsed.",
    "The Ndebele (often referred to by the name the local Sotho–Tswana gave them) set up a kingdom.",
    "A campaign exists to make 16 September, the date Owain raised his standard, a public holiday in Wales.",
])
def test_a_relative_clause_without_that_gets_no_of_in_prose(engine, text):
    # each was given "of" before its clause's subject (corpus slices)
    assert not found(engine.check(text), "MISSING_WORD"), engine.check(text).suggestions


@pytest.mark.parametrize("text, dense", [
    ("In 1961, the Directorate of Military Training took charge the research for national defence.", False),
    ("The impact the war was felt across the whole country for many years.", False),
    ("The price the oil rose a lot last year and people was very angry about it.", True),
])
def test_a_missing_of_before_a_noun_phrase_is_still_found(engine, text, dense):
    text = DENSE_OPENING + text if dense else text
    assert "of" in [s.replacements[0] for s in found(engine.check(text), "MISSING_WORD")]


def test_a_word_missing_between_the_capitals_of_a_name_made_of_english_words_is_still_found(engine):
    text = "His graduate research was performed at the Center European Particle Physics (CERN) in Geneva."
    assert [s.replacements[0] for s in found(engine.check(text), "MISSING_WORD")] == ["for"]


@pytest.mark.parametrize("text", ["The meeting was postponed to next week.", "He left last year.",
                                  "We moved it to next Monday.", "The town Tiberias was built in his honor.",
                                  "Families were assigned to the old order Liliales, a very large order."])
def test_no_word_inserted_into_time_adverbs_or_names_in_apposition(engine, text):
    assert not found(engine.check(text), "MISSING_WORD"), engine.check(text).suggestions


@pytest.mark.parametrize("text", [
    "In the reality, most people never read the terms.", "According to the humanism, every person has value.",
    "He spends his weekends reading about the astronomy.", "Later they wrote essays on the democracy.",
])
def test_the_before_a_noun_meant_in_general(engine, text):
    # the edit head never saw this slip; articles.tsv says the noun goes bare after that word, and the LM agrees.
    # Asked in picky mode and in a text with many slips: in proofread prose ("a breach of the peace", "his
    # contribution to the literature") it was right about one time in four, so the default level leaves it
    for options, prefix in ((Options(picky=True), ""), (Options(), DENSE_OPENING)):
        result = engine.check(prefix + text, options)
        hits = [s for s in found(result, "EXTRA_ARTICLE") if s.start >= len(prefix)]
        assert [(s.original, s.replacements[0]) for s in hits] == [("the", "")], result.suggestions
    assert not found(engine.check(text), "EXTRA_ARTICLE")


@pytest.mark.parametrize("text", [
    "The city council voted to acquire the well and turn it into a park.",    # "well" is mostly an adverb
    "She asked for the permission to leave early.",                           # what follows defines the noun
    "Students read about democracy. Later they wrote essays on the democracy.",   # it points back
    "Old people can be a burden to the society. They need care and support from their families.",
    "We went to the park in the evening.", "The society was founded in 1850 by a group of doctors.",
])
def test_the_that_points_at_something_is_left_alone(engine, text):
    assert not found(engine.check(text), "EXTRA_ARTICLE"), engine.check(text).suggestions


@pytest.mark.parametrize("sentence, phrase", [("Old people can be a burden to the society.", "the society"),
                                              ("In the ancient times, people lived in caves.", "the ancient times")])
def test_a_general_the_in_a_text_with_many_slips(engine, sentence, phrase):
    # a writer who slips often gets the looser "@dense" margins (and the plural check), and a recurring noun is
    # no reference back; the same sentence in clean prose is left alone
    text = f"My brother go to school every day and he dont like it. {sentence} Their is many reason for this."
    hits = found(engine.check(text), "EXTRA_ARTICLE")
    assert [(text[s.start:s.start + len(phrase)], s.replacements[0]) for s in hits] == [(phrase, "")]
    assert not found(engine.check(sentence), "EXTRA_ARTICLE")


def test_nouns_that_mostly_take_an_article_go_bare_only_in_idioms(engine):
    from assistant.checks import extra

    articles = engine.model.articles       # "by way of" is no reason to drop "the" from "by the way"
    assert extra._mostly_determined(articles, "way") and not extra._mostly_determined(articles, "society")


def test_contractions_without_apostrophe(engine):
    r = engine.check("She dont like it. Youre right, Im sure. I cant wait.")
    assert [(s.original, s.replacements[0]) for s in found(r, "CONTRACTION")] == [
        ("dont", "don't"), ("Youre", "You're"), ("Im", "I'm"), ("cant", "can't")]
    assert not at(r, "Youre")[0].replacements[1:]        # not also the spelling check's "Your"
    # "cant" and "wont" are words of their own unless a subject pronoun comes first; code is code
    assert not found(engine.check("The cant of the politicians annoyed him."), "CONTRACTION")
    assert not found(engine.check("Run `dont` to see the flag.", Options(markup="markdown")), "CONTRACTION")


def test_regular_plural_of_an_irregular_noun(engine):
    r = engine.check("The childs are playing with the citys toys.")
    assert [(s.original, s.replacements[0]) for s in found(r, "NOUN_PLURAL")] == [
        ("childs", "children"), ("citys", "cities")]
    # lemminflect knows these forms: a verb ("mans the desk"), a name, an uncountable's rare plural
    assert not found(engine.check("He mans the desk while Childs reads about musics."), "NOUN_PLURAL")
    # a plural spelled as the verb ("knifes") after a number or a plural determiner; the verb itself stays
    r = engine.check("I have two knifes and these wolfs.")
    assert [(s.original, s.replacements[0]) for s in found(r, "NOUN_PLURAL")] == [("knifes", "knives"),
                                                                                ("wolfs", "wolves")]
    assert not found(engine.check("He knifes the bread."), "NOUN_PLURAL")


def test_double_comparative(engine):
    text = "He is more taller than me, and this one is the most biggest."
    r = engine.check(text)
    assert [s.original for s in found(r, "DOUBLE_COMPARATIVE")] == ["more", "most"]
    assert apply(text, found(r, "DOUBLE_COMPARATIVE")) == "He is taller than me, and this one is the biggest."
    for text in ("There are more older people in the town.", "It costs more or less the same.",
                 "She wanted more, better schools."):
        assert not found(engine.check(text), "DOUBLE_COMPARATIVE"), text


@pytest.mark.parametrize("text", ["Them and us: a history of class.", "John and I went to the park.",
                                  "Me and my friends: a memoir.", "Him and his brother's shop."])
def test_object_pronouns_left_alone(engine, text):
    assert not found(engine.check(text), "PRONOUN_CASE")


def test_be_before_words_that_are_not_only_verbs(engine):
    for text in ("There is need for more help.", "The days are come.", "It was become clear.",
                 "All you need to do is ask.", "The first thing we did was apologize.", "The withdrawal was complete."):
        assert not found(engine.check(text), "BE_WITH_VERB"), text


@pytest.mark.parametrize("text, original, fix", [
    ("I seen him yesterday.", "seen", "saw"),
    ("She has went home.", "went", "gone"),
    ("He has wrote three books.", "wrote", "written"), ("I’ve went there twice.", "went", "gone"),
    ("Everyone have a car.", "have", "has"), ("The results was good.", "was", "were"),
    ("These dogs has fleas.", "has", "have"),
    ("I look forward to hear from you.", "hear", "hearing"),
    ("Between you and I, this is wrong.", "I", "me"),
    ("Please send it to John and I.", "I", "me"),
    ("My friend and me went shopping.", "me", "I"),
    ("Me and him went to the park.", "Me and him", "He and I"),
    ("Him and me are best friends.", "Him and me", "He and I"),
    ("Me and John will be late.", "Me and John", "John and I"),
    ("Her and I were there first.", "Her and I", "She and I"),
    ("I am agree with you.", "am agree", "agree"), ("It is depend on the weather.", "is depend", "depends"),
    ("It will be continue to grow.", "be continue", "continue"), ("It may be exist somewhere.", "be exist", "exist"),
    ("The chair must be relax.", "relax", "relaxed"),              # no object: meant passive or adjectival
    ("It was happen last year.", "was happen", "happened"),
    ("Me and my friend went to the mall.", "Me and my friend", "My friend and I"),
    ("Him and his brother own it.", "Him and his brother", "He and his brother"),
    ("Does she likes coffee?", "likes", "like"), ("What does it means?", "means", "mean"),
    ("She doesn't likes it.", "likes", "like"), ("Why didn't they came?", "came", "come"),
    ("Did you saw the movie?", "saw", "see"), ("Did she found her keys?", "found", "find"),
    ("Each of the students have a book.", "have", "has"), ("One of my friends are a doctor.", "are", "is"),
    ("He runned to the store.", "runned", "ran"), ("She writed a letter.", "writed", "wrote"),
    ("I have writed three letters.", "writed", "written"), ("They catched the ball.", "catched", "caught"),
    ("The childrens are playing outside.", "childrens", "children"),
    ("This is the most best day of my life.", "most", ""),
    ("The storm didn't effect us.", "effect", "affect"),
    ("There car broke down yesterday.", "There", "Their"),
    ("The books is on the table.", "is", "are"), ("My sister have two kids.", "have", "has"),
    ("He must to go now.", "to", ""), ("She can't to swim.", "to", ""), ("I have much books.", "much", "many"),
    ("People can easily to share photos.", "to", ""), ("It should not to be confused.", "to", ""),
    ("Although it was raining, but we went out.", "but", ""), ("She enjoys to read books.", "to read", "reading"),
    ("She bought a umbrella.", "a", "an"), ("They maybe be doing it.", "maybe be", "may be"),
    ("I'm used to work late.", "work", "working"), ("If I would have known, I would have come.", "would have", "had"),
    ("Alot of people came.", "Alot", "A lot"), ("We help eachother.", "eachother", "each other"),
    ("Could you please advice me?", "advice", "advise"), ("The affect was immediate.", "affect", "effect"),
    ("I have lived here since five years.", "since", "for"), ("We went their yesterday.", "their", "there"),
    ("I am interesting in music.", "interesting", "interested"),
    ("I didn't used to smoke.", "used", "use"), ("He lead the team last year.", "lead", "led"), ("He lead the team now.", "lead", "leads"),  # a past time: past
    ("It may leads to trouble.", "leads", "lead"), ("He will goes home.", "goes", "go"),   # a modal wants the bare verb
    ("I can't went there.", "went", "go"),
    ("There is many reasons to stay.", "is", "are"), ("There's several ways to do it.", "There's", "There are"),
    ("There isn’t many options left.", "isn’t", "aren’t"),
    ("He gave me an advice.", "an advice", "advice"), ("An advice: sleep more.", "An advice", "Advice"),
    ("He has less friends than me.", "less", "fewer"), ("Less cars means cleaner air.", "Less", "Fewer"),
    ("Who's book is this?", "Who's", "Whose"), ("I wonder who’s idea that was.", "who’s", "whose"),
    ("I think your right.", "your", "you're"), ("Your welcome!", "Your", "You're"),
    ("Maybe your right about that.", "your", "you're"),
    ("Could you explain me the problem?", "me", "to me"), ("Please describe me what you saw.", "me", "to me"),
    ("I want to going home.", "going", "go"), ("He will try to fixing it.", "fixing", "fix"),
    ("The children plays in the garden.", "plays", "play"), ("My friends lives in London.", "lives", "live"),
    # a subject that opens its clause settles the verb, an adverb between them too
    ("Technology have changed our lives.", "have", "has"), ("Education are important for everyone.", "are", "is"),
    ("Many people uses the internet every day.", "uses", "use"), ("He always sleep late.", "sleep", "sleeps"),
    ("She never eat breakfast.", "eat", "eats"), ("I think he need more time.", "need", "needs"),
    # "people" needs no determiner to be a subject, and a verb after it is no compound's head; "need to" is a verb
    ("People needs more sleep.", "needs", "need"), ("Today, people lives longer.", "lives", "live"),
    ("Each worker need to pay more.", "need", "needs"),
    # a verb that might be a noun ("cook", "work") is the verb where the sentence opens with its subject and no
    # other verb follows
    ("My father work in a bank.", "work", "works"), ("The dog chase the cat.", "chase", "chases"),
    ("Nowadays, technology play an important role.", "play", "plays"),    # ... after an opener and its comma
    # a verb that takes no object has no passive; a strong verb's past is no participle; "has being" is "been"
    ("I know what was happened there.", "was happened", "happened"), ("All the passengers were died.", "were died", "died"),
    ("Many problems are existed today.", "are existed", "exist"), ("New issues have been appeared.", "been appeared", "appeared"),
    ("He was went to school.", "was went", "went"), ("The bag was took by a thief.", "took", "taken"),
    ("We need to worried about it.", "worried", "worry"), ("She has never being there.", "being", "been"),
    ("I lived there for five years ago.", "for", ""), ("I'm agree with you.", "I'm agree", "I agree"),
    ("I will wait you here.", "wait you", "wait for you"),
    ("Every moves he makes is recorded.", "moves", "move"), ("They searched every tiny villages.", "villages", "village"),
    ("Each students have a locker.", "students", "student"),
    ("Yesterday I go to the park.", "go", "went"), ("I am writing about the hotel where I stay last week.", "stay", "stayed"),
    ("When I told to the receptionist, she said no.", "to", ""),
    ("When I will arrive, I will call you.", "will arrive", "arrive"),
    ("As soon as he will finish, we will leave.", "will finish", "finishes"),
    ("This is the most good restaurant.", "most good", "best"), ("I'm living in London since 2010.", "I'm", "I've been"),
    ("He works very hardly.", "hardly", "hard"),
    ("We have discuss this problem before.", "discuss", "discussed"), ("The work has be done.", "be", "been"),
    ("I am not agree.", "am", "do"), ("They are not agree.", "are", "do"), ("He isn't agree with me.", "isn't", "doesn't"),
    ("We swimming in the lake every summer.", "", "are"), ("He looking for his keys.", "", "is"),
    ("Were going to the beach tomorrow.", "Were", "We're"),
    ("The news are bad.", "are", "is"), ("The information were useful.", "were", "was"),
    ("Its important to be on time.", "Its", "It's"), ("I think its clear that he left.", "its", "it's"),
    ("They're house is big.", "They're", "Their"), ("They're car broke down.", "They're", "Their"),
    ("He made me to laugh.", "to", ""), ("Let me to explain.", "to", ""), ("It lets people to share photos.", "to", ""),
    ("Can you borrow me your pen?", "borrow", "lend"), ("She borrowed him a book.", "borrowed", "lent"),
    ("Your welcome to join us.", "Your", "You're"),
    ("It depends of the weather.", "of", "on"), ("I arrived to the airport late.", "to", "at"),
    ("I am interested about history.", "about", "in"),
    ("He past the test.", "past", "passed"), ("She past away last year.", "past", "passed"),
    ("Thank you for you help.", "you", "your"),
    ("The people who lives here are friendly.", "lives", "live"), ("The students who has finished can go.", "has", "have"),
    ("Everybody know the answer.", "know", "knows"), ("Nobody want to go.", "want", "wants"),
    ("It don't matter.", "don't", "doesn't"), ("Because it have many features, people buy it.", "have", "has"),
    ("This students are very smart.", "This", "These"), ("We must solve this problems.", "this", "these"),
    ("In this days, everyone has a phone.", "this", "these"), ("This books are mine.", "This", "These"),
    ("I can't hardly wait.", "can't", "can"), ("I can't barely see.", "can't", "can"), ("Tell to him the truth.", "to", ""), ("He works hardly every day.", "hardly", "hard"),
    ("I don't know nothing about it.", "nothing", "anything"), ("She told to me a story.", "to", ""),
    ("He said me that he was tired.", "said", "told"), ("I wish I can fly.", "can", "could"),
    ("He is more smart than his brother.", "more smart", "smarter"), ("My all friends came.", "My all", "All my"),
    ("I have visited Paris last year.", "have visited", "visited"), ("She has seen him yesterday.", "has seen", "saw"),
    ("I am living here since 2015.", "am", "have been"), ("The weather is more better today.", "more", ""),
    ("People is very friendly here.", "is", "are"), ("I am boring in this class.", "boring", "bored"),
    ("I'm very exciting about the trip.", "exciting", "excited"), ("I have many information.", "many", "much"),
    ("I am student.", "", "a"), ("He is engineer.", "", "an"),
    ("I have been to London last summer.", "have been", "went"), ("I will go to home.", "to", ""),
    ("We went to home after the party.", "to", ""),
    # a relative clause's verb agrees with its antecedent; "be" before a verb's "-s" form; "being", "to", a
    # catenative verb or a preposition before the wrong form
    ("A phone is a device that need to be charged.", "need", "needs"), ("Anyone who want to join can come.", "want", "wants"),
    ("If the one who carry the key leaves, we are stuck.", "carry", "carries"),
    ("He wrote a book which explain the history of the city.", "explain", "explains"),
    ("Certainly, the burden is becomes heavier.", "is becomes", "becomes"),
    ("People are afraid of being tracking everywhere.", "tracking", "tracked"),
    ("The dog's owner fears to lost her.", "lost", "lose"), ("You should stop complain about it.", "complain", "complaining"),
    ("We started discuss the plan yesterday.", "discuss", "discussing"),
    # a quantifier that opens the subject settles its number
    ("A lot of people has cars.", "has", "have"), ("Each of them have a car.", "have", "has"),
    ("The number of cars are increasing.", "are", "is"), ("Many of them is here.", "is", "are"),
    ("This is worst than before.", "worst", "worse"), ("It is the biggest than all.", "biggest", "bigger"),
    ("The situation is getting worst every year.", "worst", "worse"),
    ("It's a very interesting news.", "a very interesting news", "very interesting news"),
    ("We got a useful information from him.", "a useful information", "useful information"),
    ("She said me the truth.", "said", "told"), ("We are discuss the plan.", "are discuss", "discuss"),
    ("The most of people agree.", "The most of", "Most"), ("Most of students like it.", "Most of", "Most"),
    ("This is the man which helped me.", "which", "who"), ("I met a person which belongs to the club.", "which", "who"),
    ("The police is coming.", "is", "are"), ("The cattle was sold.", "was", "were"),
    ("I like very much football.", "very much football", "football very much"),
    ("She enjoyed very much the concert.", "very much the concert", "the concert very much"),
    ("Where you are going?", "you are", "are you"), ("How I can help you?", "I can", "can I"),
    ("Where you live?", "you live", "do you live"), ("What he wants?", "he wants", "does he want"),
    ("Why they left?", "they left", "did they leave"),
    ("She told that she was tired.", "told", "said"), ("He is the most tall boy in the class.", "most tall", "tallest"),
    ("Because I was tired, so I went to bed.", "so", ""), ("She is very tall than her brother.", "very tall", "much taller"),
    ("Do you know where is the station?", "is the station", "the station is"),
    ("He asked me where was I going.", "was I going", "I was going"),
    ("She has already went home.", "went", "gone"), ("I have never ate sushi.", "ate", "eaten"),
    ("This is the best film I have ever saw.", "saw", "seen"),
    ("They are knowing the answer.", "are knowing", "know"),
    ("It is consisting of three parts.", "is consisting", "consists"),
    ("I prefer tea than coffee.", "than", "to"), ("I prefer to walk than drive.", "than", "rather than"),
    ("I saw him yesterday night.", "yesterday night", "last night"), ("She sings very good.", "good", "well"),
    ("She works here since 2010.", "works", "has worked"), ("I know him since last year.", "know", "have known"),
    ("What time it is?", "it is", "is it"), ("How much it costs?", "it costs", "does it cost"),
    ("I don't know what is his name.", "is his name", "his name is"),
    ("He made me laughing.", "laughing", "laugh"), ("The society need more doctors.", "need", "needs"),
    ("She is blind since she was born.", "is", "has been"), ("I live here since I was a child.", "live", "have lived"),
    ("She plays the piano since she was five.", "plays", "has played"),
    ("In my point of view, the patient should decide.", "In", "From"), ("The film was very bored.", "bored", "boring"),
    ("The film was so bored that I fell asleep.", "bored", "boring"),
    ("It was a very interested lecture.", "interested", "interesting"),
    ("Nowadays, people are more concern about their privacy.", "concern", "concerned"),
    ("I feel very boring.", "boring", "bored"), ("I was boring during the lecture.", "boring", "bored"), ("In nowadays, people use phones.", "In nowadays", "Nowadays"),
    ("The weather is very hot in nowadays.", "in nowadays", "nowadays"), ("I will return back tomorrow.", "back", ""),
    ("Many people are lack of exercise.", "are lack of", "lack"),
    ("Elderly people are suffered from many diseases.", "are suffered", "suffer"),
    ("In the other hand, there are some problems.", "In", "On"), ("She is capable to do it.", "to do", "of doing"),
    ("We should pay more attention on this issue.", "on", "to"),
    ("Young people are more easier to accept new things.", "more", ""),
    ("She is more better at math.", "more", ""),
    ("People who lives in cities are busy.", "lives", "live"),
    ("I have a lot of friends who lives abroad.", "lives", "live"),
    ("I recommend it to anyone who are looking for a holiday.", "are", "is"),
    ("The number of elderly people are increasing.", "are", "is"),
    ("With the development of technology, people's life become more convenient.", "become", "becomes"),
    ("The rich gets richer.", "gets", "get"), ("People are worry about their privacy.", "worry", "worried"),
    ("He did a mistake.", "did", "made"), ("She makes her homework every day.", "makes", "does"),
    ("I am going to shopping.", "to", ""), ("He told me to don't worry.", "to don't", "not to"),
    ("He has 20 years old.", "has", "is"), ("They are interested about art.", "about", "in"),
    ("I have a headache since yesterday.", "have", "have had"),
    ("I didn't see him since Monday.", "didn't see", "haven't seen"), ("She is good in English.", "in", "at"),
    ("She speaks very well English.", "very well English", "English very well"),
    ("He wants that I help him.", "that I help", "me to help"), ("The man which lives here is old.", "which", "who"),
    ("I am study English.", "study", "studying"), ("He is work at the bank.", "work", "working"),
    ("I will call you when I will arrive.", "will arrive", "arrive"),
    ("He will leave after she will come back.", "will come", "comes"),
    ("She is married to a doctor since 2015.", "is", "has been"),
    ("My father he is a doctor.", " he", ""), ("My parents they live in Rome.", " they", ""),
    ("If I will have time, I will call you.", "will have", "have"), ("I have 25 years.", "have 25 years",
                                                                      "am 25 years old"),
    ("He speaks English very good.", "good", "well"), ("She plays the piano very good.", "good", "well"),
    ("She speaks English fluent.", "fluent", "fluently"), ("He drives very careful.", "careful", "carefully"),
    ("There are a lot of noise outside.", "are", "is"), ("There were lots of information.", "were", "was"),
    ("She is taller that me.", "that", "than"), ("I was born in 1990 year.", " year", ""),
    ("Everyday I walk to school.", "Everyday", "Every day"), ("I go to the gym everyday.", "everyday", "every day"),
    ("Now a days people use phones.", "Now a days", "Nowadays"), ("In deed, it is true.", "In deed", "Indeed"),
    ("It is raining since this morning.", "is", "has been"), ("He is elder than me.", "elder", "older"),
    ("It is similar like mine.", "like", "to"),
    ("I will go to abroad next year.", "to", ""), ("We must cope up with it.", "up", ""),
    ("I have visited London in 2019.", "have visited", "visited"), ("It depends from the weather.", "from", "on"),
    ("I need an information about it.", "an information", "information"), ("I like to swimming.", "swimming", "swim"),
    ("I bought a new shoes yesterday.", "a new shoes", "a new shoe"), ("He wrote an essays.", "essays", "essay"),
    ("This test was more easy than the last one.", "more easy", "easier"),
    ("The test was more easy.", "more easy", "easier"),
    ("I will meet you in Monday morning.", "in", "on"), ("We met in Friday.", "in", "on"),
    ("For an example, we can use a bike.", "an example", "example"),
    ("He asked me where do I live.", "do I live", "I live"), ("I wonder why does he cry.", "does he cry", "he cries"),
    ("Can you tell me what time is it?", "is it", "it is"), ("I haven't never seen snow.", "never", "ever"),
    ("It was so a good film.", "so a", "such a"), ("I want to learn how to swimming.", "swimming", "swim"),
    ("I am not used to drive on the left.", "drive", "driving"), ("He is afraid to the dark.", "to", "of"),
    ("Yesterday I have seen a good film.", "have seen", "saw"), ("Everyone in my family are tall.", "are", "is"),
    ("He married with his girlfriend last year.", "married with", "married"),
    ("She is married with a rich man.", "with", "to"), ("There was many people.", "was", "were"),
    ("The weather were nice yesterday.", "were", "was"), ("She entered into the room quietly.", "into", ""),
    ("My brother works like a teacher.", "like", "as"),
    ("Noone knew the answer.", "Noone", "No one"), ("Take an umbrella incase it rains.", "incase", "in case"),
    ("There is a lot of cars on the road.", "is", "are"), ("There was plenty of reasons to stay.", "was", "were"),
    ("Please be quite, the baby is sleeping.", "quite", "quiet"), ("The room was very quite.", "quite", "quiet"),
    ("I read a book who was written by my uncle.", "who", "that"),
    ("There are many people which live here.", "which", "who"),
    ("Many peoples think that money brings happiness.", "peoples", "people"),
    ("I wish I would have more free time.", "would have", "had"),
    ("How many money do you have?", "many", "much"), ("He is the person which I told you about.", "which", "who"),
    ("It is a best way to learn English.", "a", "the"), ("The rich is getting richer.", "is", "are"),
    ("This is to much for me.", "to", "too"), ("There is to much noise.", "to", "too"),
    ("I am looking forward the weekend.", "forward", "forward to"),
    ("She has worked here for since 2015.", "for since", "since"),
    ("I have lived here for since 10 years.", "for since", "for"),
    ("We will meet at Monday.", "at", "on"), ("I very like this song.", "very", "really"),
    ("He plays the football every weekend.", "the ", ""),
    ("If I would know the answer, I would tell you.", "would know", "knew"),
    ("If I would be rich, I would travel.", "would be", "were"),
    ("We had ice cream for desert.", "desert", "dessert"), ("I need to buy some stationary.", "stationary", "stationery"),
    ("She gave me a nice complement on my dress.", "complement", "compliment"),
    ("The principle of the school gave a speech.", "principle", "principal"),
    ("Here is a sneak peak of the show.", "peak", "peek"), ("Let me take a quick peak at it.", "peak", "peek"),
    ("Irregardless of the weather, we will go.", "Irregardless", "Regardless"),
    ("I could care less about it.", "could", "couldn't"),
    ("The meeting is scheduled on next Monday.", "on ", ""), ("We moved here in last year.", "in ", ""),
    ("I will send you the report until Friday.", "until", "by"),
    ("He is responsible of the marketing department.", "of", "for"),
    ("Let me know when are you free.", "are you free", "you are free"),
    ("Me and my team will handle it.", "Me and my team", "My team and I"),
    ("There was too many traffic.", "many", "much"), ("I have two cat's and a dog.", "cat's", "cats"),
    ("We arrived at 5 o clock.", "o clock", "o'clock"), ("There was so many people there.", "was", "were"),
    ("This is the first time I visit London.", "visit", "have visited"),
    ("We enjoyed a lot at the party.", "enjoyed", "enjoyed ourselves"),
    ("She made a photo of the sunset.", "made", "took"), ("I like to travel by the train.", "the ", ""),
    ("She goes to the bed at ten.", "the ", ""),
    ("I will call you as soon as I will arrive.", "will arrive", "arrive"),
    ("It's worth to visit the old town.", "to visit", "visiting"), ("We have a meeting in 3 pm.", "in", "at"),
    ("We stayed in home all day.", "in", "at"), ("He is a very good friend of me.", "me", "mine"),
    ("He entered in the room.", "in", ""), ("My brother is as tall than me.", "than", "as"),
    ("This book is more interesting that the film.", "that", "than"),
    ("This is the goodest pizza ever.", "goodest", "best"), ("The book what I bought is good.", "what", "that"),
    ("There are many evidences to support this view.", "many evidences", "much evidence"),
    ("The number of old people is increase every year.", "increase", "increasing"),
    ("As the result, the government must act.", "As the result", "As a result"),
    ("To summary, we respect every life.", "To summary", "In summary"),
    ("The economy is boosted up by trade.", "up", ""),
    ("It's depend on the weather.", "It's depend", "It depends"), ("I slept during two hours.", "during", "for"),
    ("I have a dog which name is Max.", "which", "whose"), ("It is a 5-years-old car.", "5-years-old", "5-year-old"),
    ("He is a ten years old boy.", "ten years old", "ten-year-old"),
    ("There were three thousands people at the concert.", "thousands", "thousand"),
    ("Let's go to there together.", "to", ""), ("Can you come to here tomorrow?", "to", ""),
    ("Because of I was tired, I went to bed early.", " of", ""), ("He said a lie to his mother.", "said", "told"),
    ("Hurry up or we will lose the bus.", "lose", "miss"), ("My father learned me how to swim.", "learned", "taught"),
    ("There have many people in the park.", "have", "are"), ("Let's to go to the cinema.", " to", ""),
    ("How about go to the beach?", "go", "going"), ("He insisted to pay for dinner.", "to pay", "on paying"),
    ("She succeeded to pass the exam.", "to pass", "in passing"), ("She is capable to do it.", "to do", "of doing"),
    ("I have difficulty to understand him.", "to understand", "understanding"),
    ("It consists from three parts.", "from", "of"), ("He resembles to his father.", "to", ""),
    ("The team comprises of five people.", "of", ""), ("The city lacks of parks.", "of", ""),
    ("Do you can help me?", "Do you can", "Can you"), ("I need go to the bank.", "", "to"),
    ("Is very important to study every day.", "Is", "It is"), ("Are many people in the room.", "Are", "There are"),
    ("Please remember calling me tomorrow.", "calling", "to call"),
    ("On my opinion, the film was too long.", "On my opinion", "In my opinion"),
    ("According to my opinion, it is wrong.", "According to my opinion", "In my opinion"),
    ("I did it by my own.", "by", "on"), ("I saw the sea at the first time last summer.", "at", "for"),
    ("I haven't seen him since long time.", "since long time", "for a long time"),
    ("I have a few money left.", "few", "little"), ("All of us has a dream.", "has", "have"),
    ("There are too much people here.", "much", "many"), ("I will arrive to home at six.", "to", ""),
    ("The weather was to cold for swimming.", "to", "too"), ("I don't know were he lives.", "were", "where"),
    ("He done his homework already.", "done", "did"), ("The book was laying on the table.", "laying", "lying"),
    ("We use to live in Paris.", "use", "used"), ("He is use to hard work.", "use", "used"),
    ("We need to breath fresh air.", "breath", "breathe"), ("I can't breath.", "breath", "breathe"),
    ("We went there by the bus yesterday.", "the ", ""),
    ("I assisted to the conference last week.", "assisted", "attended"),
    ("Someone robbed my wallet on the bus.", "robbed", "stole"), ("I saw TV all evening.", "saw", "watched"),
    ("Can you talk English?", "talk", "speak"), ("I have hungry, let's eat.", "have", "am"),
    ("I'm born in 1995.", "I'm", "I was"), ("She is born in 1990 in Spain.", "is", "was"),
    ("In another word, it was a mistake.", "In another word", "In other words"),
    ("Last but not the least, thank you all.", "Last but not the least", "Last but not least"),
    ("In the contrary, he was happy.", "In the contrary", "On the contrary"),
    ("Beside that, we need money.", "Beside that", "Besides that"), ("Thanks you for your help.", "Thanks", "Thank"),
    ("This is the more beautiful city I have ever seen.", "more", "most"), ("I fell sleep.", "sleep", "asleep"),
])
def test_fixed_usage_patterns(engine, text, original, fix):
    sugs = [s for s in engine.check(text).suggestions if s.original == original]
    assert [s.replacements[0] for s in sugs] == [fix], engine.check(text).suggestions


@pytest.mark.parametrize("text", ["What you see is what you get?", "Where do you live?", "What he said was true.",
                                  "When you arrive, call me?", "I wonder where you live?", "I know what is wrong.",
                                  "Do you know where the station is?", "I am not sure where is best."])
def test_questions_and_clauses_that_need_no_do(engine, text):
    assert not found(engine.check(text), "QUESTION_ORDER"), engine.check(text).suggestions


@pytest.mark.parametrize("text", [
    "The problem is knowing where to look.", "I prefer to save rather than spend.", "They prefer more than less.",
    "He preferred a quieter life than this.", "She came yesterday evening.", "It looks very good.", "You did good.",
    "He was good.", "I think so since 2010 was a bad year.", "She worked here since 2010.", "What do you think?",
    "I know who is the best.", "It made me worried.", "That makes them interesting.", "She made her acting debut.",
    "He was uncompromising, which made him infuriating to some people.", "I have just time to catch it.",
    "I have never read it.", "A customer need that the product meets is important.",
    "I am sure that since 2010 prices have risen.", "Debaters are invested in their point of view, in practice.",
    "The novel is interested in how memory works.", "The class was bored.", "There is more concern about privacy.",
    "I feel boring people are the worst.", "It was found in nowadays Vlaardingen.", "I'm boring.",
    "I think it has improved since last year.", "How much does it cost?", "Heavy losses were suffered by the army.",
    "He held a sword in the other hand, and a shield.", "He was disposed to pay him attention on his marriage.",
    "There are more older people to care for.", "They focus their attention on details.",
    "I know people who live there.", "The young stems in early spring can be cooked.", "People's lives become easier.",
    "A number of elderly people are here.", "Do not mistake me for someone else.", "She made a big mistake.",
    "We go to swimming lessons on Monday.", "I have two years old twins.", "He made homework easier for everyone.",
    "Why do these mistakes occur?", "He has no equal since the apostles.", "He is good in bed.", "I want that car.",
    'He said "I want that you come" to her.', "She speaks very well English and French.",
    "Jackson is the world's highest grossing actor, having earned billions.",     # "gross" is no "-s" form
    "They are work colleagues.", "We are study buddies.", "In all that he did he was ruled by the Jesuits.",
    "When he did he saw the light.", "Ambrose did not found religious orders.",
    "Everyday life is hard.", "They are at once futuristic and everyday.", "We use it for everyday tasks.",
    "It was an everyday, average day.", "Do as they think proper.", "She plays beautiful, sensitive parts.",
    "It looks perfect.", "Too little protein intake is bad.", "The meeting will be held tomorrow.",
    "It can be cause for concern.",
    "Let me know when you will arrive.", "We will see when it will happen.",
    "The day will come when you will regret it.",
    "They will be closest in 2050, when they will require a telescope.",
    "He is the first person since 1990 to win the race.", "She is the only player since 2010 who scored twice.",
    "People who live there have many problems.", "There have been many changes this year.",
    "He is ten years old today.", "My son is five years old and very clever.", "Thousands of people came.",
    "The house was built in the nineteen hundreds.", "He scored three hundreds in a row.",
    "During two years of war, the city suffered a lot.", "During the two hours, we talked.",
    "Ask him which name is Correct.", "Because of him, we won the match.", "She said lies are worse than silence.",
    "I lost my train of thought.", "He spent his time learning him by heart.", "What about work?",
    "We went from here to there.", "It's been a long day.", "It's cost a lot of money.", "It's used to cut metal.",
    "How about a cup of tea?", "The bus lost its way in the fog.", "They tried to stop inter-communal violence.",
    "He succeeded to power in 1990.", "She succeeded to the throne.", "The difficulties to overcome were many.",
    "It was a matter of some difficulty to find a house.", "It is comprised of five parts.",
    "If they do they will win.", "The way to do it would be simple.", "You need not go.", "I need help.",
    "Is very important to you?", "Are many people happy?", "Was a lot of fun.", "I remember calling her yesterday.",
    "By my own admission, I was wrong.", "It was deserved by his own.", "He won at the first time of asking.",
    "It was a long time since we met.", "A few software engineers came.", "The welfare of all of us is involved.",
    "How much people save is unknown.", "On my opinion piece, see below.", "He was to blame.",
    "Radio gave way to newer technologies.", "Feminine is to female as masculine is to male.",
    "Were he to come, I would leave.", "She was laying the foundations.", "He was laying down the law.",
    "What we use to cut wood is a saw.", "Did you use to smoke?", "He held his breath.",
    "They keep the rules they use to generate results secret.", "We went by the train station yesterday.",
    "I know what it was to.", "He assisted the doctor.", "They robbed the bank.", "I saw it on TV.",
    "We talked English history.", "I have hungry children to feed.", "A child is born in 2020 every minute.",
    "He was assisted to his feet.", "Must See TV was a slogan.", "He sat beside that tree.",
    "In other words, no.", "On the contrary, yes.", "In contrast, the city is quiet.", "Thanks, you are kind.",
    "The more I think about it, the less I like it.", "It is the more expensive one.", "I want more sleep.",
])
def test_new_usage_rules_leave_english_alone(engine, text):
    assert not engine.check(text).suggestions, engine.check(text).suggestions


@pytest.mark.parametrize("text", ["He told that story many times.", "Nor are they told that they are being considered.",
                                  "Golf is by far the most high profile sport here.", "He told me that he left.",
                                  "Because it was cheap, so many people bought it.", "It was very cold."])
def test_tell_with_its_object_and_compound_adjectives_are_left_alone(engine, text):
    assert not engine.check(text).suggestions, engine.check(text).suggestions


@pytest.mark.parametrize("text, fixed", [
    ("The books is on the table.", "The books are on the table."),    # not also "books" -> "book"
    ("I would of told you.", "I would have told you."),                # not also "told" -> "tell"
    ("We live in small town near the sea.", "We live in a small town near the sea."),  # not also "towns"
    ("In todays world there is a lot to do.", "In today's world there is a lot to do."),  # spelling, not "the"
    ("They could lost everything.", "They could lose everything."),    # not also "could [have] lose"
    ("The informations is wrong.", "The information is wrong."),      # the noun is the slip, not the verb
    ("I went the store to buy milk.", "I went to the store to buy milk."),
    ("He suggested me to go home.", "He suggested that I go home."), ("I suggest you to try it.", "I suggest that you try it."),
    ("She goes the gym every day.", "She goes to the gym every day."),
    ("This criteria are important.", "These criteria are important."),   # not also "criteria" -> "criterion"
    ("She is doctor.", "She is a doctor."),     # the rule's "a" and the model's "a": one insertion, not two
    ("My friend say that it is good.", "My friend says that it is good."),    # not also "friends"
    ("My brother go to school every day.", "My brother goes to school every day."),   # "go" is rarely a noun
    ("They playing football now.", "They are playing football now."),        # not also a flag on "playing"
    ("Every students likes it.", "Every student likes it."),      # the verb is right once the noun is
])
def test_one_fix_per_slip(engine, text, fixed):
    assert apply(text, engine.check(text).suggestions) == fixed


@pytest.mark.parametrize("text", [
    "Have you seen him?", "They had left early.", "Does everyone have a car?", "I have broken it.",
    "Between you and I think it is fine.", "I look forward to the weekend.", "We have been there.",
    "We have got information.", "The version he had was missing a page.", "The news was good.",
    "The list of results was long.", "The series was long.",
    "He does dishes every night.", "Did he put it there?",
    "One of the students who have a car is here.", "One of the reasons is money.", "Most older people agree.",
    "She singed her hair.", "He putted the ball into the hole.", "Many peoples live here.",
    "We do all we can to protect young people.", "The political will to act is there.", "My family are coming.",
    "The team have won.", "The following are recommendations.", "That pretty much makes sense.",
    "Though small, it works, but slowly.", "It takes practice to become good.", "He is widely considered to be the best.",
    "It was an ugly duckling.", "He is a university student.",
    "We went hiking last weekend and the views were incredible.", "Let's go shopping tomorrow.",
    "If there had been a monitor in the classroom, maybe parents could have seen it.",
    "It is used to cut metal.", "He used to work here.", "I wonder if he would have liked it.",
    "He left since two years ago.", "They went their separate ways.", "The book is interesting in many ways.",
    "It could be used to simulate plasmas, simulate 3-D printing or for surgical simulation, for example.",
    "Maslow's hierarchy of needs is a model that shows the relationship among multiple motives that range from "
    "lower-level to higher-level needs.",                              # "among" is never made "between"
    "The will was read out yesterday.", "There are many reasons.",
    "She has a knowledge of Latin.", "It is a software company.", "They built a knowledge-based economy.",
    # a bare verb grammar asks for: after a modal, in a mandative subjunctive
    "It was expected that the maharaja would accede to Pakistan.",
    "The committee finally recommended that 24 new families be created in place of the old ones.",
    "The governor agreed on the condition that the ruler accede to India.",
    # "less" as an adverb or in a fixed phrase; "who's" as "who is"
    "The less people know, the better.", "More or less people agree.", "He has few friends, much less enemies.",
    "It costs less money and takes less than ten minutes.", "Who's coming to dinner?", "Who's next?",
    "Who's the boss here?", "Who's Who is a reference book.",
    # "explain" with what is explained as its object
    "Can you explain them to me?", "She described him as kind.", "Can you explain her reasons?",
    "Describe them when asked.", "Explain them well.",
    # "to" + -ing after a noun, or where "to" is a preposition
    "They brought hope to starving people.", "The plan to building a dam failed.", "I look forward to going.",
    "He is used to going there.",
    # a plural subject with its verb
    "The children play outside.", "The children's plays were fun.", "My friends' house is big.",
    "The people who live here are friendly.", "One of the people who knows the answer is here.",
    "He mocked the lady from the provinces who dresses like a guy.",
    # a bare verb that grammar asks for after an indefinite or third-person subject
    "I insist that he go home.", "It is essential that he attend the meeting.", "We insist that everyone attend.",
    "I heard someone say that.", "Let everyone know.", "Does anyone know why?", "I saw somebody leave the room.",
    "It broadcast news daily.", "She forecast rain.", "It last erupted in May 2005.", "Make it work.",
    "The station opened in 1950. It broadcast from a garage.",
    # a subject that opens its clause, with its verb: part and group nouns, a noun used as a verb's object,
    # "need" as a modal, a past time that frames another clause, an -ing word after an object
    "Technology has changed our lives.", "The rest are history.", "The remainder were sold.",
    "The school play was a success.", "What side do economists take?", "He need not worry.",
    "I know what happened yesterday.", "He always sleeps late.", "My brother usually plays football.",
    "She says she saw him yesterday.", "The story was told to the children.", "He told to go home.",
    "When will you arrive?", "If you will follow me, I will show you.", "When I will arrive is not clear.",
    "It does more good than harm.", "Most good people agree.", "It did the most good for the most people.",
    "The slave states had complete autonomy.", "Only one developer has write access.", "We have work to do.",
    "Money they don't have may have saved it.",
    "They are not allowed to enter.", "Those that are not have half-lives.", "He is not like his father.",
    "Yesterday I went to the park.", "I saw him running away.", "They found it interesting.",
    "The fairies, who are said to dance, live here.", "Its history, which spans centuries, is long.",
    # "this" as a pronoun, before a verb, a compound or a possessive
    "From this astronomers can estimate the period.", "To avoid this users must refrain from it.",
    "This results in a loss.", "This sales technique works.", "This students' work is good.",
    "It was a decades-long project and this centuries-long story.", "This news is bad.", "This means war.",
    "This does have a cost.", "This works well.",
    "The books are mine.", "That car is mine, not yours.",     # the pronoun, not the verb's "mined"
    # negatives, "tell" and "say", comparisons, "all", finished and open times used right
    "I can hardly wait.", "He hardly works at all.", "He works hardly any hours.", "It works hardly at all.", "You can't get something for nothing.",
    "Don't just stand there doing nothing.", "It was told to me by a friend.", "She said to me that it was late.",
    "They said that it was late.", "I wish I could fly.", "I wish you would come.", "It is more real than ever.",
    "They are more light than air.", "It was more fun than work.", "I gave it my all.", "My all-time favourite.",
    "I have lived here since last year.", "I would have visited it last year.", "I visited Paris last year.",
    "It is the first time since 2010.", "He is happy since he won.",
    "Sales is a department.", "Brooks was born in 1962.", "I'm boring.", "He is boring in class.",
    "He is president of the club.", "I am vegetarian.", "It is fun.", "She is head of sales.", "I am nothing.",
    "He knew what he was doing.", "In 154, he was consul.", "There are many software developers.",
    "Go to home page and click the link.", "I went home early.", "They went to Home Depot.",
    # an old perfect, a participle in "-ed" or "-t" that lemminflect lists as a past only, a prepositional passive
    "The old octal literals are gone.", "She must be gone by noon.", "The church was burnt down in 1923.",
    "The word is spelled differently.", "He was hanged in 1344.", "The building was lit in blue.",
    "The site was happened upon by hikers.", "The letter was got to him in time.",
    "The station left the AM band as AM became overcome by talk radio.", "I was broke last year.",
    "The suit is bespoke.", "We meet every two weeks.", "It happens every few years.", "Every sports club has a coach.",
    "Every firm faces the same issue.", "We waited them out.", "Please wait your turn.", "She's gone home.",
    "I lived there for three years.", "Every year thousands of people attend.", "George Every calls it a myth.",
    # a relative pronoun after a preposition's noun, a coordination or "one of"; "be" ending its own clause; a
    # copula "being"; "to" as a preposition; an adjective or noun after "enjoy"; a clause-final preposition
    "He is a member of the team that play on Sunday.", "It has a username and a password which give access.",
    "Students throughout the college who are interested may apply.", "One of the people who know him is here.",
    "Something more powerful than we are decides our fates.", "Whatever evil there is exists for a reason.",
    "It is thanks to her that we won.", "Seeks are allowed, with the exception being seeking to the file end.",
    "In addition to used cars, they sell bikes.", "The road to lost cities is long.",
    "He was allowed to leave, unlike those who were used to it.", "Ships shall enjoy complete freedom of passage.",
    "The things you should look out for include a good reputation.", "They were used to protect the wearer.",
    "The idea that work matters is old.",
    "A number of cars are parked outside.", "A lot of the water is gone.", "Most of the news is bad.",
    "All but one of these are mild.", "The fuel in some of the assemblies is spent.", "Neither of them were happy.",
    "The number of people who are here is small.", "They became best friends.", "It grows best in the sun.",
    "He is further west than any of them.",
    "It was a news agency.", "She has a deep knowledge.", "At this point a positive feedback ensues.",
    "It broadcast a news/talk format.", "They used a traditional news website.", "He said her name.",
    "We should make the most of opportunities.", "He cut most of chapters 6 and 7.", "Most of Europe is cold.",
    "They fear the tendencies among our people which seem to menace us.", "Any child which may result is his.",
    "They restored the liberties of England and her people which had been taken away.",
    "A race should conquer a people which has faith.", "He told the boy which book to take.",
    "The police are coming.", "The police station is closed.", "My family are coming.",
    "The first call to the police was made at nine.", "I wanted very much to go.", "I like it very much.",
    "When you are asked why, what do you say?", "I know where you are going.", "Where are you going?",
    # a pronoun after the opening noun phrase that is no repeated subject
    "The man he met was tall.", "The following year he married Anna.", "His detractors claim he was ill.",
    "The day he was born, it rained.",
    "If you will follow me, I will show you the room.", "We have 25 years to pay it back.",
    "I have 25 years of experience.", "He makes the food very good.", "I find it very good.",
    "There are a lot of traffic lights.", "There are a lot of people here.",
    "It is better that I go.", "It is more likely that her sister will come.", "In 2010 year-on-year sales fell.",
    "It is 10 cm or more wide.", "We need more big boxes.", "He teaches in Sunday School.", "It was in Monday's paper.",
    "I watched it in Saturday morning cartoons.", "For an example of this, see below.", "And so a new era began.",
    "I wonder what you think about it.", "They were frightened to the point of tears.", "She was scared to death.",
    "It is not used to cut metal.", "Everything You Wanted to Know (But Were Afraid to Ask).",
    "Yesterday I have been working all day.", "She is married with two children.", "He let loose his anger.",
    "The boat was planing across the bay.", "Mr Noone said so.", "They entered into an alliance.",
    "He wanted his son to enter into the Church of Scotland.", "It was entered into the school curriculum.",
    "It works like a charm.", "He works like a teacher does.", "I left early since he was 20 minutes late.",
    "There is a lot of water in the tank.", "There's a lot of people here.", "Is there a lot of news?",
    "Many peoples have lived in this region.", "I wish he would come.", "I wish you would have told me.",
    "The people in the city who survived left.", "I know a book which was written by him.",
    "How many software developers are there?", "Many music videos are long.", "Ask the teacher which you prefer.",
    "She is a best friend of mine.", "It was a worst case.", "He wrote a best seller.",
    "The fate of the poor is sad.", "The poor man is tired.", "What are you waiting for since 5 pm?",
    "He looked at Monday as the start.", "I very much like it.", "They played the football match.",
    "She plays the guitar.", "If you would like, we can go.", "If it would be helpful, I would send it.",
    "If he would be so good as to read, it would help.",
    "I watched it on last night's show.", "In next year's budget, taxes rise.", "I will wait until Friday.",
    "I will not send it until Friday.", "I won't finish until Monday.", "Many work in the fields.",
    "A gentleman came in last night from Sidmouth.", "It is seen as the result of the war.",
    "This was as the result, of course, of war.", "Many people's ambivalent feelings.",
    "Three dog's bowls were empty.", "His retort is the first time he says it aloud.",
    "This is the first time we know of it.", "It was every blessing that I enjoyed.", "She made a picture of it.",
    "They differ in the autonomy they enjoy.", "He felt himself bound by no duty.", "He stood by the train.",
    "He went to the bed and sat on it.", "Her net worth to be about 5 million.", "Call me in 5 minutes.",
    "He is in home care.", "The friend of me and my brother came.", "It is better that the children stay.",
    "More people identify as Catholic than Protestant.", "It was seen as less than perfect.",
    "He was the baddest man on the planet.", "I asked the teacher what I should do.",
    "She hadn't got a clue what she was dealing with.",
])
def test_fixed_usage_patterns_left_alone(engine, text):
    assert not found(engine.check(text), category="grammar"), engine.check(text).suggestions


@pytest.mark.parametrize("text", ["The road were blocked.", "He were late again.", "I were tired.",
                                  "The rain had stopped, but the road were still slick with mud.",
                                  "The quality of these products were poor.", "One of the maids were sent off."])
def test_were_after_a_singular_subject_is_was(engine, text):
    assert [s.replacements[0] for s in engine.check(text).suggestions if s.original == "were"] == ["was"], \
        engine.check(text).suggestions


@pytest.mark.parametrize("text", [
    "If the road were dry, we could go.", "I wish it were summer.", "He talked as though the road were his.",
    "She is, as it were, the boss.", "It was as if the world were ending.",
    "Even if the plan were perfect, it would fail.",
    "Suppose the road were closed.", "What if the road were closed?", "I would go if the weather were better.",
    "Sondheim and I were standing.", "The outbreak of World War I were to change her attitudes.",
    "The club were then sponsored by a local farm.", "The man and one of the maids were sent off.",
    "The latter were a remnant of an older people.", "The first were local wells.", "His swine were lost.",
    "The best known of them were two monks."])
def test_were_that_is_right_stays(engine, text):
    assert not found(engine.check(text), category="grammar"), engine.check(text).suggestions


@pytest.mark.parametrize("text", [
    "Leiber liked cats, which feature prominently in many of his stories.",
    "He was sent out to found a convict settlement.", "They only ate vegetables that grew upward.",
    "By contrast, James Smith of the Museum stated in 1987 that the evidence was weak.",
    "Lower rates of tooth decay have been seen.", "In regard to contributions to tooth decay, sugar matters."])
def test_past_verbs_and_noun_modifiers_that_fit_stay(engine, text):
    assert not found(engine.check(text), category="grammar"), engine.check(text).suggestions


@pytest.mark.parametrize("text", ["He came in in the end.", "They moved in in July.", "We will carry on on Monday.",
                                  "The pipe is 14 in in diameter.",
                                  "The most snow in one month was 6.8 in in December.",
                                  "It lowers the success rate in in vitro fertilization.",
                                  "It was an add-in in wines."])
def test_a_particle_or_inches_before_in_is_no_double(engine, text):
    assert not engine.check(text).suggestions, engine.check(text).suggestions


@pytest.mark.parametrize("text", ["Revenue rose, driven by strong demand in in Asia.",
                                  "It was first flown on on 20 June.",
                                  "The average price of a home in in Riyadh rose."])
def test_a_doubled_preposition_is_removed(engine, text):
    assert [s.rule_id for s in engine.check(text).suggestions] == ["DUPLICATE_WORD"], engine.check(text).suggestions


@pytest.mark.parametrize("text", [
    "Puerto Rico is an unincorporated territory.", "They robbed a bank with an unidentified man.",
    "It described an s-wave state.", "The life of an mRNA molecule is short.", "It is a herbaceous perennial.",
    "The vowels are /a e i o u/ in Latin.", 'Find the smallest "i" > 0 such that it holds.',
    "There are few real use cases for i % j when j is negative.", "The rare mineral (Pt,Pd)S contains platinum.",
    "He launched a site called Artists.MTV in 2008.", "Mono and Portable.NET are implementations.",
    "He was awarded an honorary Ph.D from the university.", "The Library for the Blind is open.",
    "The National Assembly for Wales has been based in Cardiff."])
def test_letters_names_and_symbols_are_left_alone(engine, text):
    assert not engine.check(text).suggestions, engine.check(text).suggestions


@pytest.mark.parametrize("text, original, fix", [("Puerto Rico is a unincorporated territory.", "a", "an"),
                                                 ("It described a s-wave state.", "a", "an"),
                                                 ("The life of a mRNA molecule is short.", "a", "an"),
                                                 ("yesterday i went home.", "i", "I"),
                                                 ("They built a government.Within a year it fell.", ".", ". ")])
def test_articles_capitals_and_spaces_still_fixed(engine, text, original, fix):
    assert fix in [s.replacements[0] for s in engine.check(text).suggestions if s.original == original], \
        engine.check(text).suggestions


@pytest.mark.parametrize("text, original, fix", [
    ("I'm sorry to here the update didn't go as planned.", "here", "hear"),
    ("Could you try clearing you're browser's cache?", "you're", "your"),
    ("Does anyone knows whether the warranty covers water damage?", "knows", "know"),
    ("The patient presents with a cough and low-grade fevre.", "fevre", "fever"),
    ("She gave the book to my wife and I.", "I", "me"),
    ("Each of the team members have submitted a report.", "have", "has"),
    ("Please advise me on weather to go.", "weather", "whether"),
    ("It's make me happy.", "It's make", "It makes")])
def test_everyday_slips(engine, text, original, fix):
    assert [s.replacements[0] for s in engine.check(text).suggestions if s.original == original] == [fix], \
        engine.check(text).suggestions


@pytest.mark.parametrize("text", ["I've had it up to here with you.", "The road from Paris to here is long.",
                                  "One reason is that you're patriots.",
                                  "Within each of these categories are many Powers.",
                                  "It is close to here.", "This is for my wife and I think it is great.",
                                  "They have slain thy prophets with the sword; and I, even I only, am left.",
                                  "NASCAR was founded by Bill France, Sr. on February 21, 1948.",
                                  "The life cycle of Polymorphus spp. normally occurs between sea ducks.",
                                  "The units II. and III. were included.", "He wanted to know who Dr. Cassidy was.",
                                  "They punish people based on who the victim is.",
                                  "He was created a King's Counsel.", "It's cost me a fortune.",
                                  "And it's time you had a treat.", "It's like you have a choice.",
                                  "The Goron are a race of strong but peaceful people.",   # a name's number
                                  "Rito have a mix of human and animal biology.",
                                  "The Kokiri (コキリ族, Kokiri-zoku) are a humanoid fairy race.",
                                  "In the event that the standard measure were destroyed, it was remade."])
def test_everyday_slip_rules_leave_english_alone(engine, text):
    assert not engine.check(text).suggestions, engine.check(text).suggestions


@pytest.mark.parametrize("text", ["Dillinger was paroled on May 10, 1933.", "A fair coin is tossed endlessly.",
                                  "Aged 12, he moved on to secondary school.", "Employed in this assault were bombs.",
                                  "He especially liked holodeck adventures.", "The crashed Elf was replaced.",
                                  "After that the navy mushroomed to a size of 400 ships.",
                                  "He said that the powers of evil have waxed strong.",    # a regular participle
                                  "Some writers have specialized in crime or have alternated between genres.",
                                  "The columns in each journal are each totaled to give a summary.",
                                  "It shows a cloaked but otherwise nude woman.",            # a participle adjective
                                  "At a smaller meet, the number of attempts might be limited."])   # a noun
def test_passives_and_participles_stay(engine, text):
    assert not found(engine.check(text), category="grammar"), engine.check(text).suggestions


def test_a_compound_gets_no_of(engine):
    from assistant.checks.missing import _compound
    sent = engine.prepare("Nalls had returned from the corner drugstore.", [])
    gap = next(i for i, (s, _) in enumerate(sent.pieces) if sent.text[s:].startswith("drugstore"))
    assert _compound(sent, gap)
    sent = engine.prepare("He wrote the history of the war.", [])
    gap = next(i for i, (s, _) in enumerate(sent.pieces) if sent.text[s:].startswith("the war"))
    assert not _compound(sent, gap)


def test_it_after_and_is_a_subject(engine):
    text = "I've had mine for two years and it still work like new."
    assert [s.replacements[0] for s in engine.check(text).suggestions] == ["works"], engine.check(text).suggestions


@pytest.mark.parametrize("text", ["It was a confused lecture.", "It was a tired story.", "An interested party called.",
                                  "The class was bored.", "The novel is interested in how memory works.",
                                  "I saw a bored look on his face.", "I'm boring."])
def test_feelings_that_fit_stay(engine, text):
    assert not found(engine.check(text), "FEELING_ED"), engine.check(text).suggestions


@pytest.mark.parametrize("text", ["He was not quite.", "I'm quite sure.", "She had been quite, quite mad."])
def test_quite_that_grades_a_word_left_out_stays(engine, text):
    assert not found(engine.check(text), "CONFUSED_WORD"), engine.check(text).suggestions


@pytest.mark.parametrize("text, word, fix", [("I don't want to loss my job.", "loss", "lose"),
                                            ("We can choice the best one.", "choice", "choose"),
                                            ("I did not success the exam.", "success", "succeed"),
                                            ("The discover of the cave changed everything.", "discover", "discovery"),
                                            ("Please advice me on what to do.", "advice", "advise"),
                                            ("Can you advice me?", "advice", "advise"),
                                            ("She took a deep breathe before the exam.", "breathe", "breath"),
                                            ("Thanks for the advise.", "advise", "advice")])
def test_a_noun_written_for_its_verb_and_back(engine, text, word, fix):
    found_ = found(engine.check(text), "WORD_FORM")
    assert [(text[s.start:s.end], s.replacements[0]) for s in found_] == [(word, fix)], found_


@pytest.mark.parametrize("text", ["Due to loss of power, the plant closed.",
                                  "She gave in to grief the moment she heard.",
                                  "Their adherence to belief that the world was flat was strong.",
                                  "The refuse of the city was collected.", "The bakers proof the dough overnight.",
                                  "Some believe in ghosts.", "Let her explain.", "The young develop quickly.",
                                  "Only a few occur here.", "Members of the public believe in it."])
def test_a_noun_after_the_preposition_to_is_left_alone(engine, text):
    assert not engine.check(text).suggestions


@pytest.mark.parametrize("text, verb, fix", [("The quality of these products are poor.", "are", "is"),
                                            ("The development of these countries depend on trade.", "depend", "depends"),
                                            ("The advantages of social media is obvious.", "is", "are")])
def test_the_verb_agrees_with_the_head_before_an_of_phrase(engine, text, verb, fix):
    found_ = found(engine.check(text), "AGREEMENT")
    assert [(text[s.start:s.end], s.replacements[0]) for s in found_] == [(verb, fix)], found_


@pytest.mark.parametrize("text", ["The rest of the students are here.", "The list of results was long.",
                                  "The dates of the murders did not coincide.", "A lot of people are here."])
def test_heads_that_take_the_number_of_their_of_phrase_are_left_alone(engine, text):
    assert not found(engine.check(text), "AGREEMENT"), engine.check(text).suggestions


def test_human_being_with_no_determiner_is_plural(engine):
    fix = found(engine.check("Space travel is a great achievement of human being."), "AGREEMENT")
    assert [s.replacements[0] for s in fix] == ["beings"], fix
    for text in ("Every human being deserves respect.", "This is true of the human being.",
                 "He is a good human being."):
        assert not engine.check(text).suggestions, text


def test_a_plain_verb_after_a_preposition_that_follows_a_noun(engine):
    fix = found(engine.check("Police stopped him from explode the bomb."), "GERUND")
    assert [s.replacements[0] for s in fix] == ["exploding"], fix
    # a preposition that ends a clause leaves the next verb to that clause's subject
    for text in ("Other groups that the college is a member of include the Association.",
                 "The things you look out for include the weather.", "He's used to getting up early."):
        assert not engine.check(text).suggestions, text


@pytest.mark.parametrize("text, fix", [("He left without pay the bill.", "paying"),
                                       ("She learned it by watch the others.", "watching")])
def test_a_verb_that_is_also_a_noun_after_without_or_by_takes_ing_where_the_model_agrees(engine, text, fix):
    found_fix = found(engine.check(text), "GERUND")
    assert [s.replacements[0] for s in found_fix] == [fix], engine.check(text).suggestions


@pytest.mark.parametrize("text", ["After work the men went home.", "He went home after work the next day.",
                                  "We met before class the other day.", "She paid by check the next morning."])
def test_a_noun_after_a_preposition_stays_a_noun(engine, text):
    assert not found(engine.check(text), "GERUND"), engine.check(text).suggestions


def test_a_modal_after_an_elided_infinitive_is_no_verb_form_slip(engine):
    """"able to should": lemminflect reads "should" as the past of "shall"; after "to" it is no slip of form,
    and no extra word either (the delete head was sure of it: p 0.99)."""
    assert not found(engine.check("The faithful who are able to should not eat anything."), "VERB_FORM")
    assert not engine.check("Those who are able to should help.").suggestions


@pytest.mark.parametrize("text", ["The version he had was missing.", "All they have is hope.",
                                  "The money we had is gone."])
def test_the_verb_after_a_clause_ending_in_have_is_no_participle_slip(engine, text):
    """"The version he had was missing" had been given "had been" (margin 4.4)."""
    assert not engine.check(text).suggestions


def test_its_before_an_adjective_and_its_noun_is_left_alone(engine):
    # "Its true." is ITS_ITS's; the confusion cue "its true" had let the model flag "Its true value"
    assert not engine.check("Its true value became clear only later.").suggestions
    assert [s.replacements[0] for s in engine.check("Its true that he left.").suggestions] == ["It's"]


def test_going_a_way_that_is_no_place_needs_no_to(engine):
    for text in ("He went the extra mile.", "They went the other way.", "She went the distance."):
        assert not engine.check(text).suggestions, text


@pytest.mark.parametrize("text", [
    "Its important role in the economy cannot be ignored.", "The team did its best.", "It stands on its own.",
    "It was done for its good.", "The state asserted its right to trade.", "It is grown for its large, white root.",
    "They're friends of mine.", "They're fish, not mammals.", "They're still considered distinct.",
    "I film them like they're genre films.", "The tailor made them to order.", "He was made to wait.",
    "She helped me to understand.", "Can I borrow your pen?", "I borrowed it from him.",
    "Your welcome to the team was warm.", "He walked past the door.", "In the past the city was small.",
    "I did it for you.", "This gift is for you, mom.", "It's for you alone.", "I have a surprise for you guys.",
    "We bought this for you today.", "She arrived to find the door open.", "She arrived to a standing ovation.",
    "The result depends of course on you.", "He was independent of them.", "He suggested her to the committee.",
    "I suggested it to him.",
])
def test_possessives_and_objects_used_right_are_left_alone(engine, text):
    rules = {"ITS_ITS", "THEIR_THEYRE", "MAKE_TO", "BORROW_LEND", "YOUR_YOURE", "PAST_PASSED", "YOU_YOUR",
             "WRONG_PREPOSITION", "SUGGEST_THAT"}
    assert not [s for s in engine.check(text).suggestions if s.rule_id in rules], engine.check(text).suggestions


@pytest.mark.parametrize("text", ["I ate the whole pizza.", "I learnt to take my time.", "We ate better than ever."])
def test_a_form_the_model_splits_into_pieces_is_left_alone(engine, text):
    # "ate" = at ##e scores far below "eat" in the small model (form.split_margin)
    assert not found(engine.check(text), category="grammar"), engine.check(text).suggestions


@pytest.mark.parametrize("text", ["Each bears the name of an astronaut.", "They are each members of the club.",
                                  "The domes are huge, each metres across.", "Both help, and each helps the other."])
def test_each_as_a_pronoun_is_left_alone(engine, text):
    assert not found(engine.check(text), category="grammar"), engine.check(text).suggestions


@pytest.mark.parametrize("text", ["The water supply comes from the river.", "The peace process stalled.",
                                  "As a teenager he joined the Palmach, the commando force of the Yishuv.",
                                  "Farmers markets also feature artists and craftspeople.",
                                  "The question mark (?), also known as an interrogation point, is a mark."])
def test_a_compound_noun_before_a_verb_or_in_a_list_is_left_alone(engine, text):
    assert not found(engine.check(text), category="grammar"), engine.check(text).suggestions


@pytest.mark.parametrize("text", ["The lesson was long.", "The symptom appeared after two days.",
                                  "This is a valuable lesson.", "It was an important lesson for all of us.",
                                  "The cells approach the average cell size of a mouse brain."])
def test_a_singular_noun_the_model_splits_or_its_article_settles_is_left_alone(engine, text):
    # "lesson" = less ##on scores far below "lessons"; and "a valuable ..." asks for one, whatever the model says
    assert not found(engine.check(text), category="grammar"), engine.check(text).suggestions


def test_a_singular_noun_still_gets_its_irregular_plural(engine):
    # the pieces rule covers regular plurals only ("less ##on" / "lessons"), not "tooth" / "teeth"
    assert [s.replacements[0] for s in at(engine.check("People do not know how to protect their tooth."),
                                           "tooth")] == ["teeth"]


@pytest.mark.parametrize("text", ["Were you going?", "Were it not for him, we would have lost.",
                                  "Had I known, I would have come.", "Did it work?"])
def test_sentences_opening_with_their_verb_are_left_alone(engine, text):
    # the small model reads inverted questions and conditions as slips of tense ("Were" -> "Are")
    assert not engine.check(text).suggestions, engine.check(text).suggestions


@pytest.mark.parametrize("text", ["Please find attached the updated schedule.", "See enclosed the signed form.",
                                  "We're looking forward to seeing you next week.",
                                  "She is committed to helping others."])
def test_formulas_of_letters_are_left_alone(engine, text):
    # the model wanted "find attached [to] the", and its edit head doubted the -ing after a preposition "to"
    assert not engine.check(text).suggestions, engine.check(text).suggestions


def test_a_count_is_not_to_and_a_clause_for_is_because(engine):
    assert not engine.check("The radius approximately equals two Hill's radii, which is large.").suggestions
    assert not engine.check("I agree with Dr. Prior for it seems quite probable that the shape of the flowers "
                            "suggests it.").suggestions
    assert [s.replacements[0] for s in engine.check("I want two go home.").suggestions] == ["to"]


def test_no_offensive_word_the_writer_did_not_mean(engine):
    # symspell's neighbours of "pshat" include "shit": the dictionary has it, a suggestion must not
    sugs = engine.check("They divide it into pshat, remez and sod.").suggestions
    assert sugs and all("shit" not in r for s in sugs for r in s.replacements), sugs
    # a word the writer all but wrote is still theirs to have spelt right
    assert "fucking" in engine.check("What a fuking mess.").suggestions[0].replacements


def test_uncountable_nouns_and_lets(engine):
    r = engine.check("The informations are useful. Lets go. So, lets see. He lets go of the rope.")
    assert [(s.original, s.replacements[0]) for s in r.suggestions] == [
        ("informations", "information"), ("Lets", "Let's"), ("lets", "let's")]
    # the rule speaks for the word, before a spelling fix that splits it ("home works") or finds another ("fans")
    r = engine.check("I have a lot of homeworks. We had a lot of funs. A garbage truck blocked the road.")
    assert [(s.original, s.replacements[0], s.rule_id) for s in r.suggestions] == [
        ("homeworks", "homework", "UNCOUNTABLE_NOUN"), ("funs", "fun", "UNCOUNTABLE_NOUN")]


def test_preposition_a_verb_does_not_take(engine):
    text = "We need to discuss about the problem, as she emphasized on it."
    r = engine.check(text)
    assert [s.original for s in found(r, "EXTRA_PREPOSITION")] == ["about", "on"]
    assert [s.original for s in found(engine.check("Despite of the rain, we went out."), "EXTRA_PREPOSITION")] == ["of"]
    assert apply(text, found(r, "EXTRA_PREPOSITION")) == "We need to discuss the problem, as she emphasized it."
    assert not found(engine.check("There was no mention about it in the discussion about taxes."), "EXTRA_PREPOSITION")


def test_words_always_capitalised(engine):
    r = engine.check("We met on monday in january to practise english.")
    assert [(s.original, s.replacements[0]) for s in found(r, "CAPITALIZATION")] == [
        ("monday", "Monday"), ("january", "January"), ("english", "English")]
    assert not found(engine.check("The flowers bloom in may and march on."), "CAPITALIZATION")


def test_capitalization(engine):
    r = engine.check("this is the first sentence. this one is the second.")
    caps = found(r, "CAPITALIZATION")
    assert [s.start for s in caps] == [0, 28]
    assert caps[0].replacements[0] == "This"
    assert [s.original for s in found(engine.check("I went home. i was tired."), "CAPITALIZATION")] == ["i"]
    # abbreviations: the segmenter splits after them, but a lower-case word there goes on with the sentence
    for text in ("Some churches disagreed, i.e. the Roman ones did.", "Levison et al. believe that it is so.",
                 "Penalties, remedies, etc. have been discussed.", "It holds for all x. n is the index here.",
                 "(B) (i) Upon a determination that the fee is due, pay it.",       # list numerals
                 "(ii) what the significance of such data is.",
                 "The Philosophical Works of David Hume. 4 vols. edited by T. H. Green.",
                 'The saliva of "Ae. aegypti" mosquitoes was used.', "Vol. xv. contains a full biography.",
                 "It was led by Gunnery Sgt. in the second season.", "It covers 1,628 km² (629 sq. mi) in all.",
                 '"Wafelijzerpolitiek" (lit. waffle iron politics).',
                 # a title or name with "!" or "?", a short exclamation, a command no one capitalises
                 "They sold clothing featuring Mars Attacks! on dresses and hats.",
                 "Many skinheads listened to Oi! music at the time.",
                 "Her book What Is Anthropology? discussed the fact that race is a construct.",
                 "What folly! what envy! neither to know the Whole.",
                 "It is a simple program. pgbench is run from the shell.",
                 "He reasons that, 1. if we knew it, it would be plain; 2. if we had it, we would act."):  # enumerators
        assert not found(engine.check(text), "CAPITALIZATION"), text
    for text, word in (("This is great! it works well.", "it"), ("Did you see Paris? it was lovely.", "it"),
                       ("We did it. then we went home.", "then"), ("where is my hat? I lost it.", "where"),
                       ("a friend of mine came over.", "a")):
        assert [s.original for s in found(engine.check(text), "CAPITALIZATION")] == [word], text


# ---------------------------------------------------------------- texts with many slips (the dense level)
LEARNER = ("Nowadays people uses there phones everywhere. Every moves of us are recorded by the companys. "
           "The informations is sold to advertisers and we can easily be track when we walk in the city.")


def test_a_text_with_many_slips_gets_the_dense_level(engine):
    # the same borderline slip is flagged where the writer makes many ("Nowadays people uses" -> "use") and left
    # alone in a sentence that shows no other slip: the base rate of errors decides a borderline case
    (_, found), = engine.collect([LEARNER], Options(), adaptive=False)
    assert engine.dense(LEARNER, found, Options())
    assert [s.replacements[0] for s in at(engine.check(LEARNER), "uses")] == ["use"]
    alone = "Nowadays people uses their phones everywhere."
    (_, found), = engine.collect([alone], Options(), adaptive=False)
    assert not engine.dense(alone, found, Options())
    assert not [s for s in at(engine.check(alone), "uses") if s.replacements]


def test_the_dense_level_reuses_the_default_levels_model_work(engine, monkeypatch):
    # a learner's text is analysed twice (default level, then dense level); the second analysis must not run the
    # encoder pass or the slots the first one scored again: the writers who slip most would wait twice as long
    tokens: list[int] = []
    run = engine.model.run
    monkeypatch.setattr(engine.model, "run", lambda ids, *rest: tokens.append(ids.size) or run(ids, *rest))

    def model_tokens(adaptive: bool) -> int:
        with engine._lock:
            engine._cache.clear()                     # no sentence answered from the result cache
        tokens.clear()
        engine.collect([LEARNER], Options(), adaptive=adaptive)
        return sum(tokens)

    default_only = model_tokens(adaptive=False)
    assert default_only > 0 and model_tokens(adaptive=True) < 1.3 * default_only


def test_clean_prose_is_not_dense_and_the_dense_level_is_never_stricter(engine):
    from assistant.bench import KNOBS

    with lzma.open(CORPUS_DEV, "rt", encoding="utf-8") as handle:
        paras = [line.strip() for line in handle if len(line.split()) >= 60][:40]
    assert sum(engine.dense(p, found, Options()) for p, (_, found) in
               zip(paras, engine.collect(paras, Options(), adaptive=False))) <= 1
    names = [name for knobs in KNOBS.values() for _, name, _ in knobs]
    assert any(engine.threshold(n, "dense") < engine.threshold(n) for n in names)   # the level exists
    assert all(engine.threshold(n, "dense") <= engine.threshold(n) for n in names)


def test_a_time_phrase_after_since_asks_for_no_simple_past(engine):
    # "since last year" asks for the present perfect, which no one-word fix gives: no "lived"
    assert not [s for s in engine.check("I live here since last year.").suggestions if "lived" in s.replacements]


def test_a_noun_number_fix_and_its_verb_fix_compete(engine):
    # "Our school have": "schools" or "has", never both ("Our schools has")
    r = engine.check("When I was child, I lived in small town. Every morning I walk to school with my best "
                     "friend. Our school have a big garden and we plant many flower there.")
    assert [s.replacements[0] for s in at(r, "have")] == ["has"] and not at(r, "school")
    r = engine.check("My friend say that he dont like shopping because it take too much times. After shopping we "
                     "was very tired and we goes home by bus. We buyed many vegetable and fruits.")
    assert [s.replacements[0] for s in at(r, "much")] == ["many"] and not at(r, "times")
    # either fix of "My brother usually play" is English; both together are not
    for text in ("My brother usually play football.", "My brother usually play football after school."):
        assert apply(text, engine.check(text).suggestions) in (
            text.replace("usually play", "usually plays"), text.replace("brother", "brothers")), text


# ---------------------------------------------------------------- silence on correct text
def test_clean_prose_page_gives_at_most_one(engine):
    with lzma.open(CORPUS_DEV, "rt", encoding="utf-8") as handle:
        paras = [line.strip() for line in handle if len(line.split()) >= 60][40:]
    page, words = [], 0
    for p in paras:
        page.append(p)
        words += len(p.split())
        if words >= 350:
            break
    r = engine.check("\n\n".join(page))
    assert len(r.suggestions) <= 1, [(s.original, s.rule_id, s.replacements) for s in r.suggestions]


def test_names_accents_numbers_and_machine_text_not_flagged(engine):
    text = ("Yesterday Zorblax met Ms Kwiatkowska at the café in Zürich; it was a naïve plan. "
            "Mail jdoe@exmaple.org, see https://exmaple.org/docz or ./src/confg.yaml and #blessd on 12/03/2024.")
    assert engine.check(text).suggestions == []


def test_a_particle_inside_a_name_is_not_suspect(engine):
    assert not engine.check("Her grave remained in St. Maria ad Gradus until 1816.").suggestions


def test_markdown_code_never_touched(engine):
    text = ("# Notes\n\nThis is fine.\n\n```python\nteh_value = recieve(mesage)  # teh the the\n```\n\n"
            "Run `recieve --teh` now.\n\n    indented teh codde here\n\nDone here.\n")
    r = engine.check(text, Options(markup="markdown"))
    code = [(text.index("```"), text.rindex("```") + 3), (text.index("`recieve"), text.index("now.")),
            (text.index("    indented"), text.index("Done"))]
    for s in r.suggestions:
        assert not any(a <= s.start < b or a < s.end <= b for a, b in code), s


def test_skip_spans_from_caller(engine):
    text = "I recieved it."
    s = text.index("recieved")
    assert engine.check(text, skip=[(s, s + 8)]).suggestions == []


# ---------------------------------------------------------------- offsets and odd text
def test_offsets_exact_with_emoji_combining_and_crlf(engine):
    text = "Hi 👋🏽 there, cafe\u0301 lovers.\r\nI recieved 😀 your mesage.\r\n"
    r = engine.check(text)
    assert r.suggestions
    for s in r.suggestions:
        assert text[s.start:s.end] == s.original
    sug = at(r, "recieved")[0]
    units = utf16_offsets(text)
    assert text.encode("utf-16-le")[2 * units[sug.start]: 2 * units[sug.end]].decode("utf-16-le") == "recieved"
    fixed = apply(text, r.suggestions)
    assert "received" in fixed and "👋🏽" in fixed and fixed.endswith("\r\n")


def test_invisible_characters_inside_words(engine):
    # a soft hyphen or zero-width space inside a word is one word to every check, never "com" + a misspelt
    # "plaints"; the INVISIBLE_CHARACTER rule offers the word without it
    text = "Complaints are resolved com\u00adplaints informally. The proce\u200bdure is avail\u00adable."
    r = engine.check(text)
    assert {s.rule_id for s in r.suggestions} == {"INVISIBLE_CHARACTER"} and len(r.suggestions) == 3
    assert "zero-width space" in r.suggestions[1].message
    assert apply(text, r.suggestions) == "Complaints are resolved complaints informally. The procedure is available."
    text = "The reci\u00adeved letter was lost."
    sug = found(engine.check(text), "SPELLING")
    assert sug and sug[0].original == "reci\u00adeved" and sug[0].replacements[0] == "received"
    assert apply(text, sug[:1]) == "The received letter was lost."
    # joiners that other scripts and emoji sequences need are not "invisible characters" to remove
    assert not found(engine.check("I said \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 at my 👩\u200d💻 desk."),
                     "INVISIBLE_CHARACTER")


def test_empty_and_whitespace(engine):
    for text in ("", " ", "\n\r\n\t  "):
        r = engine.check(text)
        assert r.suggestions == [] and r.text == text


def test_every_prefix_of_a_sentence_being_typed(engine):
    # what the editor sends while someone types: the text may end anywhere, even right after "a very"
    sentences = ["On the other hand it was a very long day.", "He gave me an extremely useful advice.",
                 "In addition to this, the the results were good.", "It was raining since this morning.",
                 "I am agree with you because she don't like it.", "My father he is a doctor."]
    prefixes = [" ".join(s.split()[:k]) for s in sentences for k in range(1, len(s.split()) + 1)]
    results = engine.check_many(prefixes)
    assert [r.text for r in results] == prefixes
    assert found(results[prefixes.index("He gave me an extremely useful advice.")], "UNCOUNTABLE_NOUN")


def test_one_megabyte_text(engine):
    para = "The committee recieved the report on Tuesday and discussed it at length. "
    text = (para * (1_000_000 // len(para) + 1))[:1_000_000]
    r = engine.check(text)
    assert len(r.text) == 1_000_000
    hits = at(r, "recieved")
    assert len(hits) >= 1_000_000 // len(para) - 1
    assert all(text[s.start:s.end] == "recieved" for s in hits)


# ---------------------------------------------------------------- options
def test_options_dictionary_categories_ignored_and_rules(engine):
    text = "I recieved the the letter."
    base = engine.check(text)
    assert {s.rule_id for s in base.suggestions} >= {"SPELLING", "DUPLICATE_WORD"}
    assert not at(engine.check(text, Options(dictionary=frozenset({"recieved"}))), "recieved")
    r = engine.check(text, Options(disabled_categories=frozenset({"spelling"})))
    assert not found(r, category="spelling") and found(r, "DUPLICATE_WORD")
    r = engine.check(text, Options(enabled_rules=frozenset({"SPELLING"}), enabled_only=True))
    assert {s.rule_id for s in r.suggestions} == {"SPELLING"}
    r = engine.check(text, Options(disabled_rules=frozenset({"DUPLICATE_WORD"})))
    assert not found(r, "DUPLICATE_WORD")
    ignored = base.suggestions[0].id
    assert ignored not in {s.id for s in engine.check(text, Options(ignored=frozenset({ignored}))).suggestions}


def test_stable_ids_and_confidence(engine):
    a = engine.check("Well, I recieved it yesterday.")
    b = engine.check("Something else first. Well, I recieved it yesterday.")
    assert at(a, "recieved")[0].id == at(b, "recieved")[0].id
    assert all(0.0 <= s.confidence <= 1.0 and len(s.replacements) <= 5 for s in a.suggestions + b.suggestions)


def test_british_spelling_in_en_gb(engine):
    text = "The colour of the organisation's logo is grey."
    assert not found(engine.check(text, Options(language="en-GB")), category="spelling")


@pytest.mark.parametrize("options", [Options(), Options(language="en", picky=True)])
def test_a_text_gets_the_same_suggestions_alone_and_in_a_batch(engine, options):
    """Each sentence is scored on its own: the INT8 model's activations have fixed ranges (training/export.py),
    not the range of whatever else one call holds, so a paragraph checked alone or with other texts agrees.
    Nothing is cached between the two checks (`set_thresholds` starts a new cache generation)."""
    texts = ["I recieved it.", "", "He ate an banana.",
             "Technology have changed our lives. Education are important for everyone. My friend say that the "
             "movie is good. Many people uses the internet every day. Yesterday I go to the park.",
             "She is married with a doctor. I am good in math. When I will arrive, I will call you. My family "
             "travel a lot. She don't like coffee. He have a big house. There is many people in the room.",
             "Their going to the beach tomorrow, and its going to be hot. I have discuss this with him and he "
             "hasn't finish his work yet, so we will meet in monday."]
    engine.set_thresholds({})
    together = engine.check_many(texts, options)
    for text, batched in zip(texts, together):
        engine.set_thresholds({})
        alone = engine.check(text, options)
        assert [(s.start, s.end, s.rule_id, s.replacements) for s in alone.suggestions] == \
               [(s.start, s.end, s.rule_id, s.replacements) for s in batched.suggestions]
        assert all(abs(a.confidence - b.confidence) < 1e-3 for a, b in zip(alone.suggestions, batched.suggestions))


def test_recheck_after_edit_reuses_sentences(engine):
    text = " ".join(f"Sentence number {i} talks about the weather in town." for i in range(30))
    engine.check(text)
    edited = text.replace("number 7 talks", "number 7 tallks")
    r = engine.check(edited)
    assert at(r, "tallks")


# ---------------------------------------------------------------- reword
def test_reword_gives_ranked_alternatives(engine):
    text = "The results were very important for the whole team."
    s = text.index("important")
    alts = engine.reword(text, s, s + len("important"))
    assert 1 <= len(alts) <= 10
    words = [a.text for a in alts]
    assert "important" not in words and all(w.strip() for w in words)
    assert all(alts[i].score >= alts[i + 1].score for i in range(len(alts) - 1))
    assert engine.reword(text, 3, 3) == []


@pytest.mark.parametrize("text, span, expected", [
    ("We utilize these tools every day.", "utilize", {"use", "employ", "apply"}),
    ("The films were shown late at night.", "films", {"movies", "pictures"}),
    ("They live in a very big house.", "very big", {"large", "huge", "great", "enormous"}),
    ("The examination lasted three hours.", "examination", {"exam", "test"}),
])
def test_reword_keeps_the_meaning_and_the_form(engine, text, span, expected):
    s = text.index(span)
    top = [a.text for a in engine.reword(text, s, s + len(span))[:3]]
    assert expected & set(top), top


def test_reword_keeps_the_number_of_a_mass_noun(engine):
    # lemminflect also lists "examination" as a plural; the singular reading comes first
    text = "The examination lasted three hours."
    s = text.index("examination")
    alternatives = {a.text for a in engine.reword(text, s, s + len("examination"))}
    assert "exam" in alternatives and not alternatives & {"exams", "tests", "investigations", "studies"}


# ---------------------------------------------------------------- variants, punctuation, picky style
def test_english_variant_spellings(engine):
    text = "The colour of the centre was grey, and we travelled to organize a cheque."
    us = {s.original: s.replacements[0] for s in found(engine.check(text, Options(language="en-US")), "VARIANT_SPELLING")}
    assert us == {"colour": "color", "centre": "center", "grey": "gray", "travelled": "traveled"}
    text = "The color of the center was gray, and we traveled to organize a check."
    gb = {s.original: s.replacements[0] for s in found(engine.check(text, Options(language="en-GB")), "VARIANT_SPELLING")}
    assert gb == {"color": "colour", "center": "centre", "gray": "grey", "traveled": "travelled"}  # -ize is Oxford
    picky = found(engine.check(text, Options(language="en-GB", picky=True)), "VARIANT_SPELLING")
    assert "organize" in {s.original for s in picky}
    assert not found(engine.check(text, Options(language="en")), "VARIANT_SPELLING")
    assert not found(engine.check(text, Options(language="en-GB", dictionary=frozenset({"color", "center", "gray",
                                                                                           "traveled"}))),
                     "VARIANT_SPELLING")
    # American writers use these too; the corpus says the table's "American" forms are rare
    text = "The gases in the gauge and the analyses of the archaeology of the theatre."
    us = {s.original for s in found(engine.check(text, Options(language="en-US")), "VARIANT_SPELLING")}
    assert us == {"theatre"}


@pytest.mark.parametrize("text, rule, original, fix", [
    ("We went home early , and then it rained.", "PUNCT_SPACE_BEFORE", " ,", ","),
    ("They ca n't eat it, can they?", "PUNCT_SPACE_BEFORE", " n't", "n't"),     # a tokeniser's split, not a misspelling
    ("We went home early,and then it rained.", "PUNCT_SPACE_AFTER", ",", ", "),
    ("We went home early.Then it rained all day.", "PUNCT_SPACE_AFTER", ".", ". "),
    ("This is the end.the next part starts here.", "PUNCT_SPACE_AFTER", ".", ". "),
    ("We went home early,, and then it rained.", "PUNCT_DOUBLED", ",,", ","),
    ("However we went home early that day.", "COMMA_AFTER_OPENER", "However", "However,"),
    ("For example the cat sat on the mat.", "COMMA_AFTER_OPENER", "example", "example,"),
])
def test_punctuation_rules(engine, text, rule, original, fix):
    hits = found(engine.check(text), rule)
    assert [(s.original, s.replacements[0], s.category) for s in hits] == [(original, fix, "punctuation")]


def test_punctuation_fixes_apply_to_clean_text(engine):
    text = "However we went home early , and then it rained,,and we stayed.It was fun."
    fixed = apply(text, engine.check(text).suggestions)
    assert fixed == "However, we went home early, and then it rained, and we stayed. It was fun."


@pytest.mark.parametrize("text", [
    "However hard we try, it fails.", "In addition to this, we left.", "As a result of the storm, we left.", "Use std::vector, e.g. in file.txt at 3.14 a.m.",
    "Wait... what happened?", "We stayed. It was fun.", "The 's' sound is soft.", "Rock 'n' roll lives.",
    "Open config.yaml and edit it.", "I use Node.js for it.",
])
def test_punctuation_rules_stay_quiet(engine, text):
    assert not found(engine.check(text), category="punctuation"), engine.check(text).suggestions


LONG = ("The committee, which had been meeting every week since the beginning of the year in the small room at "
        "the back of the town hall, finally decided that the proposal to build a new library next to the old school "
        "should be put to a public vote in the spring.")


def test_long_sentence_hint_in_picky_mode_or_by_rule_id(engine):
    text = LONG + " It was a short one."
    assert not found(engine.check(text), "LONG_SENTENCE")             # a style hint: never by default
    for options in (Options(picky=True), Options(enabled_rules=frozenset({"LONG_SENTENCE"}))):
        hits = found(engine.check(text, options), "LONG_SENTENCE")
        assert [(s.start, s.category, s.replacements) for s in hits] == [(0, "style", ())]
        assert text[hits[0].start:hits[0].end].endswith("in the spring") and "50 words" in hits[0].message
    short = " ".join(LONG.split()[:40]) + "."                         # 40 words: at the limit, not over it
    assert not found(engine.check(short, Options(picky=True)), "LONG_SENTENCE")
    code = "Run `" + " ".join(["x"] * 30) + "` and then " + " ".join(LONG.split()[:20]) + "."
    assert not found(engine.check(code, Options(picky=True)), "LONG_SENTENCE")   # words in code do not count


def test_picky_rewording_of_weak_intensifiers(engine):
    text = "The room was very small."
    assert not found(engine.check(text), "WEAK_WORDING")            # never outside picky mode
    calibrated = engine.threshold("style.reword_share")
    engine.set_thresholds({"style.reword_share": 0.1})              # what a lower calibration would let through
    try:
        hits = found(engine.check(text, Options(picky=True)), "WEAK_WORDING")
    finally:
        engine.set_thresholds({"style.reword_share": calibrated})
    assert [s.original for s in hits] == ["very small"] and "tiny" in hits[0].replacements
    assert hits[0].category == "style"


@pytest.mark.parametrize("lengths", [[20, 35, 39, 84, 5, 5, 30], [128], [7] * 40, [100, 90, 80, 3], []])
def test_sentences_are_packed_into_few_padded_tokens(lengths):
    rows, width = engine_mod.pack_rows(lengths, 128)
    assert sorted(i for row in rows for i in row) == list(range(len(lengths)))
    assert all(sum(lengths[i] for i in row) <= width <= 128 for row in rows)
    if lengths:
        assert width >= max(lengths)
        assert len(rows) * width <= len(lengths) * max(lengths)       # never worse than a row each
        assert len(rows) * width <= 1.25 * sum(lengths) + max(lengths)


def test_a_site_sees_the_words_around_it_not_the_whole_sentence(engine):
    """Pass 2 scores a site within SITE_WINDOW tokens of context: on the dev sets that scores as well as the
    whole sentence, and a long sentence's copies cost a fraction."""
    words = [f"word{i}" for i in range(120)]
    sent = engine.prepare(" ".join(words[:40]) + " middle " + " ".join(words[40:80]) + ".", [])
    middle = next(i for i, (s, e) in enumerate(sent.pieces) if sent.text[s:e] == "middle")
    seq, pos = engine._site_context(sent, middle, middle + 1, 1)
    assert engine_mod.SITE_WINDOW - 4 <= len(seq) <= engine_mod.SITE_WINDOW and seq[pos[0]] == engine.mask_id
    left, right = pos[0] - 1, len(seq) - 2 - pos[0]
    assert abs(left - right) <= 3                          # the window is centred on the site
    assert seq[pos[0] - 1] == sent.ids[middle - 1][-1] and seq[pos[0] + 1] == sent.ids[middle + 1][0]


@pytest.mark.parametrize("text", ["We respect your right to privacy.", "Raise your right hand.",
                                  "I think your right is to remain silent.", "They took your land and your right."])
def test_your_as_a_possessive_is_left_alone(engine, text):
    result = engine.check(text)
    assert not found(result, rule="YOUR_YOURE") and "you're" not in apply(text, result.suggestions).lower()



def test_a_word_lemminflect_cannot_lemmatise_breaks_no_rule(engine):
    """lemminflect lemmatises "cpg" (a DNA site) as "", and its inflection rules then raise IndexError."""
    from assistant.checks.forms import inflect_verb

    assert inflect_verb("cpg", "VB") is None
    assert engine.check("They want to cpg it, and it was cpg. The cpg sites were cpg methylated.") is not None


@pytest.mark.parametrize("text, span, replacement, edit", [
    ("Where you are going?", (0, 19), "Where are you going", (6, 13, "are you")),
    ("I saw the the cat.", (6, 13), "the", (10, 13, "")),
    ("It is becomes clear.", (3, 13), "becomes", (3, 5, "")),
    ("He said me that.", (3, 10), "told me", (3, 7, "told")),
    ("However I agree.", (0, 7), "However,", (0, 7, "However,")),        # whitespace words, as the dev sets' edits
    ("Sit here .", (8, 10), ".", (8, 10, ".")),                          # only the spacing changes: kept whole
])
def test_a_suggestion_reduces_to_the_words_it_changes(text, span, replacement, edit):
    """`cloze bench quality` scores this edit: score.py matches whitespace words exactly."""
    assert minimal_edit(text, *span, replacement) == edit
    s, e, r = edit
    whole, part = (Suggestion(a, b, "grammar", "TEST", "", (rep,), 0.9) for a, b, rep in ((*span, replacement), edit))
    assert apply(text, [whole]) == apply(text, [part])


def test_no_check_module_assigns_a_constant_twice():
    # the rule modules hold many word sets; a second "NAME = ..." silently replaces the first for every rule
    import ast
    from collections import Counter

    import assistant.checks as checks

    for path in Path(checks.__file__).parent.rglob("*.py"):
        names = Counter(target.id for node in ast.parse(path.read_text()).body if isinstance(node, ast.Assign)
                        for target in node.targets if isinstance(target, ast.Name))
        assert not [n for n, c in names.items() if c > 1], path


def test_a_lower_case_name_the_head_objects_to_gets_its_capital(engine):
    # the edit head flags "paris"; a bare suspect flag would leave the writer guessing, the corpus knows the name
    sugs = found(engine.check("We went to paris last summer."), "CAPITALIZATION")
    assert [(s.original, s.replacements[0]) for s in sugs] == [("paris", "Paris")]


def test_a_time_adverb_keeps_its_number_next_to_a_slip(engine):
    # the slip "several book" makes "year" look plural to the model; "last year" is an adverb of time
    r = engine.check("She read several book last year.")
    assert [(s.original, s.replacements[0]) for s in r.suggestions] == [("book", "books")]


@pytest.mark.parametrize("text", [
    'The house was quite large, and the garden was quite quiet.',
    "I'm not quite sure what you mean.",
    'The committee, which met on Monday, approved the plan.',
    'She is the teacher who helped me most.',
    'The book that changed my life was a gift.',
    'Many indigenous peoples have their own languages.',
    'The best way to learn is to practise every day.',
    "He was a best man at his brother's wedding.",
    'The rich and the poor live side by side here.',
    'I very much enjoyed the concert.',
    'They played the football match in the rain.',
    'He plays the violin and the piano.',
    'We worked until Friday and then took a break.',
    'I will not leave until you come back.',
    'We met last Monday and will meet again next week.',
    'She has lived here since 2015.',
    'I have lived here for ten years.',
    'I look forward to seeing you soon.',
    'Whose coat is this?',
    "The meeting starts at five o'clock.",
    "The dog's bowl is empty.",
    "Two of the children's bikes were stolen.",
    'He gave a deep breath and began to speak.',
    'Please advise me on what to do.',
    'The students who live on campus pay less.',
    'There is a lot of work to do.',
    'There are lots of reasons to stay.',
    'If I knew the answer, I would tell you.',
    'If you would like to come, let me know.',
    'I wish I had more time.',
    'I wish you would stop talking.',
    'Many people think that money brings happiness.',
    'How much money do you have?',
    'The soldiers marched across the desert.',
    'The train remained stationary for an hour.',
    'The wine is a perfect complement to the cheese.',
    'The principle of free speech is important.',
    'Prices peak in the summer.',
    'Regardless of the weather, we will go.',
    "I couldn't care less about it.",
])
def test_correct_english_near_the_learner_rules_gets_no_suggestion(engine, text):
    # each line uses a word one of the learner-slip rules keys on ("quite", "which", "peoples", "until", "whose"...)
    assert not engine.check(text).suggestions, engine.check(text).suggestions


def test_style_hints_for_cannot_and_very_unique_only_in_picky_mode(engine):
    text = "I can not believe it is a very unique idea. You can not only read but also write."
    assert not found(engine.check(text), category="style")
    hints = found(engine.check(text, Options(picky=True)), category="style")
    assert [(s.original, s.replacements[0]) for s in hints] == [("can not", "cannot"), ("very ", "")]


@pytest.mark.parametrize("text", [
    'Scientists call the moose "Alces alces", and it is the largest deer.',          # a species named twice
    'The chicken ("Gallus gallus domesticus") is a domesticated junglefowl.',
    "They were beaten 4-1 by Germany, their heaviest defeat in a World Cup.",        # an article before a name
    "Most pressed support for the Irish Republican cause of a United Ireland.",
    "The original Pilsner Urquell beer is still produced there today.",              # "there" as a place
    "A study found that the majority of sex workers there are young.",
    "Society as a whole tended to be politically divided, there being virtually no unity among the tribes.",
    "The Protectorate Treaty having been promulgated without the Emperor's seal, it was void.",
    "This difference is accounted for by differences in bonding.",                   # an -ing noun, no plural
    "He developed a love of cartooning.",
    "The correct structures were essential for the positioning of the hydrogen bonds.",
    "How can you determine whether you have just woken from dreaming?",              # a participle after "have"
    "It may also stand for the soul of the departed, as when a soul dies.",          # a participle as a noun
    "In 1933, United began operating the Boeing 247.",                              # no name part inserted
    "Parting varies from crystal to crystal of a mineral.",                         # "X to X" goes bare
    "The Encyclopedia Judaica notes that Noah's drunkenness was not a sin.",       # nothing inside a name
    'It was copied from the lost portrait of "The Minister Johannes Bogardus". Early works by Hals followed.',
    "Dalglish returned to management in October 1991, at Second Division Blackburn Rovers.",
    "City after city fell to the Communists within weeks.",
    "If the object implements the os.PathLike interface, it works.",                 # code, a range, a currency
    "Bytes are decoded in the range U+DC80..U+DCFF today.",
    "It was the outcome of a A$600 million development program.",
    "These ranged from small units to large armies.",                              # a past after its subject
    "It allowed for greatly enhanced weed control in wheat.",                        # a noun, not "wee" + "d"
    "In French orthography y is identical to i in pronunciation.",                  # the letter i
    "Names of females ending in i are common.",
    "Philips do Brasil was founded in 1924.",                                       # a particle inside a name
    "The Chamber of deputies is elected by direct vote.",                          # a plural in more pieces
    "The sum of the entropies of the constituent systems is larger.",
    "The best known of these is the Sydney to Hobart Yacht Race.",                 # one of many agrees with one
    "In some areas, moose are the primary source of food for wolves.",             # one form for both numbers
    "Networks share data, whether it be in a small office building or across a campus.",   # subjunctive "be"
    "He proposed to the manager that an exhibition be held there.",
    "Stars are furnaces in which H and He are fused into heavier nuclei.",          # two subjects
    "Both Being and Nothing are united as Becoming.",
    "According to Frank G. Carpenter, the English are credited with first taming ostriches.",   # a people
    "Spent nuclear fuel has been stored in the waters off the Kola Peninsula.",     # "off" before a place
    "It was a large house on a fenced lot off the main drag.",
    "In the original description, the Diffie–Hellman exchange by itself does not provide authentication of the "
    "communicating parties.",
    "The Communists, who by now numbered in the tens of thousands, fled.",          # "by" in a set phrase
    "On March 19, 2000, Jordan returned to the NBA not as a player, but as part owner and President.",
    "They tossed curlers, girdles, and bras into a freedom trash can.",            # a modal before punctuation
    "Both strategies are Nash equilibria of the game.",                              # a Latin or Greek plural
    "Nationally, mean daily minima generally vary between sites.",
    "The 1976 Tangshan earthquake, which killed between 240,000 to 655,000 people, was the deadliest.",  # a past
    "He feared that his horse might have panicked if the creature charged, spoiling his shot.",        # is finite
    "The antennae are important for detecting host odors, as well as odors of breeding sites.",
    "It is a good idea to agree on a price in advance, and be clear about which currency the price is quoted in.",
    "It lay 17 km east-northeast of the mouth of the Nestos River.",                 # the past of "lie"
    "The distortion provided by the sp2 system compared to an sp3 system allows for great stabilization.",
    "There are a number of opera houses, including the Theater an der Wien, the Staatsoper and the Volksoper.",
    "In 1877 the inability of rifled field guns to inflict damage was clear.",      # a past agrees with any
    "President Chen Shui-bian telephoned Prime Minister Sikua, offering his congratulations.",   # subject
    "Gao also lauds Mao for carrying out massive land reform.",                    # an -s in its own word piece
    "Some examples of sources (with published dates where known) that documented this approach are listed.",
    "The song will debut on Twitch.tv on April 13 and be released on April 14.",    # a second bare verb
    "He would have preferred that the conflict be over the legislative efforts.",  # subjunctive "be"
    "It does not require that the relation between their numerical scale readings be linear.",
    "Policymaking stresses that there be good evidence.",
    "The Sanskrit language, whatever be its antiquity, is of a wonderful structure.",
    "In January 49 BC, Caesar crossed the Rubicon.",                                # a year, no day
    "It was a ribbed dome with pendentives, whose diameter lay between 32.7 and 33.5 m.",   # an irregular past
    "He turned out to be a detective. Might he not just as well take off his head and turn out to be a woman?",
    "The crews had little respite and none of the publicity accorded to Fighter Command.",  # a reduced relative
    "On Caesar's return to Italy in September 45 BC, he filed his will.",
    "The team with the best record received a bye into the League Championship Series.",
    "Adjacent to the hotel the granite is coarse-grained with large phenocrysts.",
    "The groats get sized into three groups (coarse, regular, fine), and then stored.",
    "The company also lauds the decision.",
    "The Order One rite follows the pattern of more modern liturgical scholarship.",   # the writer's noun
    "The initiation rite was performed at night.",                                  # the verb agrees with one
    "The album was due for release in the spring of 2009.",                         # set phrases
    "Historians describe the treaty as the beginning of the end for the empire.",
    "In eukaryotes, the DNA packaged within the nucleus is wound around histones.",  # a reduced relative
    "He and I are in accord.",                                                       # two subjects
    "The imaginary unit is often written i in mathematics or j in engineering.",     # the letter i
    'He published "Fantastyka i futurologia" in 1970.',
    "The chips were later renamed the Freescale i.MX series.",
    'If the voltage to be sensed, "E"i, is applied to the input, the result is a detector.',
    "The record was to endure for forty five years.",                                # a number in words
    'In 2007 Helm released a new album, an homage to his southern roots called "Dirt Farmer", which won a Grammy.',
    'It was accompanied by an electronic "dit dit dit dit" sound effect.',          # repeated on purpose
    "Agassi recaptured the world no. 1 ranking in 2003.",                           # "no." before its number
    "It has been backported to Python 2.6. math.trunc rounds toward zero.",        # code, not a sentence start
    "As a result, individual chimpanzees often forage for food alone, or in smaller groups (as opposed to the much "
    'larger "parent" group).',                                                      # no "are" before a verb
    "Before that, speculators typically only needed to put up as little as 10 percent.",
    "The houses vary in size. The smallest are around 1.8 m in diameter.",         # a superlative for its noun
    "It was produced by injecting DNA into mouse embryos.",                         # a noun modifying a noun
    "He was born in Halle an der Saale to Joachim III Frederick, Elector of Brandenburg.",  # a foreign article
    "Note that the actual image (be it 4:3 or 16:9) is always contained in the center 704 horizontal pixels.",
    "Reforming capitalism is a pointless task, since be it State capitalism or Enterprise capitalism, nothing "
    "changes.",                                                                     # "be it" opening a clause
    "Cao Cao forced the Yellow Turbans to surrender in 192.",                       # a name, not a repeat
    "He was the great great grandson of the Prophet.",
    "The main meeting was now called the \"kyria ekklesia\", and others were held later.",  # another language
    'Let us hold fast that which everywhere ("quod ubique, semper et ab omnibus creditum est") has been believed.',
    "The function lchmod(path, mode) changes the mode of a symlink.",               # code
    'Doing this, the machine will something something something." They are focusing on machines.',
    "Some questioned the expense; dressing in Greek clothing was old fashioned.",   # an open compound
    "It is heavy, hard, and fine grained but not durable.",
    "Had this been an actual lunar mission, the astronauts might have found the panels useful.",   # inverted
    "If someone were to do something in the past that would cause their nonexistence, it would be a paradox.",
    "It was a form of conservatism (former might is right), positivism (might is right) or futurism (coming "
    "might is right).",                                                             # the noun "might"
    "In recipes, an abbreviation like tbsp. is usually used, to differentiate it from the smaller teaspoon.",
    "It contains sugars such as glucose (ie. cellulose or glycogen) and galactose.",
    "The upper bound is n! but before calculators, computing n! for a large n took time.",   # a factorial
    "Fleischmann demanded the Salamon paper be retracted.",                          # a mandative "be"
    "The collection was released November 6, 2007.",                               # a bare date
    "The Red Hot Chili Peppers played at Woodstock 1999, which became infamous for violence.",
    "While Tchaikovsky was not in as urgent a need of her money as he had been, her friendship and encouragement "
    "remained.",                                                                    # "as urgent a need"
    "If a beam is taken away a new one must at once be put there, and for this the rest of the ship is used.",
    "If only two of those mutants are viable, the rest being lethal mutations, then that sequence is poorly "
    "connected.",                                                                   # an absolute "being"
    '"Dragon Oath", an MMORPG inspired by Jin Yong\'s novels, was released.',    # letters read aloud
    "It is defined as an Euler product, with one factor for every prime.",         # "Oiler"
    "If it's an mboxMessage instance and this is set, the flag is copied.",        # an identifier
    'In his "Unterricht der Visitatorn an die Pfarherrn im Kurfürstentum" he wrote.',   # German
    "It was commissioned in 1906 by businessman Pere Milà i Camps and his wife.",  # Catalan "and"
    "Parsons highlighted two things in this regard. a) It is almost logically impossible.",   # an enumerator
    "At 1-1/8 oz. per shotshell, a 25 lb. bag of lead shot can only reload 350 shells.",     # units
    "The line runs to Meadowview RD. in south Sacramento and north to the city.",
    "The operators AND and OR are commutative, that is, the order does not matter.",   # no repeat
    "The mbira nyunga nyunga is similar in construction to the others.",           # another language's double
    "The European wildcat (F. silvestris silvestris) lives in forests.",            # a subspecies
    "Egypt fell into the hands of Marwan I, who was also an Umayyad.",             # a name's own "u"
    "While automakers tout an SUV's off-road prowess, most never leave the road.",  # letters with a possessive
    "It establishes an order that is given by a this-worldly awareness of the world.",   # a compound
    "It was held at Madison Ave. and 81st St. A long-time friend was there.",      # an ordinal
    "In the case of log log x, this mean of two numbers is used.",                  # a function applied twice
    'where "P" is pressure, "W" is the specific work and "T" is temperature.',     # after a formula
    "where Γ(s) is the gamma function, defined for all s.",
])
def test_reference_prose_the_head_or_model_doubts_is_left_alone(engine, text):
    # each was flagged before (6,000 corpus paragraphs of shard 0); the checks now read the construction
    assert not engine.check(text).suggestions, engine.check(text).suggestions


@pytest.mark.parametrize("text, word", [
    ("Several record companies had by now shown interest in signing him.", "by"),
    ("In 1862 King Wilhelm I appointed Bismarck as Minister President of Prussia.", "President"),
    ("Since 1936, 12 major can design changes have occurred.", "can"),
    ("Anheuser-Busch has introduced many can designs with co-branding.", "can"),
    ("The seasonal caps on Mars are composed not of ordinary snow but of frozen CO2.", "not"),
])
def test_words_the_sentence_needs_are_not_deleted(engine, text, word):
    # the delete head proposed dropping each (corpus slices); "not" turns the meaning round, a capital belongs to
    # a name, "can" after a determiner or number is a noun. A flag without a fix may remain, a deletion may not
    assert not [s for s in at(engine.check(text), word) if s.replacements == ("",)], engine.check(text).suggestions


@pytest.mark.parametrize("text, word", [("It is was a good idea.", "was"),
                                        ("The results were were very good.", "were")])
def test_an_extra_verb_is_still_deleted(engine, text, word):
    assert "" in [s.replacements[0] for s in at(engine.check(text), word) if s.replacements], \
        engine.check(text).suggestions


@pytest.mark.parametrize("text, word", [
    ("It is in the left upper part of the abdominal cavity.", "upper"),
    ("Since then, 191 states parties have ratified the Convention.", "parties"),
    ("In the Pacific coast region, the machete has a long history.", "region"),
    ("Yalpo could issue royal decrees and exercise veto power over resolutions passed by the council.", "veto"),
])
def test_a_content_word_in_proofread_prose_is_neither_deleted_nor_flagged(engine, text, word):
    # the delete head dropped each at 0.95-0.99 (corpus slices); where it drops a content word only a learner's
    # text with many slips shows the deletion, and the flag without a fix that stood in for it goes with it
    assert not at(engine.check(text), word), engine.check(text).suggestions


@pytest.mark.parametrize("text, word", [
    ("If you want to sell a product you give create a beautiful image around it.", "create"),
    ("By this you can learn gain the knowledge.", "gain"),
])
def test_a_content_word_a_learner_added_is_still_deleted(engine, text, word):
    assert [s.replacements for s in at(engine.check(DENSE_OPENING + text), word)] == [("",)]


@pytest.mark.parametrize("text, word, fix", [
    ("They said there going to the park.", "there", "they're"),
    ("She has ate the cake.", "ate", "eaten"),
    ("He has showed me the way.", "showed", "shown"),
    ("They feel that their phone running out of batteries.", "running", "runs"),
    ("It rained..and we left.", "..", ". "),
    ("It may end up together with i might get closed down.", "i", "I"),
    ("I think these is wrong.", "these", "this"),
    ("It was one off the best days of my life.", "off", None),                     # a flag without a fix
    ("This is a strange phenomena.", "a strange phenomena", "a strange phenomenon"),
    ("The union officially registered on 10 November 1980.", "", "was"),            # no past verb next
    ("My friends also lauds the decision.", "lauds", "laud"),
    ("Of coarse, I will come to the party.", "coarse", "course"),
    ("It is an hexagonal pattern.", "an", "a"),
    ("She be happy every day.", "be", "was"),
    ("It flooded in June 9, 2014.", "in", "on"),
    ("After that, the number of visitors began to declined.", "declined", "decline"),   # a base form after "to"
    ("He did not wanted it.", "wanted", "want"),
    ("We want to solve and eliminated the harm that it does.", "eliminated", "eliminate"),
    ("The book are on the table.", "are", "is"),
    ("I will do it rite now.", "rite", "right"),
    ("You are rite about the weather.", "rite", "right"),
    ("My sister and i went to the market.", "i", "I"),
    ("lol i dunno what to say about it.", "i", "I"),
    ("I are a student.", "are", "am"),
    ("She am a teacher.", "am", "is"),
    ("I brush my tooth every morning.", "tooth", "teeth"),
    ("They playing football in the park now.", "", "are"),
    ("The largest city are very crowded.", "are", "is"),
    ("It was the the best day of my life.", "the", ""),
    ('He said "I beleive taht it is true" and left.', "taht", "that"),
    ("The sponsorship by British Council clearly contradicts the policy.", "", "the"),   # a name taking "the"
    ("Everyone were happy at the party.", "were", "was"),
    ("I like it! it is great.", "it", "It"),
    ("The scraping will causes heat.", "causes", "cause"),
    ("I want be a doctor.", "", "to"),
])
def test_the_same_words_where_they_are_slips_are_still_fixed(engine, text, word, fix):
    assert fix in [s.replacements[0] if s.replacements else None for s in at(engine.check(text), word)], \
        engine.check(text).suggestions


def test_a_german_names_am_is_no_verb(engine):
    text = ("From 1956 on, he studied philosophy and sociology under the critical theorists Max Horkheimer and Theodor "
            "Adorno at the Johann Wolfgang Goethe University Frankfurt am Main Institute for Social Research, but "
            "because of a rift between the two over his dissertation he left.")
    assert not at(engine.check(text), "am")


DENSE_OPENING = ("In my opinion, technology have many advantage. People is using it everyday to talk with they "
                 "friends. Many student goes to school everyday. ")


@pytest.mark.parametrize("text", ["It is a cause for concern.",
                                  "The music is most of all for the musicians themselves.",
                                  "The Johnnycake was a poor substitute to some for wheaten bread."])
def test_a_preposition_in_clean_prose_needs_a_wide_margin(engine, text):
    # confusion.preposition_margin 8 (5 at the dense level): prepositions fit many of the same slots, and in
    # proofread prose the masked LM's "for" -> "of" says more about frequency than about a slip
    assert not engine.check(text).suggestions, engine.check(text).suggestions


def test_a_preposition_in_a_text_with_many_slips_is_checked_at_the_dense_level(engine):
    sentence = "We do not consider much for our offspring."
    assert not engine.check(sentence).suggestions
    result = engine.check(DENSE_OPENING + sentence)
    assert [s.replacements[0] for s in at(result, "for")] == ["of"], result.suggestions


def test_a_past_after_a_plural_subject_is_made_present_only_at_the_dense_level(engine):
    # a past agrees with any subject: in proofread prose it is the writer's tense, in a text with many slips
    # it is likelier a learner's present ("Other factors existed as an obstacle" -> "exist")
    sentence = "Other factors existed as an obstacle of country development."
    assert not at(engine.check(sentence), "existed")
    assert [s.replacements[0] for s in at(engine.check(DENSE_OPENING + sentence), "existed")] == ["exist"]


def test_a_plural_made_singular_in_proofread_prose_only_counts_towards_density(engine):
    # form.singular_shown_margin: the plural is the writer's in clean prose, a learner's slip in a text with many
    text = "The satire portrays real ones starkly, allowing Voltaire to simplify subtle philosophies and cultural " \
           "traditions."
    (_, found), = engine.collect([text], Options(), adaptive=False)
    assert [f.features.get("dense_only") for _, _, f in found if "singular_margin" in f.features] == [True]
    assert not engine.check(text).suggestions
    learner = DENSE_OPENING + "It is difficult for them to finance their school educations."
    assert [s.replacements[0] for s in at(engine.check(learner), "educations")] == ["education"]


@pytest.mark.parametrize("text, word", [
    ("After the break, the Violets ran the ball upcourt and scored.", "upcourt"),
    ("The artists sketched their compositions on this underlayer, which would never be seen.", "underlayer"),
    ("He combined the speed of a guard with the size of frontcourt players.", "frontcourt"),
])
def test_a_closed_compound_in_proofread_prose_only_counts_towards_density(engine, text, word):
    # each was made two words at 0.99 (corpus slices, cweb-s); a learner writes "hardwork" for "hard work"
    (_, found), = engine.collect([text], Options(), adaptive=False)
    assert [f.features.get("dense_only") for _, _, f in found if f.rule_id == "SPELLING"] == [True]
    assert not at(engine.check(text), word), engine.check(text).suggestions
    learner = DENSE_OPENING + "It is hardwork to learn a new language."
    assert [s.replacements[0] for s in at(engine.check(learner), "hardwork")] == ["hard work"]
    assert [s.replacements[0] for s in engine.check("eventhough").suggestions] == ["even though"]   # looked up


@pytest.mark.parametrize("text, word, fix", [("I want tomake a cake for her.", "tomake", "to make"),
                                             ("The bank finallyfinally gave me the money.", "finallyfinally",
                                              "finally finally")])
def test_a_function_word_or_a_repeat_run_on_is_split_anywhere(engine, text, word, fix):
    assert [s.replacements[0] for s in at(engine.check(text), word)] == [fix], engine.check(text).suggestions


@pytest.mark.parametrize("text, word, fix", [
    ('Their debut album "Fallen" was also released on March 2003.', "on", "in"),
    ("The president was ousted by a military junta in 7 May 1999.", "in", "on"),
    ("The line opened in November 13, 2010.", "in", "on"),
])
def test_a_month_takes_in_and_a_date_on(engine, text, word, fix):
    assert [s.replacements[0] for s in at(engine.check(text), word)] == [fix], engine.check(text).suggestions


@pytest.mark.parametrize("text", ["It opened on March 5, 2003.", "It opened in March 2003.", "We met on 7 May 1999.",
                                  "Sales grew in May 7-9.", "The figure rose in May 2003-04."])
def test_dates_with_the_right_preposition_or_a_range_are_left_alone(engine, text):
    assert not engine.check(text).suggestions, engine.check(text).suggestions


def test_two_subjects_joined_by_and_take_a_plural_verb(engine):
    text = ("The screen slides up to reveal the controls. The overall shape and sliding mechanism are similar to "
            "that of Sony's mylo COM-2 internet device.")
    assert not at(engine.check(text), "are"), engine.check(text).suggestions
