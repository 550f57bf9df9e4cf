"""Templates compiled by one build are loaded, not compiled, by the next (site/compiled.py)."""

from __future__ import annotations

import pytest
from jinja2 import DictLoader, Environment

from generator.site.compiled import PREFIX, CompiledTemplates
from generator.site.reuse import Pieces

SOURCE = "{% for n in names %}<b>{{ n }}</b>{% endfor %}"


def env_with(cache: CompiledTemplates, source: str = SOURCE) -> Environment:
    return Environment(loader=DictLoader({"page.html": source}), bytecode_cache=cache)


def first_build() -> Pieces:
    cache = CompiledTemplates()
    cache.pieces = Pieces()
    assert env_with(cache).get_template("page.html").render(names=["甲"]) == "<b>甲</b>"
    assert [k for k in cache.pieces.now if k.startswith(PREFIX)], "nothing kept for the next build"
    return cache.pieces


def test_the_next_build_loads_the_compiled_template(monkeypatch: pytest.MonkeyPatch) -> None:
    cache = CompiledTemplates()
    cache.pieces = Pieces(first_build().now)
    env = env_with(cache)

    def no_compiling(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(env, "compile", no_compiling)
    assert env.get_template("page.html").render(names=["乙", "丙"]) == "<b>乙</b><b>丙</b>"
    # Loaded from the previous build, it is kept for the build after this one too.
    assert [k for k in cache.pieces.now if k.startswith(PREFIX)]


def test_a_changed_template_is_compiled_afresh() -> None:
    cache = CompiledTemplates()
    cache.pieces = Pieces(first_build().now)
    changed = env_with(cache, "<i>{{ names | length }}</i>")
    assert changed.get_template("page.html").render(names=["甲"]) == "<i>1</i>"


def test_bytecode_of_another_jinja_or_python_is_not_loaded() -> None:
    previous = first_build().now
    foreign = {k: b"not jinja bytecode" + v[20:] for k, v in previous.items()}
    cache = CompiledTemplates()
    cache.pieces = Pieces(foreign)
    assert env_with(cache).get_template("page.html").render(names=["甲"]) == "<b>甲</b>"
    kept = [v for k, v in cache.pieces.now.items() if k.startswith(PREFIX)]
    assert kept and all(not v.startswith(b"not jinja") for v in kept)


def test_serving_keeps_compiled_templates_in_memory_only() -> None:
    cache = CompiledTemplates()  # no pieces: `serve`
    env_with(cache).get_template("page.html")
    again = env_with(cache)
    again.compile = None  # type: ignore[method-assign]  # would fail if called
    assert again.get_template("page.html").render(names=[]) == ""
