"""Contributed text, made safe for a web page.

Text in data files is written by strangers, so the guarantee that nothing they
type runs as script comes from the output side:

- **Markdown** (passages, background, notes) is rendered by :mod:`.textrender`,
  with raw HTML turned off, and the HTML that comes out goes through the
  allow-list sanitizer here (nh3, :func:`sanitize`): only the tags, attributes
  and URL schemes that Markdown produces survive. The page places it as an
  opaque raw HTML block that no later Markdown pass reads into.
- **The finished page**: after MkDocs has rendered it, its article goes through a
  wider allow-list that also knows the atlas's own markup (:func:`sanitize_page`).
- **Plain text** (names, titles, summaries) is escaped by :func:`md_text` for
  Markdown and by :func:`html.escape` for HTML; it never becomes markup.
- **URLs** are parsed, checked against a scheme allow-list and re-serialized by
  :func:`safe_url`, never pasted into Markdown.

:mod:`.textcheck` is the early check: it reports, with their lines, the things
the sanitizer would remove or that would change a page's structure, so a
contributor gets ``file:line`` errors. Safety does not depend on it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from urllib.parse import quote, urlsplit, urlunsplit

import nh3

# --- the allow-list: what the atlas's own Markdown produces -----------------------

TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "code", "pre", "blockquote",
        "a", "table", "thead", "tbody", "tr", "th", "td", "br", "hr"}
ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "th": {"align"}, "td": {"align"}, "code": {"class"}}
SCHEMES = {"http", "https", "mailto"}
_LANGUAGE_CLASS = re.compile(r"^language-[A-Za-z0-9_+-]{1,30}$")
_ALIGN = {"left", "right", "center"}



_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


_TOOLTIP_BRACKETS = str.maketrans({"<": "\uff1c", ">": "\uff1e"})


def _tooltip_text(value: str) -> str:
    """A title with its angle brackets as full-width look-alikes: Material's tooltips (the
    content.tooltips feature, off in mkdocs.yml since adv20r) put a title into the page as HTML,
    so a title that decodes to <img onerror=...> would run; this holds if the feature comes back."""
    return value.translate(_TOOLTIP_BRACKETS)


_THEME_ID = re.compile(r"__(?!tabbed_\d+_\d+$|codelineno-[\w-]+$)")
"""Ids the theme gives its own elements (``__config``, ``__search``, ``__drawer``, ``__toc``...): an
element of the article with one would be found in their place (a paragraph with the id
``__config`` became the site's settings, and a translation in it ran as script). Allowed: the ids
pymdownx gives tabs (``__tabbed_1_1``) and code lines (``__codelineno-0-1``)."""


def _page_attribute_filter(tag: str, attr: str, value: str) -> str | None:
    if attr == "title":
        return _tooltip_text(value)
    if attr in ("id", "for") and _THEME_ID.match(value):
        return None
    return value


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


def _cleaner(tags: set[str], attributes: dict[str, set[str]], attribute_filter: Callable[[str, str, str], str | None],
             prefixes: set[str] | None = None, content_removed: set[str] | None = None) -> nh3.Cleaner:
    """An allow-list sanitizer, built once: links only to SCHEMES (or relative), no rel added,
    no comments; ``prefixes`` of attributes allowed on any tag, tags removed with their content."""
    return nh3.Cleaner(tags=tags, attributes=attributes, attribute_filter=attribute_filter, url_schemes=SCHEMES,
                       link_rel=None, strip_comments=True, generic_attribute_prefixes=prefixes,
                       clean_content_tags=content_removed)


_FRAGMENT = _cleaner(TAGS, ATTRIBUTES, _attribute_filter)


def sanitize(fragment: str) -> str:
    """The allow-listed HTML of ``fragment``; everything else is dropped (text kept)."""
    return _inert(_EXTERNAL_LINK.sub(r'<a rel="noopener noreferrer" \1', _FRAGMENT.clean(fragment)))


_EXTERNAL_LINK = re.compile(r'<a (href="(?:https?:|mailto:))')


# --- the finished page ----------------------------------------------------------------

# What a finished page's article may hold: what contributed Markdown becomes (TAGS), plus the
# atlas's own markup (the SVG maps, the self-check's form, anchors' markers, the notes' and
# sources' lists) and what the site's Markdown extensions write on hand-written pages
# (admonitions, tabs, footnotes, code highlighting, emoji, abbreviations). No script, style,
# frame, object or event handler, and links only to http, https, mailto or relative addresses.
FORM_TAGS = {"form", "button", "select", "option", "fieldset", "legend"}
"""The self-check's form: on generated pages only (on a hand-written page, a form could ask a
reader for a password and send it anywhere). Inputs and labels stay: pymdownx's tabs are radio
buttons, and without a form an input sends nothing."""
PAGE_TAGS = TAGS | FORM_TAGS | {
    "input", "label", "h1", "div", "span", "section", "aside", "article", "nav", "figure", "figcaption", "details", "summary",
    "dl", "dt", "dd", "sup", "sub", "small", "q", "abbr", "kbd", "mark", "del", "ins", "s", "time", "caption",
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


def _page_cleaner(tags: set[str], prefixes: set[str]) -> nh3.Cleaner:
    return _cleaner(tags, PAGE_ATTRIBUTES, _page_attribute_filter, prefixes,
                    {"script", "style", "template", "noscript", "iframe", "object", "embed", "textarea", "math"})


_PAGE = _page_cleaner(PAGE_TAGS, {"data-", "aria-"})
_WRITTEN_PAGE = _page_cleaner(PAGE_TAGS - FORM_TAGS, {"aria-"})
"""A hand-written page's article: without forms, and without data-* attributes, which the atlas's
own script reads (a picker's roles, a link's target) as its generated pages write them."""


def sanitize_page(article: str, generated: bool = True) -> str:
    """A finished page's article HTML, through the page allow-list: whatever path a string took
    into the page, no handler, script or unsafe URL survives. A hand-written page
    (``generated=False``) keeps no form and no data-* attribute either. No element keeps an id of
    the theme's own."""
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
    if deceptive_host(candidate):
        return None
    safe = "/:@!$&'()*+,;=%~-._"
    return urlunsplit((
        parts.scheme.lower(),
        quote(parts.netloc, safe=safe + "[]"),
        quote(parts.path, safe=safe),
        quote(parts.query, safe=safe + "?/"),
        quote(parts.fragment, safe=safe + "?/"),
    ))


def deceptive_host(url: str) -> str | None:
    """Why a link's address would show a reader one site and open another, or None: a user name
    before ``@`` (https://www.lucypark.kr@evil.example/ opens evil.example) or a host with
    non-ASCII letters (a Cyrillic а in аpple.com; a real non-ASCII domain is written as xn--)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return None
    if parts.scheme.lower() == "mailto":
        return None
    if "@" in parts.netloc:
        return "it has a user name before @, so it opens the site after the @"
    if not host.isascii():
        return "its host has non-ASCII letters, which can look like another site's; write the domain as xn--… (punycode)"
    return None


def html_link(url: str, text: str) -> str:
    """An external link built in code, or the escaped text if the URL is not allowed."""
    href = safe_url(url)
    if href is None:
        return html.escape(text)
    return f'<a href="{html.escape(href)}" rel="noopener noreferrer">{html.escape(text)}</a>'
