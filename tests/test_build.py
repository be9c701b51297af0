"""Tiny real sites built in tmp_path with the real mkdocs CLI."""

from __future__ import annotations

import copy
import html
import json
import os
import re
from pathlib import Path

import pytest
from clirun import python_m
from conftest import run_mkdocs
from mkdocs.commands.build import build
from mkdocs.config import load_config
from sitecheck import html_pages, read_page

from career_atlas.render import labels as L
from career_atlas.render.seo import script_json
from career_atlas.site.search import name_key, search_page

SITE_URL = "https://ai-career-atlas.github.io/ai-career-atlas/"


@pytest.fixture
def built(tiny_built: Path) -> Path:
    return tiny_built


@pytest.fixture
def built_here(tiny_site: Path) -> Path:
    """A fresh build, for tests that change the project."""
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode == 0, result.stderr
    return tiny_site / "site"


def test_both_languages_with_their_lang(built: Path) -> None:
    for lang in ("ko", "en"):
        pages = html_pages(built, lang)
        assert {"", "roles/plumber/", "roles/modeler/", "stages/collect/", "ethics/bias/", "lectures/talk/", "about/"} <= set(pages)
        assert {p.lang for p in pages.values()} == {lang}
    assert read_page(built / "ko/roles/plumber/index.html").h1 == "데이터 배관공"
    assert read_page(built / "en/roles/plumber/index.html").h1 == "Data plumber"
    assert not (built.parent / "site.partial").exists()


def test_material_interface_in_the_page_language(built: Path) -> None:
    ko = (built / "ko/roles/plumber/index.html").read_text(encoding="utf-8")
    en = (built / "en/roles/plumber/index.html").read_text(encoding="utf-8")
    assert 'aria-label="검색"' in ko or "검색" in ko
    assert 'placeholder="Search"' in en


def test_hreflang_twins_and_language_switch(built: Path) -> None:
    page = read_page(built / "ko/stages/collect/index.html")
    assert page.alternates == {
        "ko": SITE_URL + "ko/stages/collect/",
        "en": SITE_URL + "en/stages/collect/",
        "x-default": SITE_URL + "ko/stages/collect/",
    }
    # The language menu goes straight to the twin, with a relative link that works on any host.
    switch = [href for href in page.links if href.endswith("/en/stages/collect/")]
    assert switch == ["../../../en/stages/collect/"]


def test_relations_show_on_both_sides(built: Path) -> None:
    role = read_page(built / "en/roles/plumber/index.html")
    stage = read_page(built / "en/stages/collect/index.html")
    assert "../../stages/collect/" in role.article_links
    assert "../../stages/collect/#raw" in role.article_links
    assert "../../roles/plumber/" in stage.article_links
    ethics = read_page(built / "ko/ethics/bias/index.html")
    assert "../../stages/collect/#raw" in ethics.article_links  # the step that raises it
    assert "../../roles/modeler/" in ethics.article_links


def test_korean_headings_get_readable_anchors(built: Path) -> None:
    assert "한국어-제목" in read_page(built / "ko/about/index.html").ids
    assert "raw" in read_page(built / "ko/stages/collect/index.html").ids  # explicit step anchors


def test_edit_link_opens_the_data_file(built: Path) -> None:
    html = (built / "ko/roles/plumber/index.html").read_text(encoding="utf-8")
    assert "/edit/main/data/roles/plumber.yml" in html
    about = (built / "en/about/index.html").read_text(encoding="utf-8")
    assert "/edit/main/docs/en/about.md" in about


def test_kb_json(built: Path) -> None:
    kb = json.loads((built / "api/kb.json").read_text(encoding="utf-8"))
    by_id = {e["id"]: e for e in kb["entities"]}
    assert set(by_id) == {"plumber", "modeler", "collect", "bias", "talk", "annotation"}
    assert by_id["plumber"]["name"] == {"ko": "데이터 배관공", "en": "Data plumber"}
    for entity in kb["entities"]:
        for other in entity["links"]:
            assert entity["id"] in by_id[other]["links"]
        for lang in ("ko", "en"):
            assert (built / entity["path"][lang] / "index.html").is_file()


def test_root_files(built: Path) -> None:
    index = read_page(built / "index.html")
    assert index.alternates["ko"] == SITE_URL + "ko/"
    sitemap = (built / "sitemap.xml").read_text(encoding="utf-8")
    assert SITE_URL + "ko/sitemap.xml" in sitemap and SITE_URL + "en/sitemap.xml" in sitemap
    assert SITE_URL + "en/roles/plumber/" in (built / "en/sitemap.xml").read_text(encoding="utf-8")


