"""Lecture passages and where they come from.

Every paragraph, list or table of lecture text is a :class:`~.model.Passage` with
anchors: a note (``data/sources/<id>.yml``), its lines and the words there that support
the passage. :func:`check_quotes` reads the notes' texts (they are not copied into the
repository) and checks that each quote is on the lines it names.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from .errors import Problem
from .model import Anchor, Passage
from .record import Record
from .yamlfile import Path_, dotted, read_text

REQUIRE_ANCHORS = True
"""Whether a lecture passage without an anchor, or one that speaks of "the notes" instead of
saying what they say, is an error (on once every data file is anchored)."""

MAX_SPAN = 40
"""An anchor names at most this many lines: the words that support a passage, not a section."""


def passages(data: BaseModel, path: Path_ = ()) -> Iterator[tuple[Path_, Passage]]:
    """Every passage of lecture text in a record, with its key path (``body[3]``,
    ``steps[1].body[0]``, ``responsibilities[2]``), in the order of the file."""
    for name in type(data).model_fields:
        value = getattr(data, name)
        if isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, Passage):
                    yield (*path, name, i), item
                elif isinstance(item, BaseModel):
                    yield from passages(item, (*path, name, i))
        elif isinstance(value, Passage):
            yield (*path, name), value
        elif isinstance(value, BaseModel):
            yield from passages(value, (*path, name))


def anchored(data: BaseModel) -> Iterator[tuple[Path_, Anchor]]:
    """Every anchor of a record, with its key path (``body[3].anchors[0]``)."""
    for path, passage in passages(data):
        for j, anchor in enumerate(passage.anchors):
            yield (*path, "anchors", j), anchor


def note_problems(rec: Record, cited: set[str], sources: dict[str, Record], failed: dict[str, str]) -> list[Problem]:
    """Each anchor of ``rec`` names a known note that covers one of the lectures ``cited``
    (so the page credits the right talk)."""
    problems = []
    for path, anchor in anchored(rec.data):
        key = f"{dotted(path)}.note"
        note = sources.get(anchor.note)
        if note is None:
            if failed.get(anchor.note) != "source":
                problems.append(Problem(rec.file, rec.line(*path, "note"), key, f"{anchor.note!r} is not a known note; "
                                        f"{_expected(anchor.note, sorted(sources))} (the file names in data/sources/)"))
        elif not cited & set(note.data.talks):
            problems.append(Problem(rec.file, rec.line(*path, "note"), key,
                                    f"the note {anchor.note!r} covers {', '.join(note.data.talks)}, which this entry does not "
                                    f"list in sources:; add `- lecture: {note.data.talks[0]}` to its sources, or cite a note of its own lectures"))
    return problems


def _expected(given: str, choices: list[str]) -> str:
    if close := difflib.get_close_matches(given, choices, n=1, cutoff=0.75):
        return f"did you mean {close[0]!r}?"
    return f"expected one of: {', '.join(choices)}" if choices else "there is no note in data/sources/ yet"


# --- the notes' texts ------------------------------------------------------------

# Whitespace and the characters of Markdown syntax: a quote matches its note whatever
# the spacing, emphasis, list markers or link brackets around its words.
_IGNORED = re.compile(r"[\s*_`#>~|\\\[\]()!+-]+")


def plain(text: str) -> str:
    """Text as the quote test compares it: normalized, without spaces or Markdown markers."""
    return _IGNORED.sub("", unicodedata.normalize("NFKC", text)).casefold()


@dataclass
class NoteText:
    """The lines of one note's text."""

    lines: list[str]

    def span(self, first: int, last: int) -> str:
        return "\n".join(self.lines[first - 1 : last])

    def find(self, quote: str) -> tuple[int, int] | None:
        """The tightest line range (at most a few lines) that holds ``quote``, the first such."""
        wanted = plain(quote)
        for width in range(6):
            for first in range(1, len(self.lines) - width + 1):
                if wanted in plain(self.span(first, first + width)):
                    return first, first + width
        return None


@dataclass
class QuoteReport:
    """What the quote test found: the counts ``check`` prints, and whether the notes were there."""

    passages: int = 0
    anchored: int = 0
    anchors: int = 0
    verified: int = 0
    asides: int = 0
    missing_notes: list[str] = field(default_factory=list)
    """The sources whose text was not found (their quotes were not tested)."""
    unpublished: list[str] = field(default_factory=list)
    """Those of them with no public address (``url``): no one but their keepers has their text."""
    cited_missing: int = 0
    """The anchors that cite a note whose text was not found."""

    def summary(self, languages: tuple[str, ...]) -> str:
        def pct(n: int, d: int) -> str:
            return f"{100 * n / d:.0f}%" if d else "100%"

        each = ", ".join(f"{lang} {self.passages}" for lang in languages)
        line = (f"lecture passages: {self.passages} in each language ({each}), {self.anchored} anchored ({pct(self.anchored, self.passages)}); "
                f"anchors: {self.anchors} ({self.asides} note-takers' remarks), {self.verified} quotes verified ({pct(self.verified, self.anchors)})")
        if self.missing_notes:
            line += f"; not verified: the text of {len(self.missing_notes)} note(s) was not found"
        return line


NOTE_LIMIT = 4 * 1024 * 1024
"""A note's text is read up to this size (the notes are not the contributors' files: no other limit)."""


def load_note(path: Path, display: str) -> tuple[NoteText | None, list[Problem]]:
    text, problems = read_text(path, display, NOTE_LIMIT, visible=False)
    if text is None:
        return None, problems
    return NoteText(text.replace("\r\n", "\n").split("\n")), []


