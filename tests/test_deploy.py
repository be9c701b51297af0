"""Where the site lands: `mkdocs gh-deploy` and `mkdocs build -d` get every language."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import run_mkdocs

EVERY_LANGUAGE = ("ko/index.html", "en/index.html", "ko/roles/plumber/index.html", "en/roles/plumber/index.html", "api/kb.json")


def git(cwd: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=True)
    return result.stdout


def test_gh_deploy_pushes_every_language(tiny_site: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    remote = tmp_path_factory.mktemp("remote") / "atlas.git"
    git(remote.parent, "init", "--bare", "-q", str(remote))
    git(tiny_site, "init", "-q", "-b", "main")
    git(tiny_site, "config", "user.name", "Atlas Test")
    git(tiny_site, "config", "user.email", "atlas@example.org")
    git(tiny_site, "remote", "add", "origin", str(remote))
    git(tiny_site, "add", ".")
    git(tiny_site, "commit", "-q", "-m", "tiny site")
    result = run_mkdocs(tiny_site, "gh-deploy", "--force", "--remote-name", "origin")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    deployed = set(git(remote, "ls-tree", "-r", "--name-only", "gh-pages").splitlines())
    assert set(EVERY_LANGUAGE) <= deployed
    assert not any(name.startswith(("site/", "site.partial/", "data/", "docs/")) for name in deployed)


def test_build_into_another_folder(tiny_site: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    out = tmp_path_factory.mktemp("out") / "public"
    result = run_mkdocs(tiny_site, "build", "--strict", "-d", str(out))
    assert result.returncode == 0, result.stderr
    for name in EVERY_LANGUAGE:
        assert (out / name).is_file(), name
    assert not (tiny_site / "site").exists()
    assert not Path(f"{out}.partial").exists()
    for line in ("Documentation built in", "Cleaning site directory", "built 2 languages"):
        assert result.stderr.count(line) == 1, (line, result.stderr)


def test_every_language_gets_the_commands_options(tiny_site: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    out = tmp_path_factory.mktemp("out") / "public"
    result = run_mkdocs(tiny_site, "build", "--strict", "--no-directory-urls", "-d", str(out))
    assert result.returncode == 0, result.stderr
    for lang in ("ko", "en"):
        assert (out / lang / "roles/plumber.html").is_file(), lang
        assert not (out / lang / "roles/plumber").exists(), lang


def test_failed_build_keeps_the_previous_site(tiny_site: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    out = tmp_path_factory.mktemp("out") / "public"
    assert run_mkdocs(tiny_site, "build", "--strict", "-d", str(out)).returncode == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (tiny_site / "docs/en/about.md").write_text("# About\n\n[broken](missing.md)\n", encoding="utf-8")
    result = run_mkdocs(tiny_site, "build", "--strict", "-d", str(out))
    assert result.returncode == 1
    assert "missing.md" in result.stderr and "Traceback" not in result.stderr
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert not Path(f"{out}.partial").exists()


def test_languages_are_declared_in_mkdocs_yml(tiny_site: Path) -> None:
    config = tiny_site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("languages: [ko, en]", "languages: [en]"), encoding="utf-8")
    result = run_mkdocs(tiny_site, "build", "--strict")
    assert result.returncode == 0, result.stderr
    site = tiny_site / "site"
    assert (site / "en/roles/plumber/index.html").is_file()
    assert not (site / "ko").exists()
    assert 'lang="en"' in (site / "en/roles/plumber/index.html").read_text(encoding="utf-8")


def test_unknown_language_is_a_clear_config_error(tiny_site: Path) -> None:
    config = tiny_site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("languages: [ko, en]", "languages: [ko, fr]"), encoding="utf-8")
    result = run_mkdocs(tiny_site, "build")
    assert result.returncode == 1
    assert "no labels for fr: add career_atlas/render/labels/fr.yml" in result.stderr
    assert "Traceback" not in result.stderr
