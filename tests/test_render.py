"""Rendering to Markdown: term tooltips, relation sections, map pages."""

from __future__ import annotations

import copy
import html
import itertools
import posixpath
import re
from pathlib import Path

from conftest import T, write_data
from mkdocs.utils.meta import get_data

from career_atlas.core.check import check
from career_atlas.core.textrender import to_html
from career_atlas.render import labels as L
from career_atlas.render import maps
from career_atlas.render.glossary import TermLinker
from career_atlas.render.language import Renderer
from career_atlas.render.nav import LETTERS_OVER, by_letter
from career_atlas.render.page import NavItem, PageSpec
from career_atlas.render.paths import html_href, relative


def renderer(tmp_path: Path, data: dict, lang: str) -> Renderer:
    write_data(tmp_path, data)
    graph, problems = check(tmp_path / "data")
    assert problems == [] and graph is not None
    return Renderer(graph, lang)


def test_first_mention_of_a_term_links_to_the_glossary_with_a_tooltip(tmp_path: Path, tiny_data: dict) -> None:
    collect = tiny_data["stages"]["collect"]
    collect["body"] = [{"heading": T("어노테이션", "Annotation")}, collect["body"][0], copy.deepcopy(collect["body"][0])]
    collect["body"][1]["ko"] = "레이블링을 합니다. 어노테이션은 오래 걸립니다. `어노테이션` 코드"
    collect["body"][2]["ko"] = "[어노테이션](https://example.org)"
    r = renderer(tmp_path, tiny_data, "ko")
    md = r.entry(r.graph.records["collect"]).markdown
    assert '<a href="../../glossary/annotation/" title="데이터에 정답을 다는 일">레이블링</a>을 합니다.' in md
    assert "어노테이션은 오래 걸립니다" in md  # only the first mention is linked
    assert '## 어노테이션 { data-provenance="lecture" data-source="talk" }\n' in md  # headings stay Markdown headings (the TOC lists them)
    assert "<code>어노테이션</code> 코드" in md  # code is not linked
    assert '<a rel="noopener noreferrer" href="https://example.org">어노테이션</a>' in md


def test_a_term_is_not_linked_on_its_own_page(tmp_path: Path, tiny_data: dict) -> None:
    r = renderer(tmp_path, tiny_data, "en")
    md = r.entry(r.graph.records["annotation"]).markdown
    assert "glossary/annotation.md" not in md and "Annotation tools help." in md


