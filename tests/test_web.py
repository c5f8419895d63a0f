"""The browser editor in a real (headless Debian) Chromium against a real `cloze serve` on the shipped model.

Nothing is mocked: the page talks to the session `server` fixture (tests/conftest.py); the
"server goes away" test starts its own server so it can stop it mid-test.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]
XSS = "<img src=x onerror=alert(1)>"

# Sentences the shipped model (exports/cloze-base) flags, one per category under test.
PARAGRAPH = "I recieved the letter yesterday and went too the store. I have never been to United States."
CORRECTED = "I received the letter yesterday and went to the store. I have never been to the United States."

sync_api = pytest.importorskip("playwright.sync_api")
if CHROMIUM is None:
    pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)", allow_module_level=True)


# ---------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class Page:
    """A fresh browser context (own localStorage) on the editor, recording dialogs and page errors."""

    def __init__(self, browser, base: str):
        self.base = base
        self.ctx = browser.new_context(viewport={"width": 1280, "height": 800})
        self.page = self.ctx.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" and "Content Security" in m.text else None)

    def open(self, new: bool = True):
        """Load the editor; with new, start a blank document (the server may hold others' documents)."""
        resp = self.page.goto(self.base + "/")
        assert resp is not None and resp.ok
        self.page.wait_for_selector("#editor")
        self.page.wait_for_function("() => document.getElementById('editor-wrap').dataset.state !== undefined")
        if new:
            self.page.click("#new-doc")
            self.page.wait_for_function("() => document.getElementById('editor').value === ''")
        return resp

    def idle(self, timeout=60_000):
        """Wait until every block of the text has been checked and drawn."""
        self.page.wait_for_function(
            "() => document.getElementById('editor-wrap').dataset.state === 'idle'", timeout=timeout)

    def text(self) -> str:
        return self.page.input_value("#editor")

    def marks(self) -> list[tuple[str, str]]:
        return [(m.get_attribute("data-category"), m.text_content())
                for m in self.page.query_selector_all("#mirror .u")]

    def click_mark(self, category: str):
        mark = self.page.wait_for_selector(f"#mirror .u-{category}", state="attached")
        box = mark.bounding_box()
        assert box, f"the {category} underline is not on screen"
        self.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        self.page.wait_for_selector(f"#card:not([hidden])[data-category='{category}']")

    def close(self):
        self.ctx.close()


@pytest.fixture
def web(browser, server):
    before = {d["id"] for d in requests.get(server + "/api/v1/documents", timeout=10).json()["documents"]}
    pg = Page(browser, server)
    yield pg
    pg.close()
    # leave the shared server's database as we found it
    for d in requests.get(server + "/api/v1/documents", timeout=10).json()["documents"]:
        if d["id"] not in before:
            requests.delete(f"{server}/api/v1/documents/{d['id']}", timeout=10)


def _saved_text(server: str, needle: str, timeout: float = 15.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for d in requests.get(server + "/api/v1/documents", timeout=10).json()["documents"]:
            doc = requests.get(f"{server}/api/v1/documents/{d['id']}", timeout=10).json()
            if needle in doc["text"]:
                return doc
        time.sleep(0.3)
    raise AssertionError(f"no saved document contains {needle!r}")


# ---------------------------------------------------------------- tests

def test_page_has_strict_csp_and_loads_cleanly(web):
    resp = web.open()
    csp = resp.headers.get("content-security-policy", "")
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp
    web.idle()
    assert web.errors == []


def test_three_categories_underlined_and_applied_from_cards(web):
    pg = web.page
    web.open()
    pg.click("#editor")
    pg.keyboard.type(PARAGRAPH)
    pg.wait_for_function("() => document.querySelectorAll('#mirror .u').length >= 3", timeout=60_000)
    web.idle()
    marks = web.marks()
    cats = [c for c, _ in marks]
    assert ("spelling", "recieved") in marks
    assert ("word_choice", "too") in marks
    assert ("missing_word", "") in marks, marks
    assert len(cats) == 3, marks
    # the side panel groups them with counts
    for cat in ("spelling", "word_choice", "missing_word"):
        assert pg.inner_text(f"#groups section[data-category='{cat}'] .count") == "1"

    # spelling: click the underline, then the first replacement
    web.click_mark("spelling")
    assert "received" in pg.inner_text("#card-replacements")
    assert pg.get_attribute("#card", "role") == "dialog"
    pg.click("#card-replacements button >> nth=0")
    assert web.text().startswith("I received the letter")

    # Ctrl+Z restores the text and the selection, then applying again works
    pg.keyboard.press("Control+z")
    assert web.text() == PARAGRAPH
    assert pg.evaluate("document.getElementById('editor').selectionEnd") == len("I recieved")
    web.idle()
    web.click_mark("spelling")
    pg.click("#card-replacements button >> nth=0")

    # word choice: click the underline
    web.idle()
    web.click_mark("word_choice")
    pg.click("#card-replacements button >> nth=0")
    assert "went to the store" in web.text()

    # missing word, keyboard only: Alt+Down moves to it and focuses its first replacement, Enter applies
    web.idle()
    pg.focus("#editor")
    pg.evaluate("document.getElementById('editor').setSelectionRange(0, 0)")
    pg.keyboard.press("Alt+ArrowDown")
    pg.wait_for_selector("#card:not([hidden])[data-category='missing_word']")
    assert pg.evaluate("document.activeElement.closest('#card') !== null")
    pg.keyboard.press("Enter")
    assert web.text() == CORRECTED
    web.idle()
    assert web.marks() == []
    assert web.errors == [] and web.dialogs == []


def test_reword_selection(web):
    pg = web.page
    web.open()
    pg.click("#editor")
    text = "We had a big problem with the car."
    pg.keyboard.type(text)
    web.idle()
    start = text.index("big")
    pg.evaluate(f"document.getElementById('editor').setSelectionRange({start}, {start + 3})")
    pg.keyboard.press("Alt+r")
    pg.wait_for_selector("#card:not([hidden])[data-kind='reword']")
    alts = [b.text_content() for b in pg.query_selector_all("#card-replacements button")]
    assert len(alts) >= 2 and "big" not in alts, alts
    pg.click("#card-replacements button >> nth=0")
    assert web.text() == text.replace("big", alts[0])
    # the toolbar button does the same on a selection
    start = web.text().index("car")
    pg.evaluate(f"document.getElementById('editor').setSelectionRange({start}, {start + 3})")
    pg.click("#reword-btn")
    pg.wait_for_selector("#card:not([hidden])[data-kind='reword'] #card-replacements button")


def test_dictionary_word_survives_reload_and_document_restored(web, server):
    pg = web.page
    word = "delicous"   # a made-up word in a fitting slot can pass as a rare real word; a slip cannot
    text = f"The soup was {word}."
    try:
        web.open()
        pg.click("#editor")
        pg.keyboard.type(text)
        web.idle()
        assert ("spelling", word) in web.marks(), "the model no longer flags the test word"
        web.click_mark("spelling")
        pg.click("#card-actions button:has-text('Add to dictionary')")
        pg.wait_for_function("() => !document.querySelector('#mirror .u-spelling')")
        assert word in requests.get(server + "/api/v1/dictionary", timeout=10).json()["words"]
        _saved_text(server, text)   # autosaved to /api/v1/documents

        pg.reload()
        pg.wait_for_function(f"() => document.getElementById('editor').value === {text!r}")
        web.idle()
        assert ("spelling", word) not in web.marks()
        # the settings dialog lists the word
        pg.click("#settings-btn")
        pg.wait_for_selector(f"#dict-list li:has-text('{word}')")
        pg.keyboard.press("Escape")
    finally:
        requests.delete(f"{server}/api/v1/dictionary/{word}", timeout=10)


def test_english_variant_setting_rechecks_the_text(web):
    pg = web.page
    web.open()
    pg.click("#editor")
    pg.keyboard.type("The color of the walls was gray.")
    web.idle()
    assert not [m for m in web.marks() if m[0] == "spelling"]          # en-US: American spelling is fine
    pg.click("#settings-btn")
    pg.select_option("#set-language", "en-GB")
    pg.keyboard.press("Escape")
    pg.wait_for_function("() => document.querySelectorAll('#mirror .u-spelling').length === 2")
    web.idle()
    assert sorted(w for c, w in web.marks() if c == "spelling") == ["color", "gray"]
    pg.click("#settings-btn")
    pg.select_option("#set-language", "en-US")                     # leave the stored setting as it was
    pg.keyboard.press("Escape")


def test_markup_from_user_and_server_is_shown_as_text(web, server):
    pg = web.page
    # a saved document whose title and text are HTML
    requests.post(server + "/api/v1/documents", json={"title": XSS, "text": f"Saved {XSS} text."}, timeout=10)
    web.open()
    pg.click("#editor")
    pg.keyboard.type(f"Look: {XSS} and {XSS.replace('img', 'script')}.")
    web.idle()
    pg.wait_for_selector(f"#doc-list .doc-title:text-is('{XSS}')")
    pg.click(f"#doc-list button:has-text('{XSS}')")
    pg.wait_for_function(f"() => document.getElementById('editor').value === {('Saved ' + XSS + ' text.')!r}")
    web.idle()
    assert pg.evaluate("document.querySelectorAll('img, script:not([type=module])').length") == 0
    assert XSS in pg.inner_text("#doc-list")
    time.sleep(0.3)
    assert web.dialogs == []


# ---------------------------------------------------------------- the server goes away

class OwnServer:
    """A `cloze serve` of our own that a test may stop and start again (same port, same database)."""

    def __init__(self, tmp_path: Path):
        import socket
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.db = tmp_path / "cloze.sqlite3"
        self.log_path = tmp_path / "server.log"
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = None

    def start(self):
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "assistant", "serve", "--host", "127.0.0.1", "--port", str(self.port),
                 "--db", str(self.db), "--no-warm"],
                cwd=REPO, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                env={**os.environ, "PYTHONUNBUFFERED": "1"})
        deadline = time.monotonic() + 180
        while True:
            assert self.proc.poll() is None, self.log_path.read_text()[-2000:]
            try:
                if requests.get(self.url + "/api/v1/health", timeout=5).ok:
                    return
            except requests.RequestException:
                pass
            assert time.monotonic() < deadline, "cloze serve did not start"
            time.sleep(0.3)

    def stop(self, sig=signal.SIGTERM):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, sig)
            self.proc.wait(timeout=30)


