"""Hostile inputs that once stalled or crashed the build (issue 20): how long check and a strict
build take on each now, and the first line they print.

    .venv/bin/python scripts/bench_hostile.py

Each input goes into a copy of the tiny test site; the target is a file:line problem (or a safe
build) within 5 s, never a traceback.
"""

from __future__ import annotations

import copy
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from conftest import TINY, make_tiny_site, write_note  # noqa: E402

Before = Callable[[dict], None]  # a change to the tiny data before it is written
After = Callable[[Path], None]  # a file written into the project afterwards


def roles(n: int) -> Before:
    def change(data: dict) -> None:
        for i in range(n):
            data["roles"][f"role-{i}"] = copy.deepcopy(data["roles"]["modeler"]) | {"name": {"ko": f"역할 {i}", "en": f"Role {i}"}}
    return change


def file(path: str, text: str) -> After:
    def write(root: Path) -> None:
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    return write


def note_body(body: str) -> After:
    return lambda root: write_note(root, "hostile", {"title": "t", "author": "a", "date": "2026-01-31", "lang": "en", "about": ["modeler"]}, body)


def nothing(_: object) -> None:
    return None


INPUTS: dict[str, tuple[Before, After]] = {
    "note body: [](  x 8,000 (24 KB)": (nothing, note_body("[](" * 8000)),
    "note body: [](  x 6,000 (18 KB)": (nothing, note_body("[](" * 6000)),
    "terms.yml: 31,000 variants": (nothing, file("data/terms.yml", "en:\n" + "".join(f"  - {{preferred: t{i}, variants: [v{i}]}}\n" for i in range(31000)))),
    "search/synonyms.yml: an alias bomb": (nothing, file("search/synonyms.yml", "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n" for p, c in zip("abcdefgh", "bcdefghi")))),
    "search/synonyms.yml: malformed": (nothing, file("search/synonyms.yml", "en:\n  synonyms: [\n")),
    "year: 0x and 3,600 f": (lambda d: d["roles"]["plumber"]["references"][0].update(year="0x" + "f" * 3600), nothing),
    "an alias of 500 characters": (lambda d: d["roles"]["plumber"]["aliases"]["en"].append("x" * 500), nothing),
    "a role id of 250 characters": (lambda d: d["roles"].update({"r" * 250: d["roles"]["modeler"] | {"name": {"ko": "긴", "en": "Long"}}}), nothing),
    "100 small role files": (roles(100), nothing),
}


def run(root: Path, *args: str) -> tuple[float, int, str]:
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", *args], cwd=root, capture_output=True, text=True, timeout=600,
                            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "NO_MKDOCS_2_WARNING": "1"})
    lines = [line.strip() for line in (result.stderr + result.stdout).splitlines()
             if line.strip() and not line.lstrip().startswith(("INFO", "│", "To disable")) and "problem" not in line[:12]]
    first = next((line for line in lines if line.startswith("data/") or "Traceback" in line or line.startswith("search/")), lines[0] if lines else "")
    return time.monotonic() - started, result.returncode, first


def main() -> None:
    print(f"{'input':40} {'check s':>8} {'build s':>8}  first line")
    for name, (before, after) in INPUTS.items():
        with tempfile.TemporaryDirectory() as tmp:
            data = copy.deepcopy(TINY)
            before(data)
            root = make_tiny_site(Path(tmp), data)
            after(root)
            check_s, _, first = run(root, "career_atlas", "check")
            build_s, code, build_first = run(root, "mkdocs", "build", "--strict")
            pages = len(list((root / "site" / "en").rglob("index.html"))) if code == 0 else 0
            shown = (first or build_first)[:110] if code else f"built ({pages} pages in English)"
            print(f"{name:40} {check_s:>8.1f} {build_s:>8.1f}  {shown}")


if __name__ == "__main__":
    main()
