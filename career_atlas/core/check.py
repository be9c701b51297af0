"""Validate all data without building the site: ``python -m career_atlas check``."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import AtlasError, Problem
from .graph import Graph, build_graph
from .guidance import load_guidance
from .loader import load_data, misplaced_notes
from .model import DEFAULT_LANGUAGES
from .passages import REQUIRE_ANCHORS, QuoteReport, check_quotes
from .synonyms import load_synonyms
from .terms import check_terms, load_terms

NOTES_ENV = "ATLAS_NOTES_DIR"
"""The environment variable that says where the notes' texts are (overrides the plugin's notes_dir)."""


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
        graph.guidance = load_guidance(data_dir, graph, known)
        problems += graph.guidance.problems
    graph.synonyms, found = load_synonyms(data_dir.parent, languages)
    problems += found
    guided = graph.guidance.records() if graph.guidance else []
    found, quotes = check_quotes([*graph.records.values(), *guided], graph.sources, notes_dir, require_anchors)
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


DEFAULT_NOTES_DIR = "../shared"
"""Where the notes' texts are, relative to mkdocs.yml, when neither the environment nor mkdocs.yml says."""


def read_mkdocs_yml(config_file: Path) -> dict[str, Any]:
    """mkdocs.yml read without MkDocs (the Python objects it names left out); empty when the
    file is absent or not YAML."""
    if not config_file.is_file():
        return {}

    class _Loader(yaml.SafeLoader):
        pass

    # mkdocs.yml names Python objects (!!python/name:...); they are not needed here.
    _Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    try:
        config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except yaml.YAMLError:
        return {}
    return config if isinstance(config, dict) else {}


def atlas_options(config_file: Path) -> dict[str, object]:
    """The atlas plugin's options in mkdocs.yml (``plugins: - atlas: {...}``), read without
    MkDocs; empty when the file or the plugin's options are absent."""
    for plugin in read_mkdocs_yml(config_file).get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("atlas"), dict):
            return plugin["atlas"]
    return {}


def site_url(config_file: Path) -> str:
    """The site's address in mkdocs.yml (``site_url``), ending in "/"; empty when not given."""
    url = read_mkdocs_yml(config_file).get("site_url")
    return url.rstrip("/") + "/" if isinstance(url, str) and url else ""


def configured_languages(config_file: Path) -> tuple[str, ...]:
    """The languages declared in mkdocs.yml (``plugins: - atlas: languages: [ko, en]``);
    the default when the file or the option is absent."""
    languages = atlas_options(config_file).get("languages")
    return tuple(str(x) for x in languages) if isinstance(languages, list) and languages else DEFAULT_LANGUAGES


def notes_folder(root: Path, configured: object = None) -> Path:
    """Where the notes' texts are: the plugin's ``notes_dir`` (relative to ``root``, the folder
    of mkdocs.yml), else ``$ATLAS_NOTES_DIR``, else ../shared beside the repository."""
    chosen = (configured if isinstance(configured, str) else None) or os.environ.get(NOTES_ENV) or DEFAULT_NOTES_DIR
    return (root / chosen).resolve()
