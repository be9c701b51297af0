"""One validated data file: its id, type, model instance and where each key is (and one that did not validate)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .yamlfile import YamlDoc


@dataclass(frozen=True)
class Record:
    """One validated data file."""

    id: str
    type: str
    data: Any  # the pydantic model instance
    file: str  # path shown to people, e.g. data/roles/ai-engineer.yml
    doc: YamlDoc

    def line(self, *path: str | int) -> int | None:
        return self.doc.line_of(tuple(path))


@dataclass(frozen=True)
class Unread:
    """A data file that was read but did not validate: its type, its raw data, and the keys its
    problems are at (an id under one of them has a problem already). The graph checks the ids
    it names from the raw data, so one run reports them beside the file's own problems."""

    type: str
    doc: YamlDoc
    keys: frozenset[str]
