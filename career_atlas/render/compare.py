"""Role comparisons, with a page count that grows linearly with the roles.

- **The picker** (``compare/``): one page per language. With JavaScript, two pickers compare any
  two roles, and the choice is kept in the address (``?a=<role>&b=<role>``), so it can be shared;
  the comparison is drawn by atlas.js from the roles' data written into the page, and the page's
  title names the pair; an unknown id in the address is named, nothing drawn in its place.
  Without it, a line (noscript) says so, and the page lists each role's static comparisons.
- **Static comparisons** (``compare/<a>--<b>/``, ids sorted) for each role's nearest roles (and
  any pair a reading path names), for readers without JavaScript and for search engines.

Each comparison opens with a short written summary of what differs, from the data, each
difference with the lectures it comes from; then a two-column table (it fits a phone): each
aspect (areas, stages, skills...) a heading row above the two roles' own items, what both share
one row below them."""

from __future__ import annotations

import html
import json

from ..core.record import Record
from ..core.sanitize import md_text, sanitize_page
from . import labels as L
from .blocks import lectures_of
from .context import Context, t
from .page import PageSpec
from .paths import html_href, page_path
from .readers import (
    COMPARE_PAGE,
    SELF_CHECK_PATH,
    R,
    compare_path,
    pair_order,
    pair_title,
    path_pairs,
)

INDEX = COMPARE_PAGE
NEAREST = 3
"""How many roles a role page offers to compare with (its related roles come first)."""

Item = tuple[str, str]  # a key two roles can share, and its HTML


def pages(ctx: Context) -> list[PageSpec]:
    if len(ctx.of_type("role")) < 2:
        return []
    return [index(ctx)] + [pair_page(ctx, a, b) for a, b in static_pairs(ctx)]


def static_pairs(ctx: Context) -> list[tuple[str, str]]:
    """The pairs with a page of their own: each role with its nearest roles, and the pairs the
    reading paths name (ids sorted, each once, in the roles' order): at most NEAREST per role."""
    found = [(role.id, other) for role in ctx.of_type("role") for other in nearest(ctx, role.id)] + path_pairs(ctx.graph)
    pairs = {(min(a, b), max(a, b)) for a, b in found}
    order = [rec.id for rec in ctx.of_type("role")]
    return sorted(pairs, key=lambda p: (order.index(p[0]), order.index(p[1])))


def nearest(ctx: Context, role: str) -> list[str]:
    """The related roles (either side of the relation), then those sharing most stages and skills."""
    graph = ctx.graph
    related = [e.target for e in graph.outgoing[role] if e.relation == "related_role"]
    related += [e.source for e in graph.incoming[role] if e.relation == "related_role"]

    def shared(rec: Record) -> set[str]:
        return {s.partition("#")[0] for s in rec.data.stages} | {f"skill:{s}" for s in rec.data.skills}

    mine = shared(graph.records[role])
    # Ties go by id, not by name: both languages compare the same pairs (twin pages).
    scored = sorted((-len(mine & shared(o)), o.id) for o in ctx.of_type("role") if o.id != role and o.id not in related)
    return list(dict.fromkeys(sorted(related) + [ident for score, ident in scored if score]))[:NEAREST]


# --- what a role brings to the table ------------------------------------------------


def _link(ctx: Context, here: str, ident: str, anchor: str = "", text: str | None = None) -> str:
    href = ctx.href(here, ident, anchor)
    return f'<a href="{html.escape(href)}">{html.escape(text if text is not None else ctx.name(ident))}</a>'


def _stages(ctx: Context, here: str, rec: Record) -> list[Item]:
    items = []
    for ref in rec.data.stages:
        stage, _, step = ref.partition("#")
        if step:
            step_obj = next(s for s in ctx.graph.records[stage].data.steps if s.id == step)
            items.append((ref, _link(ctx, here, stage, step, f"{ctx.name(stage)} › {t(step_obj.name, ctx.lang)}")))
        else:
            items.append((ref, _link(ctx, here, stage)))
    return items


def _ethics(ctx: Context, rec: Record) -> list[str]:
    """Topics the role must watch (the topic names it), then those raised where it works."""
    found = [e.source for e in ctx.graph.incoming[rec.id] if e.relation == "watched_by"]
    for ref in rec.data.stages:
        stage_id, _, step = ref.partition("#")
        stage = ctx.graph.records[stage_id].data
        if not step:
            found += stage.ethics
        found += [x for s in stage.steps if s.id == step or not step for x in s.ethics]
    return list(dict.fromkeys(found))


