"""The parts many pages share: an entry's names and questions, its relations, the background
the atlas adds, references, the lectures it comes from, and compact cards of linked entries."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from ..core.model import Passage, Reference
from ..core.record import Record
from ..core.sanitize import html_link, md_text
from . import labels as L
from .context import Context, t

QUESTION_WEIGHT = 5
"""Pagefind's weight for a page's questions (text 1, an h1 7, aliases 7)."""


def t_label(relation: str, direction: str, lang: str) -> str:
    return str(L.RELATION_LABELS[relation][direction][lang])


def lectures_of(rec: Record) -> list[str]:
    """The lectures an entry's text comes from: a lecture page's own, else the entry's sources."""
    return [rec.id] if rec.type == "lecture" else [s.lecture for s in rec.data.sources]


def lecture_text(ctx: Context, blocks: list[object] | None, here: str, rec: Record, level: int = 2) -> str:
    """Passages of what the lectures said, each with its anchors, credited to the entry's lectures."""
    return ctx.passages(blocks or [], here, rec.id, lectures_of(rec), level) if blocks else ""


def points(ctx: Context, title: str, items: list[Passage] | None, here: str, rec: Record, level: int = 2) -> str:
    if not items:
        return ""
    return f"{'#' * level} {title}\n\n" + ctx.point_list(items, here, rec.id, lectures_of(rec))


KEYWORD_TYPES = frozenset({"guide", "lecture"})
"""Entries whose aliases are the words people search them by, not other names of one thing:
they are shown as keywords, not as "also known as"."""


def aliases(ctx: Context, rec: Record) -> str:
    names = getattr(rec.data.aliases, ctx.lang)
    if not names:
        return ""
    # Aliases are what people search for (배관공, MLOps): Pagefind weighs them like a title, and keeps
    # them as metadata so the search worker can rank exact matches first.
    shown = ", ".join(html.escape(n) for n in names)
    return (f'<p class="atlas-aliases" data-pagefind-weight="7" data-pagefind-meta="aliases">'
            f'<strong>{L.UI["keywords" if rec.type in KEYWORD_TYPES else "aliases"][ctx.lang]}:</strong> {shown}</p>\n\n')


def questions(ctx: Context, asked: list[str]) -> str:
    """The questions a page answers (an entry's `questions`, a page's `page_questions`, the labels'
    for maps, indexes and About). A reader's question typed into the search box finds the page that
    answers it: Pagefind weighs these above the text, and the worker compares queries with them.
    Not a heading, so the table of contents keeps the page's sections."""
    if not asked:
        return ""
    items = "".join(f"<li>{html.escape(q)}</li>" for q in asked)
    return (f'<div class="atlas-questions" data-pagefind-weight="{QUESTION_WEIGHT}">'
            f'<p><strong>{L.UI["questions"][ctx.lang]}</strong></p><ul>{items}</ul></div>\n\n')


def relation_sections(ctx: Context, here: str, ident: str, skip: Iterable[str] = (), level: int = 2) -> str:
    """Every relation of ``ident``, both directions, grouped under their labels, as cards."""
    sections: dict[str, list[tuple[str, str | None]]] = {}
    skip = set(skip)
    for edge in ctx.graph.outgoing[ident]:
        if edge.relation not in skip:
            sections.setdefault(t_label(edge.relation, "out", ctx.lang), []).append((edge.target, edge.target_step))
    for edge in ctx.graph.incoming[ident]:
        if edge.relation not in skip:
            sections.setdefault(t_label(edge.relation, "in", ctx.lang), []).append((edge.source, edge.source_step))
    return "".join(f"{'#' * level} {label}\n\n" + cards(ctx, here, list(dict.fromkeys(items))) for label, items in sections.items())


def cards(ctx: Context, here: str, items: list[tuple[str, str | None]] | list[str], ordered: bool = False) -> str:
    """Linked entries as compact cards: each name with the line that says what it is (the entry's
    summary, or the step's), so a reader sees why to follow it."""
    out = []
    for item in items:
        ident, step = item if isinstance(item, tuple) else (item, None)
        rec = ctx.graph.records[ident]
        name, summary, anchor = ctx.name(ident), t(rec.data.summary, ctx.lang), ""
        if step:
            step_obj = next(s for s in rec.data.steps if s.id == step)
            name, summary, anchor = f"{name} › {t(step_obj.name, ctx.lang)}", t(step_obj.summary, ctx.lang), step
        href = html.escape(ctx.href(here, ident, anchor))
        out.append(f'<li class="atlas-card"><a href="{href}">{html.escape(name)}</a>'
                   f'<span class="atlas-card__what">{html.escape(summary)}</span></li>')
    if not out:
        return ""
    tag = "ol" if ordered else "ul"
    return f'<{tag} class="atlas-cards">{"".join(out)}</{tag}>\n\n'


