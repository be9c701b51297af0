"""Validate all data without building the site: ``python -m career_atlas check``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import AtlasError, Problem
from .graph import Graph, build_graph
from .loader import load_data
from .terms import check_terms, load_terms


@dataclass
class CheckResult:
    """The linked graph (``None`` if anything is wrong), every problem, and the ignored files."""

    graph: Graph | None
    problems: list[Problem]
    ignored: list[str] = field(default_factory=list)
    """Hidden files and editor backups in ``data/`` that were skipped (shown paths)."""


def check_data(data_dir: Path) -> CheckResult:
    """Every problem in ``data_dir``: file problems first, then graph problems."""
    loaded = load_data(data_dir, data_dir.parent)
    variants, found = load_terms(data_dir, data_dir.parent)
    problems = loaded.problems + found + check_terms(loaded.records, variants)
    try:
        graph = build_graph(loaded.records, loaded.failed)
    except AtlasError as e:
        return CheckResult(None, problems + e.problems, loaded.ignored)
    return CheckResult(None if problems else graph, problems, loaded.ignored)


def check(data_dir: Path) -> tuple[Graph | None, list[Problem]]:
    """Every problem in ``data_dir``: file problems first, then graph problems."""
    result = check_data(data_dir)
    return result.graph, result.problems


def load_graph(data_dir: Path) -> Graph:
    """Load, validate and link the data; raise :class:`AtlasError` with every problem."""
    graph, problems = check(data_dir)
    if problems or graph is None:
        raise AtlasError(problems)
    return graph
