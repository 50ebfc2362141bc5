"""The pipeline: inputs → one Chronology.

`build` wires the stages together: ingest → date the undated → per-article tag & resolve and
event extraction (a pure function of the article and the knowledge, so it can run in a
process pool) → learn reference events that articles date for each other and re-anchor →
merge → overrides → order → filters. No stage here does I/O except ingest (reading) and the
knowledge loaders; writing is the exporters' business.
"""

from __future__ import annotations

import gc
import pickle
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from timeline import __version__
from timeline.actors import ActorIndex, load_actors
from timeline.cache import fingerprint
from timeline.model import Article, Chronology, Event, Timex
from timeline.refevents import ReferenceEvent, learn_references, load_reference_events

if TYPE_CHECKING:
    from timeline.merge import Profile


@dataclass(frozen=True)
class Knowledge:
    """What the per-article stage knows besides the article: actors and reference events.

    `digest` identifies this knowledge (and the code that applies it) for the result cache.
    """

    actors: ActorIndex
    references: tuple[ReferenceEvent, ...]
    digest: str = ""


@dataclass(frozen=True)
class ArticleResult:
    """The per-article stage's output."""

    article: Article
    timexes: tuple[Timex, ...]
    events: tuple[Event, ...]
    #: Clauses telling of an event without dating it ("where he will meet Xi"): merging
    #: joins each to the dated event it tells, or drops it.
    undated: tuple[Event, ...] = ()
    #: What merging reads of each of `events` and `undated` (`timeline.merge.Profile`),
    #: made here so that the work runs in parallel and is cached with the rest.
    profiles: tuple[Profile, ...] = ()
    #: Named events this article dates (`learn_references`), for the others to hang on;
    #: None when not worked out yet.
    learned: tuple[ReferenceEvent, ...] | None = None


def tag_article(article: Article, references: Sequence[ReferenceEvent]) -> tuple[Timex, ...]:
    """Temporal expressions of one article, event-relative phrases included.

    The calendar tagger runs first; its results are the narrative context the event-relative
    recogniser needs ("two days after the call"); the event-relative spans then win over the
    calendar ones they overlap ("hours before Trump's inauguration on Monday").
    """
    from timeline.temporal import tag
    from timeline.temporal.eventrel import resolve_all, scan

    anchor = article.published
    found = scan(article.text, references)
    # Only narrative phrases ("two days after the call") and those set off after a date
    # ("on Sept. 12, a week before the crash") need the calendar tags first; an article
    # without them is tagged once.
    plain = tag(article.text, anchor) if any(r.needs_prior for r in found) else None
    relative = resolve_all(found, article.text, anchor, prior=plain or ())
    if not relative:
        return tuple(plain if plain is not None else tag(article.text, anchor))
    return tuple(tag(article.text, anchor, extra=relative))


def analyse_article(article: Article, knowledge: Knowledge) -> ArticleResult:
    """The pure per-article stage: tag, resolve, extract events and profile them."""
    from timeline.events import extract_all
    from timeline.merge import profile_events

    timexes = tag_article(article, knowledge.references)
    # Profiling reads the sentences extraction scanned for actors: each is scanned once.
    with knowledge.actors.scanning_once():
        events, undated = extract_all(article, timexes, knowledge.actors)
        profiles = profile_events((*events, *undated), knowledge.actors)
    learned = tuple(learn_references(article.id, article.text, timexes))
    return ArticleResult(article, timexes, tuple(events), tuple(undated), profiles, learned)


def load_knowledge(
    *, events_files: Sequence[str] = (), actors_file: str | None = None
) -> Knowledge:
    actors = load_actors(actors_file)
    references = load_reference_events(events_files)
    actors_path = Path(actors_file) if actors_file else _PACKAGE / "data" / "actors.json"
    digest = fingerprint(_code_digest(), _file_bytes(actors_path), references)
    return Knowledge(actors, references, digest)


_PACKAGE = Path(__file__).resolve().parent


def _file_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """Hash of the package's code and data: a cache entry made by other code never matches."""
    files = sorted(p for p in _PACKAGE.rglob("*") if p.suffix in (".py", ".json", ".toml"))
    return fingerprint(__version__, *((p.relative_to(_PACKAGE).as_posix(), p.read_bytes())
                                      for p in files))


_worker_knowledge: Knowledge | None = None


