"""The real site: strict build, twins in both languages, no broken link or anchor, kb.json."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from sitecheck import HtmlPage, html_pages, read_page, resolve

LANGS = ("ko", "en")


@pytest.fixture(scope="session")
def pages(real_site: Path) -> dict[str, dict[str, HtmlPage]]:
    return {lang: html_pages(real_site, lang) for lang in LANGS}


def test_real_data_is_valid(real_data: Any) -> None:
    result = real_data
    graph, problems = result.graph, result.problems
    assert [str(p) for p in problems] == []
    assert graph is not None
    for type_ in ("role", "stage", "ethics", "lecture"):
        assert graph.of_type(type_), f"no {type_} in data/"


def test_every_page_has_its_twin(pages: dict[str, dict[str, HtmlPage]]) -> None:
    assert set(pages["ko"]) == set(pages["en"])
    assert len(pages["ko"]) > 20


def test_every_page_has_the_right_lang_and_hreflang(real_site: Path, pages: dict[str, dict[str, HtmlPage]]) -> None:
    for lang in LANGS:
        for url, page in pages[lang].items():
            assert page.lang == lang, url
            for other in LANGS:
                href = page.alternates[other]
                assert href.endswith(f"/{other}/{url}"), (url, href)


def test_no_broken_internal_link_or_anchor(real_site: Path, pages: dict[str, dict[str, HtmlPage]]) -> None:
    broken = []
    cache: dict[Path, HtmlPage] = {page.path: page for lang in LANGS for page in pages[lang].values()}
    for lang in LANGS:
        for url, page in pages[lang].items():
            for href in set(page.links):
                target, fragment = resolve(real_site, page.path, href)
                if target is None:
                    continue
                if not target.is_file():
                    broken.append(f"{lang}/{url} -> {href}")
                    continue
                if fragment and target.suffix == ".html":
                    doc = cache.get(target) or cache.setdefault(target, read_page(target))
                    if fragment not in doc.ids:
                        broken.append(f"{lang}/{url} -> {href} (no anchor)")
    assert broken == []


def test_kb_json_matches_the_links_on_each_page(real_site: Path, pages: dict[str, dict[str, HtmlPage]]) -> None:
    kb = json.loads((real_site / "api/kb.json").read_text(encoding="utf-8"))
    by_id = {e["id"]: e for e in kb["entities"]}
    by_path = {e["path"][lang]: e["id"] for e in kb["entities"] for lang in LANGS}
    assert {e["type"] for e in kb["entities"]} >= {"role", "stage", "ethics"}
    for entity in kb["entities"]:
        for lang in LANGS:
            page = pages[lang][entity["path"][lang][len(lang) + 1 :]]
            linked = set()
            for href in page.article_links:
                target, _ = resolve(real_site, page.path, href)
                if target is not None:
                    rel = target.parent.relative_to(real_site).as_posix() + "/"
                    if rel in by_path:
                        linked.add(by_path[rel])
            missing = set(entity["links"]) - linked
            assert not missing, f"{lang} page of {entity['id']} lacks links to {sorted(missing)}"
        for other in entity["links"]:
            assert entity["id"] in by_id[other]["links"], (entity["id"], other)


def test_materials_search_index_holds_no_documents(real_site: Path) -> None:
    for lang in LANGS:
        index = json.loads((real_site / lang / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert index["docs"] == []  # Pagefind answers the search box; its own index is never built
        assert set(index["config"]) >= {"lang", "separator"}  # the settings Material's UI reads at start-up


def test_every_page_shows_when_it_last_changed(pages: dict[str, dict[str, HtmlPage]]) -> None:
    """Dates come from git: the repository's own history of each page's source."""
    for lang in LANGS:
        for url, page in pages[lang].items():
            html = page.path.read_text(encoding="utf-8")
            assert re.search(r'class="atlas-updated"><small>[^<]+: <time datetime="\d{4}-\d{2}-\d{2}">', html), (lang, url)


def test_the_contributing_page_is_edited_in_contributing_md(real_site: Path) -> None:
    for lang in LANGS:
        page = (real_site / lang / "contributing/index.html").read_text(encoding="utf-8")
        assert "/edit/main/CONTRIBUTING.md" in page and f"/edit/main/docs/{lang}/contributing.md" not in page
