"""Read one YAML file, keeping the line of every key for error messages.

The data is built from PyYAML's event stream with an explicit stack, not with
PyYAML's constructor: data files are written by strangers, so nothing in them
may recurse without bound (deep nesting), expand (anchors and aliases, the
"billion laughs"), build objects (tags) or crash (a bad date). Each of those is
a :class:`Problem` at its line instead.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem
from .yamlhints import explain

Path_ = tuple[str | int, ...]

# libyaml's parser when PyYAML was built with it (about 4x faster), else the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DEPTH = 40
"""Mappings and lists nested deeper than this are refused; real data needs about six."""

MAX_BYTES = 256 * 1024
"""Data files larger than this are refused without being read."""

MAX_VALUES = 10_000
"""Values (texts, numbers, lists, mappings) in one data file; the largest file has about 1,300. A
file of 128,000 one-letter list items took 6 s to validate and gave as many problems."""

MAX_NUMBER = 20
"""A number written with more characters than this is refused before it is parsed."""

DEEP = f"is nested more than {MAX_DEPTH} levels deep; data files need only a few levels"
EMPTY = "is empty; expected a mapping of keys such as name:, summary:, body:"
BY_LANGUAGE = "is empty; expected a mapping by language (ko:, en:), or no file at all"
"""What an empty file of keys by language (search/synonyms.yml, data/terms.yml) is told."""

_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_YAML_TAG = "tag:yaml.org,2002:"
# The plain scalars we turn into Python values; every other resolved tag stays text.
_BUILD = {
    f"{_YAML_TAG}null": (_CONSTRUCTOR.construct_yaml_null, "empty value"),
    f"{_YAML_TAG}bool": (_CONSTRUCTOR.construct_yaml_bool, "true/false"),
    f"{_YAML_TAG}int": (_CONSTRUCTOR.construct_yaml_int, "number"),
    f"{_YAML_TAG}float": (_CONSTRUCTOR.construct_yaml_float, "number"),
    f"{_YAML_TAG}timestamp": (_CONSTRUCTOR.construct_yaml_timestamp, "date"),
}


@dataclass
class YamlDoc:
    """A parsed file: its data, and the line (1-based) of each key path."""

    file: str
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    text_starts: dict[Path_, int] = field(default_factory=dict)
    """The first line of each literal block text (``key: |``): line i of the text is here + i."""

    def text_line(self, path: Path_, offset: int | None) -> int | None:
        """The file line of line ``offset`` of the text at ``path``: exact for a literal
        block (``|``); for other texts, the line where the value starts."""
        if path in self.text_starts and offset is not None:
            return self.text_starts[path] + offset
        return self.line_of(path)

    def line_of(self, path: Path_) -> int | None:
        """The line of ``path``, or of its nearest parent that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)


def dotted(loc: Path_) -> str:
    """``('stages', 1, 'name')`` -> ``stages[1].name``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# --- reading files ------------------------------------------------------------

# O_NOFOLLOW: a file swapped for a link after the loader looked at it is not followed;
# O_NONBLOCK: a file swapped for a FIFO does not stall the build (fstat refuses it below).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def too_big(size: int, display: str, limit: int = MAX_BYTES) -> Problem:
    return Problem(display, None, "", f"is {-(-size // 1024)} KiB; data files are limited to {limit // 1024} KiB")


def read_text(path: Path, display: str, limit: int = MAX_BYTES, visible: bool = True) -> tuple[str | None, list[Problem]]:
    """The file's text (without a UTF-8 byte order mark, NFC-normalized), or the problems that
    stop reading it: only a regular file of at most ``limit`` bytes is read, and (``visible``)
    one without invisible characters."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as e:
        return None, [Problem(display, None, "", f"cannot be read: {e.strerror}")]
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None, [Problem(display, None, "", "is not a regular file; data files must be regular files in the repository")]
        if info.st_size > limit:
            return None, [too_big(info.st_size, display, limit)]
        with os.fdopen(fd, "rb", closefd=False) as f:
            raw = f.read(limit + 1)
    except OSError as e:
        return None, [Problem(display, None, "", f"cannot be read: {e.strerror}")]
    finally:
        os.close(fd)
    if len(raw) > limit:  # it grew after fstat
        return None, [too_big(len(raw), display, limit)]
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as e:
        return None, [Problem(display, None, "", f"is not UTF-8 text (bad byte at offset {e.start}); save it as UTF-8")]
    # Line breaks as Python's text mode and Markdown read them (CR LF and a lone CR are each one):
    # the work count, the checks and the renderer then see the same lines (a lone CR was one line
    # to the count and hundreds to the renderer).
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    problems = invisible_problems(text, display) if visible else []
    # With invisible characters reported, the rest of the file is still read (every problem in one
    # run); they are shown as U+FFFD in other messages.
    return unicodedata.normalize("NFC", _PILED.sub("\ufffd", _INVISIBLE.sub("\ufffd", text)) if problems else text), problems


