"""Every role page has the same sections, in the same order, each once."""

from __future__ import annotations

import html as htmllib
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import P, T, write_data

from career_atlas.core.check import check
from career_atlas.render import labels as L
from career_atlas.render.blocks import t_label
from career_atlas.render.language import Renderer

LANGS = ("ko", "en")


def template(lang: str) -> list[str]:
    """Every section a role page may have, in their order."""
    ui = L.UI
    return [f"## {h}" for h in (
        ui["role_does"][lang], ui["role_day"][lang], t_label("works_in", "out", lang), ui["role_skills"][lang],
        t_label("uses_tool", "out", lang), ui["role_get_in"][lang], ui["role_fit"][lang], ui["role_compare"][lang],
        ui["role_related"][lang],
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
def test_a_role_shows_only_the_sections_it_has_and_says_once_what_the_talks_left_out(site: Path, lang: str) -> None:
    graph, problems = check(site / "data")
    assert problems == [] and graph is not None
    r = Renderer(graph, lang)
    full = r.entry(graph.records["plumber"]).markdown
    bare = r.entry(graph.records["modeler"]).markdown
    order = template(lang)
    for md in (full, bare):
        found = [h for h in headings(md) if h in order]
        assert found == sorted(found, key=order.index)  # the sections keep their order
        assert len(headings(md)) == len(set(headings(md)))  # no heading twice
    ui = L.UI
    gone = [f"## {ui['role_day'][lang]}", f"## {ui['role_skills'][lang]}", f"## {t_label('uses_tool', 'out', lang)}", f"## {ui['role_get_in'][lang]}"]
    assert set(gone) <= set(headings(full))
    assert not set(gone) & set(headings(bare))  # a section the talks say nothing of is not there
    # ...and the page says so once, near the top, naming what is missing
    note = bare.split('class="atlas-role-gaps">', 1)[1].split("</p>", 1)[0]
    assert all(str(ui[key][lang]) in htmllib.unescape(note) for key in ("role_gap_day", "role_gap_skills", "role_gap_tools", "role_gap_get_in"))
    assert bare.index("atlas-role-gaps") < bare.index(f"## {ui['role_does'][lang]}")
    assert "atlas-role-gaps" not in full
    # the role's own texts, under their headings
    for key, text in (("role_day", "Mornings go to the pipelines."), ("role_get_in", "Start with an internship."),
                      ("role_fit", "Suits careful people.")):
        if lang == "en":
            assert full.index(f"## {L.UI[key][lang]}") < full.index(text)
    # skills keep the data's order (the order to learn them), as numbered cards that say what each is
    skills = full.split(f"## {L.UI['role_skills'][lang]}")[1]
    assert skills.index("Python") < skills.index("SQL") and '<ol class="atlas-cards">' in skills


def test_no_real_role_page_has_a_section_that_only_says_the_talks_do_not_cover_it(real_data: Any) -> None:
    graph = real_data.graph
    for lang in LANGS:
        r = Renderer(graph, lang)
        order = template(lang)
        for rec in r.ctx.of_type("role"):
            md = r.entry(rec).markdown
            hs = [h for h in headings(md) if h in order]
            assert hs == sorted(hs, key=order.index) and len(hs) == len(set(hs)), (lang, rec.id, hs)
            sections = re.split(r"\n(?=## )", md)
            for section in sections[1:]:
                head, _, content = section.partition("\n\n")
                assert "<" in content or "[" in content, (lang, rec.id, head)  # every section holds passages, cards or links
            for field, key in (("day", "role_gap_day"), ("how_to_get_in", "role_gap_get_in")):
                note = md.split('class="atlas-role-gaps">', 1)[1].split("</p>", 1)[0] if "atlas-role-gaps" in md else ""
                assert (str(L.UI[key][lang]) in htmllib.unescape(note)) == (getattr(rec.data, field) is None), (rec.id, field)
