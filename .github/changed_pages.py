"""The pages a pull request changes, as Markdown for the job summary.

    git diff --name-only origin/main...HEAD | python .github/changed_pages.py

Data files map to their entry's page in every language (a note to the pages it is
about); docs/<lang>/x.md to <lang>/x/. Paths are inside the uploaded ``site`` artifact.
"""

from __future__ import annotations

import sys
from pathlib import Path

from career_atlas.core.check import check_data, configured_languages
from career_atlas.site.kb import knowledge_base


def main() -> int:
    changed = [line.strip() for line in sys.stdin if line.strip()]
    languages = configured_languages(Path("mkdocs.yml"))
    graph = check_data(Path("data"), languages).graph
    paths = {}
    notes = {}
    if graph is not None:
        paths = {e["source_file"]: list(e["path"].values()) for e in knowledge_base(graph, "")["entities"]}
        for ident, about in graph.notes.items():
            for note, _ in about:
                notes.setdefault(note.file, []).extend(paths.get(graph.records[ident].file, []))
    rows = []
    for name in changed:
        parts = Path(name).parts
        if name in paths or name in notes:
            pages = paths.get(name) or notes[name]
        elif len(parts) >= 3 and parts[0] == "docs" and parts[1] in languages and name.endswith(".md"):
            page = Path(*parts[1:]).with_suffix("")
            pages = [f"{page.parent.as_posix()}/" if page.name == "index" else f"{page.as_posix()}/"]
        elif parts and parts[0] == "data":
            rows.append(f"- `{name}`: removed, or not valid (see the check's annotations)")
            continue
        else:
            continue
        rows.append(f"- `{name}`: " + ", ".join(f"`{p}`" for p in dict.fromkeys(pages)))
    print("### Pages this pull request changes\n")
    print("\n".join(rows) if rows else "No data or docs page changed.")
    print("\nDownload the `site` artifact of this run to browse them.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
