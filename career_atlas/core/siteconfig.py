"""The site's settings, read from mkdocs.yml without MkDocs: for the command line, the
scripts and the scaffold, which run without a build. The plugin reads its own options
through MkDocs (``plugin/config.py``); both use :func:`notes_folder`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from .model import DEFAULT_LANGUAGES

NOTES_ENV = "ATLAS_NOTES_DIR"
"""The environment variable that says where the notes' texts are (overrides the plugin's notes_dir)."""
DEFAULT_NOTES_DIR = "../shared"
"""Where the notes' texts are, relative to mkdocs.yml, when neither the environment nor mkdocs.yml says."""


def read_mkdocs_yml(config_file: Path) -> dict[str, Any]:
    """mkdocs.yml read without MkDocs (the Python objects it names left out); empty when the
    file is absent or not YAML."""
    if not config_file.is_file():
        return {}

    class _Loader(yaml.SafeLoader):
        pass

    # mkdocs.yml names Python objects (!!python/name:...); they are not needed here.
    _Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    try:
        config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except yaml.YAMLError:
        return {}
    return config if isinstance(config, dict) else {}


def atlas_options(config_file: Path) -> dict[str, object]:
    """The atlas plugin's options in mkdocs.yml (``plugins: - atlas: {...}``), read without
    MkDocs; empty when the file or the plugin's options are absent."""
    for plugin in read_mkdocs_yml(config_file).get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("atlas"), dict):
            return plugin["atlas"]
    return {}


def site_url(config_file: Path) -> str:
    """The site's address in mkdocs.yml (``site_url``), ending in "/"; empty when not given."""
    url = read_mkdocs_yml(config_file).get("site_url")
    return url.rstrip("/") + "/" if isinstance(url, str) and url else ""


def configured_languages(config_file: Path) -> tuple[str, ...]:
    """The languages declared in mkdocs.yml (``plugins: - atlas: languages: [ko, en]``);
    the default when the file or the option is absent."""
    languages = atlas_options(config_file).get("languages")
    return tuple(str(x) for x in languages) if isinstance(languages, list) and languages else DEFAULT_LANGUAGES


def notes_folder(root: Path, configured: object = None) -> Path:
    """Where the notes' texts are: the plugin's ``notes_dir`` (relative to ``root``, the folder
    of mkdocs.yml), else ``$ATLAS_NOTES_DIR``, else ../shared beside the repository."""
    chosen = (configured if isinstance(configured, str) else None) or os.environ.get(NOTES_ENV) or DEFAULT_NOTES_DIR
    return (root / chosen).resolve()
