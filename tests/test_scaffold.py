"""The scaffold writes files that pass the check as they are."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from career_atlas.core.check import check
from career_atlas.core.model import MODELS
from career_atlas.core.scaffold import create
from conftest import write_data


@pytest.mark.parametrize("type_", [m.TYPE for m in MODELS])  # type: ignore[attr-defined]
def test_new_file_of_each_type_is_valid(tmp_path: Path, tiny_data: dict, type_: str) -> None:
    write_data(tmp_path, tiny_data)
    # the template refers to the real lecture id
    shutil.copy(tmp_path / "data/lectures/talk.yml", tmp_path / "data/lectures/careers-in-ai.yml")
    (tmp_path / "data/lectures/careers-in-ai.yml").write_text(
        (tmp_path / "data/lectures/talk.yml").read_text(encoding="utf-8").replace("커리어 강의", "진짜 강의").replace("Career talk", "Real talk"),
        encoding="utf-8",
    )
    path = create(tmp_path, type_, "brand-new")
    assert path.read_text(encoding="utf-8").startswith(f"# yaml-language-server: $schema=../../docs/schema/{type_}.schema.json")
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
