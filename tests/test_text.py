"""Markup skipping and segmentation: exact code-point offsets, no model needed."""
from assistant.text import markup, segment


def skipped(text: str, markup_mode: str = "auto") -> list[str]:
    return [text[s:e] for s, e in markup.skip_spans(text, markup_mode)]


def test_fenced_and_indented_code_are_skipped():
    text = "Intro line here.\n\n```python\nx = teh_value  # recieve\n```\n\nText again.\n\n    indented codde\n"
    spans = skipped(text, "markdown")
    assert any("recieve" in s and s.startswith("```") for s in spans)
    assert any("indented codde" in s for s in spans)
    assert not any("Intro" in s or "Text again" in s for s in spans)


def test_unclosed_fence_runs_to_end():
    text = "Prose.\n```\ncode without end\nmore"
    assert skipped(text, "markdown")[-1].endswith("more")


def test_inline_code_links_urls_mail_paths_tags():
    text = ("Use `git comit` and see [the docs](https://exmaple.com/a_b) or https://x.org/p?q=1. "
            "Mail joe.doe@exmaple.com, edit ./src/enigne.py or C:\\tmp\\fiel.txt #hashtagg <span class='x'>hi</span>")
    spans = skipped(text)
    for piece in ("`git comit`", "https://exmaple.com/a_b", "https://x.org/p?q=1", "joe.doe@exmaple.com",
                  "./src/enigne.py", "#hashtagg", "<span class='x'>", "</span>"):
        assert any(piece in s for s in spans), piece
    assert "https://x.org/p?q=1." not in spans          # the full stop after a URL is prose


def test_front_matter_and_math():
    text = "---\ntitle: Teh post\n---\nThe formula $a^2 + b^2$ and $$\\int x\\,dx$$ and \\(y\\) hold."
    spans = skipped(text)
    assert spans[0].startswith("---") and "Teh post" in spans[0]
    assert "$a^2 + b^2$" in spans and "$$\\int x\\,dx$$" in spans and "\\(y\\)" in spans


def test_plain_text_mode_keeps_backticks_as_text():
    assert skipped("It costs `five` dollars.", "text") == []


def test_sentences_exact_offsets_with_emoji_combining_crlf():
    text = "Hi 👋🏽 there. Cafe\u0301 is open!\r\nSecond line here.\r\n\r\n  Last one?"
    spans = segment.sentences(text)
    got = [text[s:e] for s, e in spans]
    assert got == ["Hi 👋🏽 there.", "Cafe\u0301 is open!", "Second line here.", "Last one?"]


def test_pieces_follow_the_model_pretokenizer():
    text = "They're here, aren't they? Cafe\u0301 👋"
    pieces = [text[s:e] for s, e in segment.pieces(text)]
    assert pieces[:4] == ["They", "'", "re", "here"]
    assert "Cafe\u0301" in pieces
    words = [text[s:e] for s, e in segment.words(text)]
    assert words[:3] == ["They're", "here", "aren't"]


def test_empty_and_huge_blocks():
    assert segment.sentences("") == [] and segment.sentences(" \n\t ") == []
    text = ("word " * 50000).strip()          # one giant run-on block is cut into bounded pieces
    spans = segment.sentences(text)
    assert spans and all(e - s <= segment.MAX_PARAGRAPH for s, e in spans)
    assert all(text[s:e].strip() == text[s:e] for s, e in spans)


def test_accented_detection():
    assert segment.is_accented("café") and segment.is_accented("naïve") and not segment.is_accented("cafe")


def test_noun_phrases_read_bare_and_determined_heads():
    from assistant.text.noun_phrases import heads

    def read(text):
        tokens = segment.PIECE.findall(text)
        return [(tokens[p.start], tokens[p.head], p.before, p.determined) for p in heads(tokens)]

    assert read("In modern digital world, products are used.") == [("modern", "world", "in", False)]
    assert read("We met in the company's new office.") == [("new", "office", "'s", True)]
    assert read("It was a very good idea.") == [("a", "idea", "was", True)]
    # a compound, a hyphenated word, a name or a number before the noun: not read as a bare phrase
    assert read("The world war ended in 1945 year at Paris office and end-to-end test.") == []


def test_noun_phrases_read_determined_plural_heads():
    from assistant.text.noun_phrases import plural_heads

    def read(text):
        tokens = segment.PIECE.findall(text)
        return [(tokens[p.start], tokens[p.head], p.before) for p in plural_heads(tokens)]

    assert read("In the ancient times, the children of the town played.") == [("the", "times", "in"),
                                                                              ("the", "children", ",")]
    # a plural that modifies more words, a possessive plural, a verb after a plural subject: not a phrase's end
    assert read("The sports car and the humans' life.") == []
    assert read("The dog runs fast.") == []
