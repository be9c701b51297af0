"""Command line: ``python -m career_atlas check [DATA_DIR]`` and ``python -m career_atlas schema``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .core.check import check_data, configured_languages
from .core.errors import AtlasError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m career_atlas", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p_check = sub.add_parser("check", help="validate every data file without building the site")
    p_check.add_argument("data_dir", nargs="?", default="data", type=Path)
    sub.add_parser("schema", help="write the JSON Schemas of the data files into docs/schema/")
    args = parser.parse_args(argv)
    languages = configured_languages(Path("mkdocs.yml"))
    if args.command == "schema":
        from .core.schema import write_schemas

        for path in write_schemas(Path.cwd(), languages):
            print(path)
        return 0
    if args.command == "check":
        from .render import labels

        result = check_data(args.data_dir, languages, tuple(labels.languages()))
        graph, problems = result.graph, result.problems
        for path in result.ignored:
            print(f"ignored {path} (editor backup or hidden file)", file=sys.stderr)
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
