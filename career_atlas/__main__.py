"""Command line: ``python -m career_atlas check [DATA_DIR]``, ``python -m career_atlas schema``
and ``python -m career_atlas export DIR``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .core.check import check_data
from .core.errors import AtlasError, Problem, github_annotation, github_summary
from .core.passages import REQUIRE_ANCHORS, QuoteReport
from .core.schema import SCHEMA_DIR, stale, write_schemas
from .core.siteconfig import atlas_options, configured_languages, notes_folder, read_mkdocs_yml, site_url
from .render import labels
from .site.export import ExportError, build_export, write_export

CONFIG = Path("mkdocs.yml")
"""The commands run in the folder of mkdocs.yml, as MkDocs does."""
DATA_DIR = Path("data")
"""The data folder when none is given; ``schema`` always reads it (the clone's own ``.schema/``)."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m career_atlas", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p_check = sub.add_parser("check", help="validate every data file without building the site")
    p_check.add_argument("data_dir", nargs="?", default=DATA_DIR, type=Path)
    p_check.add_argument("--notes", type=Path, default=None,
                         help="the folder of the notes' texts, to verify the quotes (default: the atlas plugin's "
                              "notes_dir in mkdocs.yml, else $ATLAS_NOTES_DIR, else ../shared)")
    p_check.add_argument("--require-anchors", action="store_true", help="a lecture passage without an anchor is an error")
    sub.add_parser("schema", help="write the JSON Schemas of this clone's data files into .schema/ (the build publishes "
                                  "them with the site; nothing generated is committed)")
    p_export = sub.add_parser(
        "export", help="write each language as a plain Markdown project (DIR/<lang>/mkdocs.yml, DIR/<lang>/docs/)"
    )
    p_export.add_argument("dir", type=Path, help="the folder to write; missing or empty unless --force")
    p_export.add_argument("--data-dir", default=DATA_DIR, type=Path, help="the data folder (default: data)")
    p_export.add_argument("--force", action="store_true", help="replace DIR even if it is not empty")
    args = parser.parse_args(argv)
    languages = configured_languages(CONFIG)
    if args.command == "schema":
        for path in write_schemas(DATA_DIR, SCHEMA_DIR, languages, site_url(CONFIG)):
            print(path)
        return 0
    known = _labelled(languages)
    if known is None:
        return 1
    if args.command == "export":
        return export(args.dir, args.data_dir, languages, known, force=args.force)
    if args.command == "check":
        notes = args.notes or notes_folder(Path.cwd(), atlas_options(CONFIG).get("notes_dir"))
        result = check_data(args.data_dir, languages, known, notes, require_anchors=args.require_anchors or REQUIRE_ANCHORS)
        graph, problems = result.graph, result.problems
        if result.quotes is not None:
            _report_missing_notes(result.quotes, notes)
        for ignored in result.ignored:
            print(f"ignored {ignored} (editor backup or hidden file)", file=sys.stderr)
        _report_stale(languages)
        if problems:
            error = AtlasError(problems)
            print(error.report(), file=sys.stderr)
            if os.environ.get("GITHUB_ACTIONS") == "true":
                _report_to_github(error.problems, args.data_dir)
            return 1
        assert graph is not None
        counts: dict[str, int] = {}
        for rec in graph.records.values():
            counts[rec.type] = counts.get(rec.type, 0) + 1
        summary = ", ".join(f"{n} {t}" for t, n in sorted(counts.items()))
        notes = {note.id for items in graph.notes.values() for note, _ in items}
        print(f"ok: {len(graph.records)} entries ({summary}), {len(notes)} note{'' if len(notes) == 1 else 's'}, {len(graph.edges)} links")
        if result.quotes is not None:
            print(result.quotes.summary(languages))
    return 0


def _labelled(languages: tuple[str, ...]) -> tuple[str, ...] | None:
    """The languages with labels: the package's and those of the plugin's ``labels_dir``, as the
    build reads them. None, with the reason printed, when a language of the site has none."""
    folder = atlas_options(CONFIG).get("labels_dir")
    if isinstance(folder, str) and folder:
        labels.load_dir(Path(folder))
    if missing := labels.unlabelled(languages):
        print(missing, file=sys.stderr)
        return None
    return tuple(labels.languages())


def export(out: Path, data_dir: Path, languages: tuple[str, ...], known: tuple[str, ...], *, force: bool) -> int:
    """Validate the data like ``check``; then write every language's project, or nothing."""
    if out.is_dir() and any(out.iterdir()) and not force:
        print(f"{out} is not empty; give an empty or new folder, or add --force to replace it", file=sys.stderr)
        return 1
    result = check_data(data_dir, languages, known)
    if result.problems or result.graph is None:
        print(AtlasError(result.problems).report(), file=sys.stderr)
        return 1
    try:
        written = build_export(result.graph, languages, Path("docs"), read_mkdocs_yml(CONFIG))
        for line in written.left_out:
            print(line, file=sys.stderr)
        write_export(written, out, force=force)
    except ExportError as e:
        print(e, file=sys.stderr)
        return 1
    pages = ", ".join(f"{lang}: {n} pages" for lang, n in written.pages.items())
    print(f"exported {pages} into {out}/<lang>/ (build each with `mkdocs build --strict` or `zensical build`)")
    return 0


def _report_missing_notes(quotes: QuoteReport, folder: Path) -> None:
    """Once each: the notes nobody can fetch (no public address), and the public ones not fetched."""
    public = [n for n in quotes.missing_notes if n not in quotes.unpublished]
    if quotes.unpublished:
        print(f"{len(quotes.unpublished)} notes have no public address and their texts are not in {folder} "
              f"({', '.join(quotes.unpublished)}): their quotes were not verified", file=sys.stderr)
    if public:
        print(f"the texts of {len(public)} public notes are not in {folder} ({', '.join(public)}): fetch them with "
              f"`python scripts/fetch_notes.py {folder}` (or set ATLAS_NOTES_DIR or --notes); their quotes were not verified",
              file=sys.stderr)


def _report_stale(languages: tuple[str, ...]) -> None:
    """Generated files of this clone that no longer match its data (never an error: nothing
    generated is committed, and the build makes its own)."""
    names = stale(DATA_DIR, SCHEMA_DIR, languages, site_url(CONFIG))
    if names:
        print(f"{SCHEMA_DIR}/ is out of date ({', '.join(names)}): run `python -m career_atlas schema` to refresh it",
              file=sys.stderr)


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
