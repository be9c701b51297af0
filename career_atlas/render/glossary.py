"""Explain terms where they appear: the first mention on a page links to the
glossary (or tool) page, with the definition as its tooltip.

It works on the tree of rendered contributed text (see core/textrender.py), so code,
links and headings are skipped by what they are, not by patterns.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

from ..core.graph import Graph
from ..core.wordtree import tree_pattern

_SKIP = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "th"}


def whole_term(alias: str) -> bool:
    """Whether an alias names its term on its own: not a single lower-case English word, which is
    as often the plain word ("serving an eight-year prison term" is no model serving). Names,
    phrases, acronyms (MLOps, k8s) and Korean words are terms."""
    return " " in alias or not alias.isascii() or alias != alias.lower() or any(c.isdigit() for c in alias)


class TermLinker:
    """Finds glossary terms and tools in the rendered text of one language."""

    def __init__(self, graph: Graph, lang: str, href: Callable[[str, str], str]) -> None:
        self.graph = graph
        self.lang = lang
        self.href = href  # (here, id) -> relative URL of the entry's page
        names: dict[str, str] = {}
        for rec in graph.records.values():
            if rec.type not in ("term", "tool"):
                continue
            aliases = [a for a in getattr(rec.data.aliases, lang) if whole_term(a)]
            for name in [getattr(rec.data.name, lang), *aliases]:
                if len(name) >= 2:
                    names.setdefault(name.casefold(), rec.id)
        self.ids = names
        pattern = tree_pattern(names) or r"(?!x)x"
        self.regex = re.compile(rf"(?<![A-Za-z0-9_\-])(?:{pattern})(?![A-Za-z0-9_])", re.IGNORECASE)

    def transform(self, here: str, own_id: str | None, seen: set[str]) -> Callable[[ET.Element], None]:
        """A tree transform that links the first mention of each term on the page ``here``."""

        def run(root: ET.Element) -> None:
            self._walk(root, here, own_id, seen)

        return run

    def _walk(self, el: ET.Element, here: str, own_id: str | None, seen: set[str]) -> None:
        if el.tag in _SKIP:
            return
        children: list[ET.Element] = []
        if el.text:
            el.text, children = self._split(el.text, here, own_id, seen)
        linked = bool(children)
        for child in list(el):  # the children again, each followed by the links its tail gave, in one pass
            self._walk(child, here, own_id, seen)
            children.append(child)
            if child.tail:
                child.tail, new = self._split(child.tail, here, own_id, seen)
                children += new
                linked = linked or bool(new)
        if linked:
            el[:] = children  # finding each child's place for its links was quadratic (4,540 line breaks: 0.28 s)

    def _split(self, text: str, here: str, own_id: str | None, seen: set[str]) -> tuple[str, list[ET.Element]]:
        """``text`` up to the first new term, and the links (with their tails) after it."""
        head: str | None = None
        links: list[ET.Element] = []
        last = 0
        for m in self.regex.finditer(text):
            ident = self.ids[m.group(0).casefold()]
            if ident == own_id or ident in seen:
                continue
            seen.add(ident)
            a = ET.Element("a", {"href": self.href(here, ident), "title": getattr(self.graph.records[ident].data.summary, self.lang)})
            a.text = m.group(0)
            if links:
                links[-1].tail = text[last : m.start()]
            else:
                head = text[: m.start()]
            links.append(a)
            last = m.end()
        if not links:
            return text, []
        links[-1].tail = text[last:]
        return head or "", links
