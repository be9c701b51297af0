"""Interface words: every label in every language, every allowed value labelled,
and a third language that needs only a labels file and the translations."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml
from clirun import python_m
from conftest import REPO, run_mkdocs, write_data
from sitecheck import read_page

from career_atlas.core.model import CHOICES, MODELS
from career_atlas.core.relations import RELATIONS
from career_atlas.render import labels


def keys(node: Any, prefix: str = "") -> set[str]:
    if not isinstance(node, dict):
        return {prefix}
    return set().union(*(keys(v, f"{prefix}.{k}") for k, v in node.items()))


def test_every_language_has_every_label() -> None:
    reference = keys(labels.of("en"))
    for lang in labels.languages():
        assert keys(labels.of(lang)) == reference, lang


def test_every_value_the_model_allows_has_a_label_in_every_language() -> None:
    for lang in labels.languages():
        words = labels.of(lang)
        for kind, values in CHOICES.items():
            for value in values:
                assert words["values"][kind][value], (lang, kind, value)
        for model in MODELS:
            assert words["collections"][model.TYPE] and words["intros"][model.TYPE], (lang, model.TYPE)  # type: ignore[attr-defined]
        for relation in RELATIONS:
            assert words["relations"][relation.name]["out"] and words["relations"][relation.name]["in"], (lang, relation.name)


def pseudo(node: Any) -> Any:
    """The English text of a labels file or a data file, marked as the pseudo-locale."""
    if isinstance(node, dict):
        if set(node) >= {"ko", "en"}:
            node["xx"] = pseudo(node["en"]) if isinstance(node["en"], (str, list)) else node["en"]
        return {k: pseudo(v) if k != "xx" else v for k, v in node.items()}
    if isinstance(node, list):
        return [pseudo(x) for x in node]
    if isinstance(node, str):
        return f"[xx] {node}"
    return node


def add_third_language(site: Path, data: dict) -> None:
    """The tiny site in a pseudo-locale too: its labels in the plugin's labels_dir, its texts in the data."""
    xx = pseudo(labels.of("en"))
    xx["language"] = {"name": "Pseudo", "locale": "en_XX", "theme": "en"}  # Material has no xx: it borrows English
    (site / "labels").mkdir()
    (site / "labels/xx.yml").write_text(yaml.safe_dump(xx, allow_unicode=True), encoding="utf-8")
    shutil.rmtree(site / "data")
    write_data(site, pseudo_data(data))
    shutil.copytree(site / "docs/en", site / "docs/xx")
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("languages: [ko, en]", "languages: [ko, en, xx]\n      labels_dir: labels"), encoding="utf-8")
    assert "labels_dir: labels" in config.read_text(encoding="utf-8")


def test_a_third_language_needs_only_a_labels_file_and_the_translations(tiny_site: Path, tiny_data: dict) -> None:
    add_third_language(tiny_site, tiny_data)
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode == 0, result.stderr
    page = read_page(tiny_site / "site/xx/roles/plumber/index.html")
    assert page.h1 == "[xx] Data plumber"
    html = page.path.read_text(encoding="utf-8")
    assert "[xx] Roles" in html and "[xx] Also known as" in html  # labels from the file
    assert 'hreflang="xx"' in html and '<meta property="og:locale" content="en_XX">' in html
    assert {p.name for p in (tiny_site / "site").iterdir()} >= {"ko", "en", "xx", "api"}


def pseudo_data(data: dict) -> dict:
    """Tiny data with an xx text beside every en text."""
    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            out = {k: walk(v) for k, v in node.items()}
            if "en" in node and "ko" in node:
                out["xx"] = [f"[xx] {x}" for x in node["en"]] if isinstance(node["en"], list) else f"[xx] {node['en']}"
            return out
        if isinstance(node, list):
            return [walk(x) for x in node]
        return node

    return walk(data)


def test_the_command_line_reads_the_labels_dir_as_the_build_does(tiny_site: Path, tiny_data: dict) -> None:
    """``check`` and ``export`` load the plugin's labels_dir too: a third language's site checks
    and exports (the export raised KeyError on its labels)."""
    add_third_language(tiny_site, tiny_data)
    check = python_m("career_atlas", "check", cwd=tiny_site, timeout=120)
    assert check.returncode == 0, check.stderr
    result = python_m("career_atlas", "export", "out", cwd=tiny_site)
    assert result.returncode == 0, result.stderr
    assert "xx: " in result.stdout
    text = (tiny_site / "out/xx/mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.safe_load(text.split("markdown_extensions:")[0])  # the extensions' part has a Python tag
    assert config["site_name"] == f"[xx] {labels.SITE_NAME['en']}" and config["theme"]["language"] == "en"  # from the labels file
    assert "title: '[xx] Data plumber'" in (tiny_site / "out/xx/docs/roles/plumber/index.md").read_text(encoding="utf-8")


def test_a_language_without_labels_is_named_not_a_traceback(tiny_site: Path) -> None:
    config = tiny_site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("languages: [ko, en]", "languages: [ko, en, xx]"), encoding="utf-8")
    for command in (["check"], ["export", "out"]):
        result = python_m("career_atlas", *command, cwd=tiny_site, timeout=120)
        assert result.returncode == 1
        assert result.stderr.startswith("no labels for xx: add career_atlas/render/labels/xx.yml (or a file in the atlas plugin's labels_dir)"), result.stderr


def test_the_real_labels_are_the_files_in_the_package() -> None:
    assert sorted(p.stem for p in (REPO / "career_atlas/render/labels").glob("*.yml")) == ["en", "ko"]