def test_english_terms_need_word_boundaries(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["stages"]["collect"]["body"][0]["en"] = "Relabeling is not annotation."
    r = renderer(tmp_path, tiny_data, "en")
    md = r.entry(r.graph.records["collect"]).markdown
    assert 'Relabeling is not <a href="../../glossary/annotation/"' in md


def test_only_whole_terms_are_linked_and_never_in_a_cases_account(tmp_path: Path, tiny_data: dict) -> None:
    """A single lower-case English alias is as often the plain word: "serving an eight-year prison
    term" linked "serving" to model serving. A phrase alias is a term; a case's narrative links none."""
    tiny_data["glossary"]["annotation"]["aliases"]["en"] = ["labeling", "data labeling"]
    tiny_data["stages"]["collect"]["body"][0]["en"] = "They were labeling boxes, then did data labeling."
    tiny_data["ethics"]["bias"]["cases"][0]["body"]["en"] = "Annotation of the defendants' records."
    r = renderer(tmp_path, tiny_data, "en")
    stage = r.entry(r.graph.records["collect"]).markdown
    assert "They were labeling boxes, then did <a " in stage and ">data labeling</a>" in stage
    case = r.entry(r.graph.records["bias"]).markdown.split('class="atlas-background"', 1)[1]
    assert "Annotation of the defendants" in case and "glossary/annotation" not in case.split("</aside>")[0]


def test_relation_sections_on_both_sides(tmp_path: Path, tiny_data: dict) -> None:
    r = renderer(tmp_path, tiny_data, "en")
    role = r.entry(r.graph.records["plumber"]).markdown
    # Cards: each linked entry (or step) with the line that says what it is.
    works = role.split("## Stages of work\n\n", 1)[1].split("\n\n", 1)[0]
    assert works == ('<ul class="atlas-cards"><li class="atlas-card"><a href="../../stages/collect/#raw">Data collection › Raw data</a>'
                     '<span class="atlas-card__what">Gather</span></li><li class="atlas-card"><a href="../../stages/collect/">Data collection</a>'
                     '<span class="atlas-card__what">Collect data</span></li></ul>')
    stage = r.entry(r.graph.records["collect"]).markdown
    assert ('## Roles at this stage\n\n<ul class="atlas-cards"><li class="atlas-card"><a href="../../roles/plumber/">Data plumber</a>'
            '<span class="atlas-card__what">Builds data pipelines</span></li></ul>') in stage
    assert "**Roles in this step:** [Data plumber](../roles/plumber.md)" in stage


def test_maps_link_every_role_and_step(tmp_path: Path, tiny_data: dict) -> None:
    r = renderer(tmp_path, tiny_data, "ko")
    pages = {p.path: p.markdown for p in maps.pages(r.ctx)}
    landscape = pages["map/landscape.md"]
    assert landscape.count('href="../../roles/plumber/"') == 2  # wide and phone layouts
    assert "| [데이터 배관공](../roles/plumber.md) | 데이터 엔지니어링, AIOps |" in landscape  # text alternative
    pipeline = pages["map/pipeline.md"]
    assert 'href="../../stages/collect/#label"' in pipeline
    matrix = pages["map/matrix.md"]
    assert ('<tr><th scope="row"><a href="../../roles/plumber/">데이터 배관공</a></th>'
            '<td><a href="../../stages/collect/#raw">1. 원천 데이터 수집</a></td></tr>') in matrix
    assert '<tr><th scope="row"><a href="../../roles/modeler/">모델러</a></th><td></td></tr>' in matrix


def test_relative_paths_agree_with_posixpath_relpath() -> None:
    places = ["", ".", "roles", "roles/x", "roles/x/", "roles/y", "stages/collect", "compare/a--b", "map", "career/faq", "glossary/qps"]
    for target, start in itertools.product(places, places):
        assert relative(target or ".", start or ".") == posixpath.relpath(target or ".", start or "."), (target, start)


def test_html_href_between_directory_urls() -> None:
    assert html_href("map/landscape.md", "roles/x.md") == "../../roles/x/"
    assert html_href("index.md", "roles/x.md") == "roles/x/"
    assert html_href("roles/x.md", "index.md") == "../../"


def test_every_pages_front_matter_loads_back_as_written(tmp_path: Path, tiny_data: dict) -> None:
    """Front matter is written by a YAML serializer: texts with quotes, colons and YAML syntax load
    back as written (a failed parse made MkDocs render the front matter as Markdown). Separators,
    which did the same, are refused by the check (tests/broken/)."""
    tricky = 'Summary: "quoted" --- [x](y) {a: b} # not a comment ... \'single\' & <b> | > ! % @ `x` 요약: “따옴표”'
    tiny_data["roles"]["modeler"]["summary"] = T(tricky, tricky)
    tiny_data["roles"]["modeler"]["name"] = T("모델러: \"이름\"", "Modeler: 'name' & <b>")
    for lang in ("ko", "en"):
        r = renderer(tmp_path, tiny_data, lang)
        for spec in r.pages():
            body, meta = get_data(spec.markdown)
            assert meta and not body.startswith("---"), spec.path
            if spec.entity == "modeler":
                assert meta["description"] == tricky
                assert meta["title"] == html.escape(r.ctx.name("modeler"))
            assert set(meta) >= {"description", "atlas_jsonld"}, spec.path


def test_a_lectures_search_words_are_keywords_and_a_roles_are_its_other_names(tmp_path: Path, tiny_data: dict) -> None:
    lecture = next(iter(tiny_data["lectures"]))
    tiny_data["lectures"][lecture]["aliases"] = {"ko": ["특강 하나"], "en": ["one talk"]}
    r = renderer(tmp_path, tiny_data, "en")
    talk = r.entry(r.graph.records[lecture]).markdown
    role = r.entry(r.graph.records["plumber"]).markdown
    assert "<strong>Keywords:</strong> one talk" in talk and "Also known as" not in talk
    assert "<strong>Also known as:</strong> MLOps engineer" in role and "Keywords" not in role


def test_each_page_starts_its_own_terms_and_markers_without_being_told(tmp_path: Path, tiny_data: dict) -> None:
    """Per-page state follows the page written: a page function that never resets it still
    explains a term on its first mention and numbers its markers from 1."""
    r = renderer(tmp_path, tiny_data, "ko")
    ctx, passage = r.ctx, r.graph.records["collect"].data.body[0]
    first = ctx.passage(passage, "stages/collect.md", "collect")
    again = ctx.passage(passage, "stages/collect.md", "collect")
    other = ctx.passage(passage, "roles/plumber.md", "plumber")
    assert '<span aria-hidden="true">1</span>' in first and 'id="atlas-quote-1"' in first
    assert 'id="atlas-quote-2"' in again  # the same page: its second marker
    assert 'id="atlas-quote-1"' in other and '<span aria-hidden="true">1</span>' in other
    assert ctx.prose("어노테이션 도구", "a.md", None, "background").count("glossary/annotation") == 1
    assert ctx.prose("어노테이션 도구", "a.md", None, "background").count("glossary/annotation") == 0  # explained once per page
    assert ctx.prose("어노테이션 도구", "b.md", None, "background").count("glossary/annotation") == 1


def test_boxes_go_under_the_title_and_at_the_end_in_the_order_placed() -> None:
    spec = PageSpec("a.md", "A", "# A\n\nText.\n")
    spec.boxes += [("<nav>1</nav>\n\n", "<nav>1 end</nav>\n\n"), ("<nav>2</nav>\n\n", "<nav>2 end</nav>\n\n")]
    assert spec.text == "# A\n\n<nav>1</nav>\n\n<nav>2</nav>\n\nText.\n\n<nav>1 end</nav>\n\n<nav>2 end</nav>\n\n"
    untitled = PageSpec("b.md", "B", "Intro\nmore\n\nText.", boxes=[("<nav>1</nav>\n\n", "")])
    assert untitled.text.startswith("<nav>1</nav>\n\nIntro\nmore")
    assert PageSpec("c.md", "C", "# C\n\nText.\n").text == "# C\n\nText.\n"


def test_a_long_section_lists_its_entries_under_their_first_letters(tmp_path: Path, tiny_data: dict) -> None:
    """Every page of a section prints the section's entries in its sidebar: past LETTERS_OVER
    entries they go under their first letters, so each page prints one letter's entries."""
    term = tiny_data["glossary"]["annotation"]
    names = [("가방", "Bag"), ("까치", "Crow"), ("나무", "Tree"), ("MLOps 도구", "MLOps tool"), ("하늘", "Sky")]
    for i in range(LETTERS_OVER + 1 - len(tiny_data["glossary"])):
        ko, en = names[i % len(names)]
        tiny_data["glossary"][f"term-{i}"] = {**copy.deepcopy(term), "name": T(f"{ko} {i}", f"{en} {i}"), "aliases": {}, "questions": {}}

    def glossary(lang: str, folder: str = "") -> list:  # type: ignore[type-arg]
        nav = renderer(tmp_path / (folder or lang), tiny_data, lang).nav()
        return next(kid for group in nav for kid in group.children if kid.path == "glossary/index.md").children

    ko = glossary("ko")
    assert [g.title for g in ko] == ["M", "ㄱ", "ㄴ", "ㅇ", "ㅎ"]  # 까 under ㄱ; 어노테이션 under ㅇ
    assert all(item.title.startswith(("가", "까")) for item in ko[1].children) and len(ko[1].children) == 24  # 12 each
    assert [g.title for g in glossary("en")] == ["A", "B", "C", "M", "S", "T"]
    for i in range(LETTERS_OVER + 1, 2 * LETTERS_OVER + 1):  # one letter with more than LETTERS_OVER entries: cut in parts
        tiny_data["glossary"][f"term-{i}"] = {**copy.deepcopy(term), "name": T(f"나무 {i}", f"Tree {i}"), "aliases": {}, "questions": {}}
    parts = [g for g in glossary("en", "long") if g.title.startswith("T")]
    assert [(g.title, len(g.children)) for g in parts] == [("T 1/2", 36), ("T 2/2", 36)]  # 72 in even parts
    for i in range(LETTERS_OVER + 1, 2 * LETTERS_OVER + 1):
        del tiny_data["glossary"][f"term-{i}"]
    del tiny_data["glossary"]["term-0"]
    flat = glossary("en", "flat")
    assert len(flat) == LETTERS_OVER and all(item.path for item in flat)  # up to LETTERS_OVER, one list


def test_many_hand_written_pages_are_listed_in_parts(tmp_path: Path, tiny_data: dict) -> None:
    """The project's own pages (docs/<lang>/) past LETTERS_OVER are listed in even parts in their order,
    as ordered entries are: 1,000 of them in one list took a build 29 s, printing it on each."""
    project = [NavItem("", f"many/p{i:03}.md") for i in range(LETTERS_OVER + 10)]
    nav = renderer(tmp_path, tiny_data, "en").nav(project)
    listed = next(kid for group in nav for kid in group.children if kid.title == L.UI["nav_project"]["en"]).children
    assert [(p.title, len(p.children)) for p in listed] == [("1–36", 36), ("37–71", 35)]
    assert [c.path for p in listed for c in p.children] == [i.path for i in project] + ["ids.md"]


def test_entries_an_editor_ordered_keep_their_order_in_even_parts() -> None:
    """Stages and guides carry an ``order``: past LETTERS_OVER they are cut in even parts in that
    order, not regrouped by letter; unordered names that start with no letter go last, under #."""
    names = [f"{'Zeta' if i % 2 else 'Alpha'} {i}" for i in range(LETTERS_OVER + 1)]
    items = [NavItem(name, f"guides/{i}.md") for i, name in enumerate(names)]
    parts = by_letter(items, ordered=True)
    assert [(p.title, len(p.children)) for p in parts] == [("1–31", 31), ("32–61", 30)]
    assert [c.title for p in parts for c in p.children] == names  # the editor's order, whole
    mixed = by_letter([NavItem(n, f"{n}.md") for n in ["3D 프린팅", "(주)카카오", "가"] + names[:LETTERS_OVER]])
    assert [g.title for g in mixed] == ["A", "Z", "ㄱ", "#"] and [c.title for c in mixed[-1].children] == ["3D 프린팅", "(주)카카오"]



def test_a_term_after_many_line_breaks_is_linked_where_it_stands(tmp_path: Path, tiny_data: dict) -> None:
    """The linker puts a term's link right after the child whose tail held it, in one pass over the
    children (finding that place again for each was quadratic: 4,540 line breaks, 0.25 s a text, adv20t)."""
    write_data(tmp_path, tiny_data)
    graph, _ = check(tmp_path / "data")
    linker = TermLinker(graph, "en", lambda here, ident: f"/{ident}/")
    text = "a  \n" * 300 + "then annotation, and  \n" + "b  \nlabeling  \n" * 300
    linked = to_html(text, linker.transform("x/", None, set()))
    assert linked.count("<br") == 900 and linked.count("<a ") == 1
    before, link, after = linked.partition('<a href="/annotation/"')
    assert before.count("<br") == 300 and before.endswith("then ") and after.startswith(' title="Adding the correct answers to data">annotation</a>, and')
    assert re.sub(r'<a href="/annotation/" title="[^"]*">(annotation)</a>', r"\1", linked) == to_html(text)  # nothing else moved
