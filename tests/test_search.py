"""Search: the worker's unit tests (Node, no browser), then in Chromium: the smoke queries of
tests/search_queries.yml find their page in the top 3, project pages stay out of reader searches,
and the index loads when the search box gets focus."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO, TINY, make_tiny_site
from searchprobe import open_search, rank_queries, type_query

from career_atlas.core.check import check_data
from career_atlas.site.search import name_key, words

QUERIES = yaml.safe_load((REPO / "tests/search_queries.yml").read_text(encoding="utf-8"))


def test_worker_unit_tests_pass() -> None:
    """The worker's modules, one test per rule, run by Node's own test runner (tests/js/)."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: the worker's unit tests (tests/js/) need Node 20 or newer")
    result = subprocess.run([node, "--test", "tests/js/"], cwd=REPO, capture_output=True, text=True, timeout=300)
    failed = [line for line in result.stdout.splitlines() if line.startswith("not ok")]
    assert result.returncode == 0 and "# pass" in result.stdout, "\n".join(failed) or result.stdout[-3000:] + result.stderr[-3000:]


TOKENS = json.loads((REPO / "tests/js/fixtures/tokens.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", TOKENS, ids=[c["text"] for c in TOKENS])
def test_titles_are_split_and_keyed_as_the_worker_splits_and_keys_queries(case: dict[str, Any]) -> None:
    """The same cases tests/js/text.test.mjs checks the worker's `words` and `key` with."""
    assert words(case["text"]) == case["words"]
    assert name_key(case["text"]) == case["key"]


def _query_key(query: str) -> str:
    return "".join(ch for ch in query.lower() if ch.isalnum())


def test_no_query_set_repeats_an_earlier_ones_query() -> None:
    """A held-out set measures queries the search was never tuned on: a query of an earlier set
    (compared without case, spaces or punctuation) counts once, in the first set that has it."""
    sets = [REPO / "tests/search_queries.yml", REPO / "tests/search_heldout.yml"]
    sets += sorted((REPO / "tests").glob("search_heldout[0-9]*.yml"), key=lambda p: int(p.stem.removeprefix("search_heldout")))
    seen: dict[tuple[str, str], str] = {}
    repeats = []
    for path in sets:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for part, lang, items in [("", lang, data[lang]) for lang in ("ko", "en")] + \
                [("out_of_scope.", lang, items) for lang, items in (data.get("out_of_scope") or {}).items()]:
            for item in items:
                key = (part + lang, _query_key(item["q"]))
                if key in seen:
                    repeats.append(f"{path.name}: {part}{lang}: {item['q']!r} (first in {seen[key]})")
                seen.setdefault(key, path.name)
    assert not repeats, "\n".join(repeats)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_worker_fixture_terms_have_the_written_format(tiny_built: Path, lang: str) -> None:
    """tests/js/fixtures/terms.json stands for the file site/search.py writes: the same parts, of the same types."""
    fixture = json.loads((REPO / "tests/js/fixtures/terms.json").read_text(encoding="utf-8"))
    written = json.loads((tiny_built / lang / "pagefind/atlas-terms.json").read_text(encoding="utf-8"))
    assert {k: type(v).__name__ for k, v in fixture.items()} == {k: type(v).__name__ for k, v in written.items()}
    for part in ("routes", "kinds"):  # the tiny site has none: its parts are those search/synonyms.yml allows
        assert all(set(item) <= set(fixture[part][0]) for item in written[part])


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


# What each step of the worker's query handling is for (search-worker.js), with a query
# that missed before the step was there: (language, query, expected page, best rank allowed).
PHRASINGS = [
    ("ko", "데이타 엔지니어", "roles/data-engineer/", 1),  # a typo one vowel (jamo) off, not a syllable
    ("ko", "쿠베르네티스", "tools/kubernetes/", 1),  # a long loanword misspelt by syllables
    ("en", "KLUE", "glossary/klue/", 1),  # the page named by the query, above one that repeats the name
    ("ko", "AI 직무 종류", "roles/", 1),  # a routed question: its page shown wherever Pagefind ranked it
    ("en", "how to become an AI researcher", "roles/ai-researcher/", 1),  # question words around a name
    ("ko", "ML 팀은 보통 몇 명이에요", "practice/ml-team/", 1),  # a two-syllable word with its particle, found as typed
    ("en", "will AI take my job", "ethics/employment/", 3),  # a synonym phrase with question words in it
    ("ko", "버트랑 엘모", "language-models/language-modeling-history/", 3),  # two names: the page with both
    ("en", "criminal risk scores biased against black defendants", "ethics/bias/", 3),  # a long question
    ("ko", "특강 목록", "lectures/", 1),  # a list word and a section's name: the section's index
    ("en", "KLUE meaning", "glossary/klue/", 1),
    ("en", "What's KLUE", "glossary/klue/", 1),  # the s of what's is no word that matches questions  # a definition word: the glossary term, not the benchmark guide
    # "who": a role (second since the engineering manager page compares itself with this role in these words)
    ("en", "ML engineer who builds the whole product alone", "roles/full-stack-ml-engineer/", 2),
    # A question that is one of an entry's questions in other words (the entries' `questions`).
    ("en", "what else does an AI team do besides reading papers and training models?", "practice/ai-team-reality/", 1),
    ("ko", "석사 없이 AI 회사 취업 가능한가요", "career/faq/", 1),
    ("ko", "박은정 CSO", "lectures/careers-in-ai/", 1),  # a speaker names the talk (sources on many pages name her too)
    # Pages that are no entry answer questions too: the start page, the self-check, the maps.
    ("en", "where should I start reading", "start/", 1),
    ("ko", "나는 연구자 쪽일까 엔지니어 쪽일까", "self-check/", 1),
    ("ko", "역할별로 일하는 단계 표", "map/matrix/", 1),
    ("en", "stages of building an ML product in order", "map/pipeline/", 1),
    # Typos: a long word's correction names its page; a two-syllable word on no page is
    # corrected too; a common short word ("move") is no typo of another ("mobile").
    ("ko", "풀스텍 ML 엔지니어", "roles/full-stack-ml-engineer/", 1),
    ("ko", "쟝고", "tools/django/", 1),
    ("en", "I'm a web developer, how do I move into an AI team?", "start/", 1),
    ("ko", "박은정 CSO 강연", "lectures/careers-in-ai/", 1),  # a section's word (강연) with a name: that section's page
    ("en", "will AI take away our jobs?", "ethics/employment/", 3),  # words on many pages still count, a little
    # 앞으로 is an adverb, not 앞 + 으로 (first or second against the language-modeling history, which
    # shares 모델링: the order moved when the lecture passages became blocks of their own)
    ("ko", "모델링만 잘해서는 앞으로 경쟁력이 없을까요", "practice/engineering-trends/", 3),
    ("en", "I'm new here, which page should I read first", "start/", 1),  # here, I'm: stopwords
    # A section's index and the About page answer questions too (labels: index_questions).
    ("ko", "현업 AI 팀 이야기", "practice/", 1),
    ("en", "where does the content of this site come from", "about-atlas/", 1),
    ("en", "what attitudes do AI companies look for", "skills/", 1),
]


@pytest.mark.parametrize(("lang", "query", "expect", "within"), PHRASINGS, ids=[p[1] for p in PHRASINGS])
def test_readers_phrasings_find_their_page(browser, real_base: str, lang: str, query: str, expect: str, within: int) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    [ranked] = rank_queries(page, real_base, lang, [{"q": query, "expect": expect}])
    page.close()
    assert ranked.rank is not None and ranked.rank <= within, ranked.results[:5]


# Words that name no page must not put one first: a route's word inside another question,
# a synonym inside a longer word, a name of JavaScript's Object (language, query, page not first).
NOT_FIRST = [
    ("en", "data engineer or data scientist", "career/know-yourself/"),  # "or" is no comparison
    ("ko", "의료 진단 AI 엔지니어", "self-check/"),  # 진단 here is a diagnosis, not a self-check
    ("ko", "폰트", "glossary/edge-device/"),  # 폰 is not in 폰트
    ("ko", "지도학습", ""),  # 지도 (map) is not in 지도학습
    # A correction names a page only when sure (one letter off a long word).
    ("en", "features", "lectures/"),  # two letters off "lectures", and a word of the pages
    ("ko", "빈자리", "ethics/employment/"),  # a word of the pages, two letters (jamo) off 일자리 (synonym 고용)
]


@pytest.mark.parametrize(("lang", "query", "page"), NOT_FIRST, ids=[n[1] for n in NOT_FIRST])
def test_words_that_name_no_page_put_none_first(browser, real_base: str, lang: str, query: str, page: str) -> None:  # type: ignore[no-untyped-def]
    tab = browser.new_page()
    [ranked] = rank_queries(tab, real_base, lang, [{"q": query, "expect": page}])
    tab.close()
    assert ranked.rank != 1, ranked.results[:3]


def test_a_short_word_on_pages_is_not_corrected(browser, real_base: str) -> None:  # type: ignore[no-untyped-def]
    """용어 is in no title, but it is on pages: it is no typo of 영어 (English)."""
    page = browser.new_page()
    [ranked] = rank_queries(page, real_base, "ko", [{"q": "용어", "expect": "skills/english/"}])
    page.close()
    assert ranked.results and ranked.rank is None, ranked.results[:5]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_query_named_like_an_object_property_is_answered(browser, real_base: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    failures: list[str] = []
    page.on("console", lambda message: failures.append(message.text) if "search failed" in message.text else None)
    rank_queries(page, real_base, lang, [{"q": q, "expect": ""} for q in ("constructor", "__proto__", "toString 함수")])
    page.close()
    assert failures == []


# Topics the atlas does not cover: no page is shown for a word Pagefind finds only cut to a letter
# or a syllable (salary: "sa", 연봉: 연), nor for a query left with a word of every page (prompt
# engineer: engineer), and the results say the atlas does not cover it, with a way to suggest it.
UNCOVERED = [("en", "salary"), ("ko", "연봉"), ("en", "prompt engineer"), ("ko", "프롬프트 엔지니어")]


@pytest.mark.parametrize(("lang", "query"), UNCOVERED, ids=[u[1] for u in UNCOVERED])
def test_a_topic_the_atlas_does_not_cover_shows_no_page_and_says_so(browser, real_base: str, lang: str, query: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    [ranked] = rank_queries(page, real_base, lang, [{"q": query, "expect": "none"}])
    assert ranked.results == []
    notice = page.locator(".atlas-search-uncovered")
    assert notice.is_visible()
    assert query in notice.inner_text()
    suggest = notice.locator("a[data-atlas-suggest]").get_attribute("href") or ""
    assert suggest.startswith("https://github.com/ai-career-atlas/ai-career-atlas/issues/new?template=new-entry.yml&name=")
    links = notice.locator("a").evaluate_all("links => links.map(a => a.href)")
    assert any(link.endswith(f"/ai-career-atlas/{lang}/contributing/") for link in links), links
    page.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_notice_is_written_in_the_results_colour(browser, real_base: str, scheme: str) -> None:  # type: ignore[no-untyped-def]
    """The notice sits in the header, whose text is white: it takes the results' colour instead.
    (axe does not see it: it reads the header's colour as the background.)"""
    page = browser.new_page(color_scheme=scheme)
    rank_queries(page, real_base, "en", [{"q": "salary", "expect": "none"}])
    notice, results = page.evaluate("""() => ["[data-atlas-uncovered]", ".md-search-result"]
        .map(selector => getComputedStyle(document.querySelector(selector)).color)""")
    assert notice == results
    page.close()


def test_the_notice_goes_once_pages_are_found(browser, real_base: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    rank_queries(page, real_base, "en", [{"q": "salary", "expect": "none"}])
    assert page.locator(".atlas-search-uncovered").is_visible()
    type_query(page, "data engineer")
    page.wait_for_selector(".md-search-result__list > li")
    assert page.locator(".atlas-search-uncovered").is_hidden()
    page.close()


def test_search_stays_in_the_page_language(browser, real_base: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    ranked = rank_queries(page, real_base, "en", [{"q": "용어집", "expect": "none"}])
    ranked += rank_queries(page, real_base, "ko", [{"q": "plumber", "expect": "roles/data-engineer/"}])
    page.close()
    # 용어집 (glossary) is on every Korean page and on no English one (some English pages quote
    # Korean titles, so not every Korean word is missing from the English index).
    assert ranked[0].results == []
    assert ranked[1].results and all(not r.startswith("http") for r in ranked[1].results)


def test_result_links_highlight_the_match_on_the_page(browser, real_base: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    page.goto(real_base + "ko/")
    page.keyboard.press("/")
    page.keyboard.type("배관공")
    page.wait_for_selector(".md-search-result__list > li")
    first = page.locator(".md-search-result__list > li > a").first
    href = first.get_attribute("href")
    assert href and "/roles/data-engineer/" in href  # the talk's name for the role, now its alias
    assert "h=" in href  # Material's highlight parameter
    first.click()
    page.wait_for_selector("mark[data-md-highlight]")
    assert page.locator("mark[data-md-highlight]").first.inner_text() == "배관공"
    page.close()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_each_question_is_on_one_page_only(real_site: Path, lang: str) -> None:
    """An entry's, the start page's, the self-check's, a map's, a section index's, About's:
    a question on two pages would send a reader to either (`check` covers entries alone)."""
    terms = json.loads((real_site / lang / "pagefind/atlas-terms.json").read_text(encoding="utf-8"))
    pages: dict[str, list[str]] = {}
    for page, questions in terms["questions"].items():
        for question in questions:
            pages.setdefault(" ".join(question.lower().split()), []).append(page)
    assert len(pages) > 300 and {q: p for q, p in pages.items() if len(p) > 1} == {}


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_terms_file_is_written_next_to_the_index(real_site: Path, lang: str) -> None:
    terms = json.loads((real_site / lang / "pagefind/atlas-terms.json").read_text(encoding="utf-8"))
    assert terms["synonyms"] and terms["routes"] and all(terms["ids"].get(route["page"]) for route in terms["routes"])
    assert {"ko": "머신러닝", "en": "researcher"}[lang] in terms["vocabulary"]
    # Every indexed page has its Pagefind id, the name of a fragment file.
    fragments = {f.name.removesuffix(".pf_fragment") for f in (real_site / lang / "pagefind/fragment").iterdir()}
    assert set(terms["ids"].values()) == fragments
    assert "roles/data-engineer/" in terms["ids"] and "compare/" not in terms["ids"]
    # Pages sharing a name: the page titled so first, then the entry before a guide or lecture.
    assert terms["names"][{"ko": "풀스택ml엔지니어", "en": "fullstackmlengineer"}[lang]][0] == "roles/full-stack-ml-engineer/"
    # Each page's questions, as it lists them (render `questions`); a page without them (the ids) has none.
    assert len(terms["questions"]["roles/data-engineer/"]) >= 3 and "ids/" in terms["ids"] and "ids/" not in terms["questions"]
    assert {"start/", "self-check/", "map/landscape/", "map/matrix/", "map/pipeline/", "roles/", "practice/", "about-atlas/"} <= set(terms["questions"])
    assert all(terms["questions"].values()) and all(k.endswith("/") for k in terms["questions"])
    assert terms["names"][{"ko": "박은정", "en": "lucypark"}[lang]] == ["lectures/careers-in-ai/"]  # the speaker's name
    assert "업스테이지" not in terms["names"] and "kaist전산학부" not in terms["names"]  # not the affiliation
    assert terms["names"][{"ko": "역할단계표", "en": "rolestagematrix"}[lang]] == ["map/matrix/"]  # "×" is typed as nothing
    if lang == "en":
        assert terms["names"]["modelserving"] == ["glossary/model-serving/", "stages/serving/"]  # its title, its alias


@pytest.mark.parametrize(("lang", "queries"), [
    ("en", ["data scientist", "engineer", "MLOps", "search", "data"]),
    ("ko", ["데이터", "엔지니어", "검색", "데이터 엔지니어"]),
])
def test_project_pages_stay_out_of_reader_searches(browser, real_base: str, lang: str, queries: list[str]) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    ranked = rank_queries(page, real_base, lang, [{"q": q, "expect": "none"} for q in queries])
    page.close()
    # The reader's pages have "search" (검색) only in passing: it gets the not-covered notice
    # (scope.mjs `topical`), and the project's pages, which are about it, stay out all the same.
    assert all(r.results for r in ranked if r.query not in ("search", "검색"))
    assert [(r.query, p) for r in ranked for p in r.results if p.startswith(("architecture/", "contributing/"))] == []


@pytest.mark.parametrize(("lang", "query"), [("en", "contributing"), ("ko", "기여")])
def test_project_pages_are_found_when_named(browser, real_base: str, lang: str, query: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    ranked = rank_queries(page, real_base, lang, [{"q": query, "expect": "contributing/"}])
    page.close()
    assert ranked[0].rank == 1


@pytest.mark.parametrize("how", ["shortcut", "click"])
def test_focus_preloads_the_index_before_any_keystroke(browser, real_base: str, how: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(real_base + "en/", wait_until="networkidle")
    assert not [url for url in requests if "/pagefind/" in url]  # a page view costs no search bytes
    if how == "shortcut":
        open_search(page)  # Material's "/" shortcut focuses the box
    else:
        page.click(".md-search__input")
        page.wait_for_selector("input.md-search__input:focus")
    for _ in range(50):  # the worker's requests, reported on the page
        if any("pagefind-entry.json" in url for url in requests):
            break
        page.wait_for_timeout(100)
    assert page.input_value("input.md-search__input") == ""  # nothing typed yet
    assert any(url.endswith("/en/pagefind/pagefind.js") for url in requests)
    assert any(url.split("?")[0].endswith("/en/pagefind/pagefind-entry.json") for url in requests)
    context.close()


@pytest.mark.parametrize(("text", "problems"), [
    ("en:\n  synonyms:\n    MLE: ML engineer\n", ["3: en.synonyms.MLE: input should be a valid list (found 'ML engineer', a text)"]),
    ("en:\n  routes:\n    - {words: [how to], url: career/}\n",
     ["3: en.routes[0].page: is required but missing", "3: en.routes[0].url: is not a known key; expected one of: words, page"]),
    ("en:\n  synonym: {}\n", ["2: en.synonym: is not a known key; expected one of: synonyms, routes, stopwords, lists, kinds, project"]),
    ("en:\n  stopwords: [how, on]\n", ['2: en.stopwords[1]: is read as true/false (YAML reads yes, no, on and off so); put the word in quotes, e.g. "on"']),
    ("en:\n  kinds:\n    - {words: who, section: roles/}\n", ["3: en.kinds[0].words: input should be a valid list (found 'who', a text)"]),
    # A string where a list belongs made every English search return nothing; now it is a problem.
    ("en:\n  project: {pages: architecture/}\n", ["2: en.project.pages: input should be a valid list (found 'architecture/', a text)"]),
    # Read by the safe reader: no alias expands (a "billion laughs" grew to 3 GB), no parser traceback.
    ("a: &a [x, x]\nb: [*a, *a]\n", ["1: a: the anchor &a is not supported; write the value out in full"]),
    ("en:\n  synonyms: [\n", ["3: is not valid YAML: while parsing a flow node did not find expected node content"]),
    ("fr:\n  synonyms: {}\n", ["1: fr: not a language of this site; expected ko: and en:"]),
])
def test_synonyms_file_mistakes_are_problems_at_their_line(tmp_path: Path, text: str, problems: list[str]) -> None:
    site = make_tiny_site(tmp_path, copy.deepcopy(TINY))
    (site / "search").mkdir()
    (site / "search/synonyms.yml").write_text(text, encoding="utf-8")
    found = check_data(site / "data").problems
    assert [str(p) for p in found] == [f"search/synonyms.yml:{p}" for p in problems]


def test_a_synonyms_file_that_is_no_regular_file_is_a_problem_not_skipped(tmp_path: Path) -> None:
    """A folder or a pipe at search/synonyms.yml was skipped as if there were none (adv20l)."""
    site = make_tiny_site(tmp_path, copy.deepcopy(TINY))
    (site / "search").mkdir()
    (site / "search/synonyms.yml").mkdir()
    assert [str(p) for p in check_data(site / "data").problems] == [
        "search/synonyms.yml: is not a regular file; data files must be regular files in the repository"]
    (site / "search/synonyms.yml").rmdir()
    os.mkfifo(site / "search/synonyms.yml")
    assert [str(p) for p in check_data(site / "data").problems] == [
        "search/synonyms.yml: is not a regular file; data files must be regular files in the repository"]


def test_an_empty_file_of_keys_by_language_is_told_so(tmp_path: Path) -> None:
    site = make_tiny_site(tmp_path, copy.deepcopy(TINY))
    (site / "search").mkdir()
    (site / "search/synonyms.yml").write_text("", encoding="utf-8")
    (site / "data/terms.yml").write_text("~\n", encoding="utf-8")
    assert sorted(str(p) for p in check_data(site / "data").problems) == [
        "data/terms.yml: is empty; expected a mapping by language (ko:, en:), or no file at all",
        "search/synonyms.yml: is empty; expected a mapping by language (ko:, en:), or no file at all"]

