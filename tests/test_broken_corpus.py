"""The corpus of broken inputs in tests/broken/: each must fail the check with its
exact message, never a traceback; a few representative ones also fail the strict build.

Each case folder holds files laid over the tiny site (same relative paths) and
``expected.txt``: the problems, one per line, as the check prints them. An empty
``expected.txt`` marks input that must pass (a note with a byte order mark, editor
backups that are ignored).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import run_mkdocs

from career_atlas.core.check import check

CORPUS = Path(__file__).parent / "broken"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())


def overlay(project: Path, case: str) -> list[str]:
    src = CORPUS / case
    for path in src.rglob("*"):
        if path.is_file() and path.name != "expected.txt":
            target = project / path.relative_to(src)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
    return (src / "expected.txt").read_text(encoding="utf-8").strip().split("\n")


@pytest.mark.parametrize("case", CASES)
def test_check_reports_the_exact_problem(tiny_site: Path, case: str) -> None:
    expected = overlay(tiny_site, case)
    _, problems = check(tiny_site / "data")
    assert "\n".join(str(p) for p in problems).split("\n") == expected


# A full MkDocs build per case is slow, and the check above already pins every message;
# the build only has to show that each layer's problems stop it cleanly.
BUILD_CASES = ["yaml-syntax", "unknown-key", "dangling-reference"]  # YAML, model, graph


@pytest.mark.parametrize("case", BUILD_CASES)
def test_strict_build_fails_cleanly(tiny_site: Path, case: str) -> None:
    expected = overlay(tiny_site, case)
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode == 1
    for line in expected:
        assert line in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tiny_site / "site").exists() and not (tiny_site / "site.partial").exists()


def test_corpus_covers_every_kind() -> None:
    assert len(CASES) >= 29
    assert set(BUILD_CASES) <= set(CASES)
    assert sum(not (CORPUS / c / "expected.txt").read_text(encoding="utf-8").strip() for c in CASES) == 2  # the passing ones
