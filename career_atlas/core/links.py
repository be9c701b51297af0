"""Whether a link names what it should: an id of the right kind, or a stage's step; with the
fix (a near miss, the step form of a stage-step, or where the ids are). Used by the graph, which
links the valid files, and by the loader for the ids that files which did not validate name."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from .errors import MAX_PROBLEMS_PER_FILE, Problem
from .model import MODELS, REF_PATTERN
from .record import Record, Unread
from .relations import ANY, RELATIONS, Relation
from .yamlfile import dotted

LISTED = 30
"""Longer lists of valid ids are not spelled out in a message: they say where the ids are."""


def expected(given: str, choices: list[str], types: tuple[str, ...] = ()) -> str:
    """"did you mean 'collect'?" for a near miss, else every valid choice (or, when there
    are many, how many and where they are: the file names in their folders)."""
    if close := difflib.get_close_matches(given, choices, n=1, cutoff=0.75):
        return f"did you mean {close[0]!r}?"
    if not choices:
        return "there is nothing of that kind to link to yet"
    if len(choices) <= LISTED or not types:
        return f"expected one of: {', '.join(choices)}"
    folders = ", ".join(f"data/{m.FOLDER}/" for m in MODELS if m.TYPE in types)  # type: ignore[attr-defined]
    return f"expected one of {len(choices)} ids: the file names (without .yml) in {folders}"


def link_problem(ref: str, types: tuple[str, ...], by_id: dict[str, Record], failed: dict[str, str]) -> str | None:
    """What is wrong with a link to ``ref`` (an id, or stage#step) that should name one of ``types``;
    None when it names one, or a file of that kind that exists but failed (its own problems are reported)."""
    target, _, step = ref.partition("#")
    rec = by_id.get(target)
    if rec is None and (failed.get(target) in types or (types == ANY and target in failed)):
        return None
    if rec is None or rec.type not in types:
        kind = " or ".join(types) if types != ANY else "entry"
        if not step and "stage" in types and (as_step := _written_as_file_name(target, by_id)):
            return f"{target!r} is not a known {kind}; a step is written stage#step: did you mean {as_step!r}?"
        choices = sorted(r.id for r in by_id.values() if r.type in types)
        return f"{target!r} is not a known {kind}; {expected(target, choices, types)}"
    if step and step not in step_ids(rec):
        return f"{target!r} has no step {step!r}; {expected(step, step_ids(rec))}"
    return None


def _written_as_file_name(target: str, by_id: dict[str, Record]) -> str | None:
    """``data-collection-raw-data`` (a step as a note's file name writes it) as ``data-collection#raw-data``."""
    return next((f"{rec.id}#{step}" for rec in by_id.values() for step in step_ids(rec) if target == f"{rec.id}-{step}"), None)


_NOTE_ABOUT = Relation("about", "note", "about", ANY)


def unread_problems(unread: list[Unread], records: list[Record], failed: dict[str, str]) -> list[Problem]:
    """The unknown ids that files which did not validate name, read from their raw data, so one
    run reports them beside the file's own problems (the graph links valid files only): every id
    in a list of a relation's key, unless a problem is reported on it (or on its list) already."""
    by_id: dict[str, Record] = {}
    duplicated = set()
    for rec in records:
        if rec.type not in ("note", "source"):
            if rec.id in by_id:
                duplicated.add(rec.id)
            by_id.setdefault(rec.id, rec)
    problems = []
    for file in unread:
        budget = MAX_PROBLEMS_PER_FILE  # messages with a "did you mean" (past it, unknown ids are only counted)
        for rel in (*RELATIONS, _NOTE_ABOUT):
            if rel.source_type not in ("*", file.type):
                continue
            for path, ref in _raw_values(file.doc.data, rel.key.split(".")):
                key = dotted(path)
                shown = [dotted(path[:n]) for n in range(1, len(path) + 1)]
                if any(k in file.keys for k in shown) or not re.fullmatch(REF_PATTERN, ref) or ref.partition("#")[0] in duplicated:
                    continue
                if not budget:
                    if ref.partition("#")[0] not in by_id:  # counted by the loader's "and N more", never shown
                        problems.append(Problem(file.doc.file, None, key, "is not a known id"))
                elif message := link_problem(ref, rel.target_types, by_id, failed):
                    problems.append(Problem(file.doc.file, file.doc.line_of(path), key, message))
                    budget -= 1
    return problems


def _raw_values(data: object, keys: list[str], path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """The texts at ``keys`` in raw data, where each key holds a list (``sources.lecture``: the
    lecture of each source)."""
    if not isinstance(data, dict):
        return
    value = data.get(keys[0])
    if len(keys) == 1 and isinstance(value, str) and path:
        yield (*path, keys[0]), value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if len(keys) == 1 and isinstance(item, str):
                yield (*path, keys[0], i), item
            elif len(keys) > 1:
                yield from _raw_values(item, keys[1:], (*path, keys[0], i))


def step_ids(rec: Record) -> list[str]:
    return [s.id for s in getattr(rec.data, "steps", [])]