# Characters a reader cannot see, or that break lines where no line break shows: C0 controls but
# tab and newline (a file's carriage returns are read as line breaks, so one in a value was written
# as the escape "\r"); DEL and C1 controls; the format characters (Unicode category
# Cf: zero-width spaces and joiners, bidirectional marks, embeddings, overrides and isolates, soft
# hyphens, invisible operators, tags...); the line and paragraph separators (Zl, Zp); surrogates and
# private-use characters (Cs, Co); noncharacters (U+FDD0-FDEF, U+xFFFE, U+xFFFF); and letters that
# show as blank space (the Hangul fillers U+115F, U+1160, U+3164, U+FFA0 and the braille blank
# U+2800), which can make a name look empty or like another, and the joiners and selectors that
# show nothing on their own (U+034F, U+17B4-17B5, U+180B-180F, U+2065, U+16FE4, U+1D159). Everything
# else is normalized to NFC.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u034f\u17b4\u17b5\u180b-\u180f\u2065\U00016fe4\U0001d159\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u180e\u2800\u3164\uffa0"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ud800-\uf8ff\ufdd0-\ufdef\ufeff\ufff9-\ufffb\ufffe\uffff"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff\U0005fffe\U0005ffff"
    "\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff\U0009fffe\U0009ffff\U000afffe\U000affff"
    "\U000bfffe\U000bffff\U000cfffe\U000cffff\U000dfffe\U000dffff\U000e0001\U000e0020-\U000e007f"
    "\U000efffe\U000effff\U000f0000-\U0010ffff]"
)
MAX_REPORTED = 5
"""Invisible characters reported per file (the rest are the same mistake)."""


def invisible_message(ch: str) -> str:
    kind = {"Cc": "a control character", "Cn": "a noncharacter", "Co": "a private-use character", "Cs": "a surrogate"}
    name = unicodedata.name(ch, kind.get(unicodedata.category(ch), "an invisible character"))
    return f"contains U+{ord(ch):04X} ({name}), a character readers cannot see or that breaks lines where none shows; delete it"


_PILED = re.compile(
    "[\ufe00-\ufe0f\U000e0100-\U000e01ef]{2,}|(?:^|(?<=\\s))[\ufe00-\ufe0f\U000e0100-\U000e01ef]"
    "|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]{5,}",
    re.MULTILINE,
)
"""Variation selectors that select nothing (in a run, or after a space: one after an emoji is its
style), and five or more combining marks in a row, which pile over the lines around them (adv20t)."""


def first_invisible(text: str) -> str | None:
    m = _INVISIBLE.search(text) or _PILED.search(text)
    return m.group(0)[0] if m else None


def invisible_problems(text: str, display: str, first_line: int = 1) -> list[Problem]:
    """Each invisible, separator or noncharacter in ``text``, at its line (the first few)."""
    found = []
    for i, line in enumerate(text.split("\n")):
        if (ch := first_invisible(line)) is not None:
            found.append(Problem(display, first_line + i, "", invisible_message(ch)))
        if len(found) >= MAX_REPORTED:
            break
    return found


def read_yaml(path: Path, display: str, empty: str = EMPTY) -> tuple[YamlDoc | None, list[Problem]]:
    """Parse ``path``; return the document or the problems that stop it (``empty``: what an empty
    file is told)."""
    doc, problems = read_yaml_on(path, display, empty)
    return (None if problems else doc), problems


def read_yaml_on(path: Path, display: str, empty: str = EMPTY) -> tuple[YamlDoc | None, list[Problem]]:
    """Parse ``path`` as far as it goes: the document, also when it holds invisible characters
    (so the rest of its problems are found in the same run), and every problem."""
    text, problems = read_text(path, display)
    if text is None:
        return None, problems
    doc, more = parse_yaml(text, display, empty=empty)
    return doc, problems + more


# --- parsing --------------------------------------------------------------------


