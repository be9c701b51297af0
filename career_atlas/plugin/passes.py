"""Language passes: how one MkDocs command builds every language of the atlas.

Why passes: Material's interface language and ``<html lang>`` belong to a MkDocs
configuration, so each language is one MkDocs build of the same mkdocs.yml
(mkdocs-static-i18n cannot handle in-memory pages, measured in issue 2).

- **The primary pass** is the build the user's command runs (``mkdocs build``,
  ``serve`` or ``gh-deploy``); it builds the first of the plugin's ``languages``.
  Its ``on_config`` loads and validates the data once and starts a :class:`Run`.
- **The other passes**, one per other language, are started by the primary pass's
  ``on_post_build`` (:func:`build_others`): ``load_config`` of the same mkdocs.yml
  with the command's :class:`Options` (``-d``, ``--strict``, directory URLs,
  ``--dirty``) and MkDocs's own ``build``. MkDocs hands them the same plugin object
  (it keeps plugins that define ``on_startup``); ``Run.pending`` tells it which pass
  it is in.
- **Shared** by all passes, in the Run: the validated graph, the languages, the site
  URL, the options, the staging folder and the count of warnings.
- **Staging**: each pass writes into ``<site_dir>.partial/<lang>/``, the root files
  (language chooser, 404, sitemap index, robots.txt, api/kb.json, the JSON Schemas of the
  data files in schema/) go beside them.
- **Publishing** renames the staging folder onto site_dir once every pass has built
  (with ``--strict``: without a warning). A failed build deletes the staging folder,
  so the previous site stays whole.
- **Restoring**: the primary pass points the command's config at one language
  (docs/<lang>/, <staging>/<lang>/, its URL, name, theme language, nav...). The
  :class:`Snapshot` taken first gives every value back once the site is published or
  the build failed, so the command then holds the real site: ``gh-deploy`` pushes
  site_dir with every language.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config.base import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.utils import CountHandler

from ..core.graph import Graph
from ..core.schema import SITE_DIR, schemas
from ..core.synonyms import language_terms
from ..render import labels
from ..site.history import last_changed
from ..site.kb import knowledge_base
from ..site.rootfiles import not_found, root_files
from ..site.search import Indexing, SearchPage, empty_material_index, write_terms

TEMPLATES = Path(__file__).parent / "templates"

# Every value of the command's config that a pass changes, given back by Snapshot.restore.
CHANGED_KEYS = ("site_dir", "docs_dir", "site_url", "site_name", "site_description", "nav")
CHANGED_EXTRA = ("alternate", "atlas", "scope")
_MISSING = object()


@dataclass(frozen=True)
class Options:
    """The invoked command's options, which every language pass builds with."""

    config_file: str
    site_dir: str
    site_url: str | None  # under `mkdocs serve`, the local address the command set
    strict: bool
    use_directory_urls: bool
    dirty: bool
    serve_url: str | None  # under `mkdocs serve`, so drafts are built for the preview too

    @classmethod
    def of(cls, config: MkDocsConfig, *, dirty: bool, serving: bool) -> Options:
        return cls(
            config_file=str(config.config_file_path),
            site_dir=config.site_dir,
            site_url=config.site_url,
            strict=bool(config.strict),
            use_directory_urls=config.use_directory_urls,
            dirty=dirty,
            serve_url=config.site_url if serving else None,
        )

    def load(self) -> MkDocsConfig:
        """The config of another language's pass: mkdocs.yml with the same command-line options."""
        return load_config(
            self.config_file,
            site_dir=self.site_dir,
            site_url=self.site_url,
            strict=self.strict,
            use_directory_urls=self.use_directory_urls,
        )


@dataclass
class Snapshot:
    """The values of the command's config before the primary pass changed them."""

    values: dict[str, Any]
    theme_language: Any
    theme_dirs: list[str]
    extra: dict[str, Any]

    @classmethod
    def take(cls, config: MkDocsConfig) -> Snapshot:
        return cls(
            values={key: config[key] for key in CHANGED_KEYS},
            theme_language=config.theme.get("language", _MISSING),
            theme_dirs=list(config.theme.dirs),
            extra={key: config.extra.get(key, _MISSING) for key in CHANGED_EXTRA},
        )

    def restore(self, config: MkDocsConfig) -> None:
        for key, value in self.values.items():
            config[key] = value
        _put(config.theme, "language", self.theme_language)
        config.theme.dirs[:] = self.theme_dirs  # in place: the theme object is shared
        for key, value in self.extra.items():
            _put(config.extra, key, value)


def _put(mapping: Any, key: str, value: Any) -> None:
    if value is _MISSING:
        mapping.pop(key, None)
    else:
        mapping[key] = value


