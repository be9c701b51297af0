"""When each file last changed, from git: the date a page shows as "last updated"."""

from __future__ import annotations

import subprocess
from pathlib import Path


def last_changed(repo: Path) -> dict[str, str]:
    """Repository path -> date (YYYY-MM-DD) of the newest commit that touched it.

    One ``git log`` for the whole history; empty outside a git work tree or
    without git, so a build from an archive simply shows no dates."""
    try:
        result = subprocess.run(
            # data/, docs/ and the root's Markdown files, which docs pages may include (CONTRIBUTING.md)
            ["git", "log", "--format=%x00%cs", "--name-only", "--no-renames", "--", "data", "docs", ":(glob)*.md"],
            cwd=repo, capture_output=True, text=True, timeout=60, check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return {}
    if result.returncode != 0:
        return {}
    dates: dict[str, str] = {}
    date = ""
    for line in result.stdout.splitlines():
        if line.startswith("\x00"):
            date = line[1:]
        elif line and date:
            dates.setdefault(line, date)  # newest first: keep the first date seen
    return dates
