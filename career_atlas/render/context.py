"""What every part of one language's pages shares: the graph, the language, and
the safe ways to put contributed text and links into a page."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..core import textrender
from ..core.graph import Graph
from ..core.model import Anchor, Heading, Passage, Subheading
from ..core.record import Record
from ..core.sanitize import md_text
from . import labels as L
from .glossary import TermLinker
from .paths import html_href, page_path, rel

SOURCES_PAGE = "lectures/sources.md"
"""The page that lists the notes the lecture passages cite."""


def t(text: object, lang: str) -> str:
    return str(getattr(text, lang))


def _provenance(provenance: str, sources: Iterable[str]) -> str:
    """The attributes that say where a block's text comes from (lecture ids, if any)."""
    source = " ".join(dict.fromkeys(sources))
    return f'data-provenance="{provenance}"' + (f' data-source="{html.escape(source)}"' if source else "")


@dataclass
class Context:
    """One language of the site; maps and pages both draw with it."""

    graph: Graph
    lang: str
    base_url: str = "/"  # this language's root URL, for structured data
    year: str = ""  # of the atlas's citation (this year when not given)
    repo_url: str = ""  # the repository (https://github.com/owner/name), for edit and "add a note" links
    edit_url: str = ""  # the repository's edit URL for a path (…/edit/main/), for notes' own Edit links
    page: str | None = None  # the page being written, whose state the next three fields hold
    seen: set[str] = field(default_factory=set)  # terms already explained on the page
    anchors: dict[tuple[str, str, str], int] = field(default_factory=dict)  # the page's anchors, numbered
    marks: int = 0  # the page's markers so far (an anchor cited twice has two)

    def writing(self, here: str) -> None:
        """Per-page state follows the page written: text for another page than the last starts it
        afresh (terms explained once per page, markers numbered from 1), so no page function has
        to remember to. ``new_page`` starts it afresh for a page written again."""
        if here != self.page:
            self.new_page(here)

    def new_page(self, here: str | None = None) -> None:
        self.page, self.seen, self.anchors, self.marks = here, set(), {}, 0

    @cached_property
    def terms(self) -> TermLinker:
        return TermLinker(self.graph, self.lang, self.href)

    def of_type(self, type_: str) -> list[Record]:
        return self.graph.of_type(type_, self.lang)

    def name(self, ident: str) -> str:
        """The entry's name as plain text (escape it where it is shown)."""
        return t(self.graph.records[ident].data.name, self.lang)

    def target(self, here: str, ident: str) -> str:
        """The relative Markdown link from page ``here`` to entry ``ident``'s page."""
        return rel(here, page_path(self.graph.records[ident]))

    def href(self, here: str, ident: str, anchor: str = "") -> str:
        """The relative URL for raw HTML (MkDocs rewrites only Markdown links)."""
        return html_href(here, page_path(self.graph.records[ident])) + (f"#{anchor}" if anchor else "")

    def link(self, here: str, ident: str, step: str | None = None) -> str:
        """A Markdown link to an entry (or one of its steps); the name is inert text."""
        target = self.target(here, ident)
        text = md_text(self.name(ident))
        if step:
            step_obj = next(s for s in self.graph.records[ident].data.steps if s.id == step)
            return f"[{text}]({target}) › [{md_text(t(step_obj.name, self.lang))}]({target}#{step})"
        return f"[{text}]({target})"

    def prose(self, text: str, here: str, own_id: str | None, provenance: str, link_terms: bool = True) -> str:
        """Free contributed Markdown (background, a case's account, a note), sanitized, as one raw
        HTML block that says where it comes from: Markdown never reads inside it again (no
        attribute list or other extension acts on the text; its headings stay inside). The first
        mention of each term is linked unless ``link_terms`` is off (a case's narrative)."""
        self.writing(here)
        transform = self.terms.transform(here, own_id, self.seen) if link_terms else None
        return f'<div class="atlas-text" {_provenance(provenance, ())}>\n{textrender.to_html(text.strip(), transform).strip()}\n</div>\n\n'

    def passages(self, blocks: list[Any], here: str, own_id: str | None, sources: Iterable[str], level: int = 2) -> str:
        """Lecture text: each passage a block of its own that says where it comes from, with a
        marker per anchor; headings (plain text, level ``level`` and the one below) between
        them stay Markdown headings for the table of contents, their text inert."""
        attrs = _provenance("lecture", sources)
        out = []
        for block in blocks:
            if isinstance(block, (Heading, Subheading)):
                text = t(block.heading if isinstance(block, Heading) else block.subheading, self.lang)
                depth = level if isinstance(block, Heading) else level + 1
                out.append(f"{'#' * depth} {md_text(text)} {{ {attrs} }}")
            else:
                out.append(f'<div class="atlas-text" {attrs}>\n{self.passage(block, here, own_id)}\n</div>')
        return "\n\n".join(out) + "\n\n"

    def passage(self, passage: Passage, here: str, own_id: str | None, inline: bool = False) -> str:
        """One passage as sanitized HTML with its anchors' markers inside its element."""
        self.writing(here)
        body = textrender.to_html(t(passage, self.lang).strip(), self.terms.transform(here, own_id, self.seen)).strip()
        if inline and body.startswith("<p>") and body.endswith("</p>"):
            body = body[3:-4]
        markers = self.markers(passage.anchors, here)
        if not markers:
            return body
        for close in ("</p>", "</li>"):
            if body.endswith(close) or (close == "</li>" and body.endswith(("</li>\n</ul>", "</li>\n</ol>"))):
                at = body.rindex(close)
                return body[:at] + markers + body[at:]
        return body + (markers if inline else f'\n<p class="atlas-anchors">{markers}</p>')

    def point_list(self, items: list[Passage], here: str, own_id: str | None, sources: Iterable[str]) -> str:
        """Short points of lecture text: one list, each item a passage with its markers."""
        attrs = _provenance("lecture", sources)
        lis = "".join(f"<li {attrs}>{self.passage(p, here, own_id, inline=True)}</li>\n" for p in items)
        return f'<div class="atlas-text" {attrs}>\n<ul>\n{lis}</ul>\n</div>\n\n'

    def markers(self, anchors: list[Anchor], here: str) -> str:
        """A small numbered link per anchor: the quote shows on hover, on focus and in print;
        the link opens the note's lines where the note is public, else its entry on the sources page."""
        self.writing(here)
        out = []
        for anchor in anchors:
            source = self.graph.sources.get(anchor.note)
            if source is None:
                continue
            key = (anchor.note, anchor.lines, anchor.quote)
            number = self.anchors.setdefault(key, len(self.anchors) + 1)
            first, last = anchor.span
            public = source.data.line_url(first, last)
            href = public or html_href(here, SOURCES_PAGE) + f"#{anchor.note}"
            rel = ' rel="noopener noreferrer"' if public else ""
            lines = anchor.lines.replace("-", "–")
            label = L.UI["anchor_aside" if anchor.aside else "anchor"][self.lang]
            where = f"{t(source.data.name, self.lang)}, {L.UI['anchor_lines' if last > first else 'anchor_line'][self.lang]} {lines}"
            tip = f'{html.escape(label)}: {html.escape(where)}: <q lang="{source.data.lang}">{html.escape(anchor.quote)}</q>'
            self.marks += 1
            ident = f"atlas-quote-{self.marks}"
            out.append(
                f'<span class="atlas-anchor{" atlas-anchor--aside" if anchor.aside else ""}" data-note="{html.escape(anchor.note)}" '
                f'data-lines="{html.escape(anchor.lines)}" data-quote="{html.escape(anchor.quote)}">'
                f'<a class="atlas-anchor__link" href="{html.escape(href)}"{rel} aria-describedby="{ident}">'
                f'<span aria-hidden="true">{number}</span><span class="atlas-sr">{html.escape(label)} {number}</span></a>'
                f'<span class="atlas-anchor__quote" role="tooltip" id="{ident}">{tip}</span></span>'
            )
        # Pagefind leaves the markers out: their quotes are the notes' words (Korean on English pages).
        return ("<sup class=\"atlas-anchors\" data-pagefind-ignore>" + "".join(out) + "</sup>") if out else ""