@pytest.fixture
def own_server(tmp_path):
    srv = OwnServer(tmp_path)
    srv.start()
    yield srv
    srv.stop(signal.SIGKILL)


def test_server_stopped_while_typing_keeps_text(browser, own_server):
    pg = Page(browser, own_server.url)
    try:
        pg.open()
        pg.page.click("#editor")
        first = "This paragraph was typed while the server ran."
        pg.page.keyboard.type(first)
        pg.idle()
        own_server.stop()
        more = " And this one after it went away."
        pg.page.keyboard.type(more)
        pg.page.wait_for_function("() => document.getElementById('error').textContent.includes(\"Can't reach\")",
                                  timeout=20_000)
        assert pg.page.get_attribute("#error", "role") == "alert"
        assert pg.text() == first + more
        draft = pg.page.evaluate("() => JSON.parse(localStorage.getItem('cloze.draft'))")
        assert draft["text"] == first + more and draft["saved"] is False
        # keep typing offline: nothing is lost
        pg.page.keyboard.type(" Still here.")
        full = first + more + " Still here."
        assert pg.text() == full

        # the server comes back: the editor notices, saves the text, and a reload restores it
        own_server.start()
        pg.page.wait_for_function("() => document.getElementById('error').textContent === ''", timeout=30_000)
        _saved_text(own_server.url, full)
        pg.page.reload()
        pg.page.wait_for_function(f"() => document.getElementById('editor').value === {full!r}")
    finally:
        pg.close()


