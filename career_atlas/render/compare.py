"""Role comparisons: two roles side by side, one page per unordered pair
(``compare/<a>--<b>/``, ids sorted), an index grouped by role, and each role page's
links to the comparisons with its nearest roles.

The table has two columns, one per role, so it fits a phone: each aspect (areas,
stages, skills...) is a heading row above the two roles' own items, and what the
two share is one row below them."""

from __future__ import annotations

import html
from collections.abc import Iterator
from itertools import combinations
from typing import TYPE_CHECKING

from ..core.markup import md_text
from .context import t
from .paths import html_href, page_path, rel
from .start import COMPARE_PREFIX, SELF_CHECK_PATH, R, compare_path, guidance, pair_order, pair_title

if TYPE_CHECKING:
    from ..core.loader import Record
    from .pages import NavItem, PageSpec, Renderer

INDEX = f"{COMPARE_PREFIX}index.md"
NEAREST = 3
"""How many roles a role page offers to compare with, when the data names no related roles."""

Item = tuple[str, str]  # a key two roles can share, and its HTML


def pairs(r: Renderer) -> Iterator[tuple[str, str]]:
    """Every unordered pair of roles, in the roles' natural order."""
    yield from combinations([rec.id for rec in r.of_type("role")], 2)


def pages(r: Renderer) -> list[PageSpec]:
    if len(r.of_type("role")) < 2:
        return []
    return [index(r)] + [pair_page(r, a, b) for a, b in pairs(r)]


def nav(r: Renderer) -> list[NavItem]:
    from .pages import NavItem

    if len(r.of_type("role")) < 2:
        return []
    groups: dict[str, list[NavItem]] = {}
    for a, b in pairs(r):
        # Both names, short: the footer's previous/next links show this title on its own.
        versus = R["compare_versus"][r.lang].format(a=short(r.name(a)), b=short(r.name(b)))
        groups.setdefault(a, []).append(NavItem(versus, compare_path(a, b)))
    kids = [NavItem(r.name(a), None, items) for a, items in groups.items()]
    return [NavItem(R["compare_title"][r.lang], INDEX, kids)]


def short(name: str) -> str:
    """A role's name without its gloss in brackets: AI engineer (modeler) -> AI engineer."""
    return name.partition(" (")[0].strip() or name


# --- what a role brings to the table ------------------------------------------------


def _link(r: Renderer, here: str, ident: str, anchor: str = "", text: str | None = None) -> str:
    href = r.ctx.href(here, ident, anchor)
    return f'<a href="{html.escape(href)}">{html.escape(text if text is not None else r.name(ident))}</a>'


def _stages(r: Renderer, here: str, rec: Record) -> list[Item]:
    items = []
    for ref in rec.data.stages:
        stage, _, step = ref.partition("#")
        if step:
            step_obj = next(s for s in r.graph.records[stage].data.steps if s.id == step)
            text = f"{r.name(stage)} › {t(step_obj.name, r.lang)}"
            items.append((ref, _link(r, here, stage, step, text)))
        else:
            items.append((ref, _link(r, here, stage)))
    return items


def _ethics(r: Renderer, rec: Record) -> list[str]:
    """Topics the role must watch (the topic names it), then those raised where it works."""
    found = [e.source for e in r.graph.incoming[rec.id] if e.relation == "watched_by"]
    for ref in rec.data.stages:
        stage_id, _, step = ref.partition("#")
        stage = r.graph.records[stage_id].data
        if not step:
            found += stage.ethics
        found += [x for s in stage.steps if s.id == step or not step for x in s.ethics]
    return list(dict.fromkeys(found))


def _questions(r: Renderer, here: str, role: str) -> list[Item]:
    check = guidance(r.graph).self_check
    if check is None:
        return []
    href = html.escape(html_href(here, SELF_CHECK_PATH))
    return [(q.id, f'<a href="{href}">{html.escape(t(q.text, r.lang))}</a>') for q in check.questions if role in check.roles_of(q)]


def aspects(r: Renderer, here: str, rec: Record) -> dict[str, list[Item]]:
    """The role's items under each aspect's label key."""
    from . import labels as L

    data = rec.data
    out: dict[str, list[Item]] = {
        "compare_areas": [(a, html.escape(L.GROUPS["role"][a][r.lang])) for a in data.areas],
        "compare_stages": _stages(r, here, rec),
        "compare_skills": [(s, _link(r, here, s)) for s in data.skills],
        "compare_tools": [(x, _link(r, here, x)) for x in data.tools],
        "compare_ethics": [(x, _link(r, here, x)) for x in _ethics(r, rec)],
    }
    if guidance(r.graph).self_check is not None:
        out["compare_questions"] = _questions(r, here, rec.id)
    return out