class _Stop(Exception):
    """The file cannot be read any further (its problem is already recorded)."""


_SKIP = object()  # the "key" of a mapping entry whose key was a list or mapping


@dataclass
class _Frame:
    """An open mapping or list, and where it is."""

    value: dict[str, Any] | list[Any]
    path: Path_
    key: str | object | None = None  # a mapping's pending key, until its value arrives


class _Builder:
    """Turns parser events into Python data and the line of every key path."""

    def __init__(self, display: str, offset: int) -> None:
        self.doc = YamlDoc(display, None)
        self.offset = offset
        self.problems: list[Problem] = []
        self.stack: list[_Frame] = []
        self.done = False  # the root node is complete
        self.skipping = 0  # depth inside a complex key being skipped
        self.values = 0  # values read so far (scalars, lists, mappings)

    def problem(self, event: yaml.Event, message: str, key: str = "", stop: bool = False) -> None:
        self.problems.append(Problem(self.doc.file, self.line(event), key, message))
        if stop:
            raise _Stop

    def line(self, event: yaml.Event) -> int:
        mark = event.start_mark  # the parser marks every event it yields
        return (mark.line if mark else 0) + 1 + self.offset

    def feed(self, event: yaml.Event) -> None:
        if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
            return
        if isinstance(event, yaml.DocumentStartEvent):
            if self.done:
                self.problem(event, "is not valid YAML: expected a single document in the stream but found another document", stop=True)
            return
        if self.skipping:
            self._skip(event)
            return
        if isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            self.values += 1
            if self.values > MAX_VALUES:
                self.problem(event, f"holds more than {MAX_VALUES:,} values; a data file needs a few hundred: "
                                    "shorten its lists, or split the entry", stop=True)
        self._refuse_anchor_and_tag(event)
        top = self.stack[-1] if self.stack else None
        if isinstance(top, _Frame) and isinstance(top.value, dict) and top.key is None:
            self._key(top, event)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            self.stack.pop()
            self.done = not self.stack
        elif isinstance(event, yaml.ScalarEvent):
            if event.style == "|":
                self.doc.text_starts[self._child_path()] = self.line(event) + 1
            self._attach(self._scalar(event), event)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            self._open(event)

    def _refuse_anchor_and_tag(self, event: yaml.Event) -> None:
        where = dotted(self._child_path()) if self.stack and not self._awaits_key() else ""
        if isinstance(event, yaml.AliasEvent):
            self.problem(event, f"the alias *{event.anchor} is not supported; write the value out in full", where, stop=True)
        if anchor := getattr(event, "anchor", None):
            self.problem(event, f"the anchor &{anchor} is not supported; write the value out in full", where, stop=True)
        tag = getattr(event, "tag", None)
        if tag:
            shown = "!!" + tag[len(_YAML_TAG) :] if tag.startswith(_YAML_TAG) else tag
            self.problem(event, f"the tag {shown} is not supported; write the plain value without a tag", where)

    def _awaits_key(self) -> bool:
        top = self.stack[-1]
        return isinstance(top.value, dict) and top.key is None

    def _child_path(self) -> Path_:
        """The key path of the node that comes next."""
        if not self.stack:
            return ()
        top = self.stack[-1]
        if isinstance(top.value, list):
            return (*top.path, len(top.value))
        return (*top.path, top.key) if isinstance(top.key, str) else (*top.path, "?")

    def _key(self, top: _Frame, event: yaml.Event) -> None:
        if isinstance(event, yaml.MappingEndEvent):
            self.stack.pop()
            self.done = not self.stack
            return
        if not isinstance(event, yaml.ScalarEvent):
            # A list or mapping used as a key: report it, skip it, and drop its value.
            self.problem(event, "a key must be plain text, not a list or mapping", dotted(top.path))
            self.skipping = 1
            top.key = _SKIP
            return
        key = event.value  # as written: `yes:` stays "yes", `1:` stays "1"
        path = (*top.path, key)
        if key in top.value:
            self.problem(event, "is given twice; keep one", dotted(path))
        top.key = key
        self.doc.lines[path] = self.line(event)

    def _skip(self, event: yaml.Event) -> None:
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            self.skipping += 1
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            self.skipping -= 1

    def _scalar(self, event: yaml.ScalarEvent) -> Any:
        if event.tag:
            return event.value  # already refused
        tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
        build = _BUILD.get(tag)
        if build is None:
            return event.value
        construct, kind = build
        if kind == "number" and len(event.value) > MAX_NUMBER:
            self.problem(event, f"a number of {len(event.value)} characters is too long; write at most {MAX_NUMBER}, "
                                "or put the value in quotes if it is text", dotted(self._child_path()))
            return event.value
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark)  # type: ignore[arg-type]
        try:
            return construct(node)
        except (ValueError, OverflowError, TypeError, yaml.YAMLError) as e:
            hint = "write a real date as YYYY-MM-DD" if kind == "date" else f"write a valid {kind}"
            self.problem(event, f"{event.value!r} is not a valid {kind} ({e}); {hint}, or put the value in quotes if it is text", dotted(self._child_path()))
            return event.value

    def _open(self, event: yaml.Event) -> None:
        if len(self.stack) >= MAX_DEPTH:
            self.problem(event, DEEP, stop=True)
        value: dict[str, Any] | list[Any] = {} if isinstance(event, yaml.MappingStartEvent) else []
        path = self._child_path()
        self._attach(value, event)
        self.stack.append(_Frame(value, path))

    def _attach(self, value: Any, event: yaml.Event) -> None:
        if not self.stack:
            self.doc.data = value
            self.doc.lines.setdefault((), self.line(event))
            self.done = not isinstance(value, (dict, list))
            return
        top = self.stack[-1]
        if isinstance(top.value, list):
            self.doc.lines.setdefault((*top.path, len(top.value)), self.line(event))
            top.value.append(value)
            return
        if top.key is not _SKIP:
            self.doc.lines.setdefault((*top.path, top.key), self.line(event))  # type: ignore[arg-type]
            top.value[top.key] = value  # type: ignore[index]
        top.key = None


