"""Build-time search index: Pagefind, one index per language folder.

Material's search (lunr with `lang: ko`) misses Korean queries with particles,
English words glued to Korean by parentheses and the second half of compounds;
Pagefind finds them (measured in scripts/bench_search.py). The index is written
next to each language's pages, and Material's own search UI talks to it through
``assets/atlas/search-worker.js`` and its modules in ``assets/atlas/search/``.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import tempfile
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from pagefind.service import get_executable

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


class Indexing:
    """Pagefind indexing one language's pages, in a process of its own.

    Runs Pagefind's command line (the binary shipped by the pagefind package):
    measured at 0.27 s per language, against 0.67 s through its Python service API.
    The binary is run directly: `python -m pagefind` costs a Python start-up more.
    It runs while the next language's pages are built (:meth:`wait` collects it):
    the binary and Python's build then share the machine's cores, where in turn
    they took one at a time (scripts/bench_build.py measures the build).
    """

    def __init__(self, site: Path, lang: str) -> None:
        self.site = site
        cmd = [_binary(), "--site", str(site), "--output-subdir", "pagefind", "--glob", _pages_glob(site),
               "--root-selector", "article", "--force-language", lang, "--silent"]
        for selector in EXCLUDE:
            cmd += ["--exclude-selectors", selector]
        self.output = tempfile.TemporaryFile()  # a file, not a pipe: no one reads while it runs
        self.process = subprocess.Popen(cmd, stdout=self.output, stderr=subprocess.STDOUT)

    def wait(self) -> None:
        """Once Pagefind is done: its files, less what the site does not use; an error if it failed."""
        with self.output:
            code = self.process.wait()
            self.output.seek(0)
            said = self.output.read().decode("utf-8", "replace").strip()
        if code != 0:
            raise RuntimeError(f"pagefind failed: {said[-500:]}")
        for name in UNUSED:
            (self.site / "pagefind" / name).unlink(missing_ok=True)

    def stop(self) -> None:
        """After a failed build: no indexing left running."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.output.close()


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
SEPARATORS = "\\s()\\[\\]{}<>,.:;!?/\\\\·•×—–&\"'“”‘’"
"""The characters that separate words (a regular expression's character class, unbracketed): spaces,
brackets, punctuation, quotes, the middle dot and the multiplication sign of titles (역할 × 단계 표);
not the hyphen (full-stack). The worker splits queries with the same class (search/text.mjs), and
both test suites check the cases of tests/js/fixtures/tokens.json."""
_SEPARATOR = re.compile(f"[{SEPARATORS}]+")


def words(text: str) -> list[str]:
    """The words of a text, as written (the worker's `words`)."""
    return [w for w in _SEPARATOR.split(text) if w]


def name_key(name: str) -> str:
    """A name as people type it, as the worker compares it (its `key`): lowercase, without
    separators or hyphens (풀 스택 = 풀스택, full-stack = fullstack)."""
    return "".join(words(name.lower())).replace("-", "")


class SearchPage(NamedTuple):
    """What the worker needs to know of a page."""

    title: str
    names: list[str]  # the title, its parts, the aliases (a lecture's: its speaker's names)
    questions: list[str]  # the questions it answers (render `questions`: entries, start, self-check, maps, indexes, About)


def search_page(title: str, aliases: Sequence[str] = (), questions: Sequence[str] = ()) -> SearchPage:
    """A page as the worker knows it, from what the render layer gave it (``PageSpec``'s title,
    ``names`` and ``questions``; a hand-written page's title).

    "데이터·모델 배관공 (데이터 엔지니어·AIOps)" is found by the whole title, the part before the
    brackets and each name in them; not by 데이터 from the first half, which names no page.
    """
    outside, _, inside = title.partition("(")
    names = [title, outside, *re.split(r"[,·]", inside.rstrip(")")), *aliases]
    return SearchPage(title, [n.strip() for n in names if n.strip()], [q.strip() for q in questions if q.strip()])


def indexed(path: str) -> bool:
    """Whether Pagefind indexes the page at ``path`` (below the language root)."""
    return path.split("/")[0] not in UNINDEXED


