"""The atlas as plain Markdown projects: ``python -m career_atlas export DIR``.

Material for MkDocs reaches its end of life in May 2027; the export proves the content
can move. Per language it writes ``DIR/<lang>/mkdocs.yml`` and ``DIR/<lang>/docs/``:
every generated page, the hand-written pages of ``docs/<lang>/`` that build on their
own, and the atlas stylesheet (``site/atlas.css``, which the plugin's pages inline). The
config names no plugin and no module of this package, so plain ``mkdocs build --strict``
(Material theme) and ``zensical build`` both build it.

Every page is written as ``<name>/index.md`` (``roles/x.md`` becomes ``roles/x/index.md``),
its Markdown links moved with it. The pages' raw HTML links are directory URLs
(``../../roles/x/``): MkDocs leaves raw HTML as it is, while Zensical (0.0.x) reads
relative URLs in raw HTML as relative to the source file, like Markdown links, and
so sends ``../../roles/x/`` one folder too high from ``ethics/bias.md``. When a page's
source folder is its URL folder, both readings give the same URL.

What the export leaves out, and why:

- hand-written pages that include other files with ``pymdownx.snippets`` (``--8<--``):
  the included files live outside ``docs/<lang>/`` (docs/*/contributing.md includes
  CONTRIBUTING.md), so they would not build there;
- hand-written pages whose relative links or images point outside ``docs/<lang>/``
  or at a file that is not there (the same reason);
- the atlas's templates and scripts (Pagefind search, reading paths, the comparison picker,
  the self-check): they belong to the plugin; the themes' own search takes over. Two small
  theme overrides go with the export instead (``overrides/partials/``, from
  ``career_atlas/site/theme/``): the language chooser links each page's twin, and the edit
  button opens the data file a page comes from (its ``edit_url`` front matter). Material and
  Zensical both read them;
- ``career_atlas.render.mdext`` (``rel="noopener"`` on external links) and the
  Material emoji functions: the config stays free of Python names but one, the
  ``toc`` slugify, which both MkDocs and Zensical read in the same YAML form.

No MkDocs import here: the pages come from :mod:`career_atlas.render.language`.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from ..core.graph import Graph
from ..render import labels
from ..render.language import Renderer
from ..render.page import NavItem
from .snippets import includes
from .stylesheet import STYLESHEET_PATH, stylesheet

THEME_OVERRIDES = Path(__file__).resolve().parent / "theme"
OVERRIDES_DIR = "overrides"
"""The theme overrides' folder beside each exported mkdocs.yml (``theme.custom_dir``)."""

# Theme features the export cannot serve: "view source" would show the generated Markdown's raw
# text at the data file's URL.
PLUGIN_FEATURES = ("content.action.view",)

VALIDATION = {"omitted_files": "warn", "absolute_links": "warn", "unrecognized_links": "warn", "anchors": "warn"}
"""MkDocs's link checks, as the main mkdocs.yml sets them (used when it sets none)."""

# Written as text: the slugify needs a YAML tag that yaml.safe_dump cannot write. MkDocs
# (yaml_load with its own SafeLoader subclass) and Zensical (yaml.Loader) both construct
# `!!python/object/apply`; Zensical's other form, `slugify: {object: ..., kwds: ...}`,
# is not accepted by MkDocs's toc (it calls what it is given).
MARKDOWN_EXTENSIONS = """\
markdown_extensions:
  - abbr
  - admonition
  - attr_list
  - def_list
  - footnotes
  - md_in_html
  - tables
  - toc:
      permalink: true
      slugify: !!python/object/apply:pymdownx.slugs.slugify
        kwds:
          case: lower
  - pymdownx.details
  - pymdownx.superfences
  - pymdownx.tabbed:
      alternate_style: true
"""

# The target of an inline Markdown link or image: ](target) or ](target "title").
MD_TARGET = re.compile(r"(\]\()([^)\s]+)")
# Inline Markdown links and images: [text](target) / ![alt](target "title").
ELSEWHERE = re.compile(r"^[a-z][a-z0-9+.-]*:|^#|^/", re.IGNORECASE)
"""A link to another site (a scheme), to the same page, or from the site's root: not moved with the pages."""
MD_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)")


class ExportError(Exception):
    """The export cannot be written; the message says what to change."""


@dataclass
class Export:
    """Every file of the export, by path relative to DIR, before anything is written."""

    files: dict[str, str | bytes] = field(default_factory=dict)
    left_out: list[str] = field(default_factory=list)
    """Hand-written pages not exported, each with the reason (shown paths)."""
    pages: dict[str, int] = field(default_factory=dict)
    """The number of Markdown pages exported, per language."""


