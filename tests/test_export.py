"""`python -m career_atlas export DIR`: plain Markdown projects that build without the atlas plugin,
with plain MkDocs (Material theme) and with Zensical."""

from __future__ import annotations

import html
import importlib.util
import re
import shutil
import subprocess
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
import yaml
from clirun import python_m
from conftest import REPO, line_of, write_data
from sitecheck import html_pages, read_page, resolve
from staticserver import serve

from career_atlas.render import labels
from career_atlas.site.export import index_layout, relink

LANGS = ("ko", "en")
ZENSICAL = importlib.util.find_spec("zensical") is not None
needs_zensical = pytest.mark.skipif(not ZENSICAL, reason="zensical is not installed (pip install -e '.[test]')")


def run(module: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return python_m(module, *args, cwd=cwd, timeout=300)


def export(project: Path, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run("career_atlas", "export", str(out), *args, cwd=project)


def build_mkdocs(out: Path, site: Path) -> float:
    """Build each exported language with plain `mkdocs build --strict` into ``site/<lang>/``
    (the layout of the published site); return the seconds it took."""
    start = time.perf_counter()
    for lang in LANGS:
        result = run("mkdocs", "build", "--strict", "--site-dir", str(site / lang), cwd=out / lang)
        assert result.returncode == 0, result.stderr[-4000:]
        assert "WARNING" not in result.stderr, result.stderr[-4000:]
    return time.perf_counter() - start


def build_zensical(out: Path, site: Path) -> float:
    """Build each exported language with `zensical build --strict` (which writes site_dir,
    ``site/`` beside mkdocs.yml), then put them side by side in ``site/<lang>/``."""
    start = time.perf_counter()
    for lang in LANGS:
        result = run("zensical", "build", "--strict", cwd=out / lang)
        assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
        assert "No issues found" in result.stdout + result.stderr
        shutil.copytree(out / lang / "site", site / lang)
    return time.perf_counter() - start


def broken_links(site: Path) -> list[str]:
    """Every relative link of every page whose file or anchor is missing."""
    broken, ids = [], {}
    for lang in LANGS:
        for page in html_pages(site, lang).values():
            for href in page.links:
                target, fragment = resolve(site, page.path, href)
                if target is None:
                    continue
                where = f"{page.path.relative_to(site)}: {href}"
                if not target.is_file():
                    broken.append(f"{where} (no file)")
                elif fragment and target.suffix == ".html":
                    if target not in ids:
                        ids[target] = read_page(target).ids
                    if fragment not in ids[target]:
                        broken.append(f"{where} (no anchor)")
    return broken


def check_site(site: Path, role: str, stage: str, steps: list[str], names: dict[str, str]) -> None:
    main = read_config(REPO / "mkdocs.yml")
    for lang in LANGS:
        role_page = site / lang / "roles" / role / "index.html"
        assert role_page.is_file(), sorted(p.name for p in (site / lang / "roles").iterdir())
        text = html.unescape(role_page.read_text(encoding="utf-8"))
        # The edit button opens the role's data file; the language chooser, the role's twins.
        edit = re.search(r'<a href="([^"]+)"[^>]*rel="edit"', text)
        assert edit and edit.group(1) == f"{main['repo_url']}/{main['edit_uri'].strip('/')}/data/roles/{role}.yml", edit
        twins = re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)"[^>]*class="md-select__link"', text)
        assert sorted(lang for _, lang in twins) == sorted(LANGS)
        for href, other in twins:
            assert resolve(site, role_page, href)[0] == site / other / "roles" / role / "index.html", href
        page = read_page(role_page)
        assert page.lang == labels.theme_language(lang)
        assert page.h1 == names[lang]
        stage_ids = read_page(site / lang / "stages" / stage / "index.html").ids
        assert set(steps) <= stage_ids
    assert broken_links(site) == []


def read_config(path: Path) -> dict:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: suffix)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)


# --- the tiny site ---------------------------------------------------------------------


TINY_ROLE = {"ko": "데이터 배관공", "en": "Data plumber"}


@pytest.fixture
def tiny_export(tiny_site: Path) -> Path:
    for lang in LANGS:  # a page that includes a file from outside docs/<lang>/: left out
        (tiny_site / "docs" / lang / "contributing.md").write_text('# C\n\n--8<-- "CONTRIBUTING.md"\n', encoding="utf-8")
    (tiny_site / "CONTRIBUTING.md").write_text("Contributing\n", encoding="utf-8")
    out = tiny_site / "export"
    result = export(tiny_site, out)
    assert result.returncode == 0, result.stderr
    assert "exported ko: " in result.stdout
    assert "docs/en/contributing.md: left out: it includes files from outside its folder" in result.stderr
    return out