def _questions(ctx: Context, here: str, role: str) -> list[Item]:
    check = ctx.graph.guidance.self_check
    if check is None:
        return []
    href = html.escape(html_href(here, SELF_CHECK_PATH))
    return [(q.id, f'<a href="{href}">{html.escape(t(q.text, ctx.lang))}</a>') for q in check.questions if role in check.roles_of(q)]


def aspects(ctx: Context, here: str, rec: Record) -> dict[str, list[Item]]:
    """The role's items under each aspect's label key."""
    data = rec.data
    out: dict[str, list[Item]] = {
        "compare_areas": [(a, html.escape(L.GROUPS["role"][a][ctx.lang])) for a in data.areas],
        "compare_stages": _stages(ctx, here, rec),
        "compare_skills": [(s, _link(ctx, here, s)) for s in data.skills],
        "compare_tools": [(x, _link(ctx, here, x)) for x in data.tools],
        "compare_ethics": [(x, _link(ctx, here, x)) for x in _ethics(ctx, rec)],
    }
    if ctx.graph.guidance.self_check is not None:
        out["compare_questions"] = _questions(ctx, here, rec.id)
    return out


def lectures(ctx: Context, here: str, rec: Record) -> str:
    """The lectures a role's entry comes from, linked: where its differences come from."""
    return ", ".join(_link(ctx, here, lecture) for lecture in dict.fromkeys(lectures_of(rec)))


def summary(ctx: Context, here: str, a: Record, b: Record) -> str:
    """What differs, in sentences: per aspect, what only one role has, with its lectures."""
    lang = ctx.lang
    left, right = aspects(ctx, here, a), aspects(ctx, here, b)
    lines = []
    for key, items in left.items():
        only_a = [h for k, h in items if k not in {k2 for k2, _ in right[key]}]
        only_b = [h for k, h in right[key] if k not in {k2 for k2, _ in items}]
        if not only_a and not only_b:
            continue
        parts = [R["compare_only"][lang].format(role=html.escape(ctx.name(x.id)), items=", ".join(only), lectures=lectures(ctx, here, x))
                 for x, only in ((a, only_a), (b, only_b)) if only]
        lines.append(f"<li><strong>{html.escape(R[key][lang])}</strong>: {' '.join(parts)}</li>")
    if not lines:
        return f'<p class="atlas-compare__summary">{html.escape(R["compare_same"][lang])}</p>\n\n'
    return (f'<div class="atlas-compare__summary"><p>{html.escape(R["compare_summary"][lang])}</p>'
            f'<ul>{"".join(lines)}</ul></div>\n\n')


def _cell(items: list[Item], none: str) -> str:
    if not items:
        return f'<td class="atlas-compare__none">{none}</td>'
    return "<td><ul>" + "".join(f"<li>{h}</li>" for _, h in items) + "</ul></td>"


def table(ctx: Context, here: str, a: Record, b: Record) -> str:
    lang = ctx.lang
    none = html.escape(R["compare_none"][lang])
    left, right = aspects(ctx, here, a), aspects(ctx, here, b)
    head = "".join(f'<th scope="col">{_link(ctx, here, x.id)}</th>' for x in (a, b))
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
    return f'<table class="atlas-compare"><thead><tr>{head}</tr></thead>\n' + "\n".join(bodies) + "\n</table>\n\n"


def comparison(ctx: Context, here: str, a: Record, b: Record) -> str:
    """The two roles' summaries, what differs and the table."""
    summaries = "".join(f"<p>{_link(ctx, here, x.id)}: {html.escape(t(x.data.summary, ctx.lang))}</p>" for x in (a, b))
    return f'<div class="atlas-compare__roles">{summaries}</div>\n\n' + summary(ctx, here, a, b) + table(ctx, here, a, b)


# --- pages ------------------------------------------------------------------------


def pair_page(ctx: Context, a: str, b: str) -> PageSpec:
    lang = ctx.lang
    here = compare_path(a, b)
    ra, rb = (ctx.graph.records[x] for x in pair_order(ctx, a, b))
    title = pair_title(ctx, a, b)
    description = R["compare_description"][lang].format(a=ctx.name(ra.id), b=ctx.name(rb.id))
    picker = html_href(here, INDEX) + f"?a={ra.id}&b={rb.id}"
    body = (f"# {md_text(title)}\n\n" + comparison(ctx, here, ra, rb)
            + f'<p><a href="{html.escape(picker)}">{html.escape(R["compare_other"][lang])}</a></p>\n\n')
    return PageSpec(here, title, body, description=description, in_nav=False)


