"""One language of the atlas: every page and the navigation, from the graph.

Every page comes from a function that takes the language's :class:`~.context.Context` and returns
:class:`~.page.PageSpec`\\ s: the index pages, the entries (a role's page is its template), the
maps, the readers' pages, About, the ids and the sources. Then the reading paths mark the pages
they pass through, and each page gets its structured data."""

from __future__ import annotations

import datetime
import posixpath

from ..core.graph import Graph
from ..core.record import Record
from . import about, compare, entries, ids, indexes, maps, roles, selfcheck, seo, sources, start
from . import labels as L
from .context import Context
from .nav import navigation
from .page import NavItem, PageSpec
from .paths import COLLECTION_DIRS, GUIDE_DIRS, page_url


class Renderer:
    """Turns one graph into the pages and navigation of one language."""

    def __init__(self, graph: Graph, lang: str, base_url: str = "/", year: str = "", edit_url: str = "", repo_url: str = "") -> None:
        self.ctx = Context(graph, lang, base_url, year or str(datetime.date.today().year), repo_url, edit_url)
        self.graph, self.lang = graph, lang

    def pages(self) -> list[PageSpec]:
        ctx = self.ctx
        ctx.new_page()  # a second call writes every page again
        specs = [indexes.home(ctx), about.page(ctx), ids.page(ctx), *maps.pages(ctx)]
        specs += [indexes.collection(ctx, type_) for type_ in COLLECTION_DIRS if ctx.of_type(type_)]
        specs += [indexes.guide_section(ctx, s) for s in GUIDE_DIRS if any(r.data.section == s for r in ctx.of_type("guide"))]
        specs += [self.entry(rec) for rec in self.graph.records.values()]
        specs += [s for s in (sources.page(ctx), start.start_page(ctx), selfcheck.page(ctx)) if s is not None]
        specs += compare.pages(ctx)
        start.add_path_boxes(ctx, specs)
        titles = {s.path: s.title for s in specs}
        for spec in specs:
            spec.meta["atlas_jsonld"] = self.structured_data(spec, titles)
        return specs

    def entry(self, rec: Record) -> PageSpec:
        self.ctx.new_page()
        if rec.type == "role":  # a role's page is its template
            return entries.page(self.ctx, rec, roles.header, roles.body)
        return entries.page(self.ctx, rec)

    def nav(self, project: list[NavItem] | tuple[NavItem, ...] = ()) -> list[NavItem]:
        return navigation(self.ctx, project)

    def structured_data(self, spec: PageSpec, titles: dict[str, str]) -> str:
        crumbs = [(L.UI["home"][self.lang], "")]
        parent = posixpath.join(posixpath.dirname(spec.path), "index.md")
        if parent != spec.path and parent in titles and parent != "index.md":
            crumbs.append((titles[parent], page_url(parent)))
        if spec.path != "index.md":
            crumbs.append((spec.title, page_url(spec.path)))
        objects = [seo.breadcrumbs(self.ctx.base_url, crumbs)]
        if spec.entity:
            described = seo.entity(self.graph, self.graph.records[spec.entity], self.lang, page_url(spec.path), self.ctx.base_url, "glossary/")
            if described:
                objects.append(described)
        return seo.script_json(objects)