def test_tiny_export_builds_with_mkdocs(tiny_export: Path, tmp_path: Path) -> None:
    build_mkdocs(tiny_export, tmp_path / "site")
    check_site(tmp_path / "site", "plumber", "collect", ["raw", "label"], TINY_ROLE)
    assert (tmp_path / "site/en/about/index.html").is_file()
    assert not (tmp_path / "site/en/contributing").exists()


@needs_zensical
def test_tiny_export_builds_with_zensical(tiny_export: Path, tmp_path: Path) -> None:
    build_zensical(tiny_export, tmp_path / "site")
    check_site(tmp_path / "site", "plumber", "collect", ["raw", "label"], TINY_ROLE)
    assert (tmp_path / "site/en/about/index.html").is_file()


def test_export_config_needs_no_atlas(tiny_export: Path) -> None:
    main = read_config(REPO / "mkdocs.yml")
    for lang in LANGS:
        text = (tiny_export / lang / "mkdocs.yml").read_text(encoding="utf-8")
        assert "career_atlas" not in text
        config = read_config(tiny_export / lang / "mkdocs.yml")
        assert config["plugins"] == ["search"]
        assert config["theme"]["language"] == labels.theme_language(lang)
        assert config["site_url"] == main["site_url"].rstrip("/") + f"/{lang}/"
        assert config.get("use_directory_urls", True) is True
        assert config["validation"] == main["validation"]
        toc = next(x["toc"] for x in config["markdown_extensions"] if isinstance(x, dict) and "toc" in x)
        assert toc["slugify"] == "object/apply:pymdownx.slugs.slugify"
        nav = config["nav"]
        assert nav[0] == {labels.UI["home"][lang]: "index.md"}
        assert {labels.UI["about"][lang]: ["about/index.md"]} in nav  # the hand-written page; contributing.md is left out
        assert type(next(iter(nav[0]))) is str
        docs = tiny_export / lang / "docs"
        assert (docs / "roles/plumber/index.md").read_text(encoding="utf-8").startswith("---\n")
        assert not (docs / "contributing.md").exists() and not (docs / "contributing").exists()
        assert (docs / "assets/atlas/atlas.css").is_file()
        assert config["theme"]["custom_dir"] == "overrides" and (tiny_export / lang / "overrides/partials/alternate.html").is_file()
        root = urlsplit(main["site_url"]).path
        assert config["extra"]["alternate"] == [{"name": labels.language_name(x), "link": f"{root}{x}/", "lang": x} for x in LANGS]
        front = (docs / "roles/plumber/index.md").read_text(encoding="utf-8").split("---\n")[1]
        assert yaml.safe_load(front)["edit_url"].endswith("/data/roles/plumber.yml")


def test_nav_titles_keep_their_html_escaping(tiny_site: Path, tiny_data: dict, tmp_path: Path) -> None:
    tiny_data["roles"]["modeler"]["name"]["en"] = "Data & <model> builder"
    write_data(tiny_site, tiny_data)
    out = tmp_path / "out"
    assert export(tiny_site, out).returncode == 0
    assert "Data &amp; &lt;model&gt; builder: roles/modeler/index.md" in (out / "en/mkdocs.yml").read_text(encoding="utf-8")


