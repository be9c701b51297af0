"""The atlas's stylesheet: one file for the built site, where the plugin's ``main.html`` inlines
it into every page, and for the export, where it is a plain file linked by ``extra_css``."""

from __future__ import annotations

from importlib.resources import files

STYLESHEET_PATH = "assets/atlas/atlas.css"
"""Where the export puts it in each language's docs folder."""


def stylesheet() -> str:
    """The stylesheet's text (package data of ``career_atlas.site``)."""
    return files(__package__).joinpath("atlas.css").read_text(encoding="utf-8")
