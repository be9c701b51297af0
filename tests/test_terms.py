"""The terminology list: a variant in any text fails the check, on its line, with the preferred term."""

from __future__ import annotations

from pathlib import Path

from conftest import P, line_of, write_data

from career_atlas.core.check import check

TERMS = """\
ko:
  - preferred: 프런트엔드
    variants: [프론트엔드]
en:
  - preferred: modeling
    variants: [modelling]
"""


def test_variants_are_reported_with_line_and_preferred_term(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["modeler"]["body"] = [P("첫 줄", "First line", "모델 학습"),
                                             P("프론트엔드를 만듭니다. 개프론트엔드는 다른 낱말입니다.", "Modelling, and remodelling.", "모델 학습")]
    tiny_data["roles"]["modeler"]["aliases"] = {"ko": ["프론트엔드 개발자"], "en": ["modelling engineer"]}  # exempt
    write_data(tmp_path, tiny_data)
    (tmp_path / "data/terms.yml").write_text(TERMS, encoding="utf-8")
    _, problems = check(tmp_path / "data")
    path = tmp_path / "data/roles/modeler.yml"
    assert [str(p) for p in problems] == [
        f"data/roles/modeler.yml:{line_of(path, '프론트엔드를')}: body[1].ko: '프론트엔드': write '프런트엔드' (the atlas's term; see data/terms.yml)",
        f"data/roles/modeler.yml:{line_of(path, 'Modelling')}: body[1].en: 'Modelling': write 'modeling' (the atlas's term; see data/terms.yml)",
    ]  # "remodelling" is another word



def test_the_longer_of_two_variants_at_one_place_is_reported_and_english_ones_end_a_word(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["modeler"]["body"] = [P("첫 줄", "First line", "모델 학습"),
                                             P("머신 러닝과 머신러닝을, 딥 러닝도.", "Data bases, a database, DATABASE, datas and dat.", "모델 학습")]
    write_data(tmp_path, tiny_data)
    (tmp_path / "data/terms.yml").write_text("""\
ko:
  - {preferred: 기계 학습, variants: [머신, 머신 러닝, 머신러닝]}
en:
  - {preferred: data base, variants: [dat, database]}
""", encoding="utf-8")
    _, problems = check(tmp_path / "data")
    found = [str(p).split(": ", 2)[2] for p in problems]
    assert found == ["'머신 러닝': write '기계 학습' (the atlas's term; see data/terms.yml)",
                     "'머신러닝': write '기계 학습' (the atlas's term; see data/terms.yml)",
                     "'database': write 'data base' (the atlas's term; see data/terms.yml)",
                     "'DATABASE': write 'data base' (the atlas's term; see data/terms.yml)",
                     "'dat': write 'data base' (the atlas's term; see data/terms.yml)"]  # not in "datas" nor "Data"


def test_a_folder_in_place_of_the_terms_file_is_a_problem_not_no_list(tmp_path: Path, tiny_data: dict) -> None:
    """No terms.yml is no list; an empty folder of that name silently turned the terminology check off."""
    write_data(tmp_path, tiny_data)
    (tmp_path / "data/terms.yml").mkdir()
    _, problems = check(tmp_path / "data")
    assert [str(p) for p in problems] == ["data/terms.yml: is not a regular file; data files must be regular files in the repository"]
