"""Fixtures that build tiny real sites in tmp_path."""

from __future__ import annotations

import contextlib
import copy
import fcntl
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from clirun import python_m
from staticserver import CHROMIUM, CHROMIUM_ARGS, serve

from career_atlas.core.check import check_data
from career_atlas.core.siteconfig import notes_folder

REPO = Path(__file__).resolve().parent.parent
# The tests' subprocesses (mkdocs, python -m career_atlas) import this checkout's package, as the
# tests do, not a copy the interpreter has installed elsewhere (another worktree's, say).
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
os.environ["NO_MKDOCS_2_WARNING"] = "1"  # Material's end-of-life banner
os.environ["NO_COLOR"] = "1"  # plain text from the commands the tests read
ARTIFACTS = REPO / "test-artifacts" / "screenshots"

T = lambda ko, en: {"ko": ko, "en": en}  # noqa: E731

NOTE_LINES = ["# 커리어 강의 노트", "강의 본문", "- 파이프라인", "- 버저닝", "- 모델 학습", "- 데이터 수집", "- 어노테이션", "- 편향"]
"""The tiny site's one note (notes/talk-notes.md): the quotes of its passages are on these lines."""


def P(ko: str, en: str, quote: str | None = None, lines: int | str | None = None, note: str = "talk-notes") -> dict[str, Any]:
    """A lecture passage with one anchor; the quote's line is found in NOTE_LINES when not given."""
    quote = quote or "강의 본문"
    if lines is None:
        lines = next(i for i, line in enumerate(NOTE_LINES, 1) if quote in line)
    return {"ko": ko, "en": en, "anchors": [{"note": note, "lines": lines, "quote": quote}]}

TINY: dict[str, dict[str, dict[str, Any]]] = {
    "lectures": {
        "talk": {
            "name": T("커리어 강의", "Career talk"),
            "speaker": T("박은정", "Lucy Park"),
            "affiliation": T("업스테이지", "Upstage"),
            "summary": T("커리어 강의 요약", "Career talk summary"),
            "body": [P("강의 본문", "Talk body")],
            "order": 1,
            "given": "2021-09",
        }
    },
    "roles": {
        "plumber": {
            "name": T("데이터 배관공", "Data plumber"),
            "aliases": {"ko": ["배관공", "MLOps"], "en": ["MLOps engineer"]},
            "summary": T("데이터 파이프라인을 만든다", "Builds data pipelines"),
            "body": [{"heading": T("업무", "Work")}, P("파이프라인을 관리합니다.", "Keeps pipelines running.", "파이프라인")],
            "sources": [{"lecture": "talk"}],
            "areas": ["data-engineering", "aiops"],
            "responsibilities": [P("버저닝", "Versioning", "버저닝")],
            "stages": ["collect#raw", "collect"],
            "related_roles": ["modeler"],
            "references": [{"title": "Hidden Technical Debt", "url": "https://example.org/paper", "year": 2015}],
        },
        "modeler": {
            "name": T("모델러", "Modeler"),
            "summary": T("모델을 학습한다", "Trains models"),
            "body": [P("모델을 학습합니다.", "Trains models.", "모델 학습")],
            "sources": [{"lecture": "talk"}],
            "areas": ["ai-engineering"],
            "responsibilities": [P("학습", "Training", "모델 학습")],
        },
    },
    "stages": {
        "collect": {
            "name": T("데이터 수집", "Data collection"),
            "summary": T("데이터를 모은다", "Collect data"),
            "body": [P("데이터를 모읍니다.", "We collect data.", "데이터 수집")],
            "sources": [{"lecture": "talk"}],
            "order": 1,
            "steps": [
                {"id": "raw", "name": T("원천 데이터 수집", "Raw data"), "summary": T("모은다", "Gather"), "ethics": ["bias"]},
                {"id": "label", "name": T("어노테이션", "Annotation"), "summary": T("정답을 단다", "Label")},
            ],
        }
    },
    "glossary": {
        "annotation": {
            "name": T("어노테이션", "Annotation"),
            "aliases": {"ko": ["레이블링"], "en": ["labeling"]},
            "questions": {"ko": ["데이터에 정답은 어떻게 다나요?"], "en": ["How are answers added to data?", "Who labels data?"]},
            "summary": T("데이터에 정답을 다는 일", "Adding the correct answers to data"),
            "body": [P("정답을 다는 일입니다. 어노테이션 도구를 씁니다.", "Labeling data. Annotation tools help.", "어노테이션")],
            "sources": [{"lecture": "talk"}],
        }
    },
    "ethics": {
        "bias": {
            "name": T("편향", "Bias"),
            "summary": T("데이터 편향", "Data bias"),
            "body": [P("편향을 다룹니다.", "About bias.", "편향")],
            "sources": [{"lecture": "talk"}],
            "group": "individual",
            "cases": [{"id": "compas", "name": T("COMPAS", "COMPAS"), "body": T("재범 예측", "Recidivism scores"), "year": 2016,
                       "references": [{"title": "Machine Bias", "url": "https://www.propublica.org/article/machine-bias-risk-assessments-in-criminal-sentencing", "year": 2016}]}],
            "roles": ["modeler"],
        }
    },
    "sources": {
        "talk-notes": {
            "name": T("수강생 노트", "A student's notes"),
            "title": "커리어 강의 노트",
            "description": T("커리어 강의를 정리한 노트", "Notes on the career talk"),
            "author": T("수강생", "a student"),
            "talks": ["talk"],
            "licence": "CC-BY-4.0",
            "url": "https://example.org/talk-notes.md",
            "file": "talk-notes.md",
            "order": 1,
        }
    },
}


