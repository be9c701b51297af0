"""Search in Chromium: the smoke queries of tests/search_queries.yml find their page in the top 3."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import REPO
from searchprobe import rank_queries

QUERIES = yaml.safe_load((REPO / "tests/search_queries.yml").read_text(encoding="utf-8"))


def test_each_language_has_its_own_index(real_site: Path) -> None:
    assert (real_site / "ko/pagefind/pagefind.js").is_file() and (real_site / "en/pagefind/pagefind.js").is_file()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_smoke_queries_find_their_page_in_the_top_3(browser, real_base: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    smoke = [q for q in QUERIES[lang] if q.get("smoke")]
    assert len(smoke) >= 4
    page = browser.new_page()
    ranked = rank_queries(page, real_base, lang, smoke)
    page.close()
    missed = [(r.query, r.expect, r.results[:3]) for r in ranked if not (r.rank and r.rank <= 3)]
    assert missed == []


def test_search_stays_in_the_page_language(browser, real_base: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    ranked = rank_queries(page, real_base, "en", [{"q": "데이터", "expect": "none"}])
    ranked += rank_queries(page, real_base, "ko", [{"q": "plumber", "expect": "roles/data-engineer/"}])
    page.close()
    assert ranked[0].results == []  # Korean words are not in the English index
    assert ranked[1].results and all(not r.startswith("http") for r in ranked[1].results)


def test_result_links_highlight_the_match_on_the_page(browser, real_base: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    page.goto(real_base + "ko/")
    page.keyboard.press("/")
    page.keyboard.type("배관공")
    page.wait_for_selector(".md-search-result__list > li")
    first = page.locator(".md-search-result__list > li > a").first
    assert "배관공" in first.inner_text()
    href = first.get_attribute("href")
    assert href and "h=" in href  # Material's highlight parameter
    first.click()
    page.wait_for_selector("mark[data-md-highlight]")
    assert page.locator("mark[data-md-highlight]").first.inner_text() == "배관공"
    page.close()
