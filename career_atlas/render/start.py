"""The start page: a reading path for each reader the atlas exists for (data/start.yml),
the home page's links to them, and the entry points of the readers' pages
(the start page, the self-check and the role comparisons) for render/pages.py."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from ..core.graph import Graph
from ..core.guidance import COMPARE_INDEX, COMPARE_PREFIX, SELF_CHECK_PAGE, Guidance
from ..core.markup import md_text
from . import labels as L
from .context import Context, t
from .paths import html_href, page_path, rel

if TYPE_CHECKING:
    from ..core.loader import Record
    from .pages import NavItem, PageSpec, Renderer

R = L.View("readers")
START_PAGE = "start/index.md"
SELF_CHECK_PATH = "self-check.md"


def guidance(graph: Graph) -> Guidance:
    """What data/start.yml and data/self-check.yml say, read and checked with the rest of
    the data (core/check.py); a graph built without them has neither page."""
    return graph.guidance if isinstance(graph.guidance, Guidance) else Guidance()


# --- where the steps of a path lead ----------------------------------------------


def compare_path(a: str, b: str) -> str:
    """The comparison page of two roles; one page per unordered pair, ids sorted."""
    first, second = sorted((a, b))
    return f"{COMPARE_PREFIX}{first}--{second}.md"


def step_path(graph: Graph, page: str) -> str:
    if page == SELF_CHECK_PAGE:
        return SELF_CHECK_PATH
    if page == COMPARE_INDEX:
        return f"{COMPARE_PREFIX}index.md"
    if page.startswith(COMPARE_PREFIX):
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
    return ctx.name(page)


def pair_order(ctx: Context, a: str, b: str) -> tuple[str, str]:
    """Two roles in the roles' natural order, so a pair reads the same everywhere."""
    order = [rec.id for rec in ctx.of_type("role")]
    first, second = sorted((a, b), key=order.index)
    return first, second


def pair_title(ctx: Context, a: str, b: str) -> str:
    first, second = pair_order(ctx, a, b)
    return str(R["compare_pair"][ctx.lang]).format(a=ctx.name(first), b=ctx.name(second))


# --- the start page and the home page's block -------------------------------------


def start_page(r: Renderer) -> PageSpec | None:
    from .pages import PageSpec

    found = guidance(r.graph)
    if found.start is None:
        return None
    lang = r.lang
    title, intro = R["start_title"][lang], R["start_intro"][lang]
    parts = [r.front_matter(title, intro), f"# {title}\n\n{intro}\n\n"]
    for path in found.start.paths:
        parts.append(f"## {md_text(t(path.title, lang))} {{ #{path.id} }}\n\n")
        parts.append(f'<p class="atlas-lead">{html.escape(t(path.question, lang))}</p>\n\n')
        for i, step in enumerate(path.steps, 1):
            name = t(step.title, lang) if step.title else step_title(r.ctx, step.page)
            target = rel(START_PAGE, step_path(r.graph, step.page))
            parts.append(f'{i}. [{md_text(name)}]({target})<br><span class="atlas-path__why">{md_text(t(step.why, lang))}</span>\n')
        parts.append("\n")
    parts.append(r.questions(getattr(found.start.page_questions, lang)))
    return PageSpec(START_PAGE, title, "".join(parts), found.start_file)


def home_block(r: Renderer, here: str = "index.md") -> str:
    """A link to each reading path, with its first page: every reader's question, one click away."""
    found = guidance(r.graph)
    if found.start is None:
        return ""
    lang = r.lang
    items = []
    for path in found.start.paths:
        href = html_href(here, START_PAGE) + f"#{path.id}"
        first = path.steps[0]
        first_name = t(first.title, lang) if first.title else step_title(r.ctx, first.page)
        first_href = html_href(here, step_path(r.graph, first.page))
        items.append(
            f'<li class="atlas-paths__item"><a class="atlas-paths__title" href="{html.escape(href)}">{html.escape(t(path.title, lang))}</a>'
            f'<span class="atlas-paths__question">{html.escape(t(path.question, lang))}</span>'
            f'<span class="atlas-paths__first">{html.escape(R["home_first"][lang])} '
            f'<a href="{html.escape(first_href)}">{html.escape(first_name)}</a></span></li>'
        )
    return (f"## [{R['home_title'][lang]}]({rel(here, START_PAGE)})\n\n"
            f'<ul class="atlas-paths">\n' + "\n".join(items) + "\n</ul>\n\n")


# --- what render/pages.py calls ---------------------------------------------------


def readers_pages(r: Renderer) -> list[PageSpec]:
    """The start page, the self-check and the role comparisons of one language."""
    from . import compare, selfcheck

    specs = [start_page(r), selfcheck.page(r)]
    return [s for s in specs if s is not None] + compare.pages(r)


def readers_nav(r: Renderer) -> list[NavItem]:
    from . import compare
    from .pages import NavItem

    found = guidance(r.graph)
    items = []
    if found.start is not None:
        items.append(NavItem(R["start_title"][r.lang], START_PAGE))
    if found.self_check is not None:
        items.append(NavItem(R["selfcheck_title"][r.lang], SELF_CHECK_PATH))
    return items + compare.nav(r)


def role_comparisons(r: Renderer, rec: Record) -> str:
    from . import compare

    return compare.role_links(r, rec)

