"""The second language's pass reuses the templates the first one compiled."""

from __future__ import annotations

from typing import Any

import pytest
from jinja2 import DictLoader, Environment

from career_atlas.plugin import SharedTemplates


def env_with(cache: SharedTemplates, source: str) -> Environment:
    env = Environment(loader=DictLoader({"main.html": source}))
    env.bytecode_cache = cache
    return env


def no_compiling(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("compiled again")


def test_a_fresh_environment_loads_what_an_earlier_one_compiled() -> None:
    cache = SharedTemplates()
    assert env_with(cache, "Hello {{ name }}").get_template("main.html").render(name="ko") == "Hello ko"
    second = env_with(cache, "Hello {{ name }}")
    second.compile = no_compiling  # type: ignore[method-assign]
    assert second.get_template("main.html").render(name="en") == "Hello en"


def test_an_edited_template_is_compiled_again() -> None:
    cache = SharedTemplates()
    env_with(cache, "old {{ name }}").get_template("main.html")
    edited = env_with(cache, "new {{ name }}")
    edited.compile = no_compiling  # type: ignore[method-assign]
    with pytest.raises(AssertionError, match="compiled again"):
        edited.get_template("main.html")  # the cached code is for the old source
    assert env_with(cache, "new {{ name }}").get_template("main.html").render(name="x") == "new x"
