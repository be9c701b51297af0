"""The terminology list (``data/terms.yml``): one preferred term per concept and
language, and the variants that ``check`` rejects in text, with the preferred term.

Aliases are exempt (they list other spellings on purpose, so search finds them),
and so are reference titles (quoted as published).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, ClassVar

from pydantic import Field, model_validator

from .errors import Problem
from .model import DEFAULT_LANGUAGES, Localized, ShortText, Strict
from .record import Record
from .validate import validate
from .wordtree import tree_pattern
from .yamlfile import BY_LANGUAGE, dotted, read_yaml

TERMS_FILE = "terms.yml"
EXEMPT = {"aliases", "references", "quote"}
"""Keys whose texts are exempt: aliases list other spellings on purpose, reference titles and
anchors' quotes are verbatim (and so is a source's ``title``, the note's own)."""


MAX_VARIANTS = 200
"""Variants per language, counted over all its entries (the atlas has 17): a bound on the size of
the one pattern they make (``_pattern``)."""


class TermEntry(Strict):
    """One concept: the atlas's term and the spellings it replaces."""

    preferred: ShortText
    variants: list[ShortText] = Field(min_length=1, max_length=20)


class TermsFile(Localized):
    """``data/terms.yml``: per language, the preferred terms (a language may have none)."""

    OPTIONAL: ClassVar[bool] = True
    __pydantic_extra__: dict[str, Annotated[list[TermEntry], Field(max_length=MAX_VARIANTS)]] = Field(init=False)  # type: ignore[assignment]

    @model_validator(mode="after")
    def _few_enough_variants(self) -> TermsFile:
        for lang, entries in (self.__pydantic_extra__ or {}).items():
            count = sum(len(entry.variants) for entry in entries)
            if count > MAX_VARIANTS:
                raise ValueError(f"{lang} has {count} variants in all; at most {MAX_VARIANTS} per language "
                                 "(the check looks for each in every text): keep the spellings people really write")
        return self


@dataclass(frozen=True)
class Variant:
    lang: str
    text: str
    preferred: str


@dataclass(frozen=True)
class Terms:
    """The variants of each language, found in a text by one regular expression per language."""

    variants: dict[str, dict[str, Variant]]  # lang -> casefolded variant -> variant
    patterns: dict[str, re.Pattern[str]]

    def __len__(self) -> int:
        return sum(len(v) for v in self.variants.values())


_LATIN = re.compile(r"[A-Za-z]")


def _pattern(texts: list[str]) -> str:
    """One pattern for all the variants of a language, as a prefix tree (core/wordtree.py: 200
    variants check a megabyte in 0.015 s, where one alternative a variant took 3 s). A variant
    starts a word; an English one ends one too, a Korean one may be followed by a particle
    (원시 데이터를). Where two variants start at one place, the longer is reported."""
    def end(text: str) -> str:
        return r"(?![A-Za-z])" if _LATIN.match(text[-1]) else ""

    latin = [t.lower() for t in texts if _LATIN.match(t)]
    other = [t.lower() for t in texts if not _LATIN.match(t)]
    return "|".join(bound + "(?:" + tree_pattern(group, end) + ")"
                    for bound, group in ((r"(?<![A-Za-z])", latin), (r"(?<![\uac00-\ud7a3])", other)) if group)


def load_terms(data_dir: Path, display_root: Path, languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> tuple[Terms, list[Problem]]:
    empty = Terms({}, {})
    path = data_dir / TERMS_FILE
    if not os.path.lexists(path):  # no list; a folder, a pipe or a link in its place is read, and refused
        return empty, []
    display = path.relative_to(display_root).as_posix() if path.is_relative_to(display_root) else str(path)
    doc, problems = read_yaml(path, display, BY_LANGUAGE)
    if doc is None:
        return empty, problems
    data, problems = validate(doc, TermsFile, {"languages": languages, "known": tuple(doc.data)})
    if data is None:
        return empty, problems
    variants: dict[str, dict[str, Variant]] = {}
    for lang, entries in (data.__pydantic_extra__ or {}).items():
        for entry in entries:
            for text in entry.variants:
                variants.setdefault(lang, {})[text.casefold()] = Variant(lang, text, entry.preferred)
    patterns = {lang: re.compile(_pattern([v.text for v in found.values()]), re.IGNORECASE) for lang, found in variants.items()}
    return Terms(variants, patterns), []


def check_terms(records: list[Record], terms: Terms) -> list[Problem]:
    """Every variant used in a text, on its line, with the preferred term."""
    problems = []
    languages = set(terms.patterns)
    for rec in records:
        for path, text in _texts(rec.doc.data):
            if rec.type == "source" and path == ("title",):
                continue
            lang = _lang_of(path, rec, languages)
            pattern = terms.patterns.get(lang or "")
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                variant = terms.variants[lang][m.group(0).casefold()]  # type: ignore[index]
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