def build_export(graph: Graph, languages: list[str] | tuple[str, ...], docs_root: Path, main_config: dict[str, Any]) -> Export:
    """The files of the export of every language; nothing is written."""
    export = Export()
    for lang in languages:
        _export_language(export, graph, lang, languages, docs_root, main_config)
    return export


def edit_base(main_config: dict[str, Any]) -> str:
    """The repository's edit URL for a path (``https://github.com/o/r/edit/main/``), or "" if
    the main config names no repository or no edit_uri."""
    repo, edit_uri = main_config.get("repo_url"), main_config.get("edit_uri")
    if not isinstance(repo, str) or not repo or not isinstance(edit_uri, str) or not edit_uri:
        return ""
    return repo.rstrip("/") + "/" + edit_uri.strip("/") + "/"


def with_edit_url(text: str, url: str) -> str:
    """``text`` with ``edit_url`` in its front matter (added, or a front matter block made)."""
    line = f"edit_url: {json.dumps(url)}\n"
    if text.startswith("---\n"):
        return "---\n" + line + text[len("---\n"):]
    return "---\n" + line + "---\n\n" + text


def _export_language(export: Export, graph: Graph, lang: str, languages: list[str] | tuple[str, ...], docs_root: Path,
                     main_config: dict[str, Any]) -> None:
    root_url = main_config.get("site_url")
    site_url = f"{str(root_url).rstrip('/')}/{lang}/" if root_url else None
    renderer = Renderer(graph, lang, site_url or "/")
    specs = renderer.pages()
    generated = {spec.path for spec in specs}
    files = export.files
    edit = edit_base(main_config)

    pages = {spec.path: with_edit_url(spec.markdown, edit + spec.source_file) if edit and spec.source_file else spec.markdown
             for spec in specs}
    written: list[str] = []
    lang_docs = docs_root / lang
    for path in sorted(lang_docs.rglob("*")) if lang_docs.is_dir() else []:
        if not path.is_file():
            continue
        rel_path = path.relative_to(lang_docs).as_posix()
        shown = f"{docs_root.name}/{lang}/{rel_path}"
        if rel_path in generated:
            raise ExportError(f"{shown} has the same path as a generated page; rename or remove it")
        if path.suffix == ".md":
            text = path.read_text(encoding="utf-8")
            reason = _why_not_portable(text, rel_path, lang_docs)
            if reason:
                export.left_out.append(f"{shown}: {reason}")
                continue
            written.append(rel_path)
            pages[rel_path] = with_edit_url(text, f"{edit}{docs_root.name}/{lang}/{rel_path}") if edit else text
        else:
            files[f"{lang}/docs/{rel_path}"] = path.read_bytes()
    files[f"{lang}/docs/{STYLESHEET_PATH}"] = stylesheet()
    for template in sorted(THEME_OVERRIDES.rglob("*.html")):
        files[f"{lang}/{OVERRIDES_DIR}/{template.relative_to(THEME_OVERRIDES).as_posix()}"] = template.read_bytes()
    moved = {page: index_layout(page) for page in pages}
    taken: dict[str, str] = {}
    for page, new in moved.items():
        if new in taken:
            raise ExportError(f"{docs_root.name}/{lang}/: {taken[new]} and {page} would both be exported as {new}; rename one")
        taken[new] = page
    for page, text in pages.items():
        files[f"{lang}/docs/{moved[page]}"] = relink(text, page, moved)

    nav = renderer.nav()
    about = [NavItem("", p) for p in written if p != "index.md"]
    if about:
        nav.append(NavItem(labels.UI["about"][lang], None, about))
    nav = [_moved_item(item, moved) for item in nav]
    hidden = [moved[spec.path] for spec in specs if not spec.in_nav]  # reached from other pages only
    files[f"{lang}/mkdocs.yml"] = config_text(lang, site_url, [item.to_mkdocs() for item in nav], main_config, hidden, languages)
    export.pages[lang] = len(specs) + len(written)


def index_layout(path: str) -> str:
    """Where a page goes in the export: its URL's folder (``roles/x.md`` -> ``roles/x/index.md``)."""
    if path == "index.md" or path.endswith("/index.md"):
        return path
    return path[: -len(".md")] + "/index.md"


def relink(text: str, path: str, moved: dict[str, str]) -> str:
    """The page's Markdown links and images, relative to its new place ``moved[path]``:
    links to pages follow the pages, links to other files keep their target."""
    here, there = posixpath.dirname(path), posixpath.dirname(moved[path])

    def target(match: re.Match[str]) -> str:
        href = match.group(2)
        if ELSEWHERE.match(href):
            return match.group(0)
        link, hash_, fragment = href.partition("#")
        resolved = posixpath.normpath(posixpath.join(here, link))
        if resolved.startswith("../") or resolved == "..":
            return match.group(0)
        new = posixpath.relpath(moved.get(resolved, resolved), there or ".")
        return match.group(1) + new + hash_ + fragment

    return MD_TARGET.sub(target, text)