def vocabulary(pages: dict[str, SearchPage]) -> list[str]:
    """The words of every page's title and aliases, lowercased, those of most pages first:
    the names readers search for.

    The worker splits a Korean compound typed without spaces (머신러닝엔지니어) into these
    words, joins words typed apart (머신 러닝) when the joined word is one, and corrects an
    unknown word to the nearest of them, the most common among equals (데이타 -> 데이터,
    kubernets -> kubernetes). Taken from the pages the render layer made, so it follows
    whatever the titles and aliases are. (The words of the pages' text as well: same hits
    on every benchmark set, twice the bytes; not kept.)
    """
    def title_words(text: str) -> set[str]:
        return {w.lower() for w in words(text) if len(w) > 1 or not w.isascii()}

    counts: Counter[str] = Counter(w for page in pages.values() for w in set().union(*(title_words(n) for n in page.names)))
    return sorted(counts, key=lambda w: (-counts[w], w))


def write_terms(site: Path, lang: str, given: dict[str, Any], pages: dict[str, SearchPage]) -> None:
    """Write ``site/pagefind/atlas-terms.json``: the synonyms, routes, lists, stopwords and
    project pages of search/synonyms.yml for this language, and from its ``pages`` (by path below
    the language root, as :func:`search_page` made them): the vocabulary, each name's pages, each
    page's title and questions, and its Pagefind id.

    The worker fetches it together with Pagefind (one small file, one request).
    """
    terms = dict(given)  # search/synonyms.yml's part for this language (core/synonyms.py), checked
    for route in terms["routes"]:
        if not (site / route["page"] / "index.html").is_file():
            raise ValueError(f"search/synonyms.yml: {lang}.routes: no page {route['page']}")
    for kind in terms["kinds"]:
        if not (site / kind["section"] / "index.html").is_file():
            raise ValueError(f"search/synonyms.yml: {lang}.kinds: no section {kind['section']}")
    pages = {path: page for path, page in sorted(pages.items()) if indexed(path)}
    terms["vocabulary"] = vocabulary(pages)
    # Name -> pages that carry it, and their titles: a query that is or has a page's name
    # (MLE -> ML engineer; what does a data engineer do) searches for that page's title too,
    # and ranks the page first (search/names.mjs namedPages).
    names: dict[str, list[tuple[bool, tuple[int, str]]]] = {}
    for path, page in pages.items():
        outside = page.title.partition("(")[0]
        for name in page.names:
            entry = (name_key(name) not in (name_key(page.title), name_key(outside)), _priority(path))
            if entry not in names.setdefault(name_key(name), []):
                names[name_key(name)].append(entry)
    # Pages sharing a name (풀스택 ML 엔지니어 is a role and a lecture's section, 서빙 a stage
    # and a glossary term): the page it is the title of first, then the entry (ENTRY_FOLDERS).
    terms["names"] = {name: [path for _, (_, path) in sorted(entries)] for name, entries in names.items()}
    terms["titles"] = {path: page.title for path, page in pages.items()}
    terms["ids"] = fragment_ids(site)
    terms["questions"] = {path: page.questions for path, page in pages.items() if page.questions}
    target = site / "pagefind" / TERMS_FILE
    target.write_text(json.dumps(terms, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def fragment_ids(site: Path) -> dict[str, str]:
    """Pagefind's id of each page (its fragment's name), by path below the language root.

    A search result carries only this id until its fragment is fetched; with it, the
    worker can show a page it must (the page a question is routed to, the page the
    query names) wherever Pagefind ranked it, without fetching the others' fragments.
    Fragments are gzip files holding `pagefind_dcd` and the page's JSON (Pagefind 1.x).
    """
    ids = {}
    for fragment in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes())
        if not data.startswith(b"pagefind_dcd"):
            raise RuntimeError(f"{fragment}: not a Pagefind fragment this atlas can read (has Pagefind's format changed?)")
        url = json.loads(data[len(b"pagefind_dcd"):])["url"]
        ids[url.lstrip("/")] = fragment.name.removesuffix(".pf_fragment")
    return ids


# The folders of the entries, in the order they rank when pages share a name that is none
# of their titles: a role; a term's definition (annotation is a glossary term and an alias
# of the data-collection stage); then the other entries.
ENTRY_FOLDERS = ("roles/", "glossary/", "stages/", "ethics/", "tools/", "skills/")


def _priority(path: str) -> tuple[int, str]:
    first = [i for i, folder in enumerate(ENTRY_FOLDERS) if path.startswith(folder)]
    return (first[0] if first else len(ENTRY_FOLDERS), path)


@lru_cache(maxsize=1)
def _binary() -> str:
    path = get_executable()  # the package's own lookup (PAGEFIND_BINARY_PATH, then its wheels)
    if path is None:
        raise RuntimeError("the pagefind binary is missing: reinstall with `pip install 'pagefind[extended]'`")
    return str(path)
