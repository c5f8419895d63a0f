"""8 concurrent clients x 50 mixed requests against the real server: no errors, nothing lost."""
from __future__ import annotations

import random
import threading
import uuid

import requests

SENTENCES = ["Thier houes is wierd.", "He went to an store.", "I saw the grafitti on the wall.",
             "This is a fine sentence.", "We recieve letters every day.", "It is a big 😀 house."]


def client(server: str, n: int, seed: int, words: list[str], errors: list[str]) -> None:
    rng = random.Random(seed)
    s = requests.Session()
    for i in range(n):
        kind = rng.choice(["lt", "lt", "v1", "word", "word", "words", "doc", "feedback"])
        try:
            if kind == "lt":
                text = " ".join(rng.sample(SENTENCES, 2))
                r = s.post(server + "/v2/check", data={"language": "en-US", "text": text}, timeout=120)
                ok = r.status_code == 200 and "matches" in r.json()
            elif kind == "v1":
                r = s.post(server + "/api/v1/check", json={"text": rng.choice(SENTENCES)}, timeout=120)
                ok = r.status_code == 200 and "suggestions" in r.json()
            elif kind == "word":
                word = f"zq{seed}x{i}{uuid.uuid4().hex[:6]}"
                if rng.random() < 0.5:
                    r = s.post(server + "/v2/words/add", data={"word": word}, timeout=60)
                else:
                    r = s.post(server + "/api/v1/dictionary", json={"word": word}, timeout=60)
                ok = r.status_code == 200
                if ok:
                    words.append(word)
            elif kind == "words":
                r = s.get(server + "/api/v1/dictionary", timeout=60)
                ok = r.status_code == 200
            elif kind == "doc":
                r = s.post(server + "/api/v1/documents", json={"title": f"c{seed}", "text": "a b c"}, timeout=60)
                ok = r.status_code == 200
                if ok:
                    doc = r.json()["id"]
                    r = s.put(server + f"/api/v1/documents/{doc}", json={"text": "a b c d"}, timeout=60)
                    ok = r.status_code == 200 and r.json()["revision"] == 2
            else:
                r = s.post(server + "/api/v1/feedback", json={"suggestion_id": uuid.uuid4().hex[:16],
                                                               "action": "accepted", "rule_id": "SPELLING"},
                           timeout=60)
                ok = r.status_code == 200
            if not ok:
                errors.append(f"{kind}: {r.status_code} {r.text[:200]}")
        except Exception as exc:  # noqa: BLE001 - every failure is a finding here
            errors.append(f"{kind}: {exc!r}")


def test_eight_clients_fifty_requests_each(server: str) -> None:
    words: list[str] = []
    errors: list[str] = []
    threads = [threading.Thread(target=client, args=(server, 50, seed, words, errors)) for seed in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not errors, errors[:10]
    assert words
    stored = set(requests.get(server + "/api/v1/dictionary", timeout=60).json()["words"])
    missing = [w for w in words if w not in stored]
    assert not missing, f"{len(missing)} of {len(words)} words lost: {missing[:5]}"
    for w in words:                      # leave the shared dictionary as we found it
        requests.delete(server + f"/api/v1/dictionary/{w}", timeout=60)
