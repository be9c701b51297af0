"""Command line: ``python -m career_atlas check [DATA_DIR]`` and ``python -m career_atlas schema``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .core.check import check_data, configured_languages
from .core.errors import AtlasError, Problem, github_annotation, github_summary


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
            error = AtlasError(problems)
            print(error.report(), file=sys.stderr)
            if os.environ.get("GITHUB_ACTIONS") == "true":
                _report_to_github(error.problems, args.data_dir)
            return 1
        assert graph is not None
        counts = {}
        for rec in graph.records.values():
            counts[rec.type] = counts.get(rec.type, 0) + 1
        summary = ", ".join(f"{n} {t}" for t, n in sorted(counts.items()))
        print(f"ok: {len(graph.records)} entries ({summary}), {len(graph.edges)} links")
    return 0


def _report_to_github(problems: list[Problem], data_dir: Path) -> None:
    """Annotate each problem on its file's line, and add a table to the job summary."""
    files = [_from_root(p.file, data_dir) for p in problems]
    for problem, file in zip(problems, files):
        print(github_annotation(problem, file))
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as f:
            f.write(github_summary(problems, files))


def _from_root(shown: str, data_dir: Path) -> str:
    """A problem's path (shown relative to the data folder's parent) from the current
    folder, the repository root in CI."""
    path = Path(shown)
    if shown != str(data_dir) and not path.is_absolute():
        path = data_dir.parent / path
    return Path(os.path.relpath(path)).as_posix()


if __name__ == "__main__":
    sys.exit(main())
