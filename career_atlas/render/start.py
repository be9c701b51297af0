"""Reading paths (data/start.yml): the start page, the home page's links to each path, and on
every page a path passes through, where it is in the path ("step 2 of 6") with the previous and
next step: a reader follows a path to its end with its own "next" links."""

from __future__ import annotations

import html

from ..core.guidance import PathStep, ReadingPath
from ..core.sanitize import md_text
from .blocks import questions as questions_block
from .context import Context, t
from .page import PageSpec
from .paths import html_href, rel
from .readers import START_PAGE, R, step_path, step_title


def _step_name(ctx: Context, step: PathStep) -> str:
    return t(step.title, ctx.lang) if step.title else step_title(ctx, step.page)


# --- the start page and the home page's block -------------------------------------


def start_page(ctx: Context) -> PageSpec | None:
    found = ctx.graph.guidance
    if found.start is None:
        return None
    lang = ctx.lang
    title, intro = R["start_title"][lang], R["start_intro"][lang]
    parts = [f"# {title}\n\n{intro}\n\n"]
    for path in found.start.paths:
        parts.append(f"## {md_text(t(path.title, lang))} {{ #{path.id} }}\n\n")
        parts.append(f'<p class="atlas-lead">{html.escape(t(path.question, lang))}</p>\n\n')
        items = []
        for step in path.steps:
            href = html_href(START_PAGE, step_path(ctx.graph, step.page)) + f"?path={path.id}"
            items.append(f'<li><a href="{html.escape(href)}">{html.escape(_step_name(ctx, step))}</a><br>'
                         f'<span class="atlas-path__why">{html.escape(t(step.why, lang))}</span></li>')
        parts.append(f'<ol class="atlas-path">{"".join(items)}</ol>\n\n')
    asked = list(getattr(found.start.page_questions, lang))
    parts.append(questions_block(ctx, asked))
    return PageSpec(START_PAGE, title, "".join(parts), description=intro, source_file=found.start_file, questions=asked)


def home_block(ctx: Context, here: str = "index.md") -> str:
    """A link to each reading path, with its first page: every reader's question, one click away."""
    found = ctx.graph.guidance
    if found.start is None:
        return ""
    lang = ctx.lang
    items = []
    for path in found.start.paths:
        href = html_href(here, START_PAGE) + f"#{path.id}"
        first = path.steps[0]
        first_href = html_href(here, step_path(ctx.graph, first.page)) + f"?path={path.id}"
        items.append(
            f'<li class="atlas-paths__item"><a class="atlas-paths__title" href="{html.escape(href)}">{html.escape(t(path.title, lang))}</a>'
            f'<span class="atlas-paths__question">{html.escape(t(path.question, lang))}</span>'
            f'<span class="atlas-paths__first">{html.escape(R["home_first"][lang])} '
            f'<a href="{html.escape(first_href)}">{html.escape(_step_name(ctx, first))}</a></span></li>'
        )
    return (f"## [{R['home_title'][lang]}]({rel(here, START_PAGE)})\n\n"
            f'<ul class="atlas-paths">\n' + "\n".join(items) + "\n</ul>\n\n")


# --- the path on the pages it passes through ------------------------------------------


def add_path_boxes(ctx: Context, specs: list[PageSpec]) -> None:
    """Every page a path passes through shows, under its title, the path's name, "step k of n"
    and its previous and next steps, and the next step again at its end. A page on several paths
    shows each (atlas.js keeps only the one of ``?path=`` when the reader came from a path)."""
    found = ctx.graph.guidance
    if found.start is None:
        return
    by_path = {spec.path: spec for spec in specs}
    for path in found.start.paths:
        for k, step in enumerate(path.steps):
            spec = by_path.get(step_path(ctx.graph, step.page))
            if spec is None:
                continue
            spec.boxes.append(_boxes(ctx, spec.path, path, k))


def _boxes(ctx: Context, here: str, path: ReadingPath, k: int) -> tuple[str, str]:
    lang, steps = ctx.lang, path.steps
    name = html.escape(t(path.title, lang))
    home = html.escape(html_href(here, START_PAGE) + f"#{path.id}")
    where = html.escape(R["path_step"][lang].format(k=k + 1, n=len(steps)))

    def link(i: int, key: str, rel_: str) -> str:
        href = html.escape(html_href(here, step_path(ctx.graph, steps[i].page)) + f"?path={path.id}")
        title = _step_name(ctx, steps[i])  # data-title: the theme's footer follows the path with it (atlas.js)
        return f'<a rel="{rel_}" href="{href}" data-title="{html.escape(title)}">{html.escape(R[key][lang].format(title=title))}</a>'

    prev = link(k - 1, "path_prev", "prev") if k > 0 else ""
    nxt = link(k + 1, "path_next", "next") if k + 1 < len(steps) else f'<a href="{home}">{html.escape(R["path_end"][lang])}</a>'
    label = html.escape(R["path_label"][lang].format(path=t(path.title, lang)))
    top = (f'<nav class="atlas-pathnav" data-path="{path.id}" aria-label="{label}"><p class="atlas-pathnav__where">'
           f'<a href="{home}">{name}</a> · {where}</p><p class="atlas-pathnav__steps">{prev} {nxt}</p></nav>\n\n')
    bottom = (f'<nav class="atlas-pathnav atlas-pathnav--end" data-path="{path.id}" aria-label="{label} ({where})">'
              f'<p class="atlas-pathnav__steps">{prev} {nxt}</p></nav>\n\n')
    return top, bottom
