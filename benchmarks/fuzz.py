"""Coverage-guided fuzzing (atheris, libFuzzer) of the loaders and the extractor.

    python -m benchmarks.fuzz [--seconds 60] [--target csv ...]      (make fuzz, FUZZ_SECONDS)

Each target runs in a process of its own (libFuzzer starts once per process) for `--seconds`,
starting from the repository's own corpus and broken fixtures, with the extractor's words as a
dictionary. A target that raises is a crash: the input is kept in build/fuzz/crashes/ and
fuzzing goes on, so one run counts every distinct crash (by exception type and the line of
our code that raised). What a hostile input may do is become a rejection; raising is the bug.

Targets:
  seed, jsonl, csv   the bytes as a corpus file of that format: read, then each record made
                     an article or a rejection (validation.load)
  extract            claims, date mentions and the publication window of a text, with the
                     language and publication window taken from the input's first bytes
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "fuzz"
TARGETS = ("seed", "jsonl", "csv", "extract")
SUFFIX = {"seed": ".txt", "jsonl": ".jsonl", "csv": ".csv"}
# seed inputs per target: the committed corpus and the broken-input fixtures
SEEDS = {"seed": ["corpus/*.txt", "tests/data/broken/*.txt"],
         "jsonl": ["tests/data/broken/*.jsonl"],
         "csv": ["tests/data/broken/*.csv"],
         "extract": ["corpus/*.txt"]}


class Harness:
    """Counts inputs, keeps each distinct crash once, and writes the figures as it goes
    (libFuzzer ends the process with exit(), so nothing runs after the last input)."""

    def __init__(self, target: str):
        self.target = target
        self.tried = 0
        self.crashes: dict[str, dict[str, str]] = {}
        self.started = time.monotonic()
        self.written = 0.0
        (OUT / "crashes").mkdir(parents=True, exist_ok=True)

    def run(self, function, data: bytes) -> None:
        self.tried += 1
        try:
            function(data)
        except Exception as exc:  # what the fuzzer is here to find
            frames = [f for f in traceback.extract_tb(exc.__traceback__)
                      if "/validation/" in f.filename] or traceback.extract_tb(exc.__traceback__)
            where = f"{os.path.relpath(frames[-1].filename, ROOT)}:{frames[-1].lineno}"
            signature = f"{type(exc).__name__} at {where}"
            if signature not in self.crashes:
                name = f"{self.target}-{hashlib.sha1(data).hexdigest()[:12]}"
                (OUT / "crashes" / name).write_bytes(data)
                self.crashes[signature] = {"input": f"build/fuzz/crashes/{name}",
                                           "message": str(exc)[:200]}
                self.write()
        if time.monotonic() - self.written > 1.0:
            self.write()

    def write(self) -> None:
        self.written = time.monotonic()
        (OUT / f"{self.target}.json").write_text(json.dumps({
            "target": self.target, "inputs": self.tried,
            "seconds": round(self.written - self.started, 1), "crashes": self.crashes},
            indent=2))


def _loader(target: str):
    from validation.load import FieldMap
    from validation.load.normalize import to_article
    from validation.load.readers import read_file
    from validation.load.records import Article

    folder = Path(tempfile.mkdtemp(prefix=f"fuzz-{target}-"))
    path = folder / f"input{SUFFIX[target]}"
    field_map = FieldMap()

    def one(data: bytes) -> None:
        path.write_bytes(data)
        for record in read_file(path, path.name):
            item = to_article(record, field_map)
            if isinstance(item, Article):  # what storing it does: every text is UTF-8
                for text in (item.article_id, item.body, item.title, item.source, item.url):
                    (text or "").encode("utf-8")

    import validation.load.normalize as normalize

    # language detection is most of the time per record and no part of what is fuzzed here
    normalize.detect_language = lambda body: "nl"
    return one


def _extractor():
    import atheris

    from validation.extract.claims import extract_claims
    from validation.extract.dates import find_date_mentions, infer_publication
    from validation.extract.lexicon import load_pack

    packs = [load_pack("nl"), load_pack("en")]

    def one(data: bytes) -> None:
        given = atheris.FuzzedDataProvider(data)
        pack = packs[given.ConsumeIntInRange(0, 1)]
        start = given.ConsumeIntInRange(1, dt.date.max.toordinal())
        end = min(start + given.ConsumeIntInRange(0, 400), dt.date.max.toordinal())
        window = (dt.date.fromordinal(start), dt.date.fromordinal(end))
        text = given.ConsumeUnicodeNoSurrogates(given.remaining_bytes())
        extract_claims("a", text, pack)
        mentions = find_date_mentions("a", text, pack, window)
        infer_publication(mentions, window, text, pack)

    return one


# libFuzzer tokens: what the readers and the extractor react to (the property tests' pieces)
TOKENS = ['"', '""', ",", "\r\n", "\n\n", "[[", "]]", "\\ud800", '{"text": "', '"published": "',
          " date 2022-01 ", "id,text,published", "1.000", "1,8", "2022", "31", "miljoen",
          "miljard", "million", "bijna", "meer dan", "ongeveer", "tussen", " en ", " tot ",
          "at least", "about", "doden", "mensen", "gearresteerd", "killed", "people", "maandag",
          "januari", "gisteren", "morgen", "Kerstmis", "Monday", "December", "yesterday", "één",
          "twintig", "honderd", "dozijn", "op de", "one in", "volgens", "tientallen", "€", "$",
          "%", "9" * 40]


def _dictionary() -> Path:
    """TOKENS as a libFuzzer dictionary: quoted, every byte outside printable ASCII as \\xNN."""
    def quoted(token: str) -> str:
        return '"' + "".join(chr(b) if 32 <= b < 127 and b not in b'"\\' else f"\\x{b:02X}"
                             for b in token.encode("utf-8")) + '"'

    path = OUT / "tokens.dict"
    path.write_text("".join(quoted(token) + "\n" for token in TOKENS))
    return path


def fuzz_one(target: str, seconds: int) -> None:
    """Run one target under libFuzzer (this process ends when the time is up)."""
    import atheris

    with atheris.instrument_imports(include=["validation"]):
        one = _extractor() if target == "extract" else _loader(target)
    harness = Harness(target)
    corpus = OUT / f"corpus-{target}"
    corpus.mkdir(parents=True, exist_ok=True)
    for pattern in SEEDS[target]:
        for seed in ROOT.glob(pattern):
            data = seed.read_bytes()
            if target == "extract":
                data = b"\x00\x00\x00\x00\x00\x00" + data  # nl, a window in year 1
            (corpus / hashlib.sha1(data).hexdigest()).write_bytes(data)
    harness.write()
    sys.setrecursionlimit(1000)  # the default: deep inputs must be handled, not allowed for
    atheris.Setup([sys.argv[0], str(corpus), f"-max_total_time={seconds}", "-rss_limit_mb=4096",
                   f"-dict={_dictionary()}", "-max_len=8192", "-print_final_stats=1"],
                  lambda data: harness.run(one, data))
    atheris.Fuzz()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("FUZZ_SECONDS", 60)),
                        help="per target (default: FUZZ_SECONDS or 60)")
    parser.add_argument("--target", action="append", choices=TARGETS)
    parser.add_argument("--child", choices=TARGETS, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        fuzz_one(options.child, options.seconds)
        return
    OUT.mkdir(parents=True, exist_ok=True)
    total_crashes = 0
    print(f"{'target':8} {'seconds':>7} {'inputs tried':>12} {'crashes':>7}")
    for target in options.target or TARGETS:
        (OUT / f"{target}.json").unlink(missing_ok=True)
        with open(OUT / f"{target}.log", "w") as log:
            subprocess.run([sys.executable, "-m", "benchmarks.fuzz", "--child", target,
                            "--seconds", str(options.seconds)], cwd=ROOT, stdout=log,
                           stderr=subprocess.STDOUT, check=False)
        figures = json.loads((OUT / f"{target}.json").read_text())
        # libFuzzer's own count at the end, when it got to print it (the file lags a second)
        final = re.search(r"stat::number_of_executed_units: (\d+)",
                          (OUT / f"{target}.log").read_text(errors="replace"))
        figures["inputs"] = int(final.group(1)) if final else figures["inputs"]
        total_crashes += len(figures["crashes"])
        print(f"{target:8} {figures['seconds']:>7} {figures['inputs']:>12,} "
              f"{len(figures['crashes']):>7}")
        for signature, crash in figures["crashes"].items():
            print(f"  {signature}: {crash['message']} ({crash['input']})")
    print(f"log per target: {os.path.relpath(OUT)}/TARGET.log")
    sys.exit(1 if total_crashes else 0)


if __name__ == "__main__":
    main()
