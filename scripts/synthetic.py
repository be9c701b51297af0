"""Synthetic data for benchmarks: the real entries, copied with their own ids and names."""

from __future__ import annotations

from pathlib import Path

import yaml

KEEP_KEYS = {"ko", "en", "areas", "section", "stack"}
"""Keys whose values are never an entry's id: a language's text, or one of a fixed list of
names that happen to be spelled like an entry's id (the area aiops, the section language-models)."""


def _relinked(value: object, ids: set[str], suffix: str) -> object:
    """``value`` with every id of an entry it names turned into that entry's copy's id,
    so that each copy of the atlas links within itself, as the real one does."""
    if isinstance(value, str):
        ident, hash_, step = value.partition("#")  # a stage's step: "data-collection#annotation"
        return ident + suffix + hash_ + step if ident in ids else value
    if isinstance(value, list):
        return [_relinked(v, ids, suffix) for v in value]
    if isinstance(value, dict):
        return {k: v if k in KEEP_KEYS else _relinked(v, ids, suffix) for k, v in value.items()}
    return value


def multiply(data: Path, scale: int) -> int:
    """Add ``scale - 1`` copies of every data file under ``data``; return the files added.

    Each copy links to the copies beside it (``x-copy2`` names ``y-copy2``), not to the
    originals: every page keeps the size it has today, and a larger atlas has more pages,
    not longer ones (copies naming the originals gave each original page a backlink from
    every copy, pages that grow with the scale, which the cost per page then measured)."""
    added = 0
    ids = {path.stem for path in data.glob("*/*.yml") if path.parent.name != "sources"}
    for path in sorted(data.glob("sources/*.yml")):  # the notes also cover the copies of their talks
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        doc["talks"] += [f"{talk}-copy{i}" for i in range(2, scale + 1) for talk in doc["talks"]]
        path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    for path in sorted(data.glob("*/*.yml")):
        if path.parent.name == "sources":
            continue
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for i in range(2, scale + 1):
            copy = dict(_relinked(doc, ids, f"-copy{i}"))  # type: ignore[arg-type]
            copy["name"] = {lang: f"{text} ({i})" for lang, text in doc["name"].items()}
            if "questions" in doc:  # a question is listed on one entry (check), so each copy asks its own
                copy["questions"] = {lang: [f"{q} ({i})" for q in qs] for lang, qs in doc["questions"].items()}
            copy.pop("aliases", None)  # aliases are not unique-checked, but keep search honest
            (path.parent / f"{path.stem}-copy{i}.yml").write_text(yaml.safe_dump(copy, allow_unicode=True), encoding="utf-8")
            added += 1
    return added