def test_offsets_after_astral_characters_and_text_helpers(web):
    """Underlines sit on the right characters after emoji (UTF-16 offsets); the block/anchor helpers behave."""
    pg = web.page
    web.open()
    pg.click("#editor")
    pg.keyboard.insert_text("😀🎉 Party time! 👍 I recieved the letter.")
    web.idle()
    assert ("spelling", "recieved") in web.marks()
    out = pg.evaluate("""async () => {
      const T = await import('/static/text.js');
      const blocks = T.splitBlocks('One. Two.\\nThree\\nwrapped.\\n\\n# Head\\n- a\\n- b\\n```\\nx\\n\\ny\\n```');
      const moved = T.reanchor([{start: 2, end: 10}, {start: 14, end: 17}], 'I recieved it too far', 'I recieved  it too far');
      const hit = T.reanchor([{start: 2, end: 10}], 'I recieved it', 'I recievedx it');
      return {
        blocks: blocks.map((b) => b.text),
        moved, hit,
        cp: T.utf16ToCp('a😀b', 3), u16: T.cpToUtf16('a😀b', 2),
        ins: T.seamEdit('been to United', 8, 8, 'the'),
        del: T.seamEdit('the the cat', 0, 3, ''),
        many: T.applyMany('I recieved it too far', [{start: 2, end: 10, replacement: 'received'}, {start: 14, end: 17, replacement: 'so'}]),
      };
    }""")
    assert out["blocks"] == ["One. Two.", "Three\nwrapped.", "# Head", "- a", "- b", "```\nx\n\ny\n```"]
    assert out["moved"] == [{"start": 2, "end": 10}, {"start": 15, "end": 18}]
    assert out["hit"] == []
    assert (out["cp"], out["u16"]) == (2, 3)
    assert out["ins"] == {"start": 8, "end": 8, "text": "the "}
    assert out["del"] == {"start": 0, "end": 4, "text": ""}
    assert out["many"] == {"start": 2, "end": 17, "text": "received it so"}


