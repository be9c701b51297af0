"""Type queries into the built site's search box in Chromium, as a visitor would.

Used by scripts/bench_search.py and tests/test_search.py. Playwright is imported
lazily so the rest of the package does not need it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

SEARCH_URL_PARTS = ("/search/", "pagefind", "workers/search", "/lunr/", "search-worker")


@dataclass
class Ranked:
    query: str
    expect: str
    results: list[str]  # page paths below the language root, best first

    @property
    def rank(self) -> int | None:
        return self.results.index(self.expect) + 1 if self.expect in self.results else None


@dataclass
class LoadCost:
    search_bytes: int = 0
    first_results_ms: float = 0.0
    requests: list[str] = field(default_factory=list)


def _results(page: Any, base: str, lang: str) -> list[str]:
    hrefs = page.eval_on_selector_all(
        ".md-search-result__list > li > a.md-search-result__link",
        "els => els.map(e => e.href)",
    )
    root = f"{base}{lang}/"
    out: list[str] = []
    for href in hrefs:  # a result's page and its sections: count the page once
        path = href.split("?")[0].split("#")[0]
        path = path[len(root):] if path.startswith(root) else path
        if path not in out:
            out.append(path)
    return out


_NONE = "JSON.parse(document.getElementById('__config').textContent).translations['search.result.none']"


def _settled(page: Any, base: str, lang: str, timeout: float = 8.0) -> list[str]:
    """Results once the list has stopped changing; no results only once Material says none
    matched (before the first answer, the list is empty too)."""
    end = time.monotonic() + timeout
    none = page.evaluate(_NONE)
    last: list[str] | None = None
    stable_since = time.monotonic()
    while time.monotonic() < end:
        current = _results(page, base, lang)
        if current != last:
            last, stable_since = current, time.monotonic()
        elif current and time.monotonic() - stable_since > 0.35:
            return current
        elif not current and time.monotonic() - stable_since > 0.9 and page.inner_text(".md-search-result__meta").strip() == none:
            return current
        time.sleep(0.05)
    return last or []


def open_search(page: Any) -> None:
    page.keyboard.press("/")
    page.wait_for_selector("input.md-search__input:focus")


def type_query(page: Any, query: str) -> None:
    page.fill("input.md-search__input", "")
    page.keyboard.type(query, delay=5)


def rank_queries(page: Any, base: str, lang: str, queries: list[dict[str, Any]]) -> list[Ranked]:
    """Type each query into one open search box and collect the ranked pages."""
    page.goto(f"{base}{lang}/")
    open_search(page)
    ranked = []
    for item in queries:
        type_query(page, item["q"])
        ranked.append(Ranked(item["q"], item["expect"], _settled(page, base, lang)))
    return ranked


def load_cost(browser: Any, base: str, lang: str, query: str) -> LoadCost:
    """Bytes of search files downloaded, and time from typing to the first result."""
    context = browser.new_context()
    page = context.new_page()
    cost = LoadCost()

    def on_response(response: Any) -> None:
        if any(part in response.url for part in SEARCH_URL_PARTS):
            try:
                cost.search_bytes += len(response.body())
                cost.requests.append(response.url)
            except Exception:  # noqa: BLE001 (a body can be unavailable for redirects)
                pass

    page.on("response", on_response)
    page.goto(f"{base}{lang}/", wait_until="networkidle")
    open_search(page)
    start = time.perf_counter()
    page.keyboard.type(query, delay=0)
    page.wait_for_selector(".md-search-result__list > li", timeout=15000)
    cost.first_results_ms = (time.perf_counter() - start) * 1000
    page.wait_for_load_state("networkidle")
    context.close()
    return cost


# Installed before the page's scripts: the time of the last input in the search box, and of
# the last change to the result list, on the page's own clock.
_WATCH = """
window.__atlasSearch = {input: 0, render: 0};
document.addEventListener("input", e => { if (e.target.matches && e.target.matches(".md-search__input")) window.__atlasSearch.input = performance.now() }, true);
new MutationObserver(() => {
  const list = document.querySelector(".md-search-result__list");
  if (!list || list.__watched) return;
  list.__watched = true;
  new MutationObserver(() => { window.__atlasSearch.render = performance.now() }).observe(list, {childList: true, subtree: true});
}).observe(document, {childList: true, subtree: true});
"""


def keystroke_latency(browser: Any, base: str, lang: str, query: str, key_delay: float = 50) -> float:
    """Milliseconds from the last keystroke to the last change of the rendered results, for the
    first query after a fresh page load (no cache): the reader presses "/" and types at
    ``key_delay`` ms a key, as a fast typist does."""
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(_WATCH)
    page.goto(f"{base}{lang}/", wait_until="networkidle")
    open_search(page)
    page.keyboard.type(query, delay=key_delay)
    page.wait_for_selector(".md-search-result__list > li", timeout=15000)
    _settled(page, base, lang)
    times = page.evaluate("window.__atlasSearch")
    context.close()
    return max(0.0, times["render"] - times["input"])


def scores(ranked: list[Ranked]) -> dict[str, float]:
    n = len(ranked) or 1
    return {
        "n": len(ranked),
        "hit@1": sum(r.rank == 1 for r in ranked) / n,
        "hit@3": sum(r.rank is not None and r.rank <= 3 for r in ranked) / n,
        "mrr": sum(1 / r.rank for r in ranked if r.rank) / n,
    }
