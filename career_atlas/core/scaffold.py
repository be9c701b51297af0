"""Write a new, commented data file to fill in (``scripts/new.py role data-scientist``); the check
rejects the template's placeholder texts until they are replaced (:func:`is_placeholder`)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from urllib.parse import quote, urlencode

import yaml

from .model import ID_MAX, MODELS, REF_PATTERN, Note, SourceNote, is_id
from .schema import known_ids, modeline
from .siteconfig import site_url

COMMON = """\
{modeline}
# A new {type}. Fill in every text in Korean (ko) and English (en), in your own words,
# then check it with:  .venv/bin/python -m career_atlas check
name:
  ko: "{id} (한국어 이름)"
  en: "{id} (English name)"
aliases:            # other names people search for: nicknames, industry titles, spellings
  ko: []
  en: []
questions:          # what a reader asks that this entry answers, in their words (search finds the page by them)
  ko: []
  en: []
summary:            # one sentence, used as the page's description
  ko: "한 문장 요약"
  en: "One-sentence summary"
body:               # what the lecture said, in your own words: one item per paragraph, list or table
                    # (Markdown, no raw HTML), headings as items of their own
  - heading: {{ko: "개요", en: "Overview"}}
  - ko: "본문을 쓰세요."
    en: "Write the body here."
    anchors:        # where the passage comes from: a note (a file name in data/sources/), the line(s)
                    # and the words there that support it, copied exactly
      - {{note: note-id, lines: 1, quote: "노트에 적힌 문구 그대로"}}
sources: []         # the lecture(s) this comes from: - lecture: <a file name in data/lectures/>
# An entry beyond the lectures has no sources and no lecture text (body:, and a role's
# responsibilities:): instead, background: blocks explain it,
# each citing at least one reference:
# background:
#   - text: {{ko: "...", en: "..."}}
#     references: [{{title: ..., url: https://..., year: 2015}}]
references: []      # external works: - {{title: ..., url: https://..., year: 2015}}
"""

EXTRA = {
    "role": """\
areas: [ai-engineering]   # business, data-engineering, aiops, ai-engineering, ai-research
responsibilities:   # one item per point, each with its anchors like the body's passages
  - ko: "하는 일"
    en: "What the role does"
    anchors:
      - {note: note-id, lines: 1, quote: "노트에 적힌 문구 그대로"}
stages: []          # stage ids or stage#step, e.g. data-collection#raw-data
related_roles: []   # role ids (type a pair on one side only)
skills: []          # ids in data/skills/
tools: []           # ids in data/tools/
""",
    "stage": """\
order: 99           # position in the pipeline
steps:
  - id: first-step
    name: {ko: "세부 단계", en: "Sub-step"}
    summary: {ko: "세부 단계 요약", en: "Sub-step summary"}
    tools: []
    ethics: []
ethics: []          # ethics topic ids that arise in this stage
""",
    "ethics": """\
group: individual   # individual, society or humanity
cases: []           # - {id: case-id, name: {ko:, en:}, body: {ko:, en:}, year: 2020}
roles: []           # role ids that must watch for this topic
""",
    "skill": "kind: technical   # technical or soft\n",
    "tool": "stack: ml         # frontend, backend, ml, database, ops, serving or data\n# url: https://...\n",
    "term": "related: []       # ids (or stage#step) of related entries\n",
    "guide": "section: career   # career, practice, full-stack, service-models or language-models\norder: 99\nrelated: []\n",
}

LECTURE = """\
{modeline}
name: {{ko: "{id} 강의 제목", en: "{id} lecture title"}}
speaker: {{ko: "연사", en: "Speaker"}}
affiliation: {{ko: "소속", en: "Affiliation"}}
summary: {{ko: "한 문장 요약", en: "One-sentence summary"}}
body:               # what the talk covered: one item per paragraph, list or table, with its anchors
  - ko: "강의 내용을 쓰세요."
    en: "Describe the lecture."
    anchors:
      - {{note: note-id, lines: 1, quote: "노트에 적힌 문구 그대로"}}