def index(ctx: Context) -> PageSpec:
    """The picker: with JavaScript, any two roles; without, each role's static comparisons."""
    lang = ctx.lang
    title, intro = R["compare_title"][lang], R["compare_intro"][lang]
    roles = ctx.of_type("role")
    options = "".join(f'<option value="{r.id}">{html.escape(ctx.name(r.id))}</option>' for r in roles)
    pickers = "".join(
        f'<label>{html.escape(R[key][lang])} <select name="{name}" required>{options}</select></label> '
        for key, name in (("compare_pick_a", "a"), ("compare_pick_b", "b")))
    form = (f'<form class="atlas-compare-picker" data-atlas-compare hidden>{pickers}'
            f'<button type="submit" class="md-button md-button--primary">{html.escape(R["compare_button"][lang])}</button></form>\n'
            f'<p class="atlas-noscript">{html.escape(R["compare_nojs"][lang])}</p>\n'
            f'<div class="atlas-compare-picked" data-compare-result aria-live="polite" data-roles="{html.escape(_roles_data(ctx))}" '
            f'data-labels="{html.escape(_labels_data(lang))}"></div>\n\n')
    pairs = static_pairs(ctx)
    listing = []
    for rec in roles:
        mine = [(x, y) for x, y in pairs if rec.id in (x, y)]
        links = ", ".join(f'<a href="{html.escape(html_href(INDEX, compare_path(x, y)))}">{html.escape(ctx.name(y if x == rec.id else x))}</a>'
                          for x, y in mine)
        listing.append(f'<li id="{rec.id}"><strong>{html.escape(ctx.name(rec.id))}</strong>: {links}</li>')
    static = (f'<h2 id="static">{html.escape(R["compare_static"][lang])}</h2>\n'
              f'<ul class="atlas-compare-index">{"".join(listing)}</ul>\n\n')
    return PageSpec(INDEX, title, f"# {title}\n\n{intro}\n\n{form}{static}", description=intro)


def _roles_data(ctx: Context) -> str:
    """Each role's name, link, summary, lectures and aspects, for the picker's script (JSON in an
    attribute: the page's sanitizer keeps data attributes and drops scripts). Links are relative
    to the picker's page; the items' HTML is the same the static pages show."""
    out = {}
    for rec in ctx.of_type("role"):
        # The items' HTML is inserted by the script after the page's own sanitizer ran: it goes
        # through the same sanitizer here.
        items = {key: [(k, sanitize_page(h)) for k, h in found] for key, found in aspects(ctx, INDEX, rec).items()}
        out[rec.id] = {
            "name": ctx.name(rec.id), "href": ctx.href(INDEX, rec.id), "summary": t(rec.data.summary, ctx.lang),
            "lectures": sanitize_page(lectures(ctx, INDEX, rec)), "aspects": items,
        }
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def _labels_data(lang: str) -> str:
    keys = ("compare_areas", "compare_stages", "compare_skills", "compare_tools", "compare_ethics", "compare_questions",
            "compare_both", "compare_none", "compare_only", "compare_summary", "compare_same", "compare_pair", "compare_pick_two",
            "compare_unknown")
    return json.dumps({k: R[k][lang] for k in keys}, ensure_ascii=False, separators=(",", ":"))


# --- the role pages' links ----------------------------------------------------------


def role_links(ctx: Context, rec: Record) -> str:
    """The role page's comparisons: each nearest role with its summary, and the picker."""
    if len(ctx.of_type("role")) < 2:
        return ""
    here = page_path(rec)
    items = []
    for other in nearest(ctx, rec.id):
        href = html.escape(html_href(here, compare_path(rec.id, other)))
        items.append(f'<li class="atlas-card"><a href="{href}">{html.escape(pair_title(ctx, rec.id, other))}</a>'
                     f'<span class="atlas-card__what">{html.escape(t(ctx.graph.records[other].data.summary, ctx.lang))}</span></li>')
    picker = html.escape(html_href(here, INDEX) + f"?a={rec.id}")
    return (f'<ul class="atlas-cards">{"".join(items)}</ul>\n\n'
            f'<p><a href="{picker}">{html.escape(R["compare_any"][ctx.lang])}</a></p>\n\n')
