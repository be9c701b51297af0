"""Run `python -m <module> <args>` for a test: the same command line, folder and environment,
but forked from a process that has already imported MkDocs, Material and the atlas.

The fast tier starts about fifty such commands (tiny builds, `check`, `export`); each spent half
a second importing before it did anything. A child forked from a warm, single-threaded server
(multiprocessing's forkserver, one per test process) still runs each command in a process of its
own, with its own exit code, stdout, stderr and time limit, so a test sees what the command line
gives, and a command that crashes or hangs fails only its test.

A command run with another environment than the tests' own runs as a plain subprocess: settings
read when a module is imported (ATLAS_DATA_SCALE, say) must see that environment.
"""

from __future__ import annotations

import multiprocessing
import os
import runpy
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

_FORKS = multiprocessing.get_context("forkserver")
_FORKS.set_forkserver_preload([
    "click", "mkdocs.config", "mkdocs.commands.build", "mkdocs.commands.gh_deploy",
    "material.plugins.search.plugin", "career_atlas.plugin", "career_atlas.site.export",
])


_SERVER_ENVIRONMENT: dict[str, dict[str, str]] = {}
"""The environment the forkserver (and every child forked from it) has: the tests' process's at the first command."""


def _child(module: str, args: list[str], cwd: str, out: str, err: str) -> None:
    os.chdir(cwd)
    for fd, path in ((1, out), (2, err)):
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(handle, fd)
        os.close(handle)
    sys.argv = [module, *args]
    sys.path.insert(0, cwd)  # as `python -m` puts the working folder first
    runpy.run_module(module, run_name="__main__", alter_sys=True)


def python_m(module: str, *args: str, cwd: Path, env: Mapping[str, str] | None = None,
             timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """What ``subprocess.run([python, "-m", module, *args], cwd=cwd, env=env, capture_output=True,
    text=True, timeout=timeout)`` gives."""
    command = [sys.executable, "-m", module, *args]
    environment = dict(os.environ if env is None else env)
    _SERVER_ENVIRONMENT.setdefault("", dict(os.environ))  # the forkserver starts (at the first command) with the tests' own
    if environment != _SERVER_ENVIRONMENT[""]:
        return subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=timeout, check=False)
    with tempfile.TemporaryDirectory(prefix="atlas-cli-") as folder:
        out, err = os.path.join(folder, "stdout"), os.path.join(folder, "stderr")
        child = _FORKS.Process(target=_child, args=(module, list(args), str(cwd), out, err))
        child.start()
        child.join(timeout)
        if child.is_alive():
            child.kill()
            child.join()
            raise subprocess.TimeoutExpired(command, timeout)
        text = {path: Path(path).read_text(encoding="utf-8", errors="replace") if os.path.exists(path) else ""
                for path in (out, err)}
        return subprocess.CompletedProcess(command, child.exitcode or 0, text[out], text[err])
