"""A pull request tells the contributor what to fix, on the line: GitHub annotations,
the job summary, and a message for each common mistake that says where and how."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from clirun import python_m
from conftest import REPO, P, line_of, write_data, write_note

from career_atlas.core.check import check
from career_atlas.core.graph import expected
from career_atlas.core.loader import _read_note
from career_atlas.core.model import DEFAULT_LANGUAGES, MODEL_BY_FOLDER, Note
from career_atlas.core.relations import wrong_side
from career_atlas.core.schema import schemas

PLACEHOLDER = "still holds the template's placeholder text; write your own"


def problems_for(tmp_path: Path, data: dict) -> list[str]:
    write_data(tmp_path, data)
    _, problems = check(tmp_path / "data")
    return [str(p) for p in problems]


# --- GitHub Actions -------------------------------------------------------------------


def run_check(project: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY")}
    return python_m("career_atlas", "check", cwd=project, timeout=120, env=dict(environ, **env))


def break_site(site: Path) -> tuple[int, int]:
    """A misspelled stage, an indenting tab, and a note without front matter (a message
    with newlines) and a key with a percent sign (both escaped in annotations)."""
    role = site / "data/roles/modeler.yml"
    role.write_text(role.read_text(encoding="utf-8").replace("areas:", "stages: [colect]\n50%: x\nareas:"), encoding="utf-8")
    (site / "data/glossary/annotation.yml").write_text("name:\n  ko: 어노테이션\n\ten: Annotation\n", encoding="utf-8")
    (site / "data/notes").mkdir()
    (site / "data/notes/plain.md").write_text("no front matter\n", encoding="utf-8")
    return line_of(role, "stages: [colect]"), line_of(role, "50%")


def test_check_annotates_problems_for_github(tiny_site: Path, tmp_path: Path) -> None:
    stage, percent = break_site(tiny_site)
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    result = run_check(tiny_site, GITHUB_ACTIONS="true", GITHUB_STEP_SUMMARY=str(summary))
    assert result.returncode == 1
    keys = "name, aliases, questions, summary, body, sources, references, background, nickname, areas, group, responsibilities, stages, related_roles, skills, tools, day, how_to_get_in, fit"
    assert result.stdout.splitlines() == [
        "::error file=data/glossary/annotation.yml,line=3,col=1::a tab character indents this line; YAML indents with spaces",
        ("::error file=data/notes/plain.md,line=1::a note starts with front matter between --- lines, e.g.%0A---%0Atitle: ...%0Aauthor: ...%0A"
        "date: 2026-01-31%0Alang: ko%0Aabout: [data-engineer]%0A---"),
        # the file did not validate, and its unknown stage is reported in the same run (issue 25)
        f"::error file=data/roles/modeler.yml,line={stage}::stages[0]: 'colect' is not a known stage; did you mean 'collect'?",
        f"::error file=data/roles/modeler.yml,line={percent}::50%25: is not a known key; expected one of: {keys}",
    ]
    assert summary.read_text(encoding="utf-8") == (
        "earlier step\n"
        "### 4 problems in the atlas data\n"
        "\n"
        "| File | Line | Problem |\n"
        "| --- | --- | --- |\n"
        "| `data/glossary/annotation.yml` | 3 | a tab character indents this line; YAML indents with spaces |\n"
        "| `data/notes/plain.md` | 1 | a note starts with front matter between --- lines, e.g.<br>---<br>title: ...<br>author: ...<br>"
        "date: 2026-01-31<br>lang: ko<br>about: [data-engineer]<br>--- |\n"
        f"| `data/roles/modeler.yml` | {stage} | stages[0]: 'colect' is not a known stage; did you mean 'collect'? |\n"
        f"| `data/roles/modeler.yml` | {percent} | 50%: is not a known key; expected one of: {keys} |\n"
    )
    # The local report is on stderr, as it always was.
    assert "data/glossary/annotation.yml:3:1: a tab character indents this line; YAML indents with spaces" in result.stderr


def test_graph_problems_are_annotated_too(tiny_site: Path, tmp_path: Path) -> None:
    role = tiny_site / "data/roles/modeler.yml"
    role.write_text(role.read_text(encoding="utf-8").replace("areas:", "stages: [colect]\nareas:"), encoding="utf-8")
    summary = tmp_path / "summary.md"
    result = run_check(tiny_site, GITHUB_ACTIONS="true", GITHUB_STEP_SUMMARY=str(summary))
    line = line_of(role, "colect")
    assert result.stdout.splitlines() == [f"::error file=data/roles/modeler.yml,line={line}::stages[0]: 'colect' is not a known stage; did you mean 'collect'?"]
    assert summary.read_text(encoding="utf-8").splitlines()[-1] == f"| `data/roles/modeler.yml` | {line} | stages[0]: 'colect' is not a known stage; did you mean 'collect'? |"


def test_check_outside_github_keeps_its_format(tiny_site: Path) -> None:
    break_site(tiny_site)
    result = run_check(tiny_site)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines()[:3] == [
        "4 problems in the atlas data:",
        "  data/glossary/annotation.yml:3:1: a tab character indents this line; YAML indents with spaces",
        "  data/notes/plain.md:1: a note starts with front matter between --- lines, e.g.",
    ]


# --- messages that say where and how ---------------------------------------------------


def test_placeholders_left_in_are_rejected(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["modeler"]["name"]["en"] = "modeler (English name)"
    tiny_data["roles"]["modeler"]["summary"]["ko"] = "한 문장 요약"
    tiny_data["roles"]["modeler"]["responsibilities"].append(P("하는 일", "What the role does", "모델 학습"))
    tiny_data["roles"]["modeler"]["body"][0]["en"] = "Write the body here."
    tiny_data["stages"]["collect"]["steps"][1]["name"]["en"] = "Sub-step"
    found = problems_for(tmp_path, tiny_data)
    role, stage = tmp_path / "data/roles/modeler.yml", tmp_path / "data/stages/collect.yml"
    assert found == [
        f"data/roles/modeler.yml:{line_of(role, 'en: modeler (English name)')}: name.en: {PLACEHOLDER}",
        f"data/roles/modeler.yml:{line_of(role, 'ko: 한 문장 요약')}: summary.ko: {PLACEHOLDER}",
        f"data/roles/modeler.yml:{line_of(role, 'en:', after='body:')}: body[0].en: {PLACEHOLDER}",
        f"data/roles/modeler.yml:{line_of(role, '- ko: 하는 일')}: responsibilities[1].ko: {PLACEHOLDER}",
        f"data/roles/modeler.yml:{line_of(role, 'en: What the role does')}: responsibilities[1].en: {PLACEHOLDER}",
        f"data/stages/collect.yml:{line_of(stage, 'en: Sub-step')}: steps[1].name.en: {PLACEHOLDER}",
    ]


def test_own_text_that_mentions_a_placeholder_word_passes(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["modeler"]["summary"]["en"] = "One-sentence summary of what a modeler does all day"
    tiny_data["roles"]["modeler"]["responsibilities"][0]["ko"] = "하는 일이 많습니다"
    assert problems_for(tmp_path, tiny_data) == []


def test_tab_names_the_character_and_column(tmp_path: Path, tiny_data: dict) -> None:
    write_data(tmp_path, tiny_data)
    (tmp_path / "data/roles/modeler.yml").write_text("name:\n  ko: 모델러\n  en: Modeler\nsummary:\n  \ten: Trains\n", encoding="utf-8")
    _, problems = check(tmp_path / "data")
    assert [str(p) for p in problems] == ["data/roles/modeler.yml:5:3: a tab character indents this line; YAML indents with spaces"]


def test_relation_on_the_wrong_side_says_where_to_type_it(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["stages"]["collect"]["roles"] = ["modeler"]
    tiny_data["ethics"]["bias"]["stages"] = ["collect"]
    tiny_data["roles"]["modeler"]["ethics"] = ["bias"]
    found = problems_for(tmp_path, tiny_data)
    assert found == [
        (f"data/ethics/bias.yml:{line_of(tmp_path / 'data/ethics/bias.yml', 'stages:')}: stages: an ethics topic does not list its stages; "
        "add 'bias' to ethics: in each stage's file (data/stages/<stage>.yml) instead"),
        (f"data/roles/modeler.yml:{line_of(tmp_path / 'data/roles/modeler.yml', 'ethics:')}: ethics: a role does not list its ethics; "
        "add 'modeler' to roles: in each ethics topic's file (data/ethics/<ethics>.yml) instead"),
        (f"data/stages/collect.yml:{line_of(tmp_path / 'data/stages/collect.yml', 'roles:')}: roles: a stage does not list its roles; "
        "add 'collect' to stages: in each role's file (data/roles/<role>.yml) instead"),
    ]


def test_a_step_relation_on_the_wrong_side(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["lectures"]["talk"]["stages"] = ["collect"]  # a lecture has no such relation: a plain unknown key
    found = problems_for(tmp_path, tiny_data)
    assert len(found) == 1 and found[0].endswith("stages: is not a known key; expected one of: name, aliases, questions, speaker, affiliation, summary, body, order, given, references, background")
    assert wrong_side("tool", "stages", "docker") == (
        "a tool does not list its stages; add 'docker' to tools: of a step in each stage's file (data/stages/<stage>.yml) instead"
    )


def test_misspelled_id_and_step_get_did_you_mean(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["modeler"]["stages"] = ["collect#lable"]
    tiny_data["ethics"]["bias"]["roles"] = ["modeller"]
    found = problems_for(tmp_path, tiny_data)
    assert found == [
        f"data/ethics/bias.yml:{line_of(tmp_path / 'data/ethics/bias.yml', '- modeller')}: roles[0]: 'modeller' is not a known role; did you mean 'modeler'?",
        f"data/roles/modeler.yml:{line_of(tmp_path / 'data/roles/modeler.yml', 'collect#lable')}: stages[0]: 'collect' has no step 'lable'; did you mean 'label'?",
    ]


def test_note_about_a_misspelled_id(tmp_path: Path, tiny_data: dict) -> None:
    write_data(tmp_path, tiny_data)
    write_note(tmp_path, "plumbr-2026-01-02-en", {"title": "T", "author": "A", "date": "2026-01-02", "lang": "en", "about": ["plumbr"]}, "Body.\n")
    _, problems = check(tmp_path / "data")
    line = line_of(tmp_path / "data/notes/plumbr-2026-01-02-en.md", "- plumbr")
    assert [str(p) for p in problems] == [f"data/notes/plumbr-2026-01-02-en.md:{line}: about[0]: 'plumbr' is not a known entry; did you mean 'plumber'?"]


def test_expected_ids_are_never_cut_short() -> None:
    ids = [f"id-{i:02}" for i in range(30)]
    assert expected("zzz", ids, ("role",)) == f"expected one of: {', '.join(ids)}"
    many = [f"id-{i:02}" for i in range(31)]
    assert expected("zzz", many, ("role", "skill")) == "expected one of 31 ids: the file names (without .yml) in data/roles/, data/skills/"


def test_empty_sources_without_background(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["modeler"]["sources"] = []
    tiny_data["stages"]["collect"]["steps"] = []
    del tiny_data["glossary"]["annotation"]["sources"]
    found = problems_for(tmp_path, tiny_data)
    sources = "sources: list the lecture this comes from, or, for an entry beyond the lectures, add background: with at least one reference"
    empty = ("sources: is an empty list; name the lecture this comes from (- lecture: careers-in-ai), or, for an entry beyond "
             "the lectures, leave sources out and add background: with at least one reference")
    assert found == [
        f"data/glossary/annotation.yml:1: {sources}",
        f"data/roles/modeler.yml:{line_of(tmp_path / 'data/roles/modeler.yml', 'sources:')}: {empty}",
        (f"data/stages/collect.yml:{line_of(tmp_path / 'data/stages/collect.yml', 'steps:')}: steps: list at least one; "
        "a stage has steps, e.g. - {id: raw-data, name: {ko: ..., en: ...}, summary: {ko: ..., en: ...}}"),
    ]


def test_other_empty_lists(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["modeler"]["areas"] = []
    tiny_data["ethics"]["bias"]["cases"][0]["references"] = []
    found = problems_for(tmp_path, tiny_data)
    assert found == [
        (f"data/ethics/bias.yml:{line_of(tmp_path / 'data/ethics/bias.yml', 'references: []')}: cases[0].references: list at least one; "
        "e.g. - {title: ..., url: https://..., year: 2015}"),
        (f"data/roles/modeler.yml:{line_of(tmp_path / 'data/roles/modeler.yml', 'areas: []')}: areas: list at least one; "
        "the areas the role spans, e.g. areas: [ai-engineering]"),
    ]


def test_entry_beyond_the_lectures_has_background_instead_of_sources(tmp_path: Path, tiny_data: dict) -> None:
    del tiny_data["glossary"]["annotation"]["sources"]
    del tiny_data["glossary"]["annotation"]["body"]
    tiny_data["glossary"]["annotation"]["background"] = [
        {"text": {"ko": "배경", "en": "Background"}, "references": [{"title": "A book", "url": "https://example.org/book", "year": 2020}]}
    ]
    assert problems_for(tmp_path, tiny_data) == []


def test_a_background_only_role_passes_check_and_its_schema(tmp_path: Path, tiny_data: dict) -> None:
    """CONTRIBUTING's role beyond the lectures: no sources, no lecture text (body, responsibilities),
    what it does in background: with references. The check and the JSON Schema agree on it, and on
    the two ways to get it wrong."""
    role = {k: v for k, v in tiny_data["roles"]["modeler"].items() if k not in ("body", "sources", "responsibilities")}
    role["background"] = [{"text": {"ko": "모델을 연구합니다.", "en": "Researches models."},
                           "references": [{"title": "A book", "url": "https://example.org/book", "year": 2020}]}]
    tiny_data["roles"]["modeler"] = role
    assert problems_for(tmp_path, tiny_data) == []
    assert list(validator("role", tmp_path / "data").iter_errors(role)) == []
    with_points = dict(role, responsibilities=tiny_data["roles"]["plumber"]["responsibilities"])
    from_lectures = {**tiny_data["roles"]["plumber"]}
    del from_lectures["responsibilities"]
    errors = list(validator("role", tmp_path / "data").iter_errors(with_points))
    assert len(errors) == 1 and errors[0].message.startswith("False schema does not allow [{'ko': '버저닝'")  # the responsibilities
    assert [e.message for e in validator("role", tmp_path / "data").iter_errors(from_lectures)] == ["'responsibilities' is a required property"]
    tiny_data["roles"]["modeler"], tiny_data["roles"]["plumber"] = with_points, from_lectures
    assert problems_for(tmp_path, tiny_data) == [
        f"data/roles/modeler.yml:{line_of(tmp_path / 'data/roles/modeler.yml', 'responsibilities:')}: responsibilities: an entry beyond the "
        "lectures has no lecture passages; move this text into background: with its references, or list the lecture it comes from in sources:",
        "data/roles/plumber.yml:1: responsibilities: what the lectures said is missing; add responsibilities: with its passages and their anchors",
    ]


def test_role_aliases_are_not_shared(tmp_path: Path, tiny_data: dict) -> None:
    tiny_data["roles"]["plumber"]["aliases"]["ko"] = ["배관공", "ML  엔지니어"]
    tiny_data["roles"]["modeler"]["aliases"] = {"ko": ["모델 개발자", "ml 엔지니어"], "en": ["MLOps Engineer"]}
    found = problems_for(tmp_path, tiny_data)
    plumber = tmp_path / "data/roles/plumber.yml"  # the first file by name keeps the alias; the others are told
    assert found == [
        f"data/roles/plumber.yml:{line_of(plumber, '- ML  엔지니어')}: aliases.ko[1]: 'ML  엔지니어' is already listed in aliases of data/roles/modeler.yml; an alias names one role",
        f"data/roles/plumber.yml:{line_of(plumber, '- MLOps engineer')}: aliases.en[0]: 'MLOps engineer' is already listed in aliases of data/roles/modeler.yml; an alias names one role",
    ]


def test_real_role_aliases_are_unshared(real_data: Any) -> None:
    assert [str(p) for p in real_data.problems if "an alias names one role" in p.message] == []


# --- JSON Schemas that know the ids ------------------------------------------------------

jsonschema = pytest.importorskip("jsonschema")


def validator(type_: str, data_dir: Path = REPO / "data") -> object:
    schema = json.loads(schemas(DEFAULT_LANGUAGES, data_dir)[f"{type_}.schema.json"])
    return jsonschema.Draft202012Validator(schema)


def as_editor_sees(data: object) -> object:
    """Dates as the text they are in the file, as a YAML language server reads them."""
    if isinstance(data, dict):
        return {k: as_editor_sees(v) for k, v in data.items()}
    if isinstance(data, list):
        return [as_editor_sees(v) for v in data]
    return data.isoformat() if isinstance(data, datetime.date) else data


def test_schema_rejects_a_misspelled_stage_id() -> None:
    role = yaml.safe_load((REPO / "data/roles/data-engineer.yml").read_text(encoding="utf-8"))
    assert list(validator("role").iter_errors(role)) == []
    for bad in ("data-colection", "data-collection#raw-dat"):
        errors = list(validator("role").iter_errors(dict(role, stages=[bad])))
        assert [list(e.absolute_path) for e in errors] == [["stages", 0]]
        assert "is not one of" in errors[0].message


def test_schema_rejects_misspelled_ids_in_other_relations() -> None:
    role = yaml.safe_load((REPO / "data/roles/data-engineer.yml").read_text(encoding="utf-8"))
    errors = list(validator("role").iter_errors(dict(role, sources=[{"lecture": "carers-in-ai"}], related_roles=["ai-enginer"])))
    assert sorted(list(e.absolute_path) for e in errors) == [["related_roles", 0], ["sources", 0, "lecture"]]
    stage = yaml.safe_load((REPO / "data/stages/data-collection.yml").read_text(encoding="utf-8"))
    stage["steps"][0]["tools"] = ["dokcer"]
    assert [list(e.absolute_path) for e in validator("stage").iter_errors(stage)] == [["steps", 0, "tools", 0]]


def test_schema_needs_sources_or_background() -> None:
    role = yaml.safe_load((REPO / "data/roles/data-engineer.yml").read_text(encoding="utf-8"))
    role.pop("background", None)
    lecture_text = ("body", "nickname", "responsibilities", "day", "how_to_get_in", "fit")
    assert list(validator("role").iter_errors({k: v for k, v in role.items() if k not in lecture_text})) != []  # sources, no body
    role = {k: v for k, v in role.items() if k not in lecture_text}  # beyond the lectures: background only
    assert list(validator("role").iter_errors(dict(role, sources=[]))) != []
    background = [{"text": {"ko": "배경", "en": "Background"}, "references": [{"title": "A book", "url": "https://example.org/book", "year": 2020}]}]
    assert list(validator("role").iter_errors({**{k: v for k, v in role.items() if k != "sources"}, "background": background})) == []
    assert list(validator("role").iter_errors(dict(role, sources=[], background=background))) != []  # an empty list: leave the key out
    no_year = [{**background[0], "references": [{"title": "A book", "url": "https://example.org/book"}]}]
    assert [e.message for e in validator("role").iter_errors({**{k: v for k, v in role.items() if k != "sources"}, "background": no_year})] \
        == ["'year' is a required property"]


@pytest.mark.parametrize("folder", sorted(MODEL_BY_FOLDER))
def test_real_data_passes_its_schema(folder: str) -> None:
    model = MODEL_BY_FOLDER[folder]
    check_ = validator(model.TYPE)  # type: ignore[attr-defined]
    paths = sorted((REPO / "data" / folder).glob("*.md" if model is Note else "*.yml"))
    for path in paths:
        if model is Note:
            doc, _ = _read_note(path, path.name)
            assert doc is not None, path
            data = {k: v for k, v in doc.data.items() if k != "body"}
        else:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in check_.iter_errors(as_editor_sees(data))]  # type: ignore[attr-defined]
        assert errors == [], path


def test_schemas_list_the_ids_of_the_data_they_read(tmp_path: Path, tiny_data: dict) -> None:
    write_data(tmp_path, tiny_data)
    role = json.loads(schemas(DEFAULT_LANGUAGES, tmp_path / "data")["role.schema.json"])
    assert role["properties"]["stages"]["items"]["enum"] == ["collect", "collect#raw", "collect#label"]
    assert role["properties"]["related_roles"]["items"]["enum"] == ["modeler", "plumber"]
    note = json.loads(schemas(DEFAULT_LANGUAGES, tmp_path / "data")["note.schema.json"])
    assert "body" not in note["properties"]
    assert note["properties"]["about"]["items"]["enum"] == ["annotation", "bias", "collect", "modeler", "plumber", "talk", "collect#raw", "collect#label"]


# --- the schemas work in editors: ECMAScript regexes, published with the site ------------


def check_jsonschema(*args: str) -> subprocess.CompletedProcess[str]:
    """check-jsonschema, which applies the schemas' patterns as ECMAScript regexes (via regress), as
    editors with the YAML language server do."""
    tool = Path(sys.executable).parent / "check-jsonschema"
    return subprocess.run([str(tool), *args], capture_output=True, text=True, timeout=120, check=False)


def test_every_schema_passes_the_metaschema_with_ecmascript_regexes(tmp_path: Path) -> None:
    names = []
    for name, text in schemas(DEFAULT_LANGUAGES, REPO / "data").items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        names.append(str(tmp_path / name))
    assert len(names) == len(MODEL_BY_FOLDER)
    result = check_jsonschema("--check-metaschema", *names)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_python_only_escape_fails_the_metaschema(tmp_path: Path) -> None:
    """What the test above guards against: `\\"` is an escape Python accepts and ECMAScript's unicode mode does not."""
    (tmp_path / "bad.json").write_text(json.dumps({"type": "string", "pattern": "^[^\\s\\\"]+$"}), encoding="utf-8")
    result = check_jsonschema("--check-metaschema", str(tmp_path / "bad.json"))
    assert result.returncode == 1 and "is not a 'regex'" in result.stdout