@dataclass
class Run:
    """One command's build of every language: what the passes share."""

    config: MkDocsConfig  # the command's own config, restored at the end
    graph: Graph
    languages: list[str]
    search_engine: str
    options: Options
    docs_root: str
    site_url: str  # the site root every language folder hangs from, ending in "/"
    snapshot: Snapshot
    warnings: CountHandler = field(default_factory=CountHandler)
    pending: str | None = None  # the language of the other pass being built, None in the primary
    changed: dict[str, str] = field(default_factory=dict)  # repository path -> date it last changed (git)
    data_dir: Path | None = None  # whose ids the published schemas list
    search_pages: dict[str, SearchPage] = field(default_factory=dict)  # this pass's pages as search knows them, by URL
    indexing: list[tuple[Indexing, str, dict[str, SearchPage]]] = field(default_factory=list)  # Pagefind at work, per language

    @property
    def staging(self) -> str:
        return self.options.site_dir.rstrip("/\\") + ".partial"

    @property
    def warned(self) -> bool:
        """With --strict, a warning in any pass so far: MkDocs aborts, nothing is published."""
        return self.options.strict and bool(self.warnings.get_counts())

    def language(self) -> str:
        return self.pending or self.languages[0]


def start(config: MkDocsConfig, graph: Graph, languages: list[str], search_engine: str, *, dirty: bool, serving: bool,
          data_dir: Path | None = None) -> Run:
    """Begin a command's build: remember its config and options, and clear a stale staging folder."""
    run = Run(
        config=config,
        graph=graph,
        languages=list(languages),
        search_engine=search_engine,
        options=Options.of(config, dirty=dirty, serving=serving),
        docs_root=config.docs_dir,
        site_url=(config.site_url or "").rstrip("/") + "/",
        snapshot=Snapshot.take(config),
        changed=last_changed(Path(config.config_file_path or ".").resolve().parent),
        data_dir=data_dir,
    )
    shutil.rmtree(run.staging, ignore_errors=True)
    run.warnings.setLevel(logging.WARNING)
    logging.getLogger("mkdocs").addHandler(run.warnings)
    return run


def configure(config: MkDocsConfig, run: Run, lang: str) -> None:
    """Point one pass's config at its language: its docs folder, staging folder, URL and names."""
    config.site_dir = os.path.join(run.staging, lang)
    config.docs_dir = os.path.join(run.docs_root, lang)
    if not os.path.isdir(config.docs_dir):
        raise PluginError(
            f"the folder {config.docs_dir} is missing: each language in the atlas plugin's `languages` "
            f"needs its docs/{lang}/ folder (it can hold just an index.md)"
        )
    config.site_url = f"{run.site_url}{lang}/"
    config.site_name = labels.SITE_NAME[lang]
    config.site_description = labels.SITE_DESCRIPTION[lang]
    config.theme["language"] = labels.theme_language(lang)
    for palette, name in zip(config.theme.get("palette") or [], ("dark", "light")):
        if isinstance(palette, dict) and "toggle" in palette:
            palette["toggle"]["name"] = labels.UI[name][lang]  # the toggle's tooltip, in this language
    # After a custom_dir, before the theme's own folders: our templates override Material's.
    config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(TEMPLATES))
    # Material keeps the reader's settings (the dark or light palette) per scope: one scope for every
    # language, so switching language keeps them.
    config.extra["scope"] = urlsplit(run.site_url).path or "/"
    config.extra["alternate"] = [
        {"name": labels.language_name(x), "lang": x, "link": f"{run.site_url}{x}/"} for x in run.languages
    ]
    config.extra["atlas"] = {
        "lang": lang,
        "languages": list(run.languages),
        "site_root": run.site_url,
        "search_engine": run.search_engine,
        "locales": {x: labels.locale(x) for x in run.languages},
        "notice": labels.UI["notice"][lang],
        "notice_link": labels.UI["notice_link"][lang],
        "updated_label": labels.UI["updated"][lang],
        "updated": {},  # page source -> date, filled in with the pages (plugin/generated.py)
        "home_path": urlsplit(config.site_url).path or "/",  # the 404 page is shown at any depth
        "root_path": urlsplit(run.site_url).path or "/",  # above the language folders: the 404 page's language links
        "others": [  # the 404 page's one line in each other language (without JavaScript it is the only 404 page)
            {"lang": x, "not_found": labels.UI["not_found"][x], "to_home": labels.UI["to_home"][x]}
            for x in run.languages if x != lang
        ],
        **{key: labels.UI[key][lang] for key in ("not_found", "not_found_text", "search_label", "to_home", "breadcrumb",
                                                 "anchor_open", "search_uncovered", "search_suggest", "search_contribute")},
    }


