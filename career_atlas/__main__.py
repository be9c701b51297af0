"""Command line: ``python -m career_atlas check [DATA_DIR]``, ``python -m career_atlas schema``
and ``python -m career_atlas slim SITE_DIR`` (what the plugin runs for each built language)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .check import check
from .errors import AtlasError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m career_atlas", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p_check = sub.add_parser("check", help="validate every data file without building the site")
    p_check.add_argument("data_dir", nargs="?", default="data", type=Path)
    sub.add_parser("schema", help="write the JSON Schemas of the data files into docs/schema/")
    p_slim = sub.add_parser("slim", help="compact the pages of a built language folder and prune its stylesheet")
    p_slim.add_argument("site_dir", type=Path)
    args = parser.parse_args(argv)
    if args.command == "slim":
        import dataclasses
        import json

        from .slim import slim_site

        if not args.site_dir.is_dir():
            print(f"{args.site_dir}: no such folder", file=sys.stderr)
            return 2
        try:
            report = slim_site(args.site_dir)
        except Exception as e:  # noqa: BLE001 - the plugin shows this line, never a traceback
            print(f"{args.site_dir}: {type(e).__name__}: {e}", file=sys.stderr)
            return 1
        print(json.dumps(dataclasses.asdict(report)))
        return 0
    if args.command == "schema":
        from .schema import write_schemas

        for path in write_schemas(Path.cwd()):
            print(path)
        return 0
    if args.command == "check":
        graph, problems = check(args.data_dir)
        if problems:
            print(AtlasError(problems).report(), file=sys.stderr)
            return 1
        assert graph is not None
        counts = {}
        for rec in graph.records.values():
            counts[rec.type] = counts.get(rec.type, 0) + 1
        summary = ", ".join(f"{n} {t}" for t, n in sorted(counts.items()))
        print(f"ok: {len(graph.records)} entries ({summary}), {len(graph.edges)} links")
    return 0


if __name__ == "__main__":
    sys.exit(main())
