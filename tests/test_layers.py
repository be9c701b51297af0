"""The layers' import direction, checked by import-linter (contracts in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is missing: scripts/test installs the test extra"
    return subprocess.run([exe], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_no_layer_imports_upward_and_only_the_plugin_imports_mkdocs() -> None:
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_the_check_catches_an_upward_import(tmp_path: Path) -> None:
    """The contracts can fail: a copy of the package whose core imports render breaks them."""
    shutil.copytree(REPO / "career_atlas", tmp_path / "career_atlas")
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    graph = tmp_path / "career_atlas/core/graph.py"
    graph.write_text(graph.read_text(encoding="utf-8") + "\nfrom ..render import labels  # noqa\nimport mkdocs  # noqa\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, '.'); from importlinter.cli import lint_imports_command; lint_imports_command()"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "0 kept, 2 broken" in result.stdout