def _cell(items: list[Item], none: str) -> str:
    if not items:
        return f'<td class="atlas-compare__none">{none}</td>'
    return "<td><ul>" + "".join(f"<li>{h}</li>" for _, h in items) + "</ul></td>"


def table(r: Renderer, here: str, a: Record, b: Record) -> str:
    lang = r.lang
    none = html.escape(R["compare_none"][lang])
    left, right = aspects(r, here, a), aspects(r, here, b)
    head = "".join(f'<th scope="col">{_link(r, here, x.id)}</th>' for x in (a, b))
    bodies = []
    for key, items in left.items():
        shared = {k for k, _ in items} & {k for k, _ in right[key]}
        rows = [f'<tr><th colspan="2" scope="rowgroup">{html.escape(R[key][lang])}</th></tr>',
                "<tr>" + _cell([i for i in items if i[0] not in shared], none)
                + _cell([i for i in right[key] if i[0] not in shared], none) + "</tr>"]
        if shared:
            both = ", ".join(h for k, h in items if k in shared)
            rows.append(f'<tr class="atlas-compare__both"><td colspan="2"><strong>{html.escape(R["compare_both"][lang])}:</strong> {both}</td></tr>')
        bodies.append("<tbody>" + "".join(rows) + "</tbody>")
    return (f'<table class="atlas-compare"><thead><tr>{head}</tr></thead>\n' + "\n".join(bodies) + "\n</table>\n\n")


# --- pages ------------------------------------------------------------------------


def pair_page(r: Renderer, a: str, b: str) -> PageSpec:
    from .pages import PageSpec

    lang = r.lang
    here = compare_path(a, b)
    ra, rb = (r.graph.records[x] for x in pair_order(r.ctx, a, b))
    title = pair_title(r.ctx, a, b)
    description = R["compare_description"][lang].format(a=r.name(ra.id), b=r.name(rb.id))
    parts = [r.front_matter(title, description), f"# {md_text(title)}\n\n"]
    summaries = "".join(f"<p>{_link(r, here, x.id)}: {html.escape(t(x.data.summary, lang))}</p>" for x in (ra, rb))
    parts.append(f'<div class="atlas-compare__summaries">{summaries}</div>\n\n')
    parts.append(table(r, here, ra, rb))
    parts.append(f"[{R['compare_all'][lang]}](index.md)\n")
    return PageSpec(here, title, "".join(parts))


def index(r: Renderer) -> PageSpec:
    from .pages import PageSpec

    lang = r.lang
    title, intro = R["compare_title"][lang], R["compare_intro"][lang]
    parts = [r.front_matter(title, intro), f"# {title}\n\n{intro}\n\n"]
    roles = r.of_type("role")
    for rec in roles:
        parts.append(f"## {md_text(r.name(rec.id))} {{ #{rec.id} }}\n\n")
        for other in roles:
            if other.id != rec.id:
                target = rel(INDEX, compare_path(rec.id, other.id))
                parts.append(f"- [{md_text(pair_title(r.ctx, rec.id, other.id))}]({target})\n")
        parts.append("\n")
    return PageSpec(INDEX, title, "".join(parts))


# --- the role pages' links ----------------------------------------------------------


def nearest(r: Renderer, role: str) -> list[str]:
    """The related roles (either side of the relation); else those sharing most stages and skills."""
    graph = r.graph
    related = [e.target for e in graph.outgoing[role] if e.relation == "related_role"]
    related += [e.source for e in graph.incoming[role] if e.relation == "related_role"]
    if related:
        return list(dict.fromkeys(related))

    def shared(rec: Record) -> set[str]:
        return {s.partition("#")[0] for s in rec.data.stages} | {f"skill:{s}" for s in rec.data.skills}

    mine = shared(graph.records[role])
    scored = [(len(mine & shared(o)), o.id) for o in r.of_type("role") if o.id != role]
    return [ident for score, ident in sorted(scored, key=lambda x: -x[0]) if score][:NEAREST]


def role_links(r: Renderer, rec: Record) -> str:
    """The role page's section: comparisons with its nearest roles, and the index."""
    if len(r.of_type("role")) < 2:
        return ""
    lang = r.lang
    here = page_path(rec)
    items = [f"- [{md_text(pair_title(r.ctx, rec.id, other))}]({rel(here, compare_path(rec.id, other))})\n" for other in nearest(r, rec.id)]
    every = f"[{R['compare_all'][lang]}]({rel(here, INDEX)}#{rec.id})"
    return f"## {R['compare_nearest'][lang]}\n\n" + "".join(items) + f"\n{every}\n\n"
