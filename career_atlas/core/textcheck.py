"""The early check of contributed Markdown: what the sanitizer would remove, or what would
change a page's structure (a passage that is not one block, a heading above the page's own), with
its line, so a contributor gets ``file:line`` errors. Safety does not depend on it."""

from __future__ import annotations

import bisect
import html
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass

import markdown
from markdown.util import HTML_PLACEHOLDER_RE

from .sanitize import TAGS, deceptive_host, safe_url
from .textrender import MD as _MD

_OPENING_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9]*)")


def block_tags(text: str) -> list[str]:
    """The tags of the top-level elements :func:`~.textrender.to_html` makes of ``text`` ("" for text
    outside any), from the renderer's block parse alone: for a text that :func:`problems` passes,
    inline Markdown, serializing and sanitizing change no top-level element (tests/test_loading.py
    compares the two), and rendering each text in full was most of the cost of the check."""
    if not text.strip():
        return []
    md = _MD.reset()
    lines = text.split("\n")
    for preprocessor in md.preprocessors:  # what convert does first: fenced code goes to the stash
        lines = preprocessor.run(lines)
    tags: list[str] = []
    for block in md.parser.parseDocument(lines).getroot():
        tag = block.tag if block.tag in TAGS else ""  # the sanitizer keeps the text of a tag it drops (# h1)
        if tag or tags[-1:] != [""]:  # text beside text is one run of text
            tags.append(tag)
        placeholder = HTML_PLACEHOLDER_RE.fullmatch((block.text or "").strip()) if block.tag == "p" and not len(block) else None
        if placeholder:  # a stashed block (fenced code) replaces the paragraph that holds its placeholder
            stashed = str(md.htmlStash.rawHtmlBlocks[int(placeholder.group(1))])
            if (opening := _OPENING_TAG.match(stashed)) and md.is_block_level(opening.group(1)):
                tags[-1] = opening.group(1).lower()
    return tags


_BLOCKS = {"p", "ul", "ol", "table", "blockquote", "pre"}


def shape_problem(text: str, point: bool = False) -> str | None:
    """Why ``text`` is not one passage (one paragraph, list or table), or, for a ``point``,
    not one short paragraph; None when it is."""
    tags = block_tags(text)
    if any(tag in ("h2", "h3", "h4", "h5", "h6") for tag in tags):
        return "a passage has no heading; put the heading in its own item before it: - heading: {ko: ..., en: ...}"
    if point:
        return None if tags == ["p"] else "a point is one short paragraph; write it without a list, table or blank line"
    if len(tags) != 1 or tags[0] not in _BLOCKS:
        return (f"a passage is one paragraph, list or table (this one has {len(tags)}: {', '.join(tags) or 'nothing'}); "
                "split it into passages, each with the anchors that support it")
    return None


# --- the early check ----------------------------------------------------------------

_FULL = markdown.Markdown(extensions=["tables", "sane_lists", "fenced_code", "attr_list"])
_ATTR_LIST = re.compile(r"\{[^{}\n]*\}")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]|$)")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")


def _heading_problems(text: str, min_heading: int) -> list[TextProblem]:
    """Headings above ``min_heading`` (# or an underlined heading where the page has its title; in a
    note, anything above #### , since its title is a ### heading), outside code."""
    found, previous = [], ""
    for i, line in prose_lines(text):
        level = len(m.group(1)) if (m := _ATX.match(line)) else None
        if level is None and previous.strip() and not _ATX.match(previous) and (u := _SETEXT.match(line)):
            level, i = (1 if u.group(1)[0] == "=" else 2), i - 1  # an underlined heading: the line above it
        previous = line
        if level is None or level >= min_heading:
            continue
        if min_heading == 2:
            found.append(TextProblem(i, "a top-level # heading is not allowed (the page has its title); start with ##"))
        else:
            found.append(TextProblem(i, f"a note's headings start at {'#' * min_heading} (its title is the "
                                        f"{'#' * (min_heading - 1)} above them on the page); write this one as {'#' * min_heading} or lower"))
    return found


@dataclass(frozen=True)
class TextProblem:
    """A problem in one text: its line within the text (0-based) and what is wrong."""

    line: int | None
    message: str


