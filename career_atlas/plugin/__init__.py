"""The MkDocs adapter: thin glue between MkDocs events and the domain modules.

One MkDocs pass per language; how the passes share the data, stage and publish
the site is explained in :mod:`career_atlas.plugin.passes`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from jinja2 import Environment, FileSystemBytecodeCache
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from ..core.check import check_data
from ..core.errors import AtlasError
from ..core.graph import Graph
from ..core.sanitize import noscript_lines, sanitize_page
from ..core.siteconfig import notes_folder
from ..core.synonyms import SYNONYMS_FILE
from ..render import labels
from ..site.search import search_page
from ..site.stylesheet import stylesheet
from . import handwritten, passes, serve
from .config import AtlasConfig
from .generated import add_pages

__all__ = ["AtlasConfig", "AtlasPlugin"]

log = get_plugin_logger(__name__)


@cache
def _template_cache() -> FileSystemBytecodeCache:
    """The theme's templates compiled once, not once per language and build: a tiny site built in
    1.31 s against 1.65 s (median of four each). Jinja keeps the cache in a folder of the
    temporary directory that only this user can write, and recompiles a template that changed."""
    return FileSystemBytecodeCache()


class AtlasPlugin(BasePlugin[AtlasConfig]):
    """Generates the atlas pages of one language per MkDocs pass."""

    def __init__(self) -> None:
        self.command = "build"  # the command's name and --dirty, for the other passes
        self.dirty = False
        self.serving = False  # a live-reload server rebuilds us and serves the last good site
        self.run: passes.Run | None = None
        self.skipped: passes.Skipped | None = None

    # Defining on_startup makes MkDocs keep this object for the whole command: across
    # `mkdocs serve` rebuilds, and for the other language passes (see passes.py).
    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.command, self.dirty, self.serving = command, dirty, False

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: object) -> LiveReloadServer:
        self.serving = True  # only called after a first good build: there is a site to keep serving
        serve.watch_folder(server, str(self._root(config) / self.config.data_dir))
        synonyms = self._root(config) / SYNONYMS_FILE
        if synonyms.is_file():
            server.watch(str(synonyms))  # what readers type, read into each language's search terms
        serve.guard_rebuilds(server, log.error)
        return server

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        if self.run is not None and self.run.pending:  # another language's pass, started below
            passes.configure(config, self.run, self.run.pending)
            return config
        # The primary pass: per-build state starts afresh (`mkdocs serve` rebuilds in one process).
        self.run, self.skipped = None, None
        graph = self._load(config)
        if graph is None:
            self.skipped = passes.Skipped.begin(config)
            return config
        self.run = passes.start(
            config, graph, self.config.languages, self.config.search_engine,
            dirty=self.dirty, serving=self.command == "serve", data_dir=self._root(config) / self.config.data_dir,
        )
        if refused := handwritten.folder_links(Path(self.run.docs_root), self.run.languages):
            raise PluginError("hand-written pages that cannot be published:\n  " + "\n  ".join(refused))
        passes.configure(config, self.run, self.run.languages[0])
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files | None:
        if self.skipped is not None:
            return Files([])  # nothing to build: the data is broken
        if self.run is None:
            return None
        run = self.run
        others = {} if run.pending else {lang: Path(run.docs_root, lang) for lang in run.languages[1:]}  # checked before any builds
        files, run.search_pages = add_pages(files, config, run.graph, run.language(), run.changed, others)
        return files

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment | None:
        # main.html inlines the stylesheet (site/atlas.css, which the export ships as a file),
        # without its last newline, as a template include of the file would.
        env.globals["atlas_stylesheet"] = Markup(stylesheet().removesuffix("\n"))
        env.bytecode_cache = _template_cache()
        return env

    # Last of all content transforms: the page's article as the browser will get it goes through
    # the allow-list sanitizer, whatever path a contributed string took into it.
    @event_priority(-100)
    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if not self.config.enabled:
            return None
        if self.config.search_engine == "pagefind":
            # Material's search plugin would index the page (its own HTML parse of every page) for
            # an index the atlas empties after the build: Pagefind answers Material's search box.
            page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
            if self.run is not None and page.file.generated_by is None:  # a hand-written page: its title is known once rendered
                self.run.search_pages[page.url] = search_page(page.title or "")
        return noscript_lines(sanitize_page(html, generated=page.file.generated_by is not None))

    # Last: Material's search must have written search_index.json (emptied here), and
    # the other passes reuse Material's search plugin, which must be done with this one.
    @event_priority(-100)
    def on_post_build(self, config: MkDocsConfig) -> None:
        if self.skipped is not None:
            self.skipped.end()
            log.error("the site was not rebuilt; the last good build is still served until the data is fixed")
            return
        run = self.run
        if run is None:
            return
        passes.finish_language(config, run)
        if run.pending or run.warned:
            return  # another language's pass; or --strict and a warning: MkDocs aborts next
        passes.build_others(run, AtlasPlugin)
        passes.publish(run)
        log.info(f"built {len(run.languages)} languages, {len(run.graph.records)} entries each, into {run.options.site_dir}")

    def on_build_error(self, error: Exception) -> None:
        # A failed other pass reaches the primary pass's build too: clean up there, once.
        if self.run is not None and not self.run.pending:
            passes.abandon(self.run)
        if self.skipped is not None:
            self.skipped.end()

    def _load(self, config: MkDocsConfig) -> Graph | None:
        """The validated graph; None while serving broken data (the problems are logged)."""
        root = self._root(config)
        if self.config.labels_dir:
            labels.load_dir(root / self.config.labels_dir)
        if missing := labels.unlabelled(self.config.languages):
            raise PluginError(missing)
        result = check_data(root / self.config.data_dir, tuple(self.config.languages), tuple(labels.languages()),
                            notes_folder(root, self.config.notes_dir))
        for ignored in result.ignored:
            log.info(f"ignored {ignored} (editor backup or hidden file)")
        if result.graph is not None and not result.problems:
            return result.graph
        if not self.serving:
            raise PluginError(AtlasError(result.problems).report())
        for problem in AtlasError(result.problems).problems:
            log.error(str(problem))  # the same lines as `python -m career_atlas check`
        return None

    @staticmethod
    def _root(config: MkDocsConfig) -> Path:
        return Path(config.config_file_path or ".").resolve().parent