# Prose about the notes instead of what they say ("one note records...", "한 노트는..."): the
# anchors name the notes, so a passage states its content plainly.
_NOTE_PROSE = re.compile(r"노트(?:는|에는|에서|가|를|의|들|마다|에\b)|필기|\b(?:one|another|both|two|other|the|a|each|some|these)\s+notes?\b"
                         r"|\bnote-?takers?\b|\bnotes\s+(?:say|record|show|describe|give|put)", re.IGNORECASE)
# What credits a speaker: their name, or the talk as the one speaking.
_CREDIT = re.compile(r"강의는|강연은|특강은|연사|강사|\bthe (?:talk|speaker|lecture|lecturer)\b", re.IGNORECASE)


def speakers(records: list[Record]) -> list[str]:
    """The speakers' names as the lecture records give them, in every script ("박은정", "Lucy Park")."""
    names: set[str] = set()
    for rec in records:
        if rec.type == "lecture":
            for text in (rec.data.speaker.__pydantic_extra__ or {}).values():
                names.update(n.strip() for n in re.split(r"[()]", text) if len(n.strip()) > 1)
    return sorted(names)


def prose_problems(rec: Record, path: Path_, passage: Passage, names: list[str]) -> list[Problem]:
    """A passage states what a note says, plainly; one that rests only on a note-taker's own
    remarks does not credit the speaker with it."""
    problems = []
    asides = bool(passage.anchors) and all(a.aside for a in passage.anchors)
    for lang, text in (passage.__pydantic_extra__ or {}).items():
        where = (*path, lang)
        if m := _NOTE_PROSE.search(text):
            problems.append(Problem(rec.file, rec.line(*where), dotted(where), f"{m.group(0)!r}: say what the note says, plainly; "
                                    "its anchor already names the note (where notes differ, give both anchors and state each)"))
        if asides and (m := _CREDIT.search(text) or next((re.search(re.escape(n), text) for n in names if n in text), None)):
            problems.append(Problem(rec.file, rec.line(*where), dotted(where), f"{m.group(0)!r}: this passage rests only on a "
                                    "note-taker's own remark (aside: true), so it may not credit the speaker or the talk"))
    return problems


def check_quotes(records: list[Record], sources: dict[str, Record], notes_dir: Path | None, require: bool = True) -> tuple[list[Problem], QuoteReport]:
    """Every lecture passage has an anchor (when ``require``), says what its notes say plainly,
    and every quote is on the lines its anchor names. Notes whose text is not in ``notes_dir``
    are listed, not tested."""
    report = QuoteReport()
    problems: list[Problem] = []
    texts: dict[str, NoteText | None] = {}
    folder = notes_dir.resolve() if notes_dir else None
    for ident, source in sorted(sources.items()):
        path = notes_dir / source.data.file if notes_dir else None
        if path is not None and folder is not None and not path.resolve().is_relative_to(folder):
            path = None  # a link out of the notes folder: not read (its text would answer guesses)
        if path is None or not path.is_file():
            texts[ident] = None
            report.missing_notes.append(ident)
            if not source.data.url:
                report.unpublished.append(ident)
            continue
        texts[ident], found = load_note(path, str(path))
        problems += [Problem(source.file, source.line("file"), "file", p.message) for p in found]
    names = speakers(records)
    for rec in records:
        for path, passage in passages(rec.data):
            if require:
                problems += prose_problems(rec, path, passage, names)
            report.passages += 1
            if passage.anchors:
                report.anchored += 1
            elif require:
                problems.append(Problem(rec.file, rec.line(*path), dotted(path), "a lecture passage needs at least one anchor: "
                                        "anchors: [{note: <source id>, lines: 34, quote: <the words of the note that support it>}]"))
            for j, anchor in enumerate(passage.anchors):
                report.anchors += 1
                report.asides += anchor.aside
                note = texts.get(anchor.note)
                if note is None:
                    report.cited_missing += anchor.note in texts
                    continue
                where = (*path, "anchors", j)
                message = _quote_problem(anchor, note, f"the note {anchor.note!r} ({sources[anchor.note].data.file})")
                if message:
                    problems.append(Problem(rec.file, rec.line(*where, "quote"), f"{dotted(where)}.quote", message))
                else:
                    report.verified += 1
    return problems, report


def _quote_problem(anchor: Anchor, note: NoteText, file: str) -> str | None:
    """What is wrong with the quote of ``anchor`` in ``note``; ``file`` names the note as the
    contributor wrote it (its id, then where its text was read)."""
    first, last = anchor.span
    if last < first:
        return f"lines {anchor.lines}: the last line comes before the first"
    if last - first >= MAX_SPAN:
        return f"lines {anchor.lines} span {last - first + 1} lines; name the few lines that hold the quote (at most {MAX_SPAN})"
    if last > len(note.lines):
        return f"lines {anchor.lines}: {file} has only {len(note.lines)} lines"
    if plain(anchor.quote) in plain(note.span(first, last)):
        return None
    found = note.find(anchor.quote)
    if found:
        at = f"{found[0]}" if found[0] == found[1] else f"{found[0]}-{found[1]}"
        return f"{anchor.quote!r} is not on lines {anchor.lines} of {file}; it is on lines {at}"
    return (f"{anchor.quote!r} is not on lines {anchor.lines} of {file}, nor anywhere else in it; copy the words exactly as the note writes them "
            "(spacing and Markdown markers aside)")
