"""Measure the browser editor's latency in real headless Chromium against a real server (not a pass/fail test).

    cloze bench editor --url http://127.0.0.1:8081 [--runs 5] [--screenshot docs/editor.png]

Needs the test extra (Playwright) and Debian's chromium.

Without --url it starts `cloze serve` on a free port with a temporary database.
Reports, as medians over --runs:
  cold500   last keystroke -> all underlines drawn, for a 500-word document nothing of which was checked yet
            (the text is pasted and the last key pressed before the debounce fires; server-side caches are
            defeated by making every run's sentences unique)
  type500   typing a new sentence at the end of a checked 500-word document; the last keystroke is the
            space after a misspelled word: last keystroke -> that misspelling underlined
  edit5000  one-word edit (a word retyped as a misspelling; the last keystroke is its last letter, so the
            in-word debounce applies) in a checked 5,000-word document: last keystroke -> its underline drawn.
            Also prints how long the first full check of that (unique, uncached) document took.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import click

REPO = Path(__file__).resolve().parents[2]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]

SENTENCES = [
    "The committee met on Tuesday to discuss the budget for the coming year.",
    "Most members agreed that the library needs longer opening hours.",
    "A few people argued that the money should go to the sports hall instead.",
    "After a long debate, they decided to ask the residents what they prefer.",
    "The survey will be sent out next month and the results published in the spring.",
    "Everyone who lives in the town can take part, including students.",
    "I recieved the letter yesterday and went too the store.",
    "She has lived in the city for ten years and knows every street.",
    "The weather was cold, so we stayed inside and read our books.",
    "He want to the market to buy some bread and cheese.",
    "Our neighbours have planted a small garden behind their house.",
    "The train was late again, which annoyed many of the passengers.",
    "I have never been to United States, but I would like to go.",
    "The museum opens at nine and closes at five on weekdays.",
    "We could not beleive how quickly the project was finished.",
]

# Seeds the page with a keystroke clock and an observer that notes when a wanted underline is drawn.
PROBE = """() => {
  window.__probe = {key: 0, seen: 0, want: null, frames: []};
  document.addEventListener('keydown', () => { window.__probe.key = performance.now(); window.__probe.seen = 0; }, true);
  document.getElementById('editor').addEventListener('input', () => {
    const k = window.__probe.key;
    requestAnimationFrame(() => window.__probe.frames.push(performance.now() - k));
  });
  const check = () => {
    const p = window.__probe;
    if (!p.want || p.seen) return;
    const ok = p.want.kind === 'idle'
      ? document.getElementById('editor-wrap').dataset.state === 'idle' && document.querySelectorAll('#mirror .u').length >= p.want.min
      : [...document.querySelectorAll('#mirror .u')].some((m) => m.textContent === p.want.text);
    if (ok) requestAnimationFrame(() => { if (!p.seen) p.seen = performance.now(); });
  };
  new MutationObserver(check).observe(document.getElementById('mirror'), {childList: true, subtree: true});
  new MutationObserver(check).observe(document.getElementById('editor-wrap'), {attributes: true});
}"""


def document(words: int, rng: random.Random, unique: bool) -> str:
    paras, n = [], 0
    while n < words:
        para = []
        for _ in range(6):
            s = rng.choice(SENTENCES)
            if unique:
                s = f"In {rng.randint(1000, 9999)}, {s[0].lower()}{s[1:]}"
            para.append(s)
            n += len(s.split())
        paras.append(" ".join(para))
    return "\n\n".join(paras)


def start_server():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    tmp = tempfile.mkdtemp(prefix="cloze-bench-")
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(port), "--db",
                             os.path.join(tmp, "db.sqlite3")], cwd=REPO, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import requests
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if requests.get(url + "/api/v1/health", timeout=2).ok:
                return url, proc
        except requests.RequestException:
            time.sleep(0.5)
    raise SystemExit("cloze serve did not start")


def wait_probe(page, timeout=120.0) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        r = page.evaluate("() => window.__probe.seen ? window.__probe.seen - window.__probe.key : 0")
        if r:
            return r
        time.sleep(0.01)
    raise TimeoutError("underline never appeared")


def idle(page, timeout=300_000):
    page.wait_for_function("() => document.getElementById('editor-wrap').dataset.state === 'idle'", timeout=timeout)


def fresh(page, url):
    page.goto(url + "/")
    page.wait_for_selector("#editor")
    page.click("#new-doc")
    page.wait_for_function("() => document.getElementById('editor').value === ''")
    page.evaluate(PROBE)


def cold500(page, url, rng):
    fresh(page, url)
    doc = document(500, rng, unique=True)
    page.fill("#editor", doc[:-1])           # paste everything but the last character...
    state = page.evaluate("() => { window.__probe.want = {kind: 'idle', min: 3}; const e = document.getElementById('editor');"
                          " e.setSelectionRange(e.value.length, e.value.length);"
                          " return document.getElementById('editor-wrap').dataset.state; }")
    page.keyboard.type(doc[-1])              # ...and type it: nothing has been checked yet
    if state != "pending":
        print(f"  cold500: a check started before the last keystroke (state {state}); run not cold")
    return wait_probe(page), len(doc.split())


def typing(page, url, rng, words, sentence_word="tommorow"):  # a misspelling that is not in SENTENCES
    fresh(page, url)
    doc = document(words, rng, unique=False)
    page.fill("#editor", doc)
    idle(page)
    page.evaluate("() => { const e = document.getElementById('editor'); e.focus(); e.setSelectionRange(e.value.length, e.value.length); }")
    n = rng.randint(2, 99)
    page.evaluate(f"() => {{ window.__probe.want = {{kind: 'text', text: '{sentence_word}'}}; window.__probe.seen = 0; }}")
    page.keyboard.type(f" Then {n} of us met {sentence_word}", delay=40)
    time.sleep(0.05)
    page.keyboard.type(" ")                  # the last keystroke: the space that ends the misspelled word
    return wait_probe(page)


def edit_runs(page, url, rng, words, runs):
    """Check a big document once, then retype one word as a misspelling, several times."""
    fresh(page, url)
    doc = document(words, rng, unique=True)
    t0 = time.monotonic()
    page.fill("#editor", doc)
    idle(page)
    first = time.monotonic() - t0
    # keystroke -> next frame while typing in the big document (the cost of re-anchoring and redrawing)
    page.evaluate("() => { const e = document.getElementById('editor'); e.focus(); e.setSelectionRange(e.value.length / 2, e.value.length / 2); window.__probe.frames = []; }")
    page.keyboard.type("plain words typed here ", delay=30)
    frames = page.evaluate("() => window.__probe.frames")
    print(f"keyframe5000 keystroke->next frame: median={statistics.median(frames):.1f} ms max={max(frames):.1f} ms "
          f"({len(frames)} keys)")
    idle(page)
    out = []
    for i in range(runs):
        text = page.input_value("#editor")
        # a word near the middle, in a block that is already checked
        spots = [j for j in range(len(text)) if text.startswith("library", j)]
        anchor = spots[(len(spots) // 2 + i * 3) % len(spots)]
        word = ["libary", "librery", "liberry", "lybrary", "librarey"][i % 5]
        page.evaluate(f"() => {{ const e = document.getElementById('editor'); e.focus(); e.setSelectionRange({anchor}, {anchor + 7}); }}")
        page.evaluate(f"() => {{ window.__probe.want = {{kind: 'text', text: '{word}'}}; window.__probe.seen = 0; }}")
        page.keyboard.type(word, delay=40)
        try:
            out.append(wait_probe(page, timeout=30))
        except TimeoutError:
            print(f"  edit5000: {word!r} was not flagged by the model; skipped")
        idle(page)
    return first, out


def screenshot(page, url, path):
    fresh(page, url)
    page.click("#editor")
    page.keyboard.type("I recieved the letter yesterday and went too the store. I have never been to United States. "
                       "He want to the market to buy some bread.\n\nThe committee met on Tuesday to discuss the "
                       "budget. We could not beleive how quickly the project was finished.")
    idle(page)
    time.sleep(1.0)                          # let the autosave name the document in the list
    mark = page.query_selector_all("#mirror .u-spelling")[-1]
    box = mark.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#card:not([hidden])")
    page.screenshot(path=path)
    print(f"screenshot: {path}")


@click.command("editor", context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.pass_context
def editor(ctx: click.Context) -> None:
    """Browser editor latency in headless Chromium (options: --url, --runs, --screenshot, --only)."""
    main(ctx.args)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="cloze bench editor", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--screenshot")
    ap.add_argument("--only", choices=["cold500", "type500", "edit5000"], action="append")
    a = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright
    proc = None
    url = a.url.rstrip("/") if a.url else None
    if not url:
        url, proc = start_server()
    rng = random.Random(int(time.time()))
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS, headless=True)
            ctx = browser.new_context(viewport={"width": 1280, "height": 800})
            page = ctx.new_page()
            if a.screenshot:
                screenshot(page, url, a.screenshot)
            only = (a.only or ["cold500", "type500", "edit5000"]) if a.runs > 0 else []
            if "cold500" in only:
                res = [cold500(page, url, rng) for _ in range(a.runs)]
                ms = [r for r, _ in res]
                print(f"cold500  words={res[0][1]} runs={len(ms)} median={statistics.median(ms):.0f} ms "
                      f"all={[round(x) for x in ms]}")
            if "type500" in only:
                ms = [typing(page, url, rng, 500) for _ in range(a.runs)]
                print(f"type500  runs={len(ms)} median={statistics.median(ms):.0f} ms all={[round(x) for x in ms]}")
            if "edit5000" in only:
                first, ms = edit_runs(page, url, rng, 5000, a.runs)
                print(f"edit5000 first full check={first:.1f} s runs={len(ms)} "
                      f"median={statistics.median(ms) if ms else float('nan'):.0f} ms all={[round(x) for x in ms]}")
            browser.close()
    finally:
        if proc:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait()


if __name__ == "__main__":
    main()
