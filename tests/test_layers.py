"""The layers' import direction, checked by import-linter (contracts in pyproject.toml)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO

CONTRACTS = {"plugin -> site -> render -> core", "only the plugin imports MkDocs and Material", "no import cycle, in any package",
             "core in layers", "render in layers"}


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is missing: scripts/test installs the test extra"
    return subprocess.run([exe], cwd=cwd, capture_output=True, text=True, timeout=120)


def broken_by(tmp_path: Path, module: str, line: str) -> set[str]:
    """The contracts a copy of the package breaks when ``line`` is added to ``module``."""
    shutil.copytree(REPO / "career_atlas", tmp_path / "career_atlas")
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    path = tmp_path / "career_atlas" / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, '.'); from importlinter.cli import lint_imports_command; lint_imports_command()"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    verdicts = dict(re.findall(r"^(.+) (KEPT|BROKEN)$", result.stdout, re.MULTILINE))
    assert set(verdicts) == CONTRACTS, result.stdout + result.stderr
    assert result.returncode == (1 if "BROKEN" in verdicts.values() else 0)
    return {name for name, verdict in verdicts.items() if verdict == "BROKEN"}


def test_no_layer_imports_upward_and_only_the_plugin_imports_mkdocs() -> None:
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(CONTRACTS)} kept, 0 broken" in result.stdout


def test_the_check_catches_an_upward_import(tmp_path: Path) -> None:
    """The contracts can fail: a copy of the package whose core imports render breaks them."""
    assert broken_by(tmp_path, "core/graph.py", "from ..render import labels\nimport mkdocs") == {
        "plugin -> site -> render -> core", "only the plugin imports MkDocs and Material", "no import cycle, in any package"}


def test_the_check_catches_an_import_up_the_layers_of_core(tmp_path: Path) -> None:
    """A shared type that imports the graph (as the loader once did for a message) makes a cycle."""
    assert broken_by(tmp_path, "core/record.py", "from .graph import Graph") == {"core in layers", "no import cycle, in any package"}


def test_the_check_catches_one_page_importing_another(tmp_path: Path) -> None:
    """The pages of one layer are independent: what two of them share goes a layer down (readers.py)."""
    assert broken_by(tmp_path, "render/compare.py", "from . import selfcheck") == {"render in layers"}