def test_bad_data_fails_cleanly_and_keeps_the_old_site(built_here: Path) -> None:
    built = built_here
    project = built.parent
    marker = built / "ko/roles/plumber/index.html"
    before = marker.read_text(encoding="utf-8")
    (project / "data/roles/modeler.yml").write_text("name: [\n", encoding="utf-8")
    result = run_mkdocs(project, "build", "--strict")
    assert result.returncode == 1
    assert "data/roles/modeler.yml:2: is not valid YAML" in result.stderr
    assert "Traceback" not in result.stderr
    assert marker.read_text(encoding="utf-8") == before
    assert not (project / "site.partial").exists()


def test_strict_warning_in_second_language_keeps_the_old_site(built_here: Path) -> None:
    built = built_here
    project = built.parent
    (project / "docs/en/about.md").write_text("# About\n\n[broken](missing.md)\n", encoding="utf-8")
    result = run_mkdocs(project, "build", "--strict")
    assert result.returncode == 1
    assert "missing.md" in result.stderr
    assert "Traceback" not in result.stderr
    assert "broken" not in (built / "en/about/index.html").read_text(encoding="utf-8")
    assert not (project / "site.partial").exists()


def test_external_links_carry_noopener_and_no_contributed_script(built: Path) -> None:
    checked = 0
    for lang in ("ko", "en"):
        for path in (built / lang).rglob("*.html"):
            text = path.read_text(encoding="utf-8")
            if "<article" not in text:
                continue
            article = text.split("<article", 1)[1].split("</article>", 1)[0]
            assert "<script" not in article, path
            assert read_page(path).event_attrs == [], path
            for chunk in article.split("<a ")[1:]:
                tag = chunk.split(">", 1)[0]
                if ('href="https://' in tag or 'href="http://' in tag) and "md-content__button" not in tag:
                    checked += 1
                    assert 'rel="noopener noreferrer"' in tag, (path, tag)
    assert checked > 0


def _jsonld(path: Path) -> dict:
    html = path.read_text(encoding="utf-8")
    block = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    return json.loads(block)


def test_structured_data_and_open_graph(built: Path) -> None:
    role = _jsonld(built / "en/roles/plumber/index.html")["@graph"]
    crumbs, occupation = role
    assert [i["name"] for i in crumbs["itemListElement"]] == ["Home", "Roles", "Data plumber"]
    assert crumbs["itemListElement"][2]["item"] == SITE_URL + "en/roles/plumber/"
    assert occupation["@type"] == "Occupation" and occupation["alternateName"] == ["MLOps engineer"]
    assert occupation["responsibilities"] == ["Versioning"]
    ethics = _jsonld(built / "ko/ethics/bias/index.html")["@graph"][1]
    assert ethics["@type"] == "DefinedTerm" and ethics["name"] == "편향"
    term = _jsonld(built / "en/glossary/annotation/index.html")["@graph"][1]
    assert term["@type"] == "DefinedTerm" and term["inDefinedTermSet"]["url"] == SITE_URL + "en/glossary/"
    about = _jsonld(built / "ko/about/index.html")
    assert about["@type"] == "BreadcrumbList"
    html = (built / "ko/roles/plumber/index.html").read_text(encoding="utf-8")
    assert '<meta property="og:locale" content="ko_KR">' in html
    assert '<meta property="og:locale:alternate" content="en_US">' in html
    assert '<meta name="description" content="데이터 파이프라인을 만든다">' in html


def test_jsonld_cannot_close_its_script() -> None:
    text = script_json([{"@type": "Thing", "name": "</script><script>alert(1)</script>"}])
    assert "</script>" not in text and json.loads(text)["@graph"][0]["name"].startswith("</script>")


def test_materials_search_index_holds_no_documents(built: Path) -> None:
    for lang in ("ko", "en"):
        index = json.loads((built / lang / "search/search_index.json").read_text(encoding="utf-8"))
        assert index["docs"] == []  # Pagefind answers the search box
        assert set(index["config"]) >= {"lang", "separator"}  # the settings Material's interface reads
        assert (built / lang / "pagefind/pagefind.js").is_file()


def test_with_materials_own_search_its_index_holds_the_pages(tiny_site: Path) -> None:
    """search_engine: material (the benchmark's baseline) keeps Material's lunr index: pages are
    left out of it only when Pagefind answers the box."""
    config = tiny_site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - atlas:\n", "  - atlas:\n      search_engine: material\n", 1),
                      encoding="utf-8")
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode == 0, result.stderr
    for lang, word in (("ko", "데이터 배관공"), ("en", "Data plumber")):
        index = json.loads((tiny_site / "site" / lang / "search/search_index.json").read_text(encoding="utf-8"))
        assert any(word in doc["title"] for doc in index["docs"]), [doc["title"] for doc in index["docs"]][:20]


