"""One language pass's files: the hand-written pages of docs/<lang>/ and the generated ones."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from ..core.graph import Graph
from ..render.language import Renderer
from ..render.page import NavItem
from ..render.paths import page_url
from ..site.search import SearchPage, search_page
from . import handwritten


def add_pages(files: Files, config: MkDocsConfig, graph: Graph, lang: str, changed: dict[str, str],
              others: dict[str, Path] | None = None) -> tuple[Files, dict[str, SearchPage]]:
    """Add the pages generated from the data (in memory), point every page's edit link at
    its source, and set the navigation: the atlas, then the hand-written pages under "About".
    Also gives what search needs of each generated page (title, names, questions), by URL.
    ``others``: the other languages' docs folders, whose hand-written pages are checked now too."""
    edit_url = (config.repo_url or "").rstrip("/") + "/" + (config.edit_uri or "").lstrip("/") if config.repo_url and config.edit_uri else ""
    renderer = Renderer(graph, lang, config.site_url or "/", edit_url=edit_url, repo_url=(config.repo_url or "").rstrip("/"))
    repo = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
    docs = Path(config.docs_dir).resolve()
    refused = handwritten.refusals({lang: docs, **(others or {})}, repo)
    if refused:
        raise PluginError("hand-written pages that cannot be published:\n  " + "\n  ".join(refused))
    written = list(files.documentation_pages())
    updated = config.extra["atlas"]["updated"]
    newest_data = max((d for path, d in changed.items() if path.startswith("data/")), default=None)
    for f in written:
        source = handwritten.included_file(f.content_string) or f"docs/{lang}/{f.src_uri}"
        f.edit_uri = quote(source, safe="/")  # percent-encoded: the theme prints the edit link's address into an attribute as it is
        updated[f.src_uri] = changed.get(source)
    searched = {}
    for spec in renderer.pages():
        searched[page_url(spec.path)] = search_page(spec.title, spec.names, spec.questions)
        if files.get_file_from_path(spec.path):
            raise PluginError(f"docs/{lang}/{spec.path} has the same path as a generated page; rename or remove it")
        inclusion = InclusionLevel.UNDEFINED if spec.in_nav else InclusionLevel.NOT_IN_NAV
        f = File.generated(config, spec.path, content=spec.markdown, inclusion=inclusion)
        f.edit_uri = spec.source_file  # the data file the page comes from
        updated[spec.path] = changed.get(spec.source_file, newest_data) if spec.source_file else newest_data
        files.append(f)
    project = [NavItem("", f.src_uri) for f in sorted(written, key=lambda f: f.src_uri) if f.src_uri != "index.md"]
    config.nav = [item.to_mkdocs() for item in renderer.nav(project)]
    return files, searched