def _moved_item(item: NavItem, moved: dict[str, str]) -> NavItem:
    path = moved.get(item.path, item.path) if item.path else None
    return NavItem(item.title, path, [_moved_item(c, moved) for c in item.children])


def _why_not_portable(text: str, rel_path: str, lang_docs: Path) -> str | None:
    """Why a hand-written page would not build in the export, or None if it would."""
    if includes(text):
        return "left out: it includes files from outside its folder with pymdownx.snippets (--8<--)"
    here = posixpath.dirname(rel_path)
    for target in MD_LINK.findall(text):
        if ELSEWHERE.match(target):
            continue  # external, same page, or absolute (MkDocs warns on those anyway)
        path = target.split("#", 1)[0].split("?", 1)[0]
        if not path:
            continue
        joined = posixpath.normpath(posixpath.join(here, path))
        if joined.startswith("../") or joined == ".." or not (lang_docs / joined).exists():
            return f"left out: it links to {target}, which is outside docs/{lang_docs.name}/ or missing"
    return None


def _plain(item: object) -> object:
    """A nav entry with plain str titles: Markup is a str subclass YAML would tag."""
    if isinstance(item, dict):
        return {str(k): _plain(v) for k, v in item.items()}
    if isinstance(item, list):
        return [_plain(x) for x in item]
    return str(item) if isinstance(item, str) else item


def config_text(lang: str, site_url: str | None, nav: list[object], main_config: dict[str, Any], hidden: list[str] | None = None,
                languages: list[str] | tuple[str, ...] = ()) -> str:
    """One language's mkdocs.yml: no plugin of ours, no Python name of ours."""
    theme_config = main_config.get("theme")
    main_theme: dict[str, Any] = theme_config if isinstance(theme_config, dict) else {}
    theme: dict[str, Any] = {"name": main_theme.get("name") or "material", "custom_dir": OVERRIDES_DIR,
                             "language": labels.theme_language(lang)}
    for key in ("font", "palette"):
        if key in main_theme:
            theme[key] = main_theme[key]
    features = [f for f in main_theme.get("features") or [] if f not in PLUGIN_FEATURES]
    if features:
        theme["features"] = features
    config: dict[str, Any] = {"site_name": labels.SITE_NAME[lang], "site_description": labels.SITE_DESCRIPTION[lang]}
    if site_url:
        config["site_url"] = site_url
    if edit_base(main_config):
        config["repo_url"] = str(main_config["repo_url"])
        config["edit_uri"] = ""  # no edit link derived from an exported file's path: pages name their source
    config.update(
        {
            "docs_dir": "docs",
            "use_directory_urls": True,  # raw-HTML links in the pages are directory URLs (../../roles/x/)
            "theme": theme,
            "plugins": ["search"],
            "extra_css": [STYLESHEET_PATH],
            "validation": main_config.get("validation") or VALIDATION,
            "nav": _plain(nav),
        }
    )
    if len(languages) > 1:
        root = urlsplit(str(main_config.get("site_url") or "/")).path.rstrip("/") + "/"
        config["extra"] = {"alternate": [{"name": labels.language_name(other), "link": f"{root}{other}/", "lang": other} for other in languages]}
    if hidden:
        config["not_in_nav"] = "\n".join(f"/{path}" for path in hidden)
    head = (
        f"# AI Career Atlas ({lang}), exported as plain Markdown: no plugin needed.\n"
        "# Build with `mkdocs build --strict` (Material for MkDocs) or `zensical build`.\n"
    )
    body = yaml.safe_dump(config, allow_unicode=True, sort_keys=False, width=1000)
    return head + body + MARKDOWN_EXTENSIONS


def write_export(export: Export, out: Path, *, force: bool = False) -> None:
    """Write every file into ``out``, all at once: a folder beside it is filled, then renamed.
    ``out`` must be missing or empty unless ``force``, which replaces it."""
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is a file; give a folder to export into")
    if out.is_dir() and any(out.iterdir()) and not force:
        raise ExportError(f"{out} is not empty; give an empty or new folder, or add --force to replace it")
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = out.with_name(f".{out.name}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        for rel_path, content in export.files.items():
            target = staging / rel_path
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8")
        if out.exists():
            old = out.with_name(f".{out.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(out, old)
            os.replace(staging, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
