"""``search/synonyms.yml``: what readers type, in the words the atlas uses (see the file's
own header). Hand-written like the data files, so it is read the same way: through the safe
YAML reader (no aliases, tags or unbounded nesting), against a schema, by ``check``, with every
problem at its line."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, ClassVar

from pydantic import Field, StringConstraints

from .errors import Problem
from .model import DEFAULT_LANGUAGES, Localized, NonEmpty, Strict
from .validate import validate
from .yamlfile import BY_LANGUAGE, read_yaml

SYNONYMS_FILE = Path("search") / "synonyms.yml"
"""Where the file is, relative to the project root (the folder of mkdocs.yml)."""

Word = Annotated[NonEmpty, StringConstraints(max_length=200)]
Words = Annotated[list[Word], Field(min_length=1, max_length=1_000)]
PagePath = Annotated[str, StringConstraints(pattern=r"^(?:[a-z0-9]+(?:-[a-z0-9]+)*/)*$", max_length=200)]


class Route(Strict):
    """A question that names no page: when the query has one of the alternatives (``a|b``) of
    every entry of ``words``, ``page`` goes first."""

    words: Annotated[list[Word], Field(min_length=1, max_length=10)]
    page: PagePath


class Kind(Strict):
    """Words that ask for a kind of page: pages in ``section`` rank higher."""

    words: Words
    section: PagePath


class Project(Strict):
    """Pages about the atlas itself, left out of results unless the query has one of ``words``."""

    pages: Annotated[list[PagePath], Field(max_length=100)] = Field(default_factory=list)
    words: Annotated[list[Word], Field(max_length=1_000)] = Field(default_factory=list)


class LanguageTerms(Strict):
    """One language's part of the file."""

    synonyms: Annotated[dict[Word, Words], Field(max_length=2_000)] = Field(default_factory=dict)
    routes: Annotated[list[Route], Field(max_length=200)] = Field(default_factory=list)
    stopwords: Annotated[list[Word], Field(max_length=2_000)] = Field(default_factory=list)
    lists: Annotated[list[Word], Field(max_length=200)] = Field(default_factory=list)
    kinds: Annotated[list[Kind], Field(max_length=50)] = Field(default_factory=list)
    project: Project = Field(default_factory=Project)


class SynonymsFile(Localized):
    """The whole file: a part per language (a language may have none)."""

    OPTIONAL: ClassVar[bool] = True
    __pydantic_extra__: dict[str, LanguageTerms] = Field(init=False)  # type: ignore[assignment]


def load_synonyms(root: Path, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> tuple[SynonymsFile | None, list[Problem]]:
    """The file below ``root`` (None, without problems, when there is none), checked."""
    path = root / SYNONYMS_FILE
    if not os.path.lexists(path):  # a folder, a pipe or a link there is read, and refused
        return None, []
    doc, problems = read_yaml(path, SYNONYMS_FILE.as_posix(), BY_LANGUAGE)
    if doc is None:
        return None, problems
    return validate(doc, SynonymsFile, {"languages": languages, "known": languages})


def language_terms(synonyms: SynonymsFile | None, lang: str) -> dict[str, object]:
    """One language's part as plain data for the search worker (empty parts where absent)."""
    part = (synonyms.__pydantic_extra__ or {}).get(lang) if synonyms else None
    return (part or LanguageTerms()).model_dump()