order: 99
given: "2021-09"    # when the talk was given, YYYY-MM
references: []
"""


# --- a contributor's note: the same template for scripts/new.py note and each page's "Add a note" link ---

NOTE_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Your note's title", "title_": "what the note is about, in a few words",
        "author": "Your name", "author_": "as it should appear on the page",
        "author_url_": "optional: a page about you (https://...)",
        "date_": "the day you write this, as YYYY-MM-DD (and in the file name)",
        "lang_": "the language you write in: ko or en",
        "about_": "the entries the note is about: ids, or stage#step",
        "body": "Write your note here, in Markdown: your own experience, or a correction. Headings start at ####.",
    },
    "ko": {
        "title": "노트 제목", "title_": "무엇에 관한 노트인지 몇 단어로",
        "author": "내 이름", "author_": "페이지에 나올 이름",
        "author_url_": "선택: 나를 소개하는 페이지 (https://...)",
        "date_": "쓰는 날짜, YYYY-MM-DD 형식 (파일 이름에도)",
        "lang_": "노트를 쓴 언어: ko 또는 en",
        "about_": "노트가 다루는 항목의 id, 또는 단계#세부단계",
        "body": "여기에 Markdown으로 노트를 쓰세요. 자신의 경험이나 바로잡을 내용을 적습니다. 제목은 ####부터 씁니다.",
    },
}
"""The note template's texts in each language (the English ones for any other); the check rejects
title, author and body while they are still these."""
DATE_PLACEHOLDER = "yyyy-mm-dd"
"""Where a note's file name takes its date, when the date is not known yet (a link on a built page)."""


def note_template(about: list[str], lang: str, date: str = "") -> str:
    """A note's file, started: front matter with a comment on each key, and the body to replace."""
    t = NOTE_TEXTS.get(lang, NOTE_TEXTS["en"])
    return (f"---\ntitle: {t['title']}  # {t['title_']}\nauthor: {t['author']}  # {t['author_']}\n"
            f"# author_url: https://...  # {t['author_url_']}\ndate: {date}  # {t['date_']}\nlang: {lang}  # {t['lang_']}\n"
            f"about: [{', '.join(about)}]  # {t['about_']}\n---\n{t['body']}\n")


def note_filename(about: str, lang: str, date: str = DATE_PLACEHOLDER, n: int = 1) -> str:
    """``<entry-id>-<yyyy-mm-dd>-<lang>.md`` (a step: ``<stage>-<step>-...``), an id of at most ID_MAX;
    the ``n``-th note on one page on one day in one language ends in ``-<n>`` (from 2)."""
    suffix = f"-{date}-{lang}" + (f"-{n}" if n > 1 else "")
    return about.replace("#", "-")[: ID_MAX - len(suffix)].rstrip("-") + f"{suffix}.md"


def new_note_url(edit_url: str, about: str, lang: str) -> str | None:
    """The repository's new-file page in data/notes/, with the file name and the note started:
    ``<repo>/new/<branch>/data/notes?filename=...&value=...``, from the pages' edit URL
    (``<repo>/edit/<branch>/``). None where the repository has no such page."""
    if "/edit/" not in edit_url:
        return None
    base = edit_url.replace("/edit/", "/new/", 1).rstrip("/")
    query = urlencode({"filename": note_filename(about, lang), "value": note_template([about], lang)}, quote_via=quote)
    return f"{base}/data/{Note.FOLDER}?{query}"


def create_note(root: Path, about: str, lang: str, date: str) -> Path:
    """Write ``data/notes/<about>-<date>-<lang>.md`` from the note template, about an entry (or a
    step) of ``root/data``; a second note on one page on one day in one language is ``...-2.md``."""
    ids = known_ids(root / "data")
    entries = sorted({i for type_, found in ids.items() if type_ not in ("step", SourceNote.TYPE) for i in found} | set(ids["step"]))  # type: ignore[attr-defined]
    if not re.fullmatch(REF_PATTERN, about):
        close = _suggest(about, entries)
        hint = f"did you mean {close!r}?" if close else "e.g. data-engineer or data-collection#raw-data"
        raise ValueError(f"{about!r} is not an id or a stage#step (lower-case letters, digits and hyphens); {hint}")
    if about not in entries:
        close = _suggest(about, entries)
        hint = f"did you mean {close!r}?" if close else "an entry's id is its file name in data/ (without .yml), a step's stage#step"
        raise ValueError(f"{about!r} is not a known entry; {hint}")
    n = 1
    while (path := root / "data" / Note.FOLDER / note_filename(about, lang, date, n)).exists():
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(note_template([about], lang, date), encoding="utf-8")
    return path


