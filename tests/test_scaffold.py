"""The scaffold writes files whose only problems are the placeholders left to fill in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from conftest import REPO, write_data

from career_atlas.core.check import check
from career_atlas.core.model import MODELS
from career_atlas.core.scaffold import create


def fill_in(data: object, n: list[int], language: bool = False) -> object:
    """Every text under ko:/en: replaced by the contributor's own, every anchor pointed at
    the tiny site's note, the lecture the entry comes from named, and every list the
    contributor has nothing for left out."""
    if isinstance(data, dict):
        if "sources" in data:
            data = {**data, "sources": [{"lecture": "talk"}]}
        if "anchors" in data:
            data = {**data, "anchors": [{"note": "talk-notes", "lines": 2, "quote": "강의 본문"}]}
        return {k: fill_in(v, n, k in ("ko", "en")) for k, v in data.items() if v != []}
    if isinstance(data, list):
        return [fill_in(v, n, language) for v in data]
    if isinstance(data, str) and language:
        n[0] += 1
        return f"Own text {n[0]}"
    return data


@pytest.mark.parametrize("type_", [m.TYPE for m in MODELS])  # type: ignore[attr-defined]
def test_new_file_of_each_type_is_valid_once_filled_in(tmp_path: Path, tiny_data: dict, type_: str) -> None:
    if type_ == "lecture":
        tiny_data["sources"]["talk-notes"]["talks"].append("brand-new")  # a new lecture's passages cite a note of it
    write_data(tmp_path, tiny_data)
    shutil.copy(REPO / "mkdocs.yml", tmp_path)
    path = create(tmp_path, type_, "brand-new")
    # the file names the schema published at mkdocs.yml's site_url
    assert path.read_text(encoding="utf-8").startswith(
        f"# yaml-language-server: $schema=https://ai-career-atlas.github.io/ai-career-atlas/schema/{type_}.schema.json")
    _, problems = check(tmp_path / "data")
    # As written, the problems are the template's texts, in both languages, and what only the
    # contributor knows: the lecture it comes from (the scaffold names none), and each list left
    # empty for them to fill in or leave out (questions, relations, references).
    placeholders = [p for p in problems if p.message == "still holds the template's placeholder text; write your own"]
    others = {p.text for p in problems if p not in placeholders}
    assert {"name.ko", "name.en", "summary.ko", "summary.en", "body[1].ko", "body[1].en", "body[1].anchors[0].quote"} <= {p.key for p in placeholders} \
        or type_ == "lecture" and {"body[0].ko", "body[0].anchors[0].quote"} <= {p.key for p in placeholders}
    assert others and all("is an empty list" in p for p in others)
    assert any(p.startswith("sources: is an empty list; name the lecture") for p in others) == (type_ != "lecture")
    assert {"questions.ko", "questions.en"} <= {p.split(":")[0] for p in others} or type_ == "lecture"
    path.write_text(yaml.safe_dump(fill_in(yaml.safe_load(path.read_text(encoding="utf-8")), [0]), allow_unicode=True), encoding="utf-8")
    _, problems = check(tmp_path / "data")
    assert [str(p) for p in problems] == []


def test_refuses_bad_id_and_overwrite(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="'Bad_Id' is not a valid id"):
        create(tmp_path, "role", "Bad_Id")
    create(tmp_path, "role", "ok")
    with pytest.raises(ValueError, match="already exists"):
        create(tmp_path, "role", "ok")
    with pytest.raises(ValueError, match="unknown type 'job'"):
        create(tmp_path, "job", "x")


def test_suggests_the_id_and_refuses_one_another_folder_has(tmp_path: Path) -> None:
    """An id in capitals gets its lower-case form; ids are unique across all folders, so a tool may
    not take a role's (issue 25)."""
    with pytest.raises(ValueError, match="'Data-Scientist' is not a valid id; use lower-case letters, digits and hyphens, e.g. data-scientist$"):
        create(tmp_path, "role", "Data-Scientist")
    create(tmp_path, "role", "ai-engineer")
    with pytest.raises(ValueError, match="^the id 'ai-engineer' is taken by data/roles/ai-engineer.yml; ids are unique across all folders"):
        create(tmp_path, "tool", "ai-engineer")
    assert not (tmp_path / "data/tools").exists()
