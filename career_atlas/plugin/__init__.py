"""The MkDocs adapter: thin glue between MkDocs events and the domain modules.

Design (see docs/*/architecture.md): one MkDocs pass per language, because
Material's interface language and ``<html lang>`` are per configuration. The
first language is built by the ``mkdocs build`` that was invoked; the plugin
then builds the others in ``on_post_build`` from the same ``mkdocs.yml`` and the
same already-validated graph. Every pass writes into a staging folder that
replaces ``site/`` only when all languages built without a warning, so a failed
build never leaves a half-written site behind.
"""

from __future__ import annotations

import logging
import os
import shutil
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from jinja2 import Environment
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import config_options as c
from mkdocs.config.base import Config, load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.utils import CountHandler

from ..render import labels
from ..core.check import load_graph
from ..core.errors import AtlasError
from ..site.kb import knowledge_base
from ..core.graph import Graph
from ..core.model import DEFAULT_LANGUAGES as LANGS
from ..render.pages import NavItem, Renderer
from ..site.rootfiles import root_files
from ..site.search import index_in_background

log = get_plugin_logger(__name__)
TEMPLATES = Path(__file__).parent / "templates"
T = TypeVar("T")


class AtlasConfig(Config):
    enabled = c.Type(bool, default=True)
    """Turn the plugin off to build only the hand-written pages."""
    data_dir = c.Type(str, default="data")
    """The folder of YAML data files, relative to mkdocs.yml."""
    search_engine = c.Choice(("pagefind", "material"), default="pagefind")
    """`pagefind`: Material's search box answered by a Pagefind index per language.
    `material`: Material's own lunr search, unchanged (kept for the benchmark)."""


class Run:
    """What the first pass shares with the passes of the other languages."""

    def __init__(self, config: MkDocsConfig, graph: Graph) -> None:
        self.graph = graph
        self.final_site_dir = config.site_dir
        self.staging = config.site_dir.rstrip("/\\") + ".partial"
        self.docs_root = config.docs_dir
        self.site_url = (config.site_url or "").rstrip("/") + "/"
        self.strict = bool(config.strict)
        self.warnings = CountHandler()
        self.warnings.setLevel(logging.WARNING)
        # Per language, the search index is built as soon as its pages are written,
        # beside the next language's build.
        self.background = ThreadPoolExecutor(max_workers=len(LANGS), thread_name_prefix="atlas")
        self.indexing: list[tuple[str, Future[None]]] = []


