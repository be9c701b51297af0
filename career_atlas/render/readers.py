"""What the readers' pages share (the start page, the comparisons, the self-check): where they
are, where each step of a reading path leads, their labels, and the names of role pairs."""

from __future__ import annotations

from ..core.graph import Graph
from ..core.guidance import COMPARE_INDEX, COMPARE_PREFIX, MAP_PREFIX, SELF_CHECK_PAGE
from . import labels as L
from .context import Context
from .paths import page_path

R = L.View("readers")
START_PAGE = "start/index.md"
SELF_CHECK_PATH = "self-check.md"
COMPARE_PAGE = "compare.md"
"""The comparison picker; not compare/index.md, which the theme would take for the index of the
navigation section the picker stands in (its label then named no section)."""


def compare_path(a: str, b: str) -> str:
    """The comparison page of two roles; one page per unordered pair, ids sorted."""
    first, second = sorted((a, b))
    return f"{COMPARE_PREFIX}{first}--{second}.md"


def step_path(graph: Graph, page: str) -> str:
    if page == SELF_CHECK_PAGE:
        return SELF_CHECK_PATH
    if page == COMPARE_INDEX:
        return COMPARE_PAGE
    if page.startswith((COMPARE_PREFIX, MAP_PREFIX)):
        return page + ".md"
    return page_path(graph.records[page])


def step_title(ctx: Context, page: str) -> str:
    """The page's own title, as plain text."""
    if page == SELF_CHECK_PAGE:
        return str(R["selfcheck_title"][ctx.lang])
    if page == COMPARE_INDEX:
        return str(R["compare_title"][ctx.lang])
    if page.startswith(COMPARE_PREFIX):
        a, _, b = page[len(COMPARE_PREFIX):].partition("--")
        return pair_title(ctx, a, b)
    if page.startswith(MAP_PREFIX):
        return str(L.MAPS[page[len(MAP_PREFIX):]][ctx.lang])
    return ctx.name(page)


def path_pairs(graph: Graph) -> list[tuple[str, str]]:
    """The role pairs the reading paths name (their comparison pages must exist)."""
    found = graph.guidance.start
    steps = [s.page for p in (found.paths if found else []) for s in p.steps]
    return [tuple(s[len(COMPARE_PREFIX):].split("--", 1)) for s in steps if s.startswith(COMPARE_PREFIX)]  # type: ignore[misc]


def pair_order(ctx: Context, a: str, b: str) -> tuple[str, str]:
    """Two roles in the roles' natural order, so a pair reads the same everywhere."""
    order = [rec.id for rec in ctx.of_type("role")]
    first, second = sorted((a, b), key=order.index)
    return first, second


def pair_title(ctx: Context, a: str, b: str) -> str:
    first, second = pair_order(ctx, a, b)
    return str(R["compare_pair"][ctx.lang]).format(a=ctx.name(first), b=ctx.name(second))
