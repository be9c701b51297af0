"""An entry's page (every kind but roles, see roles.py): its name and summary, what the lectures
said, the parts of its kind (a stage's steps, an ethics topic's cases, a lecture's speaker and
notes), its relations, questions, background, contributors' notes, lectures and references."""

from __future__ import annotations

import html
from collections.abc import Callable

from ..core.record import Record
from ..core.sanitize import md_text
from . import labels as L
from . import notes, sources
from .blocks import (
    aliases,
    aside,
    background,
    lead,
    lecture_text,
    points,
    questions,
    references,
    relation_sections,
)
from .blocks import sources as lectures_section
from .context import Context, t
from .page import PageSpec
from .paths import page_path

Part = Callable[[Context, Record], str]


def page(ctx: Context, rec: Record, header: Part | None = None, body: Part | None = None) -> PageSpec:
    """An entry's page. ``header`` (what shows under the title) and ``body`` (what follows the
    lead) replace the kind's own: a role's page is its template (render/roles.py)."""
    lang = ctx.lang
    title = t(rec.data.name, lang)
    parts = [f"# {md_text(title)}\n\n", (header or HEADERS.get(rec.type, _nothing))(ctx, rec), lead(ctx, rec), aliases(ctx, rec)]
    parts.append((body or _default_body)(ctx, rec))
    return PageSpec(page_path(rec), title, "".join(parts), description=t(rec.data.summary, lang), source_file=rec.file,
                    entity=rec.id, meta={"atlas_type": rec.type, "atlas_id": rec.id},
                    names=list(getattr(rec.data.aliases, lang)) + SEARCH_NAMES.get(rec.type, lambda c, r: [])(ctx, rec),
                    questions=list(getattr(rec.data.questions, lang)))


def _default_body(ctx: Context, rec: Record) -> str:
    here = page_path(rec)
    parts = [lecture_text(ctx, rec.data.body, here, rec), SECTIONS.get(rec.type, _nothing)(ctx, rec)]
    skip = ("source",) if rec.type != "lecture" else ()
    parts.append(relation_sections(ctx, here, rec.id, skip=skip))
    parts += [questions(ctx, getattr(rec.data.questions, ctx.lang)), background(ctx, here, rec), notes.section(ctx, rec)]
    if rec.type == "lecture":
        parts.append(sources.lecture_notes(ctx, rec))
    else:
        parts.append(lectures_section(ctx, here, rec))
    parts.append(references(ctx, rec.data.references))
    return "".join(parts)


def _nothing(ctx: Context, rec: Record) -> str:
    return ""


# --- what each kind adds ----------------------------------------------------------------


def _speaker(ctx: Context, rec: Record) -> str:
    # The speaker's names are names of the talk for search (PageSpec.names).
    return (f'<p class="atlas-speaker"><strong>{L.UI["speaker"][ctx.lang]}:</strong> '
            f'<span class="atlas-speaker__name">{html.escape(t(rec.data.speaker, ctx.lang))}</span> '
            f'({html.escape(t(rec.data.affiliation, ctx.lang))})</p>\n\n')


def _speaker_names(ctx: Context, rec: Record) -> list[str]:
    """"Lucy Park (박은정)": both names."""
    return [n.strip() for n in t(rec.data.speaker, ctx.lang).replace(")", "").split("(") if n.strip()]


def _group(ctx: Context, rec: Record) -> str:
    return f"**{L.UI['group'][ctx.lang]}:** {L.GROUPS['ethics'][rec.data.group][ctx.lang]}\n\n"


def stage_sections(ctx: Context, rec: Record) -> str:
    lang, here, data = ctx.lang, page_path(rec), rec.data
    out = [f"## {L.UI['steps'][lang]}\n\n"]
    for i, step in enumerate(data.steps, 1):
        out.append(f"### {i}. {md_text(t(step.name, lang))} {{ #{step.id} }}\n\n<p>{html.escape(t(step.summary, lang))}</p>\n\n")
        out.append(lecture_text(ctx, step.body, here, rec, level=4))
        roles = [e.source for e in ctx.graph.incoming[rec.id] if e.relation == "works_in" and e.target_step == step.id]
        for key, linked in (("step_roles", roles), ("step_tools", step.tools), ("step_ethics", step.ethics)):
            if linked:
                out.append(f"**{L.UI[key][lang]}:** " + ", ".join(ctx.link(here, i) for i in dict.fromkeys(linked)) + "\n\n")
        out.append(notes.step_notes(ctx, rec, step.id, t(step.name, lang)))
    out.append(points(ctx, L.UI["pitfalls"][lang], data.pitfalls, here, rec))
    if data.evaluation:
        out.append(f"## {L.UI['evaluation'][lang]}\n\n" + lecture_text(ctx, data.evaluation, here, rec, level=3))
    return "".join(out)


def cases(ctx: Context, rec: Record) -> str:
    """Real cases: what the lecture said of each (if it named it), then the account from the
    references, marked as background (its words link no terms: a narrative's "serving a term"
    is not model serving)."""
    if not rec.data.cases:
        return ""
    lang, here = ctx.lang, page_path(rec)
    out = [f"## {L.UI['cases'][lang]}\n\n"]
    for case in rec.data.cases:
        year = f" ({case.year})" if case.year else ""
        out.append(f"### {md_text(t(case.name, lang))}{year} {{ #{case.id} }}\n\n")
        if case.lecture:
            out.append(f'<p class="atlas-text__label">{L.UI["in_lecture"][lang]}</p>\n\n')
            out.append(lecture_text(ctx, case.lecture, here, rec, level=4))
        out.append(aside(ctx, t(case.body, lang), here, rec, case.references, link_terms=False))
    return "".join(out)


HEADERS: dict[str, Part] = {"lecture": _speaker, "ethics": _group}
"""What a kind shows under its title, before the lead."""
SECTIONS: dict[str, Part] = {"stage": stage_sections, "ethics": cases}
"""What a kind adds after what the lectures said."""
SEARCH_NAMES: dict[str, Callable[[Context, Record], list[str]]] = {"lecture": _speaker_names}
"""Names a kind's page is also found by."""