def editor_check(tmp_path: Path, type_: str, data: dict) -> subprocess.CompletedProcess[str]:
    """Validate one file's data as an editor would: the schema as generated, the YAML as written."""
    schema = tmp_path / f"{type_}.schema.json"
    schema.write_text(schemas(DEFAULT_LANGUAGES, REPO / "data")[f"{type_}.schema.json"], encoding="utf-8")
    doc = tmp_path / f"{type_}.yml"
    doc.write_text(yaml.safe_dump(as_editor_sees(data), allow_unicode=True), encoding="utf-8")
    return check_jsonschema("--schemafile", str(schema), str(doc))


def test_an_editor_flags_a_misspelled_id_in_a_role(tmp_path: Path) -> None:
    role = yaml.safe_load((REPO / "data/roles/data-engineer.yml").read_text(encoding="utf-8"))
    assert editor_check(tmp_path, "role", role).returncode == 0  # its references' URLs pass the ECMAScript pattern too
    result = editor_check(tmp_path, "role", dict(role, stages=["data-colection#raw-data"]))
    assert result.returncode == 1 and "$.stages[0]: 'data-colection#raw-data' is not one of" in result.stdout


def test_an_editor_flags_a_misspelled_id_in_a_note(tmp_path: Path) -> None:
    note = {"title": "Degrees", "author": "A. Contributor", "date": datetime.date(2026, 12, 7), "lang": "en", "about": ["faq"]}
    assert editor_check(tmp_path, "note", note).returncode == 0
    result = editor_check(tmp_path, "note", dict(note, about=["fqa"], author_url="javascript:alert(1)"))
    assert result.returncode == 1
    assert "$.about[0]: 'fqa' is not one of" in result.stdout and "$.author_url" in result.stdout


