"""Create a new data file to fill in:  python scripts/new.py TYPE ID

TYPE is role, stage, ethics, lecture, skill, tool, term or guide; ID is the file name,
e.g. ``python scripts/new.py role data-scientist`` writes data/roles/data-scientist.yml.

A note:  python scripts/new.py note ABOUT [LANG]
ABOUT is the id of the entry the note is about, or stage#step; LANG is ko or en (the site's
first language if not given), e.g. ``python scripts/new.py note data-engineer en`` writes
data/notes/data-engineer-<today>-en.md (-en-2.md if that name is taken).
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

from career_atlas.core.scaffold import create, create_note
from career_atlas.core.siteconfig import configured_languages

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    if not (len(argv) == 2 or argv[:1] == ["note"] and len(argv) == 3):
        print(__doc__, file=sys.stderr)
        return 2
    try:
        if argv[0] == "note":
            lang = argv[2] if len(argv) == 3 else configured_languages(ROOT / "mkdocs.yml")[0]
            if lang not in ("ko", "en"):
                raise ValueError(f"{lang!r} is not a language a note can be written in; expected ko or en")
            path = create_note(ROOT, argv[1], lang, datetime.date.today().isoformat())
        else:
            path = create(ROOT, argv[0], argv[1])
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(f"wrote {path}; fill it in, then run: .venv/bin/python -m career_atlas check")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
