"""How many characters language detection needs: agreement with the full text, and speed.

    python -m benchmarks.language_sample

On the real dpgmedia-2019 articles (../shared/corpora): for each sample length, how many
articles get a different language than from their whole text, and articles per second (one
core). The loader uses LANGUAGE_SAMPLE_CHARS from validation/load/normalize.py.
"""

from __future__ import annotations

import json
import sys
import time

from benchmarks.run import DPGMEDIA
from validation.load.normalize import LANGUAGE_SAMPLE_CHARS


def main() -> int:
    if not DPGMEDIA.exists():
        print(f"skipped: {DPGMEDIA} is absent")
        return 0
    import py3langid

    texts = [t for t in (json.loads(line)["text"] for line in DPGMEDIA.open(encoding="utf-8"))
             if t.strip()]
    full = [py3langid.classify(t)[0] for t in texts]
    print(f"{len(texts)} non-empty articles; loader sample: {LANGUAGE_SAMPLE_CHARS} characters")
    for size in (200, 400, 800, None):
        started = time.perf_counter()
        guesses = [py3langid.classify(t[:size] if size else t)[0] for t in texts]
        seconds = time.perf_counter() - started
        differ = sum(a != b for a, b in zip(guesses, full, strict=True))
        label = f"first {size} chars" if size else "whole text"
        print(f"{label:>16}: {differ} differ from the whole text, "
              f"{len(texts) / seconds:6.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
