"""Load, link and check all the data: what ``python -m career_atlas check`` reports, and
what the plugin and the export render from (:func:`check_data`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import AtlasError, Problem
from .graph import Graph, build_graph
from .guidance import load_guidance
from .loader import load_data, misplaced_notes
from .model import DEFAULT_LANGUAGES
from .passages import REQUIRE_ANCHORS, QuoteReport, check_quotes
from .synonyms import load_synonyms
from .terms import check_terms, load_terms


@dataclass
class CheckResult:
    """The linked graph (``None`` if anything is wrong), every problem, and the ignored files."""

    graph: Graph | None
    problems: list[Problem]
    ignored: list[str] = field(default_factory=list)
    """Hidden files and editor backups in ``data/`` that were skipped (shown paths)."""
    quotes: QuoteReport | None = None
    """The lecture passages, their anchors and how many quotes were verified against the notes."""


def check_data(data_dir: Path, languages: tuple[str, ...] = DEFAULT_LANGUAGES, known: tuple[str, ...] = (),
               notes_dir: Path | None = None, require_anchors: bool = REQUIRE_ANCHORS) -> CheckResult:
    """Every problem in ``data_dir``: file problems first, then graph problems, then the
    quotes of the lecture passages against the notes' texts in ``notes_dir``."""
    loaded = load_data(data_dir, data_dir.parent, languages, known)
    terms, found = load_terms(data_dir, data_dir.parent, languages)
    problems = loaded.problems + misplaced_notes(data_dir.parent, data_dir) + found + check_terms(loaded.records, terms)
    try:
        graph = build_graph(loaded.records, loaded.failed, languages)
    except AtlasError as e:
        return CheckResult(None, problems + e.problems, loaded.ignored)
    # The reading paths and self-check questions name entries: read them once the graph is
    # known, and only when the entries themselves are sound (a broken role file would make
    # every path that names it a second, misleading problem).
    if not problems:
        graph.guidance = load_guidance(data_dir, graph.records, graph.sources, graph.languages, known, loaded.work)
        problems += graph.guidance.problems
    graph.synonyms, found = load_synonyms(data_dir.parent, languages)
    problems += found
    found, quotes = check_quotes([*graph.records.values(), *graph.guidance.records()], graph.sources, notes_dir, require_anchors)
    problems += found
    return CheckResult(None if problems else graph, problems, loaded.ignored, quotes)


def check(data_dir: Path) -> tuple[Graph | None, list[Problem]]:
    """Every problem in ``data_dir``: file problems first, then graph problems."""
    result = check_data(data_dir)
    return result.graph, result.problems


def load_graph(data_dir: Path, languages: tuple[str, ...] = DEFAULT_LANGUAGES, known: tuple[str, ...] = ()) -> Graph:
    """Load, validate and link the data; raise :class:`AtlasError` with every problem."""
    result = check_data(data_dir, languages, known)
    if result.problems or result.graph is None:
        raise AtlasError(result.problems)
    return result.graph
