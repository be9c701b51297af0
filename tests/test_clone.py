"""A pull request that only adds a role passes CI without any generated file in it: a clone of
the repository gets a new role from the scaffold, filled in, committed alone; then the CI
commands run in it (check, the strict build, the fast tests about generated files) and leave
nothing to commit. (A clone of the committed HEAD: what a contributor gets.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import REPO

from career_atlas.core.check import notes_folder

pytestmark = pytest.mark.slow  # a real strict build, in a clone


def own_words(data: object, n: list[int], language: bool = False) -> object:
    """The scaffold's texts replaced by a contributor's, its empty lists filled or left out."""
    if isinstance(data, dict):
        if "anchors" in data:  # the careers talk's answer on degrees, in jinmang2's notes
            data = {**data, "anchors": [{"note": "jinmang2-careers", "lines": 131, "quote": "갈 수는 있다"}]}
        filled = {"sources": [{"lecture": "careers-in-ai"}], "stages": ["data-collection"],
                  "questions": {"ko": ["데이터 과학자는 모델러와 무엇이 다른가요?"], "en": ["How does a data scientist differ from a modeler?"]}}
        return {k: filled.get(k, own_words(v, n, k in ("ko", "en"))) for k, v in data.items() if v != [] or k in filled}
    if isinstance(data, list):
        return [own_words(v, n, language) for v in data]
    if isinstance(data, str) and language:
        n[0] += 1
        return f"데이터 과학자 {n[0]}" if n[0] == 1 else f"Data scientist text {n[0]}"
    return data


def test_a_clone_that_only_adds_a_role_passes_the_ci_commands(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True, timeout=120)
    env = dict(os.environ, PYTHONPATH=str(clone), NO_MKDOCS_2_WARNING="1", ATLAS_NOTES_DIR=str(notes_folder(REPO)),
               GIT_AUTHOR_NAME="A Contributor", GIT_AUTHOR_EMAIL="a@example.org",
               GIT_COMMITTER_NAME="A Contributor", GIT_COMMITTER_EMAIL="a@example.org")
    env.pop("GITHUB_ACTIONS", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(args), cwd=clone, env=env, capture_output=True, text=True, timeout=600, check=False)

    made = run(sys.executable, "scripts/new.py", "role", "data-scientist")
    assert made.returncode == 0, made.stderr
    role = clone / "data/roles/data-scientist.yml"
    first = role.read_text(encoding="utf-8").splitlines()[0]
    filled = own_words(yaml.safe_load(role.read_text(encoding="utf-8")), [0])
    filled["name"] = {"ko": "데이터 과학자", "en": "Data scientist"}  # type: ignore[index]
    role.write_text(first + "\n" + yaml.safe_dump(filled, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert run("git", "add", "data/roles/data-scientist.yml").returncode == 0
    assert run("git", "commit", "--quiet", "-m", "Add the data scientist").returncode == 0
    changed = run("git", "show", "--name-only", "--format=", "HEAD").stdout.split()
    assert changed == ["data/roles/data-scientist.yml"]  # the pull request: one file, nothing generated

    check = run(sys.executable, "-m", "career_atlas", "check")
    assert check.returncode == 0, check.stderr
    build = run(sys.executable, "-m", "mkdocs", "build", "--strict")
    assert build.returncode == 0, build.stderr[-3000:]
    schema = yaml.safe_load((clone / "site/schema/role.schema.json").read_text(encoding="utf-8"))
    assert "data-scientist" in schema["properties"]["related_roles"]["items"]["enum"]  # the new id, published
    tests = run(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "not browser and not slow",
                "tests/test_schema.py", "tests/test_scaffold.py", "tests/test_contrib.py", "-k", "schema or editor or scaffold or new_file")
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert run("git", "status", "--porcelain").stdout == ""  # nothing left to regenerate and commit
