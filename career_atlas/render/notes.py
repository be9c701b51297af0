"""Contributors' notes on an entry's page: in full in their language, announced in the other."""

from __future__ import annotations

import html
import posixpath

from ..core.record import Record
from ..core.sanitize import html_link, md_text
from ..core.scaffold import new_note_url
from . import labels as L
from .context import Context, t
from .paths import page_path, page_url


def other_language_href(here: str, note: Record) -> str:
    """A note's place on its own language's twin of this page."""
    to_root = posixpath.relpath(".", page_url(here) or ".")
    return f"{to_root}/../{note.data.lang}/{page_url(here)}#note-{note.id}"


def note_link(ctx: Context, here: str, note: Record) -> str:
    """A note's title linked to the note: on this page, or on its language's twin (``lang`` set)."""
    title = html.escape(note.data.title)
    if note.data.lang == ctx.lang:
        return f'<a href="#note-{note.id}">{title}</a>'
    lang = note.data.lang
    return f'<a href="{html.escape(other_language_href(here, note))}" hreflang="{lang}" lang="{lang}">{title}</a>'


def add_note(ctx: Context, about: str, label: str) -> str:
    """The link that opens the repository's new-file page with a note about ``about`` started
    (core/scaffold.py new_note_url), or nothing where the site has no edit URL."""
    url = new_note_url(ctx.edit_url, about, ctx.lang) if ctx.edit_url else None
    return f'<p class="atlas-note-add">{html_link(url, label)}</p>\n\n' if url else ""


def section(ctx: Context, rec: Record) -> str:
    """Contributors' notes: in full in their language, announced in the other; then the link
    that starts a new one."""
    lang = ctx.lang
    here = page_path(rec)
    items = ctx.graph.notes.get(rec.id, [])
    add = add_note(ctx, rec.id, L.UI["note_add"][lang])
    if not items:
        return f"## {L.UI['notes'][lang]}\n\n<p>{html.escape(L.UI['note_add_hint'][lang])}</p>\n\n{add}" if add else ""
    out = [f"## {L.UI['notes'][lang]}\n\n"]
    steps = {s.id: t(s.name, lang) for s in getattr(rec.data, "steps", [])}
    others = []
    for note, step in items:
        meta = note.data
        author = html_link(meta.author_url, meta.author) if meta.author_url else html.escape(meta.author)
        where = f' · {L.UI["step"][lang]}: <a href="#{step}">{html.escape(steps[step])}</a>' if step else ""
        if meta.lang == lang:
            out.append(f"### {md_text(meta.title)} {{ #note-{note.id} }}\n\n")
            edit = f' · {html_link(ctx.edit_url + note.file, L.UI["note_edit"][lang])}' if ctx.edit_url else ""
            out.append(f"<p><em>{L.UI['note_by'][lang]} {author} · {meta.date.isoformat()}{where}</em>{edit}</p>\n\n")
            out.append(ctx.prose(meta.body, here, rec.id, "note"))
        else:
            language = L.of(lang)["ui"]["language_names"][meta.lang]
            others.append(f'<li>{html.escape(L.UI["note_other"][lang].format(language=language))}: '
                          f"{note_link(ctx, here, note)} ({author}, {meta.date.isoformat()})</li>")
    if others:  # one raw HTML block: the page's Markdown never reads the contributors' words
        out.append(f'<ul class="atlas-notes-other">{"".join(others)}</ul>\n\n')
    return "".join(out) + add + "\n"


def step_notes(ctx: Context, rec: Record, step: str, name: str) -> str:
    """The notes about one step of a stage, linked (further down the page, or on the twin page),
    then the link that starts a note about the step."""
    here = page_path(rec)
    notes = [note for note, about in ctx.graph.notes.get(rec.id, []) if about == step]
    add = add_note(ctx, f"{rec.id}#{step}", L.UI["note_add_step"][ctx.lang].format(step=name))
    if not notes:
        return add
    links = ", ".join(note_link(ctx, here, n) for n in notes)
    return f'<p><strong>{L.UI["notes"][ctx.lang]}:</strong> {links}</p>\n\n' + add
