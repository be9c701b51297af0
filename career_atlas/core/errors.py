"""Errors a contributor can act on: file, line, key and what was expected."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem in one data file."""

    file: str
    line: int | None
    key: str
    message: str
    col: int | None = None
    """The 1-based column, where the problem is one character (a tab)."""
    last: bool = False
    """Listed after the file's other problems (the count of those not shown)."""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.line and self.col:
            where += f":{self.col}"
        return f"{where}: {self.text}"

    @property
    def text(self) -> str:
        """The problem without its place: ``key: message``."""
        return f"{self.key}: {self.message}" if self.key else self.message


MAX_PROBLEMS_PER_FILE = 50
"""Problems shown per file; past it a file's links are not checked further (one mistake repeated
makes thousands, and a "did you mean" for each took seconds)."""


class AtlasError(Exception):
    """Raised with every problem found, so one run reports them all."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems), key=lambda p: (p.file, p.last, p.line or 0, p.col or 0, p.key, p.message))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the atlas data:"
        return "\n".join([head, *(f"  {p}" for p in self.problems)])


# --- GitHub Actions: annotations on the pull request's lines, and the job summary ---


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotation(problem: Problem, file: str) -> str:
    """``::error file=...,line=...,col=...::message``: GitHub shows it on the file's line.
    ``file`` is the path from the repository root; line and column only when known."""
    props = [f"file={_escape_property(file)}"]
    if problem.line:
        props.append(f"line={problem.line}")
        if problem.col:
            props.append(f"col={problem.col}")
    return f"::error {','.join(props)}::{_escape_data(problem.text)}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def github_summary(problems: list[Problem], files: list[str]) -> str:
    """A Markdown table of the problems (file, line, problem) for the job summary."""
    count = len(problems)
    rows = [
        f"### {count} problem{'s' if count != 1 else ''} in the atlas data",
        "",
        "| File | Line | Problem |",
        "| --- | --- | --- |",
    ]
    for problem, file in zip(problems, files):
        rows.append(f"| `{file}` | {problem.line or ''} | {_cell(problem.text)} |")
    return "\n".join(rows) + "\n"