def finish_language(config: MkDocsConfig, run: Run) -> None:
    """After a pass has written its pages: Material's index loses its documents, and Pagefind starts
    indexing them while the next language builds (:func:`finish_search` collects it)."""
    if run.search_engine != "pagefind" or "material/search" not in config.plugins:
        return
    site = Path(config.site_dir)
    try:
        empty_material_index(site)
        run.indexing.append((Indexing(site, run.language()), run.language(), run.search_pages))
    except (ImportError, OSError, RuntimeError, ValueError) as e:
        raise PluginError(f"the search index for {run.language()} could not be built: {e}") from None


def finish_search(run: Run) -> None:
    """Once every language is built: each Pagefind index complete, and the worker's synonyms and
    vocabulary (search/synonyms.yml beside mkdocs.yml) written next to it."""
    while run.indexing:
        indexing, lang, pages = run.indexing[0]
        try:
            indexing.wait()
            write_terms(indexing.site, lang, language_terms(run.graph.synonyms, lang), pages)
        except (OSError, RuntimeError, ValueError) as e:
            raise PluginError(f"the search index for {lang} could not be built: {e}") from None
        finally:
            run.indexing.pop(0)


def build_others(run: Run, plugin_type: type) -> None:
    """The passes of the other languages, each a MkDocs build with the command's options."""
    for lang in run.languages[1:]:
        config = run.options.load()
        for plugin in config.plugins.values():
            if isinstance(plugin, plugin_type):
                plugin.run = run  # type: ignore[attr-defined]  # already so when MkDocs reuses the object (it does: on_startup)
        run.pending = lang
        try:
            with _quiet_build_lines():
                mkdocs_build(config, dirty=run.options.dirty, serve_url=run.options.serve_url)
        finally:
            run.pending = None


def publish(run: Run) -> None:
    """Write the root files beside the languages, then put the staging folder in place of site_dir."""
    finish_search(run)
    kb = knowledge_base(run.graph, run.site_url)
    files = root_files(kb, run.site_url)
    built = {lang: Path(run.staging, lang, "404.html") for lang in run.languages}
    if all(page.is_file() for page in built.values()):
        files["404.html"] = not_found({lang: page.read_text(encoding="utf-8") for lang, page in built.items()}, run.site_url)
    if run.data_dir is not None:  # editors fetch them from the address each data file names (core/schema.py)
        files |= {f"{SITE_DIR}/{name}": text for name, text in schemas(tuple(run.languages), run.data_dir, run.site_url).items()}
    for rel_path, content in files.items():
        target = Path(run.staging, rel_path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    _replace(run.staging, run.options.site_dir)
    end(run)


def abandon(run: Run) -> None:
    """After a failed build: no indexing left running, no staging folder left, the previous site untouched."""
    for indexing, _, _ in run.indexing:
        indexing.stop()
    run.indexing.clear()
    shutil.rmtree(run.staging, ignore_errors=True)
    end(run)


def end(run: Run) -> None:
    """Give the command its config back, and stop counting warnings."""
    run.snapshot.restore(run.config)
    logging.getLogger("mkdocs").removeHandler(run.warnings)


def _replace(staging: str, final: str) -> None:
    """Replace the old site with the new one in two renames."""
    old = final.rstrip("/\\") + ".old"
    shutil.rmtree(old, ignore_errors=True)
    if os.path.exists(final):
        os.replace(final, old)
    os.replace(staging, final)
    shutil.rmtree(old, ignore_errors=True)


class _BuildLines(logging.Filter):
    """MkDocs's lines that report a whole build: the command reports once, not once per language."""

    LINES = ("Cleaning site directory", "Building documentation to directory", "Documentation built in")

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(self.LINES)


@contextmanager
def _quiet_build_lines() -> Iterator[None]:
    # A filter on the one logger that writes them, for the time of the other passes,
    # rather than a level change that would hide their warnings too.
    logger = logging.getLogger("mkdocs.commands.build")
    quiet = _BuildLines()
    logger.addFilter(quiet)
    try:
        yield
    finally:
        logger.removeFilter(quiet)


@dataclass
class Skipped:
    """Under `mkdocs serve`, a rebuild whose data is broken: it builds nothing, into a scratch
    folder, so the last good site keeps being served and MkDocs's server does not stall."""

    config: MkDocsConfig
    site_dir: str

    @classmethod
    def begin(cls, config: MkDocsConfig) -> Skipped:
        skipped = cls(config, config.site_dir)
        config.site_dir = skipped.scratch
        return skipped

    @property
    def scratch(self) -> str:
        return self.site_dir.rstrip("/\\") + ".skipped"

    def end(self) -> None:
        shutil.rmtree(self.scratch, ignore_errors=True)
        self.config.site_dir = self.site_dir