def _init_worker(knowledge: Knowledge) -> None:
    global _worker_knowledge
    _worker_knowledge = knowledge
    # A worker forked from a build inherits its paused collector (`_collector_paused`); its
    # garbage is its own, so it collects, leaving alone what it inherited.
    gc.freeze()
    gc.enable()


def _analyse_in_worker(article: Article) -> bytes:
    """The findings on `article` (`_findings`), pickled here: the parent has the article
    already, and keeps the bytes as they are in the cache."""
    assert _worker_knowledge is not None
    result = analyse_article(article, _worker_knowledge)
    return pickle.dumps(_findings(result), protocol=pickle.HIGHEST_PROTOCOL)


def _findings(result: ArticleResult) -> tuple[object, ...]:
    """What the per-article stage found, without the article: `ArticleResult(article,
    *findings)` puts it back together."""
    return (result.timexes, result.events, result.undated, result.profiles, result.learned)


def _run(
    articles: Sequence[Article],
    knowledge: Knowledge,
    workers: int,
    progress: Callable[[int, int], None] | None,
    done: int,
    total: int,
) -> list[tuple[ArticleResult, bytes | None]]:
    """Analyse `articles` in order, in a process pool when it is worth it; each result
    with its pickled findings when a worker made them."""
    results: list[tuple[ArticleResult, bytes | None]] = []

    def tick() -> None:
        if progress is not None:
            progress(done + len(results), total)

    if workers <= 1 or len(articles) < _MIN_PARALLEL:
        for article in articles:
            results.append((analyse_article(article, knowledge), None))
            tick()
        return results
    # The first article is analysed here: it builds the lazily compiled patterns and tables
    # (about a quarter of a second), which forked workers then inherit instead of each
    # building its own.
    results.append((analyse_article(articles[0], knowledge), None))
    tick()
    rest = articles[1:]
    # Small chunks: the last one keeps one worker busy while the others idle.
    chunk = max(1, min(16, len(rest) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                             initargs=(knowledge,)) as pool:
        for article, blob in zip(rest, pool.map(_analyse_in_worker, rest, chunksize=chunk),
                                 strict=True):
            results.append((ArticleResult(article, *pickle.loads(blob)), blob))
            tick()
    return results


#: Below this many articles a process pool costs more than it saves.
_MIN_PARALLEL = 16


def analyse_all(
    articles: Sequence[Article],
    knowledge: Knowledge,
    *,
    workers: int = 1,
    cache: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[ArticleResult]:
    """Run the per-article stage over all articles; results in input order.

    With `cache` (a SQLite path) articles analysed before with the same code and knowledge
    are taken from it. `progress(done, total)` is called as articles complete. The result is
    the same whatever `workers` is.
    """
    if cache is None:
        return [r for r, _ in _run(articles, knowledge, workers, progress, 0, len(articles))]
    from timeline.cache import ResultCache

    keys = _article_keys(articles, knowledge)
    with ResultCache(cache) as store:
        # Entries are an article's findings (`_findings`); the article is the caller's.
        cached = store.get_many(keys)
        todo = [a for a, k in zip(articles, keys, strict=True) if k not in cached]
        fresh = iter(_run(todo, knowledge, workers, progress, len(cached), len(articles)))
        results = []
        for article, key in zip(articles, keys, strict=True):
            if key in cached:
                results.append(ArticleResult(article, *cached[key]))
            else:
                result, blob = next(fresh)
                if blob is None:
                    store.put_many([(key, _findings(result))])
                else:
                    store.put_pickled([(key, blob)])
                results.append(result)
    if progress is not None:
        progress(len(articles), len(articles))
    return results


def _article_keys(articles: Sequence[Article], knowledge: Knowledge) -> list[str]:
    """Cache keys: each article with the code and knowledge that analyse it."""
    return [fingerprint(knowledge.digest, a) for a in articles]


def merged_events(
    articles: Sequence[Article],
    knowledge: Knowledge,
    *,
    workers: int = 1,
    cache: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Event]:
    """The corpus's events, merged: the per-article stage, re-anchoring, then merging.

    With `cache`, a rebuild of the same articles with the same code and knowledge takes
    the merged events from the cache, analysing and merging nothing; otherwise the
    per-article results in the cache are reused (`analyse_all`).
    """
    from timeline.merge import merge_events

    whole = None
    if cache is not None:
        from timeline.cache import ResultCache

        whole = fingerprint("merged", *_article_keys(articles, knowledge))
        with ResultCache(cache) as store:
            found = store.get_many([whole])
        if whole in found:
            if progress is not None:
                progress(len(articles), len(articles))
            return list(found[whole])
    results = analyse_all(articles, knowledge, workers=workers, cache=cache, progress=progress)
    results, knowledge = _reanchor(results, knowledge)
    events = merge_events([e for r in results for e in r.events], knowledge.actors,
                          undated=[e for r in results for e in r.undated],
                          profiles=[p for r in results for p in r.profiles])
    if cache is not None:
        with ResultCache(cache) as store:
            store.put_many([(whole, tuple(events))])
    return events


def _reanchor(
    results: list[ArticleResult], knowledge: Knowledge
) -> tuple[list[ArticleResult], Knowledge]:
    """Let events dated by one article anchor event-relative phrases in the others.

    Only articles where the newly learned references match an event-relative phrase are
    analysed again, so a corpus that needs no re-anchoring costs one pass.
    """
    from timeline.refevents import find_references
    from timeline.temporal.eventrel import find_event_relative

    learned: dict[str, ReferenceEvent] = {}
    for result in results:
        found = result.learned
        if found is None:
            found = tuple(learn_references(result.article.id, result.article.text,
                                           result.timexes))
        for ref in found:
            learned.setdefault(ref.id, ref)
    known = {ref.id for ref in knowledge.references}
    new = tuple(ref for ref_id, ref in sorted(learned.items()) if ref_id not in known)
    if not new:
        return results, knowledge
    extended = replace(knowledge, references=knowledge.references + new)
    out = []
    for result in results:
        article = result.article
        # Where no new name occurs, analysing again would give the same result: skip it.
        if find_references(article.text, new) and find_event_relative(
                article.text, article.published, new, prior=result.timexes):
            result = analyse_article(article, extended)
        out.append(result)
    return out, extended


def build(
    inputs: Sequence[str],
    dates: Mapping[str, date] | None = None,
    *,
    events_files: Sequence[str] = (),
    actors_file: str | None = None,
    overrides: str | None = None,
    actors: Sequence[str] = (),
    since: date | None = None,
    until: date | None = None,
    min_sources: int = 1,
    strict: bool = False,
    stdin: TextIO | None = None,
    workers: int = 1,
    cache: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Chronology:
    """Read `inputs` (files, directories, `-`) and return their chronology.

    `dates` maps article ids (file stems) to publication dates and wins over anything found
    in the files. Filters (`actors`, `since`, `until`, `min_sources`) apply last.
    `workers` > 1 analyses articles in a process pool; `cache` names a SQLite file of
    per-article results reused across builds.
    """
    with _collector_paused():
        return _build(inputs, dates, events_files=events_files, actors_file=actors_file,
                      overrides=overrides, actors=actors, since=since, until=until,
                      min_sources=min_sources, strict=strict, stdin=stdin, workers=workers,
                      cache=cache, progress=progress)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector. A build makes objects by the million and keeps most
    of them to the end; each full collection walks them all again, which cost a quarter of
    the merge of 10,000 articles. A build leaves no cycles to reclaim (a collection right
    after building 1,000 articles finds none); any it did leave would go at the next
    collection once the build is over."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(
    inputs: Sequence[str],
    dates: Mapping[str, date] | None,
    *,
    events_files: Sequence[str],
    actors_file: str | None,
    overrides: str | None,
    actors: Sequence[str],
    since: date | None,
    until: date | None,
    min_sources: int,
    strict: bool,
    stdin: TextIO | None,
    workers: int,
    cache: str | None,
    progress: Callable[[int, int], None] | None,
) -> Chronology:
    from timeline.dating import date_articles
    from timeline.filters import filter_events
    from timeline.ingest import read_inputs
    from timeline.order import order_events

    ingested = read_inputs(inputs, dates, strict=strict, stdin=stdin)
    knowledge = load_knowledge(events_files=events_files, actors_file=actors_file)
    articles, dating_warnings = date_articles(ingested.articles, knowledge.references)
    events = merged_events(articles, knowledge, workers=workers, cache=cache,
                           progress=progress)
    warnings = [*ingested.warnings, *dating_warnings]
    if overrides is not None:
        from timeline.overrides import apply_overrides, load_overrides

        events, override_warnings = apply_overrides(events, load_overrides(overrides))
        warnings.extend(override_warnings)
    events = order_events(events)
    events = filter_events(events, actors=actors, since=since, until=until,
                           min_sources=min_sources, index=knowledge.actors)
    return Chronology(tuple(articles), tuple(events), tuple(warnings))
