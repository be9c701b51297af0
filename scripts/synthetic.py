"""Synthetic data for benchmarks: the real entries, copied with their own ids and names."""

from __future__ import annotations

from pathlib import Path

import yaml


def multiply(data: Path, scale: int) -> int:
    """Add ``scale - 1`` copies of every data file under ``data``; return the files added."""
    added = 0
    for path in sorted(data.glob("sources/*.yml")):  # the notes also cover the copies of their talks
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        doc["talks"] += [f"{talk}-copy{i}" for i in range(2, scale + 1) for talk in doc["talks"]]
        path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    for path in sorted(data.glob("*/*.yml")):
        if path.parent.name == "sources":
            continue
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for i in range(2, scale + 1):
            copy = dict(doc)
            copy["name"] = {lang: f"{text} ({i})" for lang, text in doc["name"].items()}
            if "questions" in doc:  # a question is listed on one entry (check), so each copy asks its own
                copy["questions"] = {lang: [f"{q} ({i})" for q in qs] for lang, qs in doc["questions"].items()}
            copy.pop("aliases", None)  # aliases are not unique-checked, but keep search honest
            copy.pop("related_roles", None)  # a copy relating to an original could be typed twice
            (path.parent / f"{path.stem}-copy{i}.yml").write_text(yaml.safe_dump(copy, allow_unicode=True), encoding="utf-8")
            added += 1
    return added
