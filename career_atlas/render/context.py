"""What every part of one language's pages shares: the graph, the language, and
the safe ways to put contributed text and links into a page."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from ..core import markup
from ..core.graph import Graph
from ..core.loader import Record
from ..core.markup import md_text
from .glossary import TermLinker
from .paths import html_href, page_path, rel


def t(text: object, lang: str) -> str:
    return str(getattr(text, lang))


@dataclass
class Context:
    """One language of the site; maps and pages both draw with it."""

    graph: Graph
    lang: str
    base_url: str = "/"  # this language's root URL, for structured data
    seen: set[str] = field(default_factory=set)  # terms already explained on the page being rendered

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

    def prose(self, text: str, here: str, own_id: str | None, provenance: str, sources: Iterable[str] = (), toc: bool = True) -> str:
        """Contributed Markdown, sanitized, with the first mention of each term linked, in
        blocks that say where it comes from (``data-provenance``, ``data-source``).

        Each run of paragraphs, lists and tables is one raw HTML block: Markdown never
        reads inside it again (no ``markdown`` attribute, so no attribute list or other
        extension can act on the text). With ``toc``, top-level headings stay Markdown
        headings between the blocks, so the table of contents lists them."""
        blocks = markup.render(text.strip(), self.terms.transform(here, own_id, self.seen))
        source = " ".join(dict.fromkeys(sources))
        attrs = f'data-provenance="{provenance}"' + (f' data-source="{html.escape(source)}"' if source else "")
        out: list[str] = []
        run: list[str] = []

        def flush() -> None:
            if run:
                out.append(f'<div class="atlas-text" {attrs}>\n' + "\n".join(run) + "\n</div>")
                run.clear()

        for block in blocks:
            if block.level and toc:
                flush()
                out.append(f"{block.markdown()} {{ {attrs} }}")
            else:
                run.append(f"<h{block.level}>{block.html}</h{block.level}>" if block.level else block.html)
        flush()
        return "\n\n".join(out) + "\n\n"

    def points(self, items: list[str], here: str, own_id: str | None, sources: Iterable[str]) -> str:
        """A list of short Markdown points, as one lecture block."""
        text = "\n".join(f"- {' '.join(item.split())}" for item in items)
        sources = list(sources)
        return self.prose(text, here, own_id, "lecture" if sources else "background", sources)
