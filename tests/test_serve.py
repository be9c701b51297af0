"""`mkdocs serve` keeps running on bad data, shows the error, and recovers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from staticserver import stop_serve


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.3)
    return False


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=3) as r:
            return r.read().decode("utf-8") if r.status == 200 else None
    except OSError:
        return None


@pytest.mark.slow  # several rebuilds of a running server, each waited for: the full tier runs it
def test_serve_survives_bad_data_and_recovers(tiny_site: Path) -> None:
    port = free_port()
    log = tiny_site / "serve.log"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=tiny_site, stdout=out, stderr=subprocess.STDOUT, env=env,
        )
    try:
        base = f"http://127.0.0.1:{port}/ai-career-atlas/"
        assert wait_for(lambda: fetch(base + "en/roles/modeler/") is not None), log.read_text()
        path = tiny_site / "data/roles/modeler.yml"
        good = path.read_text(encoding="utf-8")
        path.write_text(good.replace("Modeler", "Model trainer") + "colour: red\n", encoding="utf-8")
        problem = f"data/roles/modeler.yml:{len(good.splitlines()) + 1}: colour: is not a known key"
        assert wait_for(lambda: problem in log.read_text()), log.read_text()
        assert "ERROR" in next(line for line in log.read_text().splitlines() if problem in line)
        # The server still answers at once, with the last good site.
        for page in ("en/roles/modeler/", "ko/roles/modeler/", "en/roles/plumber/"):
            started = time.monotonic()
            html = fetch(base + page)
            assert html is not None and time.monotonic() - started < 5, page
        assert "Modeler" in (fetch(base + "en/roles/modeler/") or "")
        assert proc.poll() is None  # still running
        path.write_text(good.replace("Modeler", "Model trainer"), encoding="utf-8")
        assert wait_for(lambda: "Model trainer" in (fetch(base + "en/roles/modeler/") or "")), log.read_text()
        assert "Traceback" not in log.read_text()
        assert "appear stuck" not in log.read_text()
    finally:
        stop_serve(proc)


def test_serve_with_broken_data_fails_clearly_at_startup(tiny_site: Path) -> None:
    (tiny_site / "data/roles/modeler.yml").write_text("name: [\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "-a", f"127.0.0.1:{free_port()}"],
        cwd=tiny_site, capture_output=True, text=True, timeout=60, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
    )
    assert result.returncode == 1
    assert "data/roles/modeler.yml:2: is not valid YAML" in result.stderr
    assert "Traceback" not in result.stderr


def start_serving(site: Path) -> tuple[subprocess.Popen[bytes], str, Path]:
    port = free_port()
    log = site / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=site, stdout=out, stderr=subprocess.STDOUT, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        )
    base = f"http://127.0.0.1:{port}/ai-career-atlas/"
    assert wait_for(lambda: fetch(base + "en/roles/modeler/") is not None), log.read_text()
    return proc, base, log


def answers_at_once(base: str, pages: tuple[str, ...]) -> bool:
    for page in pages:
        started = time.monotonic()
        if fetch(base + page) is None or time.monotonic() - started > 5:
            return False
    return True


@pytest.mark.slow  # several rebuilds of a running server, each waited for: the full tier runs it
def test_a_rebuild_that_raises_keeps_serving_the_last_good_site(tiny_site: Path) -> None:
    proc, base, log = start_serving(tiny_site)
    try:
        page = tiny_site / "docs/en/about.md"
        good = page.read_text(encoding="utf-8")
        # A snippet that does not exist: pymdownx raises inside MkDocs's own page rendering.
        page.write_text(good + '\n--8<-- "no-such-file.md"\n', encoding="utf-8")
        assert wait_for(lambda: "the site was not rebuilt" in log.read_text()), log.read_text()
        assert answers_at_once(base, ("en/roles/modeler/", "ko/", "en/about/"))
        assert proc.poll() is None
        page.write_text(good.replace("About", "About us"), encoding="utf-8")
        assert wait_for(lambda: "About us" in (fetch(base + "en/about/") or "")), log.read_text()
        assert "appear stuck" not in log.read_text()
    finally:
        stop_serve(proc)


@pytest.mark.slow  # several rebuilds of a running server, each waited for: the full tier runs it
def test_the_data_folder_is_watched_after_it_moves_away_and_back(tiny_site: Path) -> None:
    proc, base, log = start_serving(tiny_site)
    try:
        data, away = tiny_site / "data", tiny_site / "data-away"
        data.rename(away)
        time.sleep(2)  # the watcher of data/ sees it go, and stops
        assert answers_at_once(base, ("en/roles/modeler/",))  # the last good site, meanwhile
        away.rename(data)
        role = data / "roles/modeler.yml"
        role.write_text(role.read_text(encoding="utf-8").replace("Modeler", "Model trainer"), encoding="utf-8")
        assert wait_for(lambda: "Model trainer" in (fetch(base + "en/roles/modeler/") or "")), log.read_text()
        assert "Traceback" not in log.read_text()
    finally:
        stop_serve(proc)


@pytest.mark.slow  # a rebuild of a running server, waited for: the full tier runs it
def test_the_search_synonyms_are_watched(tiny_site: Path) -> None:
    """search/synonyms.yml is read into each language's search terms: a change to it rebuilds."""
    synonyms = tiny_site / "search/synonyms.yml"
    synonyms.parent.mkdir()
    synonyms.write_text("ko: {}\nen: {}\n", encoding="utf-8")
    proc, base, log = start_serving(tiny_site)
    try:
        synonyms.write_text("ko: {}\nen:\n  synonyms: [\n", encoding="utf-8")
        assert wait_for(lambda: "search/synonyms.yml" in log.read_text()), log.read_text()
        assert answers_at_once(base, ("en/roles/modeler/",))  # the last good site, meanwhile
    finally:
        stop_serve(proc)


@pytest.mark.slow  # a rebuild of a running server, waited for: the full tier runs it
def test_pages_are_answered_at_once_while_a_rebuild_runs(tiny_site: Path) -> None:
    """MkDocs would hold a request until the rebuild ends; the last good site answers at once."""
    proc, base, log = start_serving(tiny_site)
    try:
        # Valid notes, each well within the Markdown budget, that together take seconds to render.
        body = "".join(f"A note with [a link](https://example.org/{j}) in it.\n\n" for j in range(300))
        note = "---\ntitle: Long\nauthor: A\ndate: 2026-12-07\nlang: en\nabout: [plumber]\n---\n" + body
        (tiny_site / "data/notes").mkdir(exist_ok=True)
        for i in range(30):
            suffix = f"-{i + 1}" if i else ""
            (tiny_site / f"data/notes/plumber-2026-12-07-en{suffix}.md").write_text(note, encoding="utf-8")
        assert wait_for(lambda: "Detected file changes" in log.read_text()), log.read_text()
        started = time.monotonic()
        assert fetch(base + "en/roles/modeler/") is not None
        answered = time.monotonic() - started
        assert wait_for(lambda: "Reloading browsers" in log.read_text(), timeout=120), log.read_text()
        rebuilt = time.monotonic() - started
        assert answered < 1.5 < rebuilt, (answered, rebuilt)
    finally:
        stop_serve(proc)
