"""The terminology list (``data/terms.yml``): one preferred term per concept and
language, and the variants that ``check`` rejects in text, with the preferred term.

Aliases are exempt (they list other spellings on purpose, so search finds them),
and so are reference titles (quoted as published).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import Problem
from .loader import Record
from .yamlfile import dotted, read_yaml

TERMS_FILE = "terms.yml"
EXEMPT = {"aliases", "references"}


@dataclass(frozen=True)
class Variant:
    lang: str
    text: str
    preferred: str
    pattern: re.Pattern[str]


def load_terms(data_dir: Path, display_root: Path) -> tuple[list[Variant], list[Problem]]:
    path = data_dir / TERMS_FILE
    if not path.is_file():
        return [], []
    display = path.relative_to(display_root).as_posix() if path.is_relative_to(display_root) else str(path)
    doc, problems = read_yaml(path, display)
    if doc is None:
        return [], problems
    variants: list[Variant] = []
    for lang, entries in doc.data.items():
        if not isinstance(entries, list):
            problems.append(Problem(display, doc.line_of((lang,)), str(lang), "expected a list of {preferred: ..., variants: [...]}"))
            continue
        for i, entry in enumerate(entries):
            if not (isinstance(entry, dict) and isinstance(entry.get("preferred"), str) and isinstance(entry.get("variants"), list)):
                problems.append(Problem(display, doc.line_of((lang, i)), f"{lang}[{i}]", "expected preferred: a term, and variants: a list of the spellings it replaces"))
                continue
            for text in entry["variants"]:
                text = str(text)
                # Variants start a word; English ones end one too, Korean ones may be
                # followed by a particle (원시 데이터를).
                bound = r"(?<![A-Za-z])" if re.match(r"[A-Za-z]", text) else r"(?<![\uac00-\ud7a3])"
                end = r"(?![A-Za-z])" if re.search(r"[A-Za-z]$", text) else ""
                variants.append(Variant(str(lang), text, entry["preferred"], re.compile(bound + re.escape(text) + end, re.IGNORECASE)))
    return variants, problems


def check_terms(records: list[Record], variants: list[Variant]) -> list[Problem]:
    """Every variant used in a text, on its line, with the preferred term."""
    problems = []
    languages = {v.lang for v in variants}
    for rec in records:
        for path, text in _texts(rec.doc.data):
            lang = _lang_of(path, rec, languages)
            for variant in variants:
                if variant.lang != lang:
                    continue
                for m in variant.pattern.finditer(text):
                    line = rec.doc.text_line(path, text.count("\n", 0, m.start()))
                    problems.append(Problem(rec.file, line, dotted(path), f"{m.group(0)!r}: write {variant.preferred!r} (the atlas's term; see data/terms.yml)"))
    return problems


def _lang_of(path: tuple[str | int, ...], rec: Record, languages: set[str]) -> str | None:
    for part in reversed(path):
        if isinstance(part, str) and part in languages:
            return part
    return getattr(rec.data, "lang", None)


def _texts(data: object, path: tuple[str | int, ...] = ()) -> list[tuple[tuple[str | int, ...], str]]:
    out: list[tuple[tuple[str | int, ...], str]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key not in EXEMPT:
                out += _texts(value, (*path, key))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            out += _texts(item, (*path, i))
    elif isinstance(data, str):
        out.append((path, data))
    return out