def problems(text: str, min_heading: int = 2) -> list[TextProblem]:
    """What in ``text`` would be removed or would change the page's structure (a heading above
    ``min_heading`` among them)."""
    found: list[TextProblem] = []
    # Each check renders the text only when it holds the character its syntax needs: raw HTML
    # and autolinks start with "<", attribute lists with "{", links and images with "[" or "<".
    # Most texts are prose without any, and rendering each three times was most of a build's load.
    raw_html, attributes, links = "<" in text, "{" in text, "[" in text or "<" in text
    # Raw HTML, as Python-Markdown itself would read it (every spelling it accepts):
    # what it stashes as HTML beyond what the atlas's renderer stashes (code blocks).
    rendered = _FULL.reset().convert(text) if raw_html or attributes else ""
    mine = _MD.reset().convert(text) if raw_html or links else ""  # the atlas's own rendering: its stash here, its links below
    raw_items = Counter(map(str, _FULL.htmlStash.rawHtmlBlocks)) - Counter(map(str, _MD.htmlStash.rawHtmlBlocks)) if raw_html else Counter()
    raw_lines: set[int | None] = set()
    for raw in raw_items:
        line = _line_of(text, raw.strip().split("\n")[0][:40])
        if line in raw_lines:
            continue  # one message per line: "<b>x</b>" is one problem, not two
        raw_lines.add(line)
        found.append(TextProblem(line, f"raw HTML is not allowed (found {raw.strip()[:30]!r}); write Markdown, "
                                       "or put the characters in `backticks`"))
    # Attribute lists of any form: where Markdown would apply one (rendering with and
    # without attr_list differs), or a {...} that ends a line outside code.
    applied = attributes and rendered != _PLAIN.reset().convert(text)
    for i, prose_line in prose_lines(text):
        attr = _ATTR_LIST_END.search(prose_line) or (_ATTR_LIST.search(prose_line) if applied else None)
        if attr:
            found.append(TextProblem(i, f"attribute lists are not allowed (found {attr.group(0).strip()!r}); remove the {{...}} part"))
    found += _heading_problems(text, min_heading)
    # Links and images, from the tree the atlas itself renders.
    if not (raw_html or links):
        return found
    try:
        root = ET.fromstring(f"<div>{_numeric_entities(mine)}</div>")
    except ET.ParseError:  # pragma: no cover - Python-Markdown writes well-formed XHTML
        return found
    targets = [a.get("href", "") for a in root.iter("a")]
    seen = set(targets)
    for url, _title in _MD.references.values():  # unused definitions too
        if url not in seen:
            seen.add(url)
            targets.append(url)
    for href in targets:
        if href.startswith("#") or safe_url(href) is not None:
            continue
        if why := deceptive_host(html.unescape(href)):
            found.append(TextProblem(_line_of(text, href[:30]), f"the link target {href!r} is not allowed: {why}"))
            continue
        found.append(TextProblem(_line_of(text, href[:30]), f"the link target {href!r} is not allowed; use a full "
                                 "https:// (or mailto:) address, and link other entries through the entry's relations"))
    for img in root.iter("img"):
        found.append(TextProblem(_line_of(text, img.get("src", "")[:30] or "!["), "images are not supported; link to the image instead"))
    return found


_PLAIN = markdown.Markdown(extensions=["tables", "sane_lists", "fenced_code"])
_ATTR_LIST_END = re.compile(r"\{:?[ \t]*[#.]?[A-Za-z_][^{}\n]*\}[ \t]*$")


_FENCE_OPENING = re.compile(r"""(~{3,}|`{3,})[ ]*(?:\{[^\n]*\}|\.?[\w#.+-]*[ ]*(?:hl_lines=("|').*?\2[ ]*)?)""")
"""A line that opens a fenced block, as fenced_code's pattern reads one (FencedBlockPreprocessor.FENCED_BLOCK_RE)."""
_FENCE_CLOSING = re.compile(r"(~{3,}|`{3,})[ ]*")
"""A line that closes the block its fence (the same run) opened."""


def prose_lines(text: str) -> list[tuple[int, str]]:
    """The lines of ``text`` outside fenced code, with their index, inline code removed. A fence is
    what the renderer's fenced_code reads as one (closed, at the line's start): an unclosed ``` hid
    the headings after it from the check, where the page showed them. Found in one pass, where
    fenced_code's own pattern reads the rest of the text from each line that opens a fence."""
    lines = text.split("\n")
    closings: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if m := _FENCE_CLOSING.fullmatch(line):
            closings.setdefault(m.group(1), []).append(i)
    code: set[int] = set()
    i = 0
    while i < len(lines):
        if (m := _FENCE_OPENING.fullmatch(lines[i])) and (ends := closings.get(m.group(1))):
            k = bisect.bisect_right(ends, i)
            if k < len(ends):  # the first line after it that closes it, as the pattern's lazy match finds
                code.update(range(i, ends[k] + 1))
                i = ends[k] + 1
                continue
        i += 1
    return [(i, re.sub(r"`[^`]*`", "", line)) for i, line in enumerate(lines) if i not in code]


def _numeric_entities(rendered: str) -> str:
    """Named entities that XML does not know, made numeric, so ElementTree can read the HTML."""
    return re.sub(r"&([A-Za-z][A-Za-z0-9]*);", lambda m: m.group(0) if m.group(1) in ("amp", "lt", "gt", "quot", "apos") else html.unescape(m.group(0)).encode("ascii", "xmlcharrefreplace").decode(), rendered)


def _line_of(text: str, needle: str) -> int | None:
    if not needle:
        return None
    if "\n" not in needle and (at := text.find(needle)) >= 0:
        return text.count("\n", 0, at)  # the first line holding it, at C speed: a text may hold thousands
    unescaped = html.unescape(needle)
    for i, line in enumerate(text.split("\n")):
        if unescaped in html.unescape(line):
            return i
    return None
