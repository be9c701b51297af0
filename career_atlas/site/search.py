"""Build-time search index: Pagefind, one index per language folder.

Material's search (lunr with `lang: ko`) misses Korean queries with particles,
English words glued to Korean by parentheses and the second half of compounds;
Pagefind finds them (measured in scripts/bench_search.py). The index is written
next to each language's pages, and Material's own search UI talks to it through
``assets/atlas/search-worker.js``.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

# Parts of a page that are not content: permalink marks, the edit button, and
# the text alternatives of the maps (their links are indexed on their own pages).
EXCLUDE = [".headerlink", ".md-content__button", ".atlas-figure"]
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


def empty_material_index(site: Path) -> None:
    """Drop the documents from Material's ``search/search_index.json``, keeping its ``config``.

    Pagefind answers the search box, but Material's interface still fetches this file for
    its settings (language, separator); the documents would only be downloaded for nothing.
    Rewriting the written file leaves Material's search plugin as it is.
    """
    path = site / "search" / "search_index.json"
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    index["docs"] = []
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def index_language(site: Path, lang: str) -> None:
    """Write ``site/pagefind/`` for the pages of one language and trim what the site does not use.

    Runs Pagefind's command line (the binary shipped by the pagefind package):
    measured at 0.27 s per language, against 0.67 s through its Python service API.
    The binary is run directly: `python -m pagefind` costs a Python start-up more.
    """
    cmd = [_binary(), "--site", str(site), "--output-subdir", "pagefind", "--glob", _pages_glob(site),
           "--root-selector", "article", "--force-language", lang, "--silent"]
    for selector in EXCLUDE:
        cmd += ["--exclude-selectors", selector]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"pagefind failed: {(result.stderr or result.stdout).strip()[-500:]}")
    for name in UNUSED:
        (site / "pagefind" / name).unlink(missing_ok=True)


UNINDEXED = ("compare",)
"""Folders whose pages stay out of the index: the pairwise role comparisons (and their
index) repeat the role pages' names 66 times over and crowded them out of role queries
("modeler" found the comparisons' index first). Every role page links its comparisons."""


def _pages_glob(site: Path) -> str:
    """A glob of every page but those in UNINDEXED folders (Pagefind's --glob has no negation)."""
    parts = []
    for entry in sorted(site.iterdir()):
        if entry.is_dir() and entry.name in UNINDEXED:
            continue
        if entry.is_dir():
            parts.append(f"{entry.name}/**/*.html")
        elif entry.suffix == ".html":
            parts.append(entry.name)
    return "{" + ",".join(parts) + "}"


# The worker's query expansion, written next to each language's index (see write_terms).
TERMS_FILE = "atlas-terms.json"
_TITLE = re.compile(r"<h1[^>]*>(.*?)</h1>", re.DOTALL)
_ALIASES = re.compile(r'data-pagefind-meta="aliases">(.*?)</p>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>|&para;")
_WORD = re.compile(r"[^\s()\[\]{},.:;!?/·•—–&'\"“”‘’]+")


def _key(name: str) -> str:
    """A name as the worker compares it (search-worker.js `key`): lowercase, no spaces or punctuation."""
    return re.sub(r"[\s·•,.()\[\]/&'’\"-]+", "", name.lower())


def page_names(site: Path) -> dict[str, tuple[str, list[str]]]:
    """Each page's title and names (title, its parts, aliases), by path below the language root."""
    pages = {}
    for page in sorted(site.rglob("index.html")):
        rel = page.parent.relative_to(site).as_posix()
        if rel.split("/")[0] in ("pagefind", "search", "assets", *UNINDEXED):
            continue  # not pages, or pages left out of the index
        text = page.read_text(encoding="utf-8")
        titles = _TITLE.findall(text)
        if not titles:
            continue
        title = html.unescape(_TAG.sub("", titles[0])).strip()
        aliases = [html.unescape(_TAG.sub("", a)).split(":", 1)[-1] for a in _ALIASES.findall(text)[:1]]
        names = [title, *re.split(r"[()·,]", title), *(a for line in aliases for a in line.split(","))]
        pages["" if rel == "." else rel + "/"] = (title, [n.strip() for n in names if n.strip()])
    return pages


def vocabulary(pages: dict[str, tuple[str, list[str]]]) -> list[str]:
    """The words of every page's title and aliases, lowercased: the names readers search for.

    The worker splits a Korean compound typed without spaces (머신러닝엔지니어) into these
    words, joins words typed apart (머신 러닝) when the joined word is one, and corrects a
    one-letter typo of an unknown word to one of them. Read from the written pages, so it
    follows whatever the render makes the titles and aliases.
    """
    words = {w.lower() for _, names in pages.values() for name in names for w in _WORD.findall(name)}
    return sorted(w for w in words if len(w) > 1 or not w.isascii())


def read_terms(path: Path, lang: str) -> dict[str, Any]:
    """One language's part of search/synonyms.yml, checked: the file is hand-written."""
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    terms = data.get(lang) or {}
    shapes = {"synonyms": dict, "routes": list, "stopwords": list, "project": dict}
    # ValueError throughout (ruff's TRY004 would have TypeError): finish_language reports it as the build's error.
    for name, value in terms.items():
        if name not in shapes:
            raise ValueError(f"{path}: {lang}.{name} is none of {', '.join(shapes)}")
        if not isinstance(value, shapes[name]):
            raise ValueError(f"{path}: {lang}.{name} should be a {'mapping' if shapes[name] is dict else 'list'}")  # noqa: TRY004
    for typed, meant in terms.get("synonyms", {}).items():
        if not isinstance(meant, list) or not all(isinstance(m, str) for m in meant):
            raise ValueError(f"{path}: {lang}.synonyms.{typed} should be a list of words")
    for route in terms.get("routes", []):
        if not (isinstance(route, dict) and isinstance(route.get("words"), list) and isinstance(route.get("page"), str)):
            raise ValueError(f"{path}: each of {lang}.routes needs `words` (a list) and `page`: {route!r}")  # noqa: TRY004
    return terms


def write_terms(site: Path, lang: str, synonyms: Path) -> None:
    """Write ``site/pagefind/atlas-terms.json``: the synonyms, routes and stopwords of
    search/synonyms.yml for this language, and the vocabulary of its pages.

    The worker fetches it together with Pagefind (one small file, one request).
    """
    terms = {"synonyms": {}, "routes": [], "stopwords": [], "project": {}} | read_terms(synonyms, lang)
    for route in terms["routes"]:
        # The worker also searches for the routed page's title, so the page is among the
        # results even when the question shares no word with it.
        page = site / route["page"] / "index.html"
        if not page.is_file():
            raise ValueError(f"{synonyms}: {lang}.routes: no page {route['page']}")
        route["title"] = html.unescape(_TAG.sub("", _TITLE.findall(page.read_text(encoding="utf-8"))[0])).strip()
    pages = page_names(site)
    terms["vocabulary"] = vocabulary(pages)
    # Name -> pages that carry it, and their titles: a query that *is* a page's name
    # (MLE -> ML engineer) searches for that page's title too, so Pagefind's ranking
    # of a common word cannot leave the page out.
    names: dict[str, list[str]] = {}
    for path, (_, page_names_) in pages.items():
        for name in page_names_:
            if path not in names.setdefault(_key(name), []):
                names[_key(name)].append(path)
    terms["names"] = names
    terms["titles"] = {path: title for path, (title, _) in pages.items()}
    target = site / "pagefind" / TERMS_FILE
    target.write_text(json.dumps(terms, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


@lru_cache(maxsize=1)
def _binary() -> str:
    from pagefind.service import get_executable  # the package's own lookup (PAGEFIND_BINARY_PATH, then its wheels)

    path = get_executable()
    if path is None:
        raise RuntimeError("the pagefind binary is missing: reinstall with `pip install 'pagefind[extended]'`")
    return str(path)