def reference_items(ctx: Context, refs: Iterable[Reference]) -> str:
    """An HTML list of references; links are built in code from checked URLs."""
    lines = []
    for ref in refs:
        title = ref.title
        text = html_link(ref.url, title) if ref.url else html.escape(title)
        extra = ", ".join(str(x) for x in (ref.authors, ref.year) if x)
        if extra:
            text += f" ({html.escape(extra)})"
        if ref.note:
            text += f": {html.escape(t(ref.note, ctx.lang))}"
        lines.append(f"<li>{text}</li>")
    return f'<ul class="atlas-references">{"".join(lines)}</ul>' if lines else ""


def references(ctx: Context, refs: Iterable[Reference], level: int = 2) -> str:
    items = reference_items(ctx, refs)
    return f"{'#' * level} {L.UI['references'][ctx.lang]}\n\n{items}\n\n" if items else ""


def aside(ctx: Context, text: str, here: str, rec: Record, refs: Iterable[Reference], link_terms: bool = True) -> str:
    """A background block: its label, the text and its references, in one raw HTML block."""
    lang = ctx.lang
    prose = ctx.prose(text, here, rec.id, "background", link_terms).strip()
    return (f'<aside class="atlas-background" data-provenance="background">\n'
            f'<p class="atlas-background__label">{L.UI["background"][lang]}</p>\n{prose}\n'
            f'<p class="atlas-background__refs">{L.UI["references"][lang]}</p>\n{reference_items(ctx, refs)}\n</aside>\n\n')


def background(ctx: Context, here: str, rec: Record) -> str:
    """What the atlas adds beyond the lectures: apart, labelled, with its references."""
    blocks = getattr(rec.data, "background", [])
    if not blocks:
        return ""
    out = [f"## {L.UI['background_section'][ctx.lang]}\n\n"]
    for block in blocks:
        if block.title:
            out.append(f"### {md_text(t(block.title, ctx.lang))} {{ data-provenance=\"background\" }}\n\n")
        out.append(aside(ctx, t(block.text, ctx.lang), here, rec, block.references))
    return "".join(out)


def sources(ctx: Context, here: str, rec: Record) -> str:
    """The lectures an entry comes from, with their speakers (and the part, where given)."""
    items = []
    for src in rec.data.sources:
        lec = ctx.graph.records[src.lecture].data
        line = f"- {ctx.link(here, src.lecture)}: {md_text(t(lec.speaker, ctx.lang))} ({md_text(t(lec.affiliation, ctx.lang))})"
        if src.part:
            line += f", {md_text(t(src.part, ctx.lang))}"
        items.append(line + "\n")
    return f"## {L.RELATION_LABELS['source']['out'][ctx.lang]}\n\n" + "".join(items) + "\n" if items else ""


def label_with_links(ctx: Context, here: str, key: str, **links: str) -> str:
    """A UI label whose ``{name}`` fields become links to entries (their ids if absent)."""
    pieces = re.split(r"\{(\w+)\}", L.UI[key][ctx.lang])
    for i in range(1, len(pieces), 2):
        ident = links[pieces[i]]
        pieces[i] = ctx.link(here, ident) if ident in ctx.graph.records else md_text(ident)

    def plain(piece: str) -> str:  # md_text trims: keep the spaces around the links
        return (" " if piece[:1].isspace() else "") + md_text(piece) + (" " if piece[-1:].isspace() else "")

    return "".join(plain(p) if i % 2 == 0 else p for i, p in enumerate(pieces)).strip() + "\n"


def listing(ctx: Context, here: str, records: list[Record]) -> str:
    """Entries as cards: each linked name with its summary."""
    return cards(ctx, here, [r.id for r in records])


def lead(ctx: Context, rec: Record) -> str:
    return f'<p class="atlas-lead">{html.escape(t(rec.data.summary, ctx.lang))}</p>\n\n'

