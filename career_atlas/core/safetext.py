"""Contributed text, made safe for a web page.

Text in data files is written by strangers, so the guarantee that nothing they
type runs as script comes from the output side:

- **Markdown** (passages, background, notes) is rendered here by the atlas's own
  Python-Markdown, with raw HTML turned off, and the HTML that comes out goes
  through an allow-list sanitizer (nh3): only the tags, attributes and URL
  schemes this Markdown produces survive (:func:`to_html`). The page places it as
  an opaque raw HTML block that no later Markdown pass reads into.
- **The finished page**: after MkDocs has rendered it, its article goes through a
  wider allow-list that also knows the atlas's own markup (:func:`sanitize_page`).
- **Plain text** (names, titles, summaries) is escaped by :func:`md_text` for
  Markdown and by :func:`html.escape` for HTML; it never becomes markup.
- **URLs** are parsed, checked against a scheme allow-list and re-serialized by
  :func:`safe_url`, never pasted into Markdown.

:func:`problems` is the early check: it reports, with their lines, the things
the sanitizer would remove or that would change a page's structure, so a
contributor gets ``file:line`` errors. Safety does not depend on it.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import quote, urlsplit, urlunsplit

import markdown
import nh3
from markdown.treeprocessors import Treeprocessor

# --- the allow-list: what the atlas's own Markdown produces -----------------------

TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "code", "pre", "blockquote",
        "a", "table", "thead", "tbody", "tr", "th", "td", "br", "hr"}
ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "th": {"align"}, "td": {"align"}, "code": {"class"}}
SCHEMES = {"http", "https", "mailto"}
_LANGUAGE_CLASS = re.compile(r"^language-[A-Za-z0-9_+-]{1,30}$")
_ALIGN = {"left", "right", "center"}

ETransform = Callable[[ET.Element], None]


_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


_TOOLTIP_BRACKETS = str.maketrans({"<": "\uff1c", ">": "\uff1e"})


def _tooltip_text(value: str) -> str:
    """A title with its angle brackets as full-width look-alikes: Material's tooltips put a title
    into the page as HTML, so a title that decodes to <img onerror=...> would run."""
    return value.translate(_TOOLTIP_BRACKETS)


def _page_attribute_filter(tag: str, attr: str, value: str) -> str | None:
    return _tooltip_text(value) if attr == "title" else value


def _attribute_filter(tag: str, attr: str, value: str) -> str | None:
    if attr == "title":
        return _tooltip_text(value)
    if attr == "href":
        # Browsers drop tabs, newlines and leading controls before reading a scheme
        # ("java\tscript:"); so does this check, whatever the sanitizer thought.
        plain = "".join(c for c in html.unescape(value) if c > " ")
        m = _SCHEME.match(plain)
        if m and m.group(1).lower() not in SCHEMES:
            return None
        return None if any(c < " " for c in value) else value
    if attr == "class":
        return value if _LANGUAGE_CLASS.match(value) else None
    if attr == "align":
        return value if value in _ALIGN else None
    if attr == "start":
        return value if value.isdigit() and len(value) < 7 else None
    return value


def sanitize(fragment: str) -> str:
    """The allow-listed HTML of ``fragment``; everything else is dropped (text kept)."""
    clean = nh3.clean(
        fragment,
        tags=TAGS,
        attributes=ATTRIBUTES,
        attribute_filter=_attribute_filter,
        url_schemes=SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
    return _inert(_EXTERNAL_LINK.sub(r'<a rel="noopener noreferrer" \1', clean))


_EXTERNAL_LINK = re.compile(r'<a (href="(?:https?:|mailto:))')


# --- the finished page ----------------------------------------------------------------

# What a finished page's article may hold: what contributed Markdown becomes (TAGS), plus the
# atlas's own markup (the SVG maps, the self-check's form, anchors' markers, the notes' and
# sources' lists) and what the site's Markdown extensions write on hand-written pages
# (admonitions, tabs, footnotes, code highlighting, emoji, abbreviations). No script, style,
# frame, object or event handler, and links only to http, https, mailto or relative addresses.
PAGE_TAGS = TAGS | {
    "h1", "div", "span", "section", "aside", "article", "nav", "figure", "figcaption", "details", "summary",
    "dl", "dt", "dd", "sup", "sub", "small", "q", "abbr", "kbd", "mark", "del", "ins", "s", "time", "caption",
    "form", "input", "label", "button", "select", "option", "fieldset", "legend",
    "svg", "g", "rect", "circle", "line", "path", "polygon", "polyline", "text", "tspan", "title", "desc",
}
PAGE_ATTRIBUTES = {
    "*": {"class", "id", "lang", "dir", "title", "hidden", "role", "tabindex"},
    "a": {"href", "rel", "hreflang", "download"},
    "ol": {"start", "reversed"}, "td": {"align", "colspan", "rowspan"}, "th": {"align", "colspan", "rowspan", "scope"},
    "time": {"datetime"}, "details": {"open"}, "abbr": set(), "q": {"cite"},
    "form": {"action", "method"}, "input": {"type", "name", "value", "checked", "required", "disabled", "placeholder", "autocomplete"},
    "label": {"for"}, "button": {"type", "name", "value", "disabled"}, "select": {"name", "required"}, "option": {"value", "selected"},
    "svg": {"viewBox", "xmlns", "width", "height", "focusable", "font-size", "preserveAspectRatio"},
    "g": {"transform"}, "rect": {"x", "y", "width", "height", "rx", "ry"}, "circle": {"cx", "cy", "r"},
    "line": {"x1", "y1", "x2", "y2"}, "path": {"d"}, "polygon": {"points"}, "polyline": {"points"},
    "text": {"x", "y", "dx", "dy", "text-anchor", "font-size", "font-weight"}, "tspan": {"x", "y", "dx", "dy"},
}
def _page_cleaner(prefixes: set[str]) -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=PAGE_TAGS,
        attributes=PAGE_ATTRIBUTES,
        attribute_filter=_page_attribute_filter,
        generic_attribute_prefixes=prefixes,
        url_schemes=SCHEMES,
        link_rel=None,
        strip_comments=True,
        clean_content_tags={"script", "style", "template", "noscript", "iframe", "object", "embed", "textarea", "math"},
    )


_PAGE = _page_cleaner({"data-", "aria-"})
_WRITTEN_PAGE = _page_cleaner({"aria-"})
"""A hand-written page's article: without data-* attributes, which the atlas's own script reads
(a picker's roles, a link's target) as its generated pages write them."""


def sanitize_page(article: str, generated: bool = True) -> str:
    """A finished page's article HTML, through the page allow-list: whatever path a string took
    into the page, no handler, script or unsafe URL survives. A hand-written page
    (``generated=False``) keeps no data-* attribute either."""
    return (_PAGE if generated else _WRITTEN_PAGE).clean(article)


_NOSCRIPT_LINE = re.compile(r'<p class="atlas-noscript">([^<>]*)</p>')


def noscript_lines(clean: str) -> str:
    """The atlas's lines for readers without JavaScript (``<p class="atlas-noscript">``, plain
    text only) put in ``<noscript>``, after the sanitizer. The sanitizer never lets noscript
    through: its parser reads a noscript's content as raw text, unchecked. Here the content is
    text without ``<`` or ``>``, so nothing in it can close the noscript or open a tag."""
    return _NOSCRIPT_LINE.sub(lambda m: f'<noscript><p class="atlas-noscript">{m.group(1)}</p></noscript>', clean)


_ATTR_VALUE = re.compile(r'="([^"]*)"')


def _inert(clean: str) -> str:
    """Characters that Markdown preprocessors of the page might still read inside
    raw HTML (fences, snippet markers) become entities; the browser shows the same."""
    clean = _ATTR_VALUE.sub(lambda m: '="' + m.group(1).replace("<", "&lt;").replace(">", "&gt;").replace("\n", "&#10;") + '"', clean)
    return clean.replace("`", "&#96;").replace("~", "&#126;")


# --- plain text and URLs ------------------------------------------------------------

# Characters that start Markdown syntax inline, or HTML; as numeric entities they
# are only text (a browser shows the same characters).
_MD_SPECIAL = re.compile(r"[\\`*_\[\]{}#!|<>&:~]")


def md_text(text: str) -> str:
    """Plain text for a Markdown line (a heading, link text, a list item): inert."""
    return _MD_SPECIAL.sub(lambda m: f"&#{ord(m.group(0))};", " ".join(text.split()))


def safe_url(url: str) -> str | None:
    """``url`` parsed and re-serialized, or None if its scheme is not allowed."""
    candidate = html.unescape(url).strip()
    if any(ord(c) < 0x20 or c.isspace() for c in candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in SCHEMES or (parts.scheme.lower() != "mailto" and not parts.netloc):
        return None
    safe = "/:@!$&'()*+,;=%~-._"
    return urlunsplit((
        parts.scheme.lower(),
        quote(parts.netloc, safe=safe + "[]"),
        quote(parts.path, safe=safe),
        quote(parts.query, safe=safe + "?/"),
        quote(parts.fragment, safe=safe + "?/"),
    ))


def html_link(url: str, text: str) -> str:
    """An external link built in code, or the escaped text if the URL is not allowed."""
    href = safe_url(url)
    if href is None:
        return html.escape(text)
    return f'<a href="{html.escape(href)}" rel="noopener noreferrer">{html.escape(text)}</a>'


# --- rendering contributed Markdown --------------------------------------------------


class _Transform(Treeprocessor):
    """Runs the caller's tree transform (glossary links) after inline parsing."""

    transform: ETransform | None = None

    def run(self, root: ET.Element) -> None:
        if self.transform is not None:
            self.transform(root)


