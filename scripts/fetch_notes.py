"""Fetch the public notes the lecture passages cite, so `check` verifies their quotes:
python scripts/fetch_notes.py [DIR]   (default: $ATLAS_NOTES_DIR)

Each data/sources/<id>.yml with a `url:` of a file pinned to a commit on GitHub
(https://github.com/<owner>/<repo>/blob/<40 hex>/<path>) is downloaded from that commit into
DIR/<its file:>, the layout `check` reads with ATLAS_NOTES_DIR=DIR. Notes without a public
address (the attendees' own) are not fetched; `check` says so and skips their quotes.
Needs nothing but Python, so CI can run it before anything is installed.
"""

from __future__ import annotations

import os
import re
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PINNED = re.compile(r"^https://github\.com/([\w.-]+)/([\w.-]+)/blob/([0-9a-f]{40})/([\w./-]+)$")
FILE = re.compile(r"^[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*$")  # as the model's SourceNote.file


def raw_url(url: str) -> str | None:
    """The file's raw address at its pinned commit, or None for an address that is not one."""
    m = PINNED.match(url)
    return f"https://raw.githubusercontent.com/{m[1]}/{m[2]}/{m[3]}/{m[4]}" if m else None


def public_notes(data_dir: Path) -> list[tuple[str, str]]:
    """(raw address, file) of every source with a pinned public address. The keys are read as the
    plain top-level lines they are (`url: ...`, `file: ...`), so no YAML library is needed."""
    found = []
    for path in sorted((data_dir / "sources").glob("*.yml")):
        keys = dict(re.findall(r"^(url|file):\s*(\S+)\s*$", path.read_text(encoding="utf-8"), re.MULTILINE))
        raw = raw_url(keys.get("url", ""))
        if raw and FILE.match(keys.get("file", "")) and ".." not in keys["file"].split("/"):
            found.append((raw, keys["file"]))
    return found


def fetch(url: str, tries: int = 3) -> bytes:
    for attempt in range(tries):
        try:
            with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - a fixed https host
                return bytes(response.read())
        except OSError:
            if attempt == tries - 1:
                raise
            time.sleep(2 * (attempt + 1))
    raise AssertionError("unreachable")


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else Path(os.environ.get("ATLAS_NOTES_DIR", ""))
    if not str(target) or str(target) == ".":
        print(__doc__, file=sys.stderr)
        return 2
    notes = public_notes(ROOT / "data")
    for url, file in notes:
        path = target / file
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            path.write_bytes(fetch(url))
        except OSError as e:
            print(f"error: could not fetch {url}: {e}", file=sys.stderr)
            return 1
    print(f"fetched {len(notes)} public notes into {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
