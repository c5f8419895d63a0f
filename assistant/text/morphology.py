"""lemminflect's look-ups, memoised.

The checks ask lemminflect about the same few thousand words in every sentence,
and lemminflect deep-copies its tables on every call: about 5 ms of a 200-word
paragraph's check went there.  The answers are shared between callers, so they
are read, never changed.  lemminflect itself is imported on first use (its
import takes seconds).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable


def _memoised(name: str) -> Callable[..., Any]:
    @lru_cache(maxsize=200_000)
    def call(*args: Any, **kwargs: Any) -> Any:
        import lemminflect

        return getattr(lemminflect, name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


getAllLemmas = _memoised("getAllLemmas")
getAllInflections = _memoised("getAllInflections")
getInflection = _memoised("getInflection")
getLemma = _memoised("getLemma")