def _markdown() -> tuple[markdown.Markdown, _Transform]:
    md = markdown.Markdown(
        extensions=["tables", "sane_lists", "fenced_code"],
        extension_configs={"tables": {"use_align_attribute": True}},
    )
    # Raw HTML is only text here: "<b>" shows as "<b>".
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    transform = _Transform(md)
    md.treeprocessors.register(transform, "atlas_transform", 5)
    return md, transform


_MD, _TRANSFORM = _markdown()


def to_html(text: str, transform: ETransform | None = None) -> str:
    """Contributed Markdown rendered and sanitized."""
    _TRANSFORM.transform = transform
    try:
        return sanitize(_MD.reset().convert(text))
    finally:
        _TRANSFORM.transform = None


_VOID = {"br", "hr"}


class _TopLevelSplitter(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.starts = [0]
        for line in text.split("\n"):
            self.starts.append(self.starts[-1] + len(line) + 1)
        self.depth = 0
        self.current: tuple[str, int] | None = None
        self.pieces: list[tuple[str, str]] = []
        self.last_end = 0

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if self.depth == 0:
            start = self._offset()
            if tag in _VOID:
                end = start + len(self.get_starttag_text() or "")
                self._emit(tag, start, end)
                return
            self.current = (tag, start)
        if tag not in _VOID:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        self.depth -= 1
        if self.depth == 0 and self.current:
            end = self.text.index(">", self._offset()) + 1
            self._emit(self.current[0], self.current[1], end)
            self.current = None

    def _emit(self, tag: str, start: int, end: int) -> None:
        between = self.text[self.last_end : start]
        if between.strip():
            self.pieces.append(("", between))
        self.pieces.append((tag, self.text[start:end]))
        self.last_end = end


def _top_level(fragment: str) -> list[tuple[str, str]]:
    """The top-level elements of sanitized (well-formed) HTML, with their tag."""
    parser = _TopLevelSplitter(fragment)
    parser.feed(fragment)
    parser.close()
    rest = fragment[parser.last_end :]
    if rest.strip():
        parser.pieces.append(("", rest))
    return parser.pieces


_BLOCKS = {"p", "ul", "ol", "table", "blockquote", "pre"}


def shape_problem(text: str, point: bool = False) -> str | None:
    """Why ``text`` is not one passage (one paragraph, list or table), or, for a ``point``,
    not one short paragraph; None when it is."""
    tags = [tag for tag, _ in _top_level(to_html(text))]
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
        found.append(TextProblem(_line_of(text, href[:30]), f"the link target {href!r} is not allowed; use a full "
                                 "https:// (or mailto:) address, and link other entries through the entry's relations"))
    for img in root.iter("img"):
        found.append(TextProblem(_line_of(text, img.get("src", "")[:30] or "!["), "images are not supported; link to the image instead"))
    return found


_PLAIN = markdown.Markdown(extensions=["tables", "sane_lists", "fenced_code"])
_ATTR_LIST_END = re.compile(r"\{:?[ \t]*[#.]?[A-Za-z_][^{}\n]*\}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def prose_lines(text: str) -> list[tuple[int, str]]:
    """The lines of ``text`` outside fenced code, with their index, inline code removed."""
    out, fence = [], ""
    for i, line in enumerate(text.split("\n")):
        if m := _FENCE.match(line):
            marker = m.group(1)[0]
            fence = "" if fence == marker else (fence or marker)
            continue
        if not fence:
            out.append((i, re.sub(r"`[^`]*`", "", line)))
    return out


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
