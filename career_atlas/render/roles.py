"""A role's page: the job title readers know from postings, the talk's own name for it, then
only the sections the talks give content for, in one order: what the role does, a day in it,
the stages it works in, skills in the order to learn them, tools, how to get in, is it for me,
comparisons and related entries. What the talks did not cover is said once, near the top."""

from __future__ import annotations

import html

from ..core.loader import Record
from . import compare, notes, selfcheck
from . import labels as L
from .blocks import (
    background,
    cards,
    label_with_links,
    lecture_text,
    lectures_of,
    points,
    questions,
    references,
    relation_sections,
    t_label,
)
from .blocks import sources as lectures_section
from .context import Context
from .paths import page_path

GENERAL_ADVICE = "start-early"
"""The guide a role page points to when the talks give no route into the role in particular."""

GAPS = (("day", "role_gap_day"), ("skills", "role_gap_skills"), ("tools", "role_gap_tools"),
        ("how_to_get_in", "role_gap_get_in"))
"""The sections a role may lack, and how the page names each when the talks said nothing of it."""


def nickname(ctx: Context, rec: Record) -> str:
    """What the talk called the role, under the job title."""
    if rec.data.nickname is None:
        return ""
    here = page_path(rec)
    source = html.escape(" ".join(lectures_of(rec)))
    return (f'<p class="atlas-nickname" data-provenance="lecture" data-source="{source}">'
            f"{ctx.passage(rec.data.nickname, here, rec.id, inline=True)}</p>\n\n")


def header(ctx: Context, rec: Record) -> str:
    areas = ", ".join(L.GROUPS["role"][a][ctx.lang] for a in rec.data.areas)
    return nickname(ctx, rec) + f'<p class="atlas-role-areas"><strong>{L.UI["areas"][ctx.lang]}:</strong> {areas}</p>\n\n'


def gaps(ctx: Context, rec: Record) -> str:
    """One line near the top: what the talks said nothing about for this role."""
    missing = [str(L.UI[key][ctx.lang]) for field, key in GAPS if not getattr(rec.data, field)]
    if not missing:
        return ""
    listed = L.UI["list_and"][ctx.lang].format(rest=", ".join(missing[:-1]), last=missing[-1]) if len(missing) > 1 else missing[0]
    text = L.UI["role_not_covered"][ctx.lang].format(list=listed)
    return f'<p class="atlas-role-gaps">{html.escape(text)}</p>\n\n'


def body(ctx: Context, rec: Record) -> str:
    here, data, lang, ui = page_path(rec), rec.data, ctx.lang, L.UI

    def section(title: str, content: str) -> str:
        return f"## {title}\n\n{content.rstrip()}\n\n" if content.strip() else ""

    does = lecture_text(ctx, data.body, here, rec, level=3)
    does += points(ctx, ui["responsibilities"][lang], data.responsibilities, here, rec, level=3)
    stages = [(ref.partition("#")[0], ref.partition("#")[2] or None) for ref in data.stages]
    out = [
        gaps(ctx, rec),
        section(ui["role_does"][lang], does),
        section(ui["role_day"][lang], lecture_text(ctx, data.day, here, rec, level=3)),
        section(t_label("works_in", "out", lang), cards(ctx, here, stages)),
        section(ui["role_skills"][lang], cards(ctx, here, data.skills, ordered=True)),
        section(t_label("uses_tool", "out", lang), cards(ctx, here, data.tools)),
        section(ui["role_get_in"][lang], lecture_text(ctx, data.how_to_get_in, here, rec, level=3)),
        section(ui["role_fit"][lang], fit(ctx, rec)),
        section(ui["role_compare"][lang], compare.role_links(ctx, rec)),
        section(ui["role_related"][lang], relation_sections(ctx, here, rec.id, level=3,
                                                           skip=("source", "works_in", "needs_skill", "uses_tool"))
                + references(ctx, data.references, level=3)),
    ]
    if not data.how_to_get_in and GENERAL_ADVICE in ctx.graph.records:
        out.append(label_with_links(ctx, here, "role_general_advice", guide=GENERAL_ADVICE) + "\n")
    out += [questions(ctx, getattr(data.questions, lang)), background(ctx, here, rec), notes.section(ctx, rec),
            lectures_section(ctx, here, rec)]
    return "".join(out)


def fit(ctx: Context, rec: Record) -> str:
    """Is it for me? What the talks say of this role, then the self-check's questions for its side."""
    here = page_path(rec)
    return lecture_text(ctx, rec.data.fit, here, rec, level=3) + selfcheck.role_questions(ctx, rec)