class AtlasPlugin(BasePlugin[AtlasConfig]):
    """Generates the atlas pages of one language per MkDocs pass."""

    def __init__(self) -> None:
        self.language: str | None = None
        self.run: Run | None = None

    # Per-build state is set here because `mkdocs serve` rebuilds in one process.
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        if self.run is None:  # the first pass: load and validate everything once
            root = Path(config.config_file_path or ".").resolve().parent
            try:
                graph = load_graph(root / self.config.data_dir)
            except AtlasError as e:
                raise PluginError(e.report()) from None
            self.run = Run(config, graph)
            self.language = LANGS[0]
            shutil.rmtree(self.run.staging, ignore_errors=True)
            logging.getLogger("mkdocs").addHandler(self.run.warnings)
            config.watch.extend([str(root / self.config.data_dir), self.run.docs_root])
        run, lang = self.run, self.language
        assert lang is not None
        config.site_dir = os.path.join(run.staging, lang)
        config.docs_dir = os.path.join(run.docs_root, lang)
        if not os.path.isdir(config.docs_dir):
            raise PluginError(f"the folder {config.docs_dir} is missing; each language needs its docs/{lang}/ folder")
        config.site_url = f"{run.site_url}{lang}/"
        config.site_name = labels.SITE_NAME[lang]
        config.site_description = labels.SITE_DESCRIPTION[lang]
        config.theme["language"] = lang
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(TEMPLATES))
        config.extra["alternate"] = [{"name": labels.language_name(x), "lang": x, "link": f"{run.site_url}{x}/"} for x in LANGS]
        config.extra["atlas"] = {"lang": lang, "languages": list(LANGS), "site_root": run.site_url, "search_engine": self.config.search_engine,
                                 "locales": {x: labels.locale(x) for x in LANGS}}
        return config

    def on_pre_build(self, config: MkDocsConfig) -> None:
        # Pagefind answers Material's search box, so Material's own index of every
        # page would be built only to be thrown away (0.15 s per language). Its UI
        # still loads search_index.json for its settings, which is still written,
        # with no documents. Done here, after every plugin's on_config has run.
        index = getattr(config.plugins.get("material/search"), "search_index", None)
        if self.run is not None and self.config.search_engine == "pagefind" and index is not None:
            index.add_entry_from_context = lambda page: None

    def on_files(self, files: Files, config: MkDocsConfig) -> Files | None:
        if self.run is None or self.language is None:
            return None
        renderer = Renderer(self.run.graph, self.language, config.site_url or "/")
        written = [f for f in files.documentation_pages()]
        for f in written:
            f.edit_uri = f"docs/{self.language}/{f.src_uri}"
        for spec in renderer.pages():
            if files.get_file_from_path(spec.path):
                raise PluginError(f"docs/{self.language}/{spec.path} has the same path as a generated page; rename or remove it")
            f = File.generated(config, spec.path, content=spec.markdown)
            f.edit_uri = spec.source_file
            files.append(f)
        about = [NavItem("", f.src_uri) for f in sorted(written, key=lambda f: f.src_uri) if f.src_uri != "index.md"]
        nav = renderer.nav()
        if about:
            nav.append(NavItem(labels.UI["about"][self.language], None, about))
        config.nav = [item.to_mkdocs() for item in nav]
        return files

    # Runs last: the passes below reuse plugin instances MkDocs caches (Material's
    # search), which must have finished writing this language's files first.
    @event_priority(-100)
    def on_post_build(self, config: MkDocsConfig) -> None:
        run = self.run
        if run is None or self.language is None:
            return
        if self.config.search_engine == "pagefind" and "material/search" in config.plugins:
            run.indexing.append((self.language, index_in_background(run.background, Path(config.site_dir), self.language)))
        if self.language != LANGS[0]:
            return
        if run.strict and run.warnings.get_counts():
            return  # MkDocs aborts right after this event; on_build_error cleans up
        for lang in LANGS[1:]:
            self._build_language(config, lang)
        for lang, indexed in run.indexing:
            _wait(indexed, f"the search index for {lang} could not be built")
        run.background.shutdown()
        if run.strict and run.warnings.get_counts():
            return
        kb = knowledge_base(run.graph, run.site_url)
        for rel_path, content in root_files(kb, run.site_url).items():
            target = Path(run.staging, rel_path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
        _publish(run.staging, run.final_site_dir)
        logging.getLogger("mkdocs").removeHandler(run.warnings)
        log.info(f"built {len(LANGS)} languages, {len(run.graph.records)} entries each, into {run.final_site_dir}")

    def on_build_error(self, error: Exception) -> None:
        if self.run is not None and self.language == LANGS[0]:
            self.run.background.shutdown(wait=True, cancel_futures=True)
            shutil.rmtree(self.run.staging, ignore_errors=True)
            logging.getLogger("mkdocs").removeHandler(self.run.warnings)

    def _build_language(self, config: MkDocsConfig, lang: str) -> None:
        # A second MkDocs pass, on purpose: Material's interface language and
        # <html lang> are per configuration (mkdocs-static-i18n cannot handle
        # in-memory pages, measured in issue 2). It reuses the validated graph.
        assert self.run is not None
        other = load_config(config.config_file_path, site_url=self.run.site_url, strict=config.strict)
        plugin = other.plugins[_plugin_key(other)]
        assert isinstance(plugin, AtlasPlugin)
        plugin.run, plugin.language = self.run, lang
        mkdocs_build(other)


def _plugin_key(config: MkDocsConfig) -> str:
    for key, plugin in config.plugins.items():
        if isinstance(plugin, AtlasPlugin):
            return key
    raise PluginError("the atlas plugin is missing from the second pass")  # pragma: no cover


def _wait(future: Future[T], failure: str) -> T:
    try:
        return future.result()
    except (ImportError, OSError, RuntimeError) as e:
        raise PluginError(f"{failure}: {e}") from None


def _publish(staging: str, final: str) -> None:
    """Replace the old site with the new one in two renames."""
    old = final.rstrip("/\\") + ".old"
    shutil.rmtree(old, ignore_errors=True)
    if os.path.exists(final):
        os.replace(final, old)
    os.replace(staging, final)
    shutil.rmtree(old, ignore_errors=True)

