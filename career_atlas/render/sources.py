"""The sources page: the notes the lecture passages cite, what each is, whose, of which
talks, its licence and where to read it; and each lecture page's list of its notes."""

from __future__ import annotations

import html

from ..core.record import Record
from ..core.sanitize import html_link, md_text
from . import labels as L
from .context import SOURCES_PAGE, Context, t
from .page import PageSpec
from .paths import html_href, page_path


def ordered(ctx: Context) -> list[Record]:
    return sorted(ctx.graph.sources.values(), key=lambda r: r.data.order)


def page(ctx: Context) -> PageSpec | None:
    """The sources page: one section per note, its id as anchor."""
    if not ctx.graph.sources:
        return None
    lang, ui = ctx.lang, L.UI
    title = ui["sources_title"][lang]
    out = [f"# {md_text(title)}\n\n<p class=\"atlas-lead\">{html.escape(ui['sources_intro'][lang])}</p>\n\n"]
    for rec in ordered(ctx):
        data = rec.data
        talks = ", ".join(f'<a href="{html.escape(ctx.href(SOURCES_PAGE, talk))}">{html.escape(ctx.name(talk))}</a>'
                          for talk in data.talks if talk in ctx.graph.records)
        read = html_link(data.url, ui["sources_public"][lang]) if data.url else html.escape(ui["sources_private"][lang])
        out.append(f"## {md_text(t(data.name, lang))} {{ #{rec.id} }}\n\n"
                   f'<div class="atlas-source" data-source-note="{html.escape(rec.id)}">\n'
                   f"<p>{html.escape(t(data.description, lang))}</p>\n<dl>\n"
                   f"<dt>{ui['sources_author'][lang]}</dt><dd>{html.escape(t(data.author, lang))}</dd>\n"
                   f"<dt>{ui['sources_talks'][lang]}</dt><dd>{talks}</dd>\n"
                   f"<dt>{ui['sources_licence'][lang]}</dt><dd>{html.escape(data.licence)}</dd>\n"
                   f"</dl>\n<p><em lang=\"ko\">{html.escape(data.title)}</em> · {read}</p>\n</div>\n\n")
    return PageSpec(SOURCES_PAGE, title, "".join(out), description=ui["sources_intro"][lang])


def lecture_notes(ctx: Context, rec: Record) -> str:
    """A lecture page's list of the notes taken of it, each linked to its entry on the sources page."""
    here = page_path(rec)
    items = [s for s in ordered(ctx) if rec.id in s.data.talks]
    if not items:
        return ""
    lis = "".join(f'<li><a href="{html.escape(html_href(here, SOURCES_PAGE))}#{s.id}">{html.escape(t(s.data.name, ctx.lang))}</a>'
                  f"{' · ' + html_link(s.data.url, L.UI['sources_public'][ctx.lang]) if s.data.url else ''}</li>" for s in items)
    return f"## {L.UI['lecture_notes'][ctx.lang]}\n\n<ul class=\"atlas-source-list\">{lis}</ul>\n\n"