def test_the_build_publishes_the_schemas_beside_the_languages(tiny_built: Path) -> None:
    role = json.loads((tiny_built / "schema/role.schema.json").read_text(encoding="utf-8"))
    assert role["$id"] == "https://ai-career-atlas.github.io/ai-career-atlas/schema/role.schema.json"  # what data files name
    assert role["properties"]["related_roles"]["items"]["enum"] == ["modeler", "plumber"]  # the built data's ids
    assert sorted(p.name for p in (tiny_built / "schema").iterdir()) == sorted(f"{m.TYPE}.schema.json" for m in MODEL_BY_FOLDER.values())  # type: ignore[attr-defined]


def test_check_says_when_the_local_schemas_are_out_of_date(tiny_site: Path) -> None:
    assert ".schema/" not in run_check(tiny_site).stderr  # none written: nothing to say
    written = python_m("career_atlas", "schema", cwd=tiny_site)
    assert written.returncode == 0, written.stderr
    assert ".schema/role.schema.json" in written.stdout
    assert ".schema/" not in run_check(tiny_site).stderr
    (tiny_site / "data/glossary/annotation.yml").unlink()  # an id fewer: the lists of any entry change
    result = run_check(tiny_site)
    assert result.returncode == 0  # a stale copy is never an error: nothing generated is committed
    assert result.stderr.splitlines() == [".schema/ is out of date (term.schema.json, guide.schema.json, note.schema.json): "
                                          "run `python -m career_atlas schema` to refresh it"]
