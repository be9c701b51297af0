"""Validate all data without building the site: ``python -m career_atlas check``."""

from __future__ import annotations

from pathlib import Path

from .errors import AtlasError, Problem
from .graph import Graph, build_graph
from .loader import load_records
from .terms import check_terms, load_terms


def check(data_dir: Path) -> tuple[Graph | None, list[Problem]]:
    """Every problem in ``data_dir``: file problems first, then graph problems."""
    records, problems, failed = load_records(data_dir, data_dir.parent)
    variants, found = load_terms(data_dir, data_dir.parent)
    problems += found + check_terms(records, variants)
    try:
        graph = build_graph(records, failed)
    except AtlasError as e:
        return None, problems + e.problems
    return (None if problems else graph), problems


def load_graph(data_dir: Path) -> Graph:
    """Load, validate and link the data; raise :class:`AtlasError` with every problem."""
    graph, problems = check(data_dir)
    if problems or graph is None:
        raise AtlasError(problems)
    return graph
