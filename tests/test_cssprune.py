"""The stylesheet pruner and the HTML compactor, on small inputs with known answers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from career_atlas import cssprune
from career_atlas.slim import compact_html, slim_site


def pruned(css: str, html: str = "", script: str = "") -> str:
    sheet = cssprune.parse(css)
    usage = cssprune.Usage(attribute_names=sheet.attribute_names)
    usage.scan_html(html)
    usage.scan_script(script)
    return cssprune.prune([sheet], usage)[0]


def test_rules_for_classes_no_page_uses_are_dropped() -> None:
    css = ".used{color:red}.unused{color:blue}.used .unused{margin:0}p{padding:0}"
    assert pruned(css, '<p class="used x">') == ".used{color:red}p{padding:0}"


def test_a_selector_list_keeps_only_the_selectors_that_can_match() -> None:
    assert pruned(".a,.b,.c{color:red}", '<i class="c"></i><b class="a">') == ".a,.c{color:red}"


def test_classes_inside_functional_pseudo_classes_are_not_required() -> None:
    css = "p:not(.gone){color:red}:is(.gone,p){margin:0}"
    assert pruned(css, "<p>") == css


def test_exact_attribute_values_must_occur() -> None:
    css = "[dir=rtl] .x{left:0}[dir=ltr] .x{right:0}[hidden]{display:none}"
    assert pruned(css, '<html dir="ltr"><i class="x">') == "[dir=ltr] .x{right:0}[hidden]{display:none}"
    assert pruned(css, "<html dir=rtl><i class='x'>").startswith("[dir=rtl] .x{left:0}")


def test_classes_a_script_can_add_are_kept() -> None:
    css = ".md-dialog--active{opacity:1}.md-tag--red{color:red}.never{color:blue}.md-x{top:0}"
    script = 'el.classList.toggle("md-dialog--active",a);x=`md-tag--${t}`;var never=1;'
    assert pruned(css, "", script) == ".md-dialog--active{opacity:1}.md-tag--red{color:red}"


def test_inline_scripts_of_a_page_count_as_scripts() -> None:
    html = '<script>document.body.classList.add("js-on")</script><script type="application/ld+json">{"a":"ld-only"}</script>'
    assert pruned(".js-on{color:red}.ld-only{color:blue}", html) == ".js-on{color:red}"


def test_conditional_groups_lose_dropped_rules_and_empty_groups_go() -> None:
    css = "@media screen and (min-width:10em){.a{top:0}.b{top:1px}}@media print{.b{top:0}}@supports (display:grid){p{display:grid}}"
    assert pruned(css, '<i class="a">') == "@media screen and (min-width:10em){.a{top:0}}@supports (display:grid){p{display:grid}}"


def test_other_at_rules_are_kept_as_they_are() -> None:
    css = '@font-face{font-family:X;src:url(x.woff2)}@keyframes spin{0%{transform:none}to{transform:rotate(1turn)}}'
    assert pruned(css) == css


def test_custom_properties_nobody_reads_are_dropped() -> None:
    css = (":root{--used:var(--chain);--chain:1px;--unread:2px;--read-by-dropped:3px;--inline:4px;--scripted:5px}"
           "p{margin:var(--used)}.gone{margin:var(--read-by-dropped)}")
    html = '<p style="padding:var(--inline)"></p>'
    out = pruned(css, html, 'el.style.setProperty("--scripted","1")')
    assert out == ":root{--used:var(--chain);--chain:1px;--inline:4px;--scripted:5px}p{margin:var(--used)}"


def test_values_keep_semicolons_in_strings_and_important() -> None:
    css = ":root{--icon:url('data:image/svg+xml;charset=utf-8,<svg/>')}.a:before{mask-image:var(--icon)!important}"
    assert pruned(css, '<i class="a">') == css.replace("'", '"')  # the same string, in double quotes


def test_compact_html_keeps_preformatted_text_and_single_spaces() -> None:
    page = "<div>\n    <p>one\n      <a>two</a>\u00a0\n</p>\n<pre>  keep\n    this</pre>\n  <script>\n  var a = 1;\n</script>\n  </div>"
    assert compact_html(page) == "<div>\n<p>one\n<a>two</a>\u00a0\n</p>\n<pre>  keep\n    this</pre>\n<script>\n  var a = 1;\n</script>\n</div>"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_slim_site_links_every_page_to_one_hashed_stylesheet(tmp_path: Path) -> None:
    css = tmp_path / "assets" / "stylesheets"
    write(css / "main.12345678.min.css", ".used{color:red}.unused{color:blue}")
    write(css / "main.12345678.min.css.map", "{}")
    write(css / "palette.abcdef12.min.css", "[data-md-color-primary=indigo]{--md-primary-fg-color:#3f51b5}"
          "[data-md-color-primary=red]{--md-primary-fg-color:red}.used{color:var(--md-primary-fg-color)}")
    links = ('<link rel="stylesheet" href="{0}assets/stylesheets/main.12345678.min.css">\n'
             '      <link rel="stylesheet" href="{0}assets/stylesheets/palette.abcdef12.min.css">\n')
    home = write(tmp_path / "index.html", f"<head>\n  {links.format('')}</head>\n<body data-md-color-primary=\"indigo\">\n  <i class=\"used\"></i></body>")
    deep = write(tmp_path / "a" / "b" / "index.html", f"<head>{links.format('../../')}</head>")
    plain = write(tmp_path / "plain.html", "<p>no stylesheet</p>")

    report = slim_site(tmp_path)

    assert report.stylesheet is not None and report.stylesheet.startswith("assets/stylesheets/atlas.")
    name = report.stylesheet.rsplit("/", 1)[1]
    assert home.read_text() == f'<head>\n<link rel="stylesheet" href="assets/stylesheets/{name}">\n</head>\n<body data-md-color-primary="indigo">\n<i class="used"></i></body>'
    assert deep.read_text() == f'<head><link rel="stylesheet" href="../../assets/stylesheets/{name}">\n</head>'
    assert plain.read_text() == "<p>no stylesheet</p>"
    assert (tmp_path / report.stylesheet).read_text() == (
        ".used{color:red}\n[data-md-color-primary=indigo]{--md-primary-fg-color:#3f51b5}.used{color:var(--md-primary-fg-color)}\n")
    assert sorted(p.name for p in css.iterdir()) == [name]
    assert (report.pages, report.css_after) == (3, len((tmp_path / report.stylesheet).read_bytes()))


def test_the_stylesheet_name_changes_with_its_content(tmp_path: Path) -> None:
    names = []
    for used in ("a", "b"):
        site = tmp_path / used
        write(site / "assets" / "stylesheets" / "main.12345678.min.css", ".a{top:0}.b{top:1px}")
        write(site / "index.html", f'<link rel="stylesheet" href="assets/stylesheets/main.12345678.min.css"><i class="{used}">')
        names.append(slim_site(site).stylesheet)
    assert names[0] != names[1]


def test_a_stylesheet_still_linked_some_other_way_is_kept(tmp_path: Path) -> None:
    write(tmp_path / "assets" / "stylesheets" / "main.12345678.min.css", ".a{top:0}")
    write(tmp_path / "index.html", '<link rel="stylesheet" href="assets/stylesheets/main.12345678.min.css"><i class="a">')
    odd = write(tmp_path / "odd.html", '<link href="assets/stylesheets/main.12345678.min.css" rel="stylesheet">')
    slim_site(tmp_path)
    assert "main.12345678.min.css" in odd.read_text()
    assert (tmp_path / "assets" / "stylesheets" / "main.12345678.min.css").exists()


def test_class_attributes_in_any_spelling_count() -> None:
    css = ".a{top:0}.b{top:1px}.c{top:2px}.d{top:3px}"
    assert pruned(css, "<span class=a></span><I CLASS='b'></I><b class = \"c\"></b>") == ".a{top:0}.b{top:1px}.c{top:2px}"


def test_var_reads_in_nested_rules_and_grouped_at_rules_count() -> None:
    css = (":root{--nested:1px;--framed:2px;--unread:3px}"
           "p{color:red;.x &{margin:var(--nested)}}"
           "@media screen{@keyframes k{to{padding:var(--framed)}}}")
    out = pruned(css, "<p>")
    assert ":root{--nested:1px;--framed:2px}" in out


def test_compact_html_leaves_inline_code_and_kbd_alone() -> None:
    page = "<p>\n  <code>a\n    <b>b</b></code>\n  <kbd>Ctrl\n    <i>x</i></kbd>\n  </p>"
    assert compact_html(page) == "<p>\n<code>a\n    <b>b</b></code>\n<kbd>Ctrl\n    <i>x</i></kbd>\n</p>"


def material_like_site(root: Path) -> Path:
    css = root / "assets" / "stylesheets"
    write(css / "main.12345678.min.css", ":root{--md-x:red;--md-y:blue}.used{color:var(--md-y)}")
    write(css / "palette.abcdef12.min.css", ".used{margin:0}")
    return css


def test_custom_properties_read_by_the_sites_other_stylesheets_stay(tmp_path: Path) -> None:
    css = material_like_site(tmp_path)
    write(css / "extra.css", ".mine{color:var(--md-x)}")
    write(tmp_path / "index.html", '<link rel="stylesheet" href="assets/stylesheets/main.12345678.min.css"><i class="used">')
    report = slim_site(tmp_path)
    assert (tmp_path / str(report.stylesheet)).read_text().startswith(":root{--md-x:red;--md-y:blue}")


def test_a_page_whose_main_link_has_another_shape_keeps_the_palette_too(tmp_path: Path) -> None:
    material_like_site(tmp_path)
    odd = ('<link rel="stylesheet" media="all" href="assets/stylesheets/main.12345678.min.css">'
           '<link rel="stylesheet" href="assets/stylesheets/palette.abcdef12.min.css">')
    page = write(tmp_path / "odd.html", odd)
    slim_site(tmp_path)
    assert page.read_text() == odd
    assert sorted(p.name for p in (tmp_path / "assets" / "stylesheets").glob("*.min.css"))[1:] == [
        "main.12345678.min.css", "palette.abcdef12.min.css"]


def test_a_file_that_is_not_utf8_is_left_as_it_is(tmp_path: Path) -> None:
    material_like_site(tmp_path)
    legacy = tmp_path / "legacy.html"
    legacy.write_bytes('<p class="used">\n    caf\u00e9</p>'.encode("latin-1"))
    write(tmp_path / "index.html", '<link rel="stylesheet" href="assets/stylesheets/main.12345678.min.css">')
    slim_site(tmp_path)
    assert legacy.read_bytes() == '<p class="used">\n    caf\u00e9</p>'.encode("latin-1")


def test_many_pages_are_read_like_each_page_alone() -> None:
    sheet = cssprune.parse(".a{top:0}.b{top:1px}.c{top:2px}[role=x]{top:3px}[role=y]{top:4px}.d{top:5px}")
    pages = ['<nav class="a">\n  <i role="x">', '<nav class="a">\n<b class="b"></b>', "<p>\n<i\n  class='c'>"]
    one_by_one = cssprune.Usage(attribute_names=sheet.attribute_names)
    for page in pages:
        one_by_one.scan_html(page)
    together = cssprune.Usage(attribute_names=sheet.attribute_names)
    together.scan_pages(pages)
    assert cssprune.prune([sheet], together) == cssprune.prune([sheet], one_by_one) == [".a{top:0}.b{top:1px}.c{top:2px}[role=x]{top:3px}"]


def test_a_class_value_across_lines_is_read_whole() -> None:
    sheet = cssprune.parse(".first{top:0}.second{top:1px}")
    usage = cssprune.Usage(attribute_names=sheet.attribute_names)
    usage.scan_pages(['<i class="first\n   second">', "<p>other</p>"])
    assert cssprune.prune([sheet], usage) == [".first{top:0}.second{top:1px}"]


def run_slim_command(site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "career_atlas", "slim", str(site)], capture_output=True, text=True)


def test_the_slim_command_reports_in_json(tmp_path: Path) -> None:
    material_like_site(tmp_path)
    write(tmp_path / "index.html", '<link rel="stylesheet" href="assets/stylesheets/main.12345678.min.css"><i class="used">')
    result = run_slim_command(tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["pages"] == 1 and report["stylesheet"].startswith("assets/stylesheets/atlas.")


def test_the_slim_command_names_a_missing_folder_without_a_traceback(tmp_path: Path) -> None:
    result = run_slim_command(tmp_path / "nowhere")
    assert result.returncode == 2
    assert result.stderr.strip() == f"{tmp_path / 'nowhere'}: no such folder"