def _as_id(text: str) -> str:
    """``Data-Engineer`` or ``data_engineer`` as an id (``data-engineer``); a step keeps its ``#``."""
    return "#".join(re.sub(r"[^a-z0-9]+", "-", part).strip("-") for part in text.lower().split("#", 1))


def _suggest(given: str, entries: list[str]) -> str | None:
    """The entry ``given`` was meant to be: itself in lower case with hyphens, a step written as in
    a note's file name (``data-collection-raw-data`` for ``data-collection#raw-data``), or a near miss."""
    written = _as_id(given)
    if written in entries:
        return written
    if as_step := next((e for e in entries if "#" in e and e.replace("#", "-") == written), None):
        return as_step
    close = difflib.get_close_matches(written, entries, n=1, cutoff=0.75)
    return close[0] if close else None


def template(type_: str, ident: str, site_url: str = "") -> str:
    line = modeline(site_url, type_)
    if type_ == "lecture":
        return LECTURE.format(id=ident, modeline=line)
    return COMMON.format(type=type_, id=ident, modeline=line) + EXTRA[type_]


def create(root: Path, type_: str, ident: str) -> Path:
    """Write ``data/<folder>/<ident>.yml``; refuse to overwrite or to take a bad id. Its first
    line names the schema the site publishes (``site_url`` in ``root/mkdocs.yml``)."""
    models = {m.TYPE: m for m in MODELS}  # type: ignore[attr-defined]
    if type_ not in models:
        raise ValueError(f"unknown type {type_!r}; expected one of: {', '.join(models)}")
    if not is_id(ident):
        example = _as_id(ident).replace("#", "-")
        raise ValueError(f"{ident!r} is not a valid id; use lower-case letters, digits and hyphens, "
                         f"e.g. {example if is_id(example) else 'data-scientist'}")
    path = root / "data" / models[type_].FOLDER / f"{ident}.yml"  # type: ignore[attr-defined]
    if path.exists():
        raise ValueError(f"{path.relative_to(root)} already exists")
    for model in MODELS:  # ids are unique across all folders
        if (taken := root / "data" / model.FOLDER / f"{ident}.yml").exists():  # type: ignore[attr-defined]
            raise ValueError(f"the id {ident!r} is taken by {taken.relative_to(root).as_posix()}; ids are unique across all folders: "
                             f"choose another")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(template(type_, ident, site_url(root / "mkdocs.yml")), encoding="utf-8")
    return path


# --- the template's placeholder texts, which a finished entry must not keep ------------

_SENTINEL = "zz-placeholder-id"
_LANGUAGE_KEYS = ("ko", "en", "quote")  # the languages the templates are written in, and an anchor's quote
PLACEHOLDER = "still holds the template's placeholder text; write your own"


@cache
def placeholders() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """What the templates ask people to replace, read from the templates themselves so
    the two cannot drift: whole texts (whitespace-normalized), single lines of the
    Markdown bodies, and the parts of names that follow the id ("(English name)")."""
    whole: set[str] = set()
    lines: set[str] = set()
    parts: set[str] = set()
    for texts in NOTE_TEXTS.values():
        whole.update(_normal(texts[key]) for key in ("title", "author", "body"))
        lines.add(texts["body"])
    for type_ in (*EXTRA, "lecture"):
        for text in _texts(yaml.safe_load(template(type_, _SENTINEL))):
            if _SENTINEL in text:
                parts.add(text.replace(_SENTINEL, "").strip())
                continue
            whole.add(_normal(text))
            if "\n" in text.strip():
                lines.update(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return frozenset(whole), frozenset(lines), tuple(sorted(parts))


def is_placeholder(text: str) -> bool:
    """Whether ``text`` is (or, for a name, contains) a template's placeholder."""
    whole, lines, parts = placeholders()
    normal = _normal(text)
    if normal in whole or any(line.strip() in lines for line in text.splitlines()):
        return True
    # "(English name)" anywhere; "lecture title" only after the id, as the template writes it
    return any(part in normal if part.startswith("(") else re.fullmatch(rf"\S+ {re.escape(part)}", normal) is not None for part in parts)


def _normal(text: str) -> str:
    return " ".join(text.split())


def _texts(data: object, language: bool = False) -> Iterator[str]:
    """The texts under a language key (``ko:``/``en:``) or a quote in a template's data."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _texts(value, key in _LANGUAGE_KEYS)
    elif isinstance(data, list):
        for item in data:
            yield from _texts(item, language)
    elif isinstance(data, str) and language:
        yield data
