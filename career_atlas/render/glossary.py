"""Explain terms where they appear: the first mention on a page links to the
glossary (or tool) page, with the definition as its tooltip."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..core.graph import Graph

_SKIP_LINE = re.compile(r"^\s*(#|\|)")  # headings and table rows stay as written
_PROTECTED = re.compile(r"`[^`\n]*`|!?\[[^\]\n]*\]\([^)\n]*\)|\[[^\]\n]*\]|<https?://[^>\s]*>|https?://\S+|\*\*[^*\n]+\*\*")


def _trie_pattern(words: object) -> str:
    """One regex for many names, factored by common prefixes.

    A flat alternation of thousands of names makes every match attempt try each
    name in turn; the factored form is tried character by character, and its
    greedy optional groups still prefer the longest name."""
    trie: dict[str, dict] = {}
    for word in words:  # type: ignore[attr-defined]
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


class TermLinker:
    """Finds glossary terms and tools in Markdown of one language."""

    def __init__(self, graph: Graph, lang: str, link: Callable[[str, str], str]) -> None:
        self.graph = graph
        self.lang = lang
        self.link = link  # (here, id) -> relative Markdown link target
        names: dict[str, str] = {}
        for rec in graph.records.values():
            if rec.type not in ("term", "tool"):
                continue
            for name in [getattr(rec.data.name, lang), *getattr(rec.data.aliases, lang)]:
                if len(name) >= 2:
                    names.setdefault(name.casefold(), rec.id)
        self.ids = names
        pattern = _trie_pattern(names) or r"(?!x)x"
        self.regex = re.compile(rf"(?<![A-Za-z0-9_\-])(?:{pattern})(?![A-Za-z0-9_])", re.IGNORECASE)

    def __call__(self, markdown: str, here: str, own_id: str | None, seen: set[str]) -> str:
        out, fenced = [], False
        for line in markdown.split("\n"):
            if line.lstrip().startswith(("```", "~~~")):
                fenced = not fenced
            if fenced or _SKIP_LINE.match(line):
                out.append(line)
                continue
            out.append(self._line(line, here, own_id, seen))
        return "\n".join(out)

    def _line(self, line: str, here: str, own_id: str | None, seen: set[str]) -> str:
        pieces, last = [], 0
        for protected in _PROTECTED.finditer(line):
            pieces.append(self._plain(line[last : protected.start()], here, own_id, seen))
            pieces.append(protected.group(0))
            last = protected.end()
        pieces.append(self._plain(line[last:], here, own_id, seen))
        return "".join(pieces)

    def _plain(self, text: str, here: str, own_id: str | None, seen: set[str]) -> str:
        def replace(m: re.Match[str]) -> str:
            ident = self.ids[m.group(0).casefold()]
            if ident == own_id or ident in seen:
                return m.group(0)
            seen.add(ident)
            rec = self.graph.records[ident]
            tip = getattr(rec.data.summary, self.lang).replace('"', "'")
            return f'[{m.group(0)}]({self.link(here, ident)} "{tip}")'

        return self.regex.sub(replace, text)