def write_note(root: Path, slug: str, front: dict[str, Any], body: str) -> Path:
    path = root / "data" / "notes" / f"{slug}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    meta = yaml.safe_dump(front, allow_unicode=True, sort_keys=False)
    path.write_text(f"---\n{meta}---\n{body}", encoding="utf-8")
    return path


class _Dumper(yaml.SafeDumper):
    """Writes texts of several lines as literal blocks (``key: |``), as the real data files do."""


_Dumper.add_representer(str, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s, style="|" if "\n" in s else None))


def write_data(root: Path, data: dict[str, dict[str, dict[str, Any]]]) -> None:
    for folder, entries in data.items():
        (root / "data" / folder).mkdir(parents=True, exist_ok=True)
        for ident, content in entries.items():
            text = yaml.dump(content, Dumper=_Dumper, allow_unicode=True, sort_keys=False)
            (root / "data" / folder / f"{ident}.yml").write_text(text, encoding="utf-8")


@pytest.fixture
def tiny_data() -> dict[str, dict[str, dict[str, Any]]]:
    return copy.deepcopy(TINY)


def make_tiny_site(root: Path, data: dict[str, Any]) -> Path:
    """A project folder with the real mkdocs.yml (its notes in notes/), two docs pages, ``data``
    and the text of the one note its passages cite."""
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config.replace("  - atlas:\n", "  - atlas:\n      notes_dir: notes\n", 1), encoding="utf-8")
    (root / "notes").mkdir()
    (root / "notes" / "talk-notes.md").write_text("\n".join(NOTE_LINES) + "\n", encoding="utf-8")
    for lang, title in (("ko", "소개"), ("en", "About")):
        (root / "docs" / lang).mkdir(parents=True)
        (root / "docs" / lang / "about.md").write_text(f"# {title}\n\n## 한국어 제목\n", encoding="utf-8")
    write_data(root, data)
    return root


@pytest.fixture
def tiny_site(tmp_path: Path, tiny_data: dict[str, Any]) -> Path:
    return make_tiny_site(tmp_path, tiny_data)


@pytest.fixture(scope="session")
def tiny_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny site built once with --strict, for tests that only read it."""
    project = make_tiny_site(tmp_path_factory.mktemp("tiny"), copy.deepcopy(TINY))
    result = run_mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    return project / "site"


def run_mkdocs(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the real mkdocs CLI in ``project``."""
    return python_m("mkdocs", *args, cwd=project)


def line_of(path: Path, needle: str, after: str | None = None) -> int:
    """The 1-based line of the first line containing ``needle`` (after the line containing ``after``)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = 0
    if after is not None:
        start = next(i for i, line in enumerate(lines) if after in line)
    for i in range(start, len(lines)):
        if needle in lines[i]:
            return i + 1
    raise AssertionError(f"{needle!r} not in {path}")


@pytest.fixture(scope="session")
def real_data() -> Any:
    """The real data checked once (its quotes verified where the notes' texts are), for the tests
    that read the real graph: a CheckResult."""
    return check_data(REPO / "data", notes_dir=notes_folder(REPO))


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    with path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The real repository built once with --strict, shared by every test that reads it, and by the
    test processes of one run (pytest-xdist's workers): one build, not one per core."""
    shared = tmp_path_factory.getbasetemp() if worker_id == "master" else tmp_path_factory.getbasetemp().parent
    out, done = shared / "real" / "site", shared / "real" / "built"
    done.parent.mkdir(exist_ok=True)
    with _locked(shared / "real.lock"):
        if not done.exists():
            result = run_mkdocs(REPO, "build", "--strict", "--site-dir", str(out))
            assert result.returncode == 0, result.stderr[-4000:]
            assert "WARNING" not in result.stderr
            done.touch()
    return out


@pytest.fixture(scope="session")
def real_base(real_site: Path) -> Iterator[str]:
    """The real site served on 127.0.0.1 for the session, below its site_url's path as on GitHub Pages."""
    with serve(real_site, mount="/ai-career-atlas/") as url:
        yield url


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that drive Chromium are the slow tier: `scripts/test --fast` leaves them out. The tests
    of the real data run first: pytest-xdist hands each worker a run of consecutive tests, so one
    worker checks and builds the real site while the other runs the tiny sites' tests, instead of
    both waiting for that one build."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
    items.sort(key=lambda item: not {"real_site", "real_data"} & set(getattr(item, "fixturenames", ())))


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright."""
    api = pytest.importorskip("playwright.sync_api")
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: scripts/test installs it"
    with api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def axe_violations(page: Any) -> list[str]:
    """axe-core's violations on the page as it is now, one line each (id, help, how many nodes)."""
    # Here, not at the top: the fast tier installs no browser tooling, and only browser tests call this.
    from axe_playwright_python.sync_playwright import Axe  # noqa: PLC0415

    result = Axe().run(page)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in result.response["violations"]]