def parse_yaml(text: str, display: str, first_line: int = 1, empty: str = EMPTY) -> tuple[YamlDoc | None, list[Problem]]:
    """Parse YAML text that starts at line ``first_line`` of the file.

    ``empty`` is the message for a document with no content.
    """
    offset = first_line - 1
    builder = _Builder(display, offset)
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            builder.feed(event)
    except _Stop:
        pass
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 + offset if mark else None
        what = " ".join(x for x in (e.context, e.problem) if x)
        if "maximum nesting depth" in what:  # libyaml's own limit, met while it scans ahead of ours
            builder.problems.append(Problem(display, line, "", DEEP))
        elif mark and (tab := _indenting_tab(text, mark.line)):
            builder.problems.append(Problem(display, tab[0] + 1 + offset, "", TAB, col=tab[1] + 1))
        else:
            at, message = explain(e, text)
            builder.problems.append(Problem(display, at + 1 + offset if at is not None else None, "", f"is not valid YAML: {message}"))
    except yaml.reader.ReaderError as e:
        builder.problems.append(_bad_character(text, display, e, offset))
    except yaml.YAMLError as e:
        builder.problems.append(Problem(display, None, "", f"is not valid YAML: {e}"))
    doc, problems = builder.doc, builder.problems
    if problems:
        return None, problems
    if doc.data is None:  # no content, or only comments
        # A file's emptiness has no line; front matter's is the --- line before it.
        return None, [Problem(display, offset or None, "", empty)]
    if not isinstance(doc.data, dict):
        found = {"list": "list", "str": "text"}.get(type(doc.data).__name__, type(doc.data).__name__)
        return None, [Problem(display, first_line, "", f"expected a mapping of keys at the top, found a {found}")]
    return doc, []


TAB = "a tab character indents this line; YAML indents with spaces"


def _indenting_tab(text: str, line: int) -> tuple[int, int] | None:
    """(line, column), 0-based, of a tab in the indentation of the line where the scanner
    stopped: its own message ("found character that cannot start any token") does not
    say that the character is a tab."""
    lines = text.split("\n")
    if line >= len(lines):
        return None
    indent = lines[line][: len(lines[line]) - len(lines[line].lstrip(" \t"))]
    return (line, indent.index("\t")) if "\t" in indent else None


def _bad_character(text: str, display: str, e: yaml.reader.ReaderError, offset: int) -> Problem:
    """A character the YAML reader refuses (a control character), at its line."""
    char = chr(e.character) if isinstance(e.character, int) else str(e.character)
    at = text.find(char)
    line = text.count("\n", 0, at) + 1 + offset if at >= 0 else None
    return Problem(display, line, "", f"contains the control character U+{ord(char[:1] or ' '):04X}; remove it")

