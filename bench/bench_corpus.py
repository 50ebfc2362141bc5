"""Throughput, memory, parallel speed-up and cached rebuilds of `timeline build`.

Makes synthetic corpora of 100, 1,000 and 10,000 articles from `examples/` (publication dates
shifted by whole weeks so weekday phrases stay consistent, sentences of each paragraph
shuffled, about 2 KB each), then builds each in a fresh process and prints a table:
articles/s with 1 and 2 workers, the speed-up, peak memory (max RSS of the one-process build,
and of the largest process of the two-worker build), events, and the time of a rebuild from a
warm cache (the two-worker build fills it; first/cached compares the two). Also times
`timeline --help`, and a fixed pure-Python workload that says how fast the machine is.

    python bench/bench_corpus.py [--sizes 100,1000,10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_RUN = """
import json, resource, sys, time
from timeline import build
inputs, workers, cache = sys.argv[1], int(sys.argv[2]), sys.argv[3] or None
t = time.perf_counter()
chron = build([inputs], workers=workers, cache=cache)
chron.to_json()
elapsed = time.perf_counter() - t
print(json.dumps({"seconds": elapsed, "events": len(chron.events),
                  "articles": len(chron.articles),
                  "max_rss_mb": max(resource.getrusage(w).ru_maxrss
                                    for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
                  / 1024}))
"""


def make_corpus(folder: Path, size: int, seed: int = 7) -> int:
    """Write `size` articles into `folder`; return the total number of characters."""
    from timeline.ingest import parse_article

    sources = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        article = parse_article(path.read_text(encoding="utf-8"), id=path.stem, path=str(path))
        if article.published is not None:
            sources.append(article)
    rng = random.Random(seed)
    total = 0
    for i in range(size):
        base = sources[i % len(sources)]
        shifted = base.published + timedelta(weeks=rng.randint(-150, 40))
        paragraphs = []
        for para in base.text.split("\n\n"):
            parts = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", para.strip())
            rng.shuffle(parts)
            paragraphs.append(" ".join(parts))
        body = "\n\n".join(paragraphs)
        text = f"Published: {shifted.isoformat()}\n\n{body}\n"
        (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    return total


#: Digits, future cues and relative words: a sentence with them may date or announce
#: something in another article's context ("before the summit").
_CUE = re.compile(r"\d|\bwill\b|\b(?:expected|due|set|scheduled|slated|poised) to\b|"
                  r"\b(?:before|after|since|until|following|ago|earlier|later|previously)\b")


def filler_sentences() -> list[str]:
    """Sentences of the examples that date nothing and announce nothing: no temporal
    expression, no reference event, no future cue. Padding articles with them adds text
    but no events, which is how `--text-factor` shows what memory grows with."""
    from timeline.ingest import parse_article
    from timeline.pipeline import load_knowledge, tag_article
    from timeline.text import split_sentences

    references = load_knowledge().references
    out: list[str] = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        article = parse_article(path.read_text(encoding="utf-8"), id=path.stem, path=str(path))
        # Tagged in its article, so that "before the summit" counts as the date it is there.
        timexes = tag_article(article, references)
        for sentence in split_sentences(article.text):
            text = sentence.text.strip()
            if (len(text) > 60 and not _CUE.search(text)
                    and not any(sentence.start < t.end and t.start < sentence.end
                                for t in timexes)):
                out.append(text)
    return out


def pad_corpus(source: Path, folder: Path, factor: int, seed: int = 7) -> int:
    """Copy the articles of `source` into `folder`, each grown to about `factor` times its
    length with paragraphs of filler sentences; return the total number of characters."""
    filler = filler_sentences()
    rng = random.Random(seed)
    total = 0
    for path in sorted(source.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        extra = []
        while sum(map(len, extra)) < (factor - 1) * len(text):
            extra.append(" ".join(rng.sample(filler, min(4, len(filler)))))
        padded = text.rstrip("\n") + "\n\n" + "\n\n".join(extra) + "\n"
        (folder / path.name).write_text(padded, encoding="utf-8")
        total += len(padded)
    return total


def run_build(folder: Path, workers: int, cache: Path | None) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _RUN, str(folder), str(workers), str(cache) if cache else ""],
        check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def time_help(repeats: int = 5) -> float:
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "timeline", "--help"], check=True,
                       capture_output=True)
        best = min(best, time.perf_counter() - t)
    return best


def reference_seconds(repeats: int = 3) -> float:
    """Best time of a fixed pure-Python workload (word scanning, dictionary counts, string
    joins; none of this project's code), printed beside the figures so that runs on machines
    of different speed can be compared: the same code on a machine twice as slow doubles it."""
    words = [f"word{i % 97}" for i in range(200_000)]
    text = " ".join(w.capitalize() if i % 7 == 0 else w for i, w in enumerate(words))
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        counts: dict[str, int] = {}
        for m in re.finditer(r"\b[A-Z]\w+|\w+", text):
            key = m.group().lower()
            counts[key] = counts.get(key, 0) + 1
        total = 0
        for i in range(2_000_000):
            total += i % 7
        "-".join(sorted(counts)) + str(total)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--keep", help="keep the corpora in this folder")
    parser.add_argument("--text-factor", type=int, default=4,
                        help="also build the largest corpus with articles this many times "
                             "longer (eventless filler) and compare memory; 1 to skip")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"machine: reference workload {reference_seconds():.3f} s (best of 3; "
          f"a slower machine takes longer)")
    print(f"timeline --help: {time_help():.3f} s (best of 5)")
    header = (f"{'articles':>8} {'KB/article':>10} {'1 worker a/s':>13} {'2 workers a/s':>14} "
              f"{'speed-up':>8} {'RSS 1w MB':>9} {'RSS 2w MB':>9} {'events':>7} "
              f"{'cached s':>9} {'first/cached':>12}")
    print(header)
    try:
        for size in (int(s) for s in args.sizes.split(",")):
            folder = work / f"corpus{size}"
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            chars = make_corpus(folder, size)
            one = run_build(folder, 1, None)
            cache = work / f"cache{size}.sqlite"
            cache.unlink(missing_ok=True)
            two = run_build(folder, 2, cache)
            warm = run_build(folder, 2, cache)
            print(f"{size:>8} {chars / size / 1024:>10.1f} {size / one['seconds']:>13.0f} "
                  f"{size / two['seconds']:>14.0f} {one['seconds'] / two['seconds']:>8.2f} "
                  f"{one['max_rss_mb']:>9.0f} {two['max_rss_mb']:>9.0f} {two['events']:>7} "
                  f"{warm['seconds']:>9.2f} {two['seconds'] / warm['seconds']:>12.1f}")
        if args.text_factor > 1:
            size = max(int(s) for s in args.sizes.split(","))
            padded = work / f"padded{size}"
            shutil.rmtree(padded, ignore_errors=True)
            padded.mkdir()
            chars = pad_corpus(work / f"corpus{size}", padded, args.text_factor)
            plain = run_build(work / f"corpus{size}", 1, None)
            grown = run_build(padded, 1, None)
            print(f"memory vs text, {size} articles, 1 worker: "
                  f"{chars / size / 1024:.1f} KB/article → RSS {grown['max_rss_mb']:.0f} MB, "
                  f"{grown['events']} events; as generated → RSS {plain['max_rss_mb']:.0f} MB, "
                  f"{plain['events']} events; {size / grown['seconds']:.0f} a/s padded")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
