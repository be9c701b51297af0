"""Read one YAML file, keeping the line of every key for error messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem

Path_ = tuple[str | int, ...]

# libyaml's loader when PyYAML was built with it (about 4x faster), else the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class YamlDoc:
    """A parsed file: its data, and the line (1-based) of each key path."""

    file: str
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, path: Path_) -> int | None:
        """The line of ``path``, or of its nearest parent that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)


def read_text(path: Path, display: str) -> tuple[str | None, list[Problem]]:
    """The file's text, or the problem that stops reading it."""
    try:
        return path.read_bytes().decode("utf-8"), []
    except UnicodeDecodeError as e:
        return None, [Problem(display, None, "", f"is not UTF-8 text (bad byte at offset {e.start}); save it as UTF-8")]
    except OSError as e:
        return None, [Problem(display, None, "", f"cannot be read: {e.strerror}")]


def read_yaml(path: Path, display: str) -> tuple[YamlDoc | None, list[Problem]]:
    """Parse ``path``; return the document or the problems that stop it."""
    text, problems = read_text(path, display)
    if text is None:
        return None, problems
    return parse_yaml(text, display)


def parse_yaml(text: str, display: str, first_line: int = 1) -> tuple[YamlDoc | None, list[Problem]]:
    """Parse YAML text that starts at line ``first_line`` of the file."""
    offset = first_line - 1
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 + offset if mark else None
        what = " ".join(x for x in (e.context, e.problem) if x)
        return None, [Problem(display, line, "", f"is not valid YAML: {what}")]
    if node is None:
        return None, [Problem(display, None, "", "is empty; expected a mapping of keys such as name:, summary:, body:")]
    doc = YamlDoc(display, None)
    problems: list[Problem] = []
    _index(node, (), doc, problems, offset)
    loader = _LOADER("")
    try:
        doc.data = loader.construct_document(node)
    except yaml.constructor.ConstructorError as e:
        line = e.problem_mark.line + 1 + offset if e.problem_mark else None
        return None, [Problem(display, line, "", f"is not valid YAML: {e.problem}")]
    finally:
        loader.dispose()
    if not isinstance(doc.data, dict):
        problems.append(Problem(display, 1, "", f"expected a mapping of keys at the top, found a {type(doc.data).__name__}"))
    return (None if problems else doc), problems


def _index(node: yaml.Node, path: Path_, doc: YamlDoc, problems: list[Problem], offset: int) -> None:
    doc.lines.setdefault(path, node.start_mark.line + 1 + offset)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                dotted = ".".join(map(str, (*path, key)))
                problems.append(Problem(doc.file, key_node.start_mark.line + 1 + offset, dotted, "is given twice; keep one"))
            seen.add(key)
            doc.lines[(*path, key)] = key_node.start_mark.line + 1 + offset
            _index(value_node, (*path, key), doc, problems, offset)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, (*path, i), doc, problems, offset)
