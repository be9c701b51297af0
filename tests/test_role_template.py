"""Every role page has the same sections, in the same order, each once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import P, T, write_data

from career_atlas.core.check import check
from career_atlas.render import labels as L
from career_atlas.render.pages import Renderer, t_label

LANGS = ("ko", "en")


def template(lang: str) -> list[str]:
    """The eight headings of a role page, in order."""
    ui = L.UI
    return [f"## {h}" for h in (
        ui["role_does"][lang], ui["role_day"][lang], t_label("works_in", "out", lang), ui["role_skills"][lang],
        t_label("uses_tool", "out", lang), ui["role_get_in"][lang], ui["role_fit"][lang], ui["role_related"][lang],
    )]


def headings(markdown: str) -> list[str]:
    """The page's ``## `` headings, without their attribute lists."""
    return [line.split(" { ")[0] for line in markdown.splitlines() if line.startswith("## ")]


def entry(name: str, **extra: object) -> dict:
    return {"name": T(name, name), "summary": T(name, name), "body": [P(name, name)], "sources": [{"lecture": "talk"}], **extra}


@pytest.fixture
def site(tmp_path: Path, tiny_data: dict) -> Path:
    plumber = tiny_data["roles"]["plumber"]
    plumber["day"] = [P("아침에는 파이프라인을 봅니다.", "Mornings go to the pipelines.", "파이프라인")]
    plumber["how_to_get_in"] = [P("인턴십으로 시작합니다.", "Start with an internship.")]
    plumber["fit"] = [P("꼼꼼한 사람에게 맞습니다.", "Suits careful people.")]
    plumber["skills"] = ["python", "sql"]
    plumber["tools"] = ["docker"]
    tiny_data["skills"] = {"sql": entry("SQL", kind="technical"), "python": entry("Python", kind="technical")}
    tiny_data["tools"] = {"docker": entry("Docker", stack="ops")}
    write_data(tmp_path, tiny_data)
    return tmp_path


@pytest.mark.parametrize("lang", LANGS)
def test_a_role_with_every_field_and_one_with_none_render_the_same_headings(site: Path, lang: str) -> None:
    graph, problems = check(site / "data")
    assert problems == [] and graph is not None
    r = Renderer(graph, lang)
    full = r.entity_page(graph.records["plumber"]).markdown
    bare = r.entity_page(graph.records["modeler"]).markdown
    for md in (full, bare):
        found = [h for h in headings(md) if h in template(lang)]
        assert found == template(lang)
        assert len(headings(md)) == len(set(headings(md)))  # no heading twice
    # the role's own texts, under their headings
    for key, text in (("role_day", "Mornings go to the pipelines."), ("role_get_in", "Start with an internship."),
                      ("role_fit", "Suits careful people.")):
        if lang == "en":
            assert full.index(f"## {L.UI[key][lang]}") < full.index(text)
    # skills keep the data's order: the order to learn them
    skills = full.split(f"## {L.UI['role_skills'][lang]}")[1]
    assert skills.index("Python") < skills.index("SQL") and "1. [Python]" in skills
    # a role with nothing to say says so, in words, for each missing section
    for key in ("role_day_none", "role_skills_none", "role_tools_none", "role_get_in_none", "role_fit_none"):
        first_words = L.UI[key][lang].split("{")[0].split(".")[0]
        assert first_words in bare, key
        assert first_words not in full, key


def test_every_real_role_page_has_the_same_headings_in_both_languages(real_data: Any) -> None:
    graph = real_data.graph
    for lang in LANGS:
        r = Renderer(graph, lang)
        seen = {}
        for rec in r.of_type("role"):
            hs = headings(r.entity_page(rec).markdown)
            assert len(hs) == len(set(hs)), (lang, rec.id, hs)
            assert hs[:8] == template(lang), (lang, rec.id, hs)
            # after the template only the page's furniture: background, notes, sources
            extra = {f"## {L.UI['background_section'][lang]}", f"## {L.UI['notes'][lang]}",
                     f"## {t_label('source', 'out', lang)}"}
            assert set(hs[8:]) <= extra, (lang, rec.id, hs)
            seen[rec.id] = hs[:8]
        assert len(set(map(tuple, seen.values()))) == 1


def test_real_roles_say_what_they_have_and_only_that(real_data: Any) -> None:
    """Where a role has its own text, the fallback line does not appear, and the reverse."""
    graph = real_data.graph
    r = Renderer(graph, "en")
    for rec in r.of_type("role"):
        md = r.entity_page(rec).markdown
        for field, key in (("day", "role_day_none"), ("how_to_get_in", "role_get_in_none")):
            fallback = L.UI[key]["en"].split(".")[0]
            assert (fallback in md) == (getattr(rec.data, field) is None), (rec.id, field)
