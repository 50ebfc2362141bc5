"""Pairwise precision and recall of event merging against tests/events/gold_merge.json.

The gold names, for the dated expressions of examples/*.txt that tell an event, the
real-world event each belongs to. Predicted events are matched to gold items through their
mentions (a mention matches the gold item whose phrase it overlaps). Over the matched items,
a pair in one predicted event and one gold event is a true positive; in one predicted event
but two gold events a false positive; in two predicted events but one gold event a false
negative. Three modes: `gold` takes the time expressions from the gold file (measures merging
alone); `tagger` runs the real temporal tagger (measures the whole events stage);
`pipeline` runs the per-article stage of `timeline build` (the tagger with event-relative
phrases such as "since Trump took office", and undated tellings).

Run: python tests/events/merge_eval.py [gold|tagger|pipeline]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path

from timeline.actors import ActorIndex, load_actors
from timeline.events import extract_events
from timeline.merge import merge_events
from timeline.model import Article, Event, Timex
from timeline.overrides import parse_when

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GOLD = Path(__file__).resolve().parent / "gold_merge.json"


@dataclass(frozen=True)
class GoldItem:
    article: str
    start: int
    end: int
    phrase: str
    value: str
    event: str | None


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    matched: int
    total: int
    true_pairs: int
    predicted_pairs: int
    gold_pairs: int
    errors: tuple[str, ...]


def _find(text: str, phrase: str, nth: int) -> int:
    at = -1
    for _ in range(nth):
        at = text.index(phrase, at + 1)
    return at


def load_gold() -> tuple[dict[str, Article], list[GoldItem]]:
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    truth_file = EXAMPLES.parent / "tests" / "data" / "examples_truth.json"
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    articles: dict[str, Article] = {}
    items = []
    for entry in data["items"]:
        ident = entry["article"]
        if ident not in articles:
            text = (EXAMPLES / f"{ident}.txt").read_text(encoding="utf-8")
            published = date.fromisoformat(truth[ident]["published"])
            articles[ident] = Article(ident, text, published, "user")
        start = _find(articles[ident].text, entry["phrase"], entry.get("nth", 1))
        items.append(GoldItem(ident, start, start + len(entry["phrase"]), entry["phrase"],
                              entry["value"], entry["event"]))
    return articles, items


def gold_timexes(article: Article, items: Sequence[GoldItem]) -> list[Timex]:
    """The gold items of one article as resolved Timex objects."""
    return [Timex(i.start, i.end, i.phrase, "gold", parse_when(i.value), article.published,
                  "gold")
            for i in sorted(items, key=lambda i: i.start) if i.article == article.id]


def tagger_timexes(article: Article) -> list[Timex]:
    from timeline.temporal import tag

    return list(tag(article.text, article.published))


def predict(mode: str, actors: ActorIndex | None = None) -> tuple[list[Event], list[GoldItem]]:
    """Merged events of the gold articles: `gold` or `tagger` expressions, or `pipeline`, the
    per-article stage `timeline build` runs (event-relative phrases, undated tellings)."""
    articles, items = load_gold()
    if mode == "pipeline":
        from timeline.pipeline import analyse_article, load_knowledge

        knowledge = load_knowledge()
        results = [analyse_article(article, knowledge) for article in articles.values()]
        return merge_events([e for r in results for e in r.events], knowledge.actors,
                            undated=[e for r in results for e in r.undated]), items
    actors = actors or load_actors()
    events: list[Event] = []
    for article in articles.values():
        timexes = gold_timexes(article, items) if mode == "gold" else tagger_timexes(article)
        events.extend(extract_events(article, timexes, actors))
    return merge_events(events), items


def score(events: Sequence[Event], items: Sequence[GoldItem]) -> Score:
    predicted: dict[int, str] = {}
    for event in events:
        for mention in event.mentions:
            for k, item in enumerate(items):
                if (item.article == mention.article and k not in predicted
                        and mention.start < item.end and item.start < mention.end):
                    predicted[k] = event.id
                    break
    scored = [k for k in predicted if items[k].event is not None]
    tp = fp = fn = 0
    errors = []
    for a, b in combinations(sorted(scored), 2):
        same_gold = items[a].event == items[b].event
        same_pred = predicted[a] == predicted[b]
        if same_gold and same_pred:
            tp += 1
        elif same_pred:
            fp += 1
            errors.append(f"wrongly merged: {_label(items[a])} + {_label(items[b])}")
        elif same_gold:
            fn += 1
            errors.append(f"missed merge:   {_label(items[a])} + {_label(items[b])}")
    return Score(
        precision=tp / (tp + fp) if tp + fp else 1.0,
        recall=tp / (tp + fn) if tp + fn else 1.0,
        matched=len(scored),
        total=sum(1 for i in items if i.event is not None),
        true_pairs=tp,
        predicted_pairs=tp + fp,
        gold_pairs=tp + fn,
        errors=tuple(errors),
    )


def _label(item: GoldItem) -> str:
    return f"{item.article}:{item.phrase!r} ({item.event})"


def main(argv: Sequence[str]) -> int:
    mode = argv[0] if argv else "gold"
    events, items = predict(mode)
    result = score(events, items)
    print(f"mode={mode}: precision {result.precision:.3f} ({result.true_pairs}/"
          f"{result.predicted_pairs} pairs), recall {result.recall:.3f} ({result.true_pairs}/"
          f"{result.gold_pairs} pairs), {result.matched}/{result.total} gold items extracted, "
          f"{len(events)} events")
    for line in result.errors:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
