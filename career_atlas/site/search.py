"""Build-time search index: Pagefind, one index per language folder.

Material's search (lunr with `lang: ko`) misses Korean queries with particles,
English words glued to Korean by parentheses and the second half of compounds;
Pagefind finds them (measured in scripts/bench_search.py). The index is written
next to each language's pages, and Material's own search UI talks to it through
``assets/atlas/search-worker.js``.
"""

from __future__ import annotations

import json
import subprocess
from functools import lru_cache
from pathlib import Path

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
    cmd = [_binary(), "--site", str(site), "--output-subdir", "pagefind",
           "--root-selector", "article", "--force-language", lang, "--silent"]
    for selector in EXCLUDE:
        cmd += ["--exclude-selectors", selector]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"pagefind failed: {(result.stderr or result.stdout).strip()[-500:]}")
    for name in UNUSED:
        (site / "pagefind" / name).unlink(missing_ok=True)


@lru_cache(maxsize=1)
def _binary() -> str:
    from pagefind.service import get_executable  # the package's own lookup (PAGEFIND_BINARY_PATH, then its wheels)

    path = get_executable()
    if path is None:
        raise RuntimeError("the pagefind binary is missing: reinstall with `pip install 'pagefind[extended]'`")
    return str(path)
