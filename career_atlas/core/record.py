"""One validated data file: its id, type, model instance and where each key is."""

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