def test_the_commands_config_is_given_back(tiny_site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After publishing, the config the command holds describes the whole site (what gh-deploy pushes)."""
    monkeypatch.chdir(tiny_site)
    config = load_config(str(tiny_site / "mkdocs.yml"), site_dir=str(tiny_site / "public"))
    keys = ("site_dir", "docs_dir", "site_url", "site_name", "site_description", "nav", "extra")
    before = {key: copy.deepcopy(config[key]) for key in keys}
    theme_before = (config.theme["language"], list(config.theme.dirs))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    assert {key: config[key] for key in keys} == before
    assert (config.theme["language"], list(config.theme.dirs)) == theme_before
    assert config.site_dir == str(tiny_site / "public")
    for name in ("ko/index.html", "en/index.html", "api/kb.json"):
        assert (tiny_site / "public" / name).is_file()


def test_passages_carry_their_provenance_on_the_page_and_in_kb_json(built: Path) -> None:
    kb = json.loads((built / "api/kb.json").read_text(encoding="utf-8"))
    bias = {e["id"]: e for e in kb["entities"]}["bias"]
    assert [(p["provenance"], p["field"]) for p in bias["passages"]] == [("lecture", "body[0]"), ("background", "cases.compas")]
    assert bias["passages"][0]["sources"] == ["talk"] and bias["passages"][0]["text"]["en"] == "About bias."
    assert bias["passages"][0]["anchors"] == [{"note": "talk-notes", "lines": "8", "quote": "편향"}]
    assert bias["passages"][1]["references"][0]["title"] == "Machine Bias"
    html = (built / "en/ethics/bias/index.html").read_text(encoding="utf-8")
    assert '<div class="atlas-text" data-provenance="lecture" data-source="talk">' in html
    background = html.split('data-provenance="background"', 1)[1].split("</aside>", 1)[0]
    assert "Recidivism scores" in background and "Machine Bias" in background  # the account and its reference, together
    lecture_page = (built / "ko/lectures/talk/index.html").read_text(encoding="utf-8")
    assert 'data-provenance="lecture" data-source="talk"' in lecture_page


def test_an_entrys_questions_are_listed_under_it_weighted_for_search_and_in_kb_json(built: Path) -> None:
    def questions(path: str) -> list[str]:
        page = (built / path).read_text(encoding="utf-8")
        if 'class="atlas-questions"' not in page:
            return []
        block = page.split('class="atlas-questions"', 1)[1].split("</div>", 1)[0]
        assert block.startswith(' data-pagefind-weight="5"')  # weighed above the text by the search
        return [html.unescape(q) for q in re.findall(r"<li>(.*?)</li>", block)]  # as the reader reads them

    assert questions("en/glossary/annotation/index.html") == ["How are answers added to data?", "Who labels data?"]
    assert questions("ko/glossary/annotation/index.html") == ["데이터에 정답은 어떻게 다나요?"]
    assert questions("en/roles/plumber/index.html") == []  # an entry without questions has no empty block
    # A section's index and the About page list theirs (labels: index_questions).
    assert questions("ko/roles/index.html") == L.INDEX_QUESTIONS["role"]["ko"] != []
    assert questions("en/about-atlas/index.html") == L.INDEX_QUESTIONS["about"]["en"] != []
    kb = json.loads((built / "api/kb.json").read_text(encoding="utf-8"))
    term = {e["id"]: e for e in kb["entities"]}["annotation"]
    assert term["questions"] == {"ko": ["데이터에 정답은 어떻게 다나요?"], "en": ["How are answers added to data?", "Who labels data?"]}


def test_about_page_cites_the_atlas_and_each_lecture(built: Path) -> None:
    en = (built / "en/about-atlas/index.html").read_text(encoding="utf-8")
    assert "@misc{talk-2021," in en and "author = {Lucy Park}," in en and "month = {9}," in en
    assert "Park, L. (2021, September). <em>Career talk</em> [Lecture]." in en
    assert "creativecommons.org/licenses/by/4.0" in en
    ko = (built / "ko/about-atlas/index.html").read_text(encoding="utf-8")
    assert "박은정 (2021년 9월). <em>커리어 강의</em> [강연]." in ko


def test_every_page_says_what_it_is_based_on(built: Path) -> None:
    for lang, words in (("ko", "2021년에 열린 강연"), ("en", "talks given in 2021")):
        for page in html_pages(built, lang).values():
            notice = page.path.read_text(encoding="utf-8").split('class="atlas-notice"', 1)[1][:300]
            assert words in notice and ("about-atlas/" in notice or page.path.parent.name == "about-atlas"), page.path


def test_navigation_groups_reader_pages_apart_from_project_pages(built: Path) -> None:
    html = (built / "en/about-atlas/index.html").read_text(encoding="utf-8")
    nav = html.split('class="md-nav md-nav--primary"', 1)[1].split("md-sidebar--secondary", 1)[0]
    order = [nav.index(word) for word in ("Home", "Explore", "Reference", "About this atlas", "Project")]
    assert order == sorted(order)  # reader pages first, the project's own pages last
    about = read_page(built / "en/about-atlas/index.html")
    assert about.h1 == "About this atlas"


def test_search_terms_come_from_the_pages_data(built: Path) -> None:
    """The worker's names, titles and questions are what the render layer gave each page (its
    title and parts, aliases, a lecture's speaker), and a hand-written page's title; comparisons,
    which Pagefind leaves out, are not named."""
    for lang, alias, speaker, about in (("ko", "배관공", "박은정", "소개"), ("en", "MLOps engineer", "Lucy Park", "About")):
        terms = json.loads((built / lang / "pagefind" / "atlas-terms.json").read_text(encoding="utf-8"))
        assert terms["names"][name_key(alias)] == ["roles/plumber/"]
        assert terms["names"][name_key(speaker)] == ["lectures/talk/"]
        assert terms["titles"]["about/"] == about
        assert terms["titles"]["roles/plumber/"] == ("데이터 배관공" if lang == "ko" else "Data plumber")
        assert (built / lang / "compare" / "index.html").is_file()
        assert not [path for path in terms["titles"] if path.startswith("compare/")]
    en = json.loads((built / "en" / "pagefind" / "atlas-terms.json").read_text(encoding="utf-8"))
    assert en["questions"]["glossary/annotation/"] == ["How are answers added to data?", "Who labels data?"]


def test_a_name_with_brackets_is_found_by_each_part_and_an_alias_as_written() -> None:
    page = search_page("데이터·모델 배관공 (데이터 엔지니어·AIOps)", ["Data & model plumber (data engineer, AIOps)"], [" Q? ", ""])
    assert page.names == ["데이터·모델 배관공 (데이터 엔지니어·AIOps)", "데이터·모델 배관공", "데이터 엔지니어", "AIOps",
                          "Data & model plumber (data engineer, AIOps)"]
    assert page.questions == ["Q?"]


def _fake_pagefind(folder: Path, script: str) -> dict[str, str]:
    """The environment of a build whose Pagefind is ``script`` (the package's lookup honours
    PAGEFIND_BINARY_PATH)."""
    binary = folder / "fake-pagefind"
    binary.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    binary.chmod(0o755)
    return dict(os.environ, PAGEFIND_BINARY_PATH=str(binary))


def test_a_failed_search_index_fails_the_build_with_pagefinds_words(tiny_site: Path) -> None:
    env = _fake_pagefind(tiny_site.parent, "echo 'index exploded' >&2\nexit 3\n")
    result = python_m("mkdocs", "build", "--strict", cwd=tiny_site, env=env)
    assert result.returncode == 1
    assert "the search index for ko could not be built: pagefind failed: index exploded" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tiny_site / "site").exists() and not (tiny_site / "site.partial").exists()


def test_a_failed_build_leaves_no_search_indexing_running(tiny_site: Path) -> None:
    """Pagefind indexes a language while the next one builds: when that build fails, it is stopped."""
    pid_file = tiny_site.parent / "pagefind.pid"
    env = _fake_pagefind(tiny_site.parent, f"echo $$ > {pid_file}\nexec sleep 120\n")
    (tiny_site / "docs/en/about.md").write_text("# About\n\n[broken](missing.md)\n", encoding="utf-8")
    result = python_m("mkdocs", "build", "--strict", cwd=tiny_site, env=env, timeout=100)
    assert result.returncode == 1 and "missing.md" in result.stderr
    pid = int(pid_file.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert not (tiny_site / "site.partial").exists()


def test_materials_tooltips_stay_off(built: Path) -> None:
    """Material's content.tooltips writes a tooltip's text as HTML, and it copies any navigation
    entry or title too long for its box into one: an escaped name ran as script on hover (adv20r;
    tests/test_hostile.py hovers them in Chromium)."""
    for lang in ("ko", "en"):
        page = (built / lang / "roles/plumber/index.html").read_text(encoding="utf-8")
        config = json.loads(page.split('<script id="__config" type="application/json">', 1)[1].split("</script>", 1)[0])
        assert "content.action.edit" in config["features"] and "content.tooltips" not in config["features"]