def test_bad_data_writes_nothing(tiny_site: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["modeler"]["stages"] = ["colect"]
    write_data(tiny_site, tiny_data)
    out = tiny_site / "export"
    result = export(tiny_site, out)
    line = line_of(tiny_site / "data/roles/modeler.yml", "colect")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"data/roles/modeler.yml:{line}: stages[0]: 'colect' is not a known stage" in result.stderr
    assert not out.exists()
    assert not list(tiny_site.glob(".export*"))  # no staging folder either


def test_a_folder_that_is_not_empty_needs_force(tiny_site: Path) -> None:
    out = tiny_site / "export"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    result = export(tiny_site, out)
    assert result.returncode == 1
    assert "is not empty" in result.stderr and "--force" in result.stderr
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    result = export(tiny_site, out, "--force")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["en", "ko"]


def test_an_empty_folder_is_filled(tiny_site: Path) -> None:
    out = tiny_site / "export"
    out.mkdir()
    assert export(tiny_site, out).returncode == 0
    assert (out / "ko/mkdocs.yml").is_file()


# --- the real repository ---------------------------------------------------------------


@pytest.fixture(scope="module")
def real_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own data exported once, shared by the tests below."""
    out = tmp_path_factory.mktemp("real-export") / "export"
    result = export(REPO, out)
    assert result.returncode == 0, result.stderr
    return out


def real_stage() -> tuple[str, list[str]]:
    data = yaml.safe_load((REPO / "data/stages/data-collection.yml").read_text(encoding="utf-8"))
    return "data-collection", [step["id"] for step in data["steps"]]


def real_role_names() -> dict[str, str]:
    data = yaml.safe_load((REPO / "data/roles/ai-engineer.yml").read_text(encoding="utf-8"))
    return {lang: data["name"][lang] for lang in LANGS}


@pytest.mark.slow
def test_real_export_builds_with_mkdocs(real_export: Path, tmp_path: Path) -> None:
    seconds = build_mkdocs(real_export, tmp_path / "site")
    print(f"mkdocs build --strict of the real export (ko + en): {seconds:.1f}s")
    assert "career_atlas" not in (real_export / "ko/mkdocs.yml").read_text(encoding="utf-8")
    check_site(tmp_path / "site", "ai-engineer", *real_stage(), real_role_names())


@needs_zensical
@pytest.mark.slow
def test_real_export_builds_with_zensical(real_export: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"  # a copy: Zensical writes site/ and .cache/ beside mkdocs.yml
    shutil.copytree(real_export, project)
    seconds = build_zensical(project, tmp_path / "site")
    print(f"zensical build --strict of the real export (ko + en): {seconds:.1f}s")
    check_site(tmp_path / "site", "ai-engineer", *real_stage(), real_role_names())


# --- moving pages and their links ------------------------------------------------------


def test_pages_move_to_their_url_folder_with_their_links() -> None:
    pages = ["index.md", "roles/index.md", "roles/a.md", "stages/b.md", "about.md"]
    moved = {p: index_layout(p) for p in pages}
    assert moved["roles/a.md"] == "roles/a/index.md" and moved["roles/index.md"] == "roles/index.md"
    text = (
        "[b](../stages/b.md#raw) [i](index.md) ![p](../img/p.png) [w](https://example.org/x.md) [h](#top)\n"
        '<a href="../../stages/b/">raw HTML stays</a>'
    )
    assert relink(text, "roles/a.md", moved) == (
        "[b](../../stages/b/index.md#raw) [i](../index.md) ![p](../../img/p.png) [w](https://example.org/x.md) [h](#top)\n"
        '<a href="../../stages/b/">raw HTML stays</a>'
    )
    assert relink("[a](roles/a.md)", "index.md", moved) == "[a](roles/a/index.md)"


def test_a_hand_written_page_linking_outside_its_folder_is_left_out(tiny_site: Path, tmp_path: Path) -> None:
    (tiny_site / "docs/en/team.md").write_text("# Team\n\n![logo](../images/logo.png)\n", encoding="utf-8")
    result = export(tiny_site, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "docs/en/team.md: left out: it links to ../images/logo.png, which is outside docs/en/ or missing" in result.stderr
    assert not (tmp_path / "out/en/docs/team").exists()


def test_two_pages_with_one_url_are_refused(tiny_site: Path, tmp_path: Path) -> None:
    (tiny_site / "docs/en/about").mkdir()
    (tiny_site / "docs/en/about/index.md").write_text("# About too\n", encoding="utf-8")
    result = export(tiny_site, tmp_path / "out")
    assert result.returncode == 1
    assert "docs/en/: about/index.md and about.md would both be exported as about/index.md; rename one" in result.stderr
    assert not (tmp_path / "out").exists()


FOCUSED_INPUT = """() => {
    let active = document.activeElement
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement
    return Boolean(active) && active.tagName === "INPUT"
}"""


@needs_zensical
@pytest.mark.slow
def test_the_zensical_build_searches_in_both_languages(real_export: Path, tmp_path: Path, browser) -> None:  # type: ignore[no-untyped-def]
    """Zensical's own search (its worker builds the index in the browser; Korean takes longer)
    finds the topic's page first, in each language, from the theme's search box."""
    project = tmp_path / "project"
    shutil.copytree(real_export, project)
    site = tmp_path / "site"
    build_zensical(project, site)
    with serve(site, mount="/ai-career-atlas/") as base:
        for lang, query in (("ko", "편향"), ("en", "bias")):
            page = browser.new_page()
            page.goto(f"{base}{lang}/")
            page.locator(".md-search__button").first.click()
            page.wait_for_function(FOCUSED_INPUT)  # keys typed before the dialog's box has focus are lost
            page.keyboard.type(query)
            start = time.perf_counter()
            # the results of the whole query (each links with ?h=<query>), inside the dialog's open shadow root
            first = page.locator(f"ol[role=listbox] a[role=option][href*='h={quote(query)}']").first
            first.wait_for(timeout=180_000)
            print(f"zensical search, {lang}: first result {time.perf_counter() - start:.1f}s after typing")
            assert "/ethics/bias/" in (first.get_attribute("href") or ""), (lang, first.get_attribute("href"))
            page.close()