def test_only_the_edited_paragraph_is_rechecked_and_caret_stays(web):
    pg = web.page
    sent: list[str] = []
    pg.on("request", lambda r: sent.append(r.post_data_json["text"]) if r.url.endswith("/api/v1/check") else None)
    web.open()
    pg.click("#editor")
    first = "The committee met on Tuesday and we went too the store."
    second = "Most members agreed that the library needs longer hours."
    pg.keyboard.insert_text(first + "\n\n" + second)
    web.idle()
    assert ("word_choice", "too") in web.marks()
    sent.clear()
    # edit the second paragraph in the middle; the first paragraph's underline stays put
    at = len(first) + 2 + second.index("library")
    pg.evaluate(f"() => document.getElementById('editor').setSelectionRange({at}, {at})")
    pg.keyboard.type("public ")
    web.idle()
    assert sent and all(first not in t for t in sent), sent
    assert pg.evaluate("() => document.getElementById('editor').selectionStart") == at + len("public ")
    assert ("word_choice", "too") in web.marks()


def test_typo_inside_a_long_sentence_stays_underlined_in_picky_mode(web):
    pg = web.page
    web.open()
    pg.click("#settings-btn")
    pg.check("#set-picky")
    pg.keyboard.press("Escape")
    try:
        pg.click("#editor")
        pg.keyboard.type("The committee, which had been meeting every week since the beginning of the year in the small "
                         "room at the back of the town hall, finally recieved the proposal to build a new library next "
                         "to the old school and decided to put it to a public vote in the spring.")
        web.idle()
        # the narrower typo is drawn; the whole-sentence hint that overlaps it is listed in the panel only
        assert ("spelling", "recieved") in web.marks() and not [m for m in web.marks() if m[0] == "style"]
        note = pg.text_content("#groups section[data-category='style'] .item-note")
        assert "words long" in note
    finally:
        pg.click("#settings-btn")
        pg.uncheck("#set-picky")
        pg.keyboard.press("Escape")
