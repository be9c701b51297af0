"""Build-time search index: Pagefind, one index per language folder.

Material's search (lunr with `lang: ko`) misses Korean queries with particles,
English words glued to Korean by parentheses and the second half of compounds;
Pagefind finds them (measured in scripts/bench_search.py). The index is written
next to each language's pages, and Material's own search UI talks to it through
``assets/atlas/search-worker.js``.
"""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

# Parts of a page that are not content: permalink marks, the edit button, and
# the text alternatives of the maps (their links are indexed on their own pages).
EXCLUDE = [".headerlink", ".md-content__button", ".atlas-figure"]
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


async def _index(site: Path, lang: str) -> None:
    from pagefind.index import IndexConfig, PagefindIndex

    config = IndexConfig(root_selector="article", exclude_selectors=EXCLUDE, force_language=lang,
                         output_path=str(site / "pagefind"))
    async with PagefindIndex(config=config) as index:
        await index.add_directory(str(site))
        await index.write_files()


def index_language(site: Path, lang: str) -> None:
    """Write ``site/pagefind/`` for the pages of one language and trim what the site does not use."""
    asyncio.run(_index(site, lang))
    for name in UNUSED:
        (site / "pagefind" / name).unlink(missing_ok=True)
    _slim_material_index(site / "search" / "search_index.json")


def index_in_background(pool: ThreadPoolExecutor, site: Path, lang: str) -> Future[None]:
    """Index one language while the next one builds: Pagefind runs as its own
    process, so on two cores this hides most of its time."""
    return pool.submit(index_language, site, lang)


def _slim_material_index(path: Path) -> None:
    """Material's UI still loads its index file to start the worker; the documents
    are no longer needed, so visitors do not download them."""
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        data["docs"] = []
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
