"""One language pass's files: the hand-written pages of docs/<lang>/ and the generated ones."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from ..core.graph import Graph
from ..render import labels
from ..render.pages import NavItem, Renderer


def add_pages(files: Files, config: MkDocsConfig, graph: Graph, lang: str) -> Files:
    """Add the pages generated from the data (in memory), point every page's edit link at
    its source, and set the navigation: the atlas, then the hand-written pages under "About"."""
    renderer = Renderer(graph, lang, config.site_url or "/")
    written = list(files.documentation_pages())
    for f in written:
        f.edit_uri = f"docs/{lang}/{f.src_uri}"
    for spec in renderer.pages():
        if files.get_file_from_path(spec.path):
            raise PluginError(f"docs/{lang}/{spec.path} has the same path as a generated page; rename or remove it")
        f = File.generated(config, spec.path, content=spec.markdown)
        f.edit_uri = spec.source_file  # the data file the page comes from
        files.append(f)
    about = [NavItem("", f.src_uri) for f in sorted(written, key=lambda f: f.src_uri) if f.src_uri != "index.md"]
    nav = renderer.nav()
    if about:
        nav.append(NavItem(labels.UI["about"][lang], None, about))
    config.nav = [item.to_mkdocs() for item in nav]
    return files
