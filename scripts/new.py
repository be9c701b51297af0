"""Create a new data file to fill in:  python scripts/new.py TYPE ID

TYPE is role, stage, ethics, lecture, skill, tool, term or guide; ID is the file name,
e.g. ``python scripts/new.py role data-scientist`` writes data/roles/data-scientist.yml.
"""

from __future__ import annotations

import sys
from pathlib import Path

from career_atlas.core.scaffold import create


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        path = create(Path(__file__).resolve().parent.parent, argv[0], argv[1])
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(f"wrote {path}; fill it in, then run: .venv/bin/python -m career_atlas check")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
