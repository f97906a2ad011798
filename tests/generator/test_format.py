"""Formatting module by module piece: the joined output is black's output for the whole module."""

from __future__ import annotations

from pathlib import Path

import black
import pytest
from black.parsing import InvalidInput
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import format
from generator.load import load_spec
from generator.parse import parse
from generator.render import Renderer, _from_import, _pytuple
from generator.resolve import resolve_bundle

SPEC_DIR = Path(__file__).resolve().parents[2] / "spec"


@pytest.fixture
def own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces made up here stay out of the user's cache."""
    monkeypatch.setattr(format, "CACHE", tmp_path_factory.getbasetemp() / "black-cache")


def whole(source: str) -> str:
    return black.format_str(source, mode=format.MODE)


class Recording(format.Formatter):
    """The real formatter, keeping each module's rendered source and formatted result."""

    def __init__(self) -> None:
        super().__init__()
        self.modules: dict[str, tuple[str, str]] = {}

    def module(self, source: str, name: str) -> str:
        formatted = super().module(source, name)
        self.modules[name] = (source, formatted)
        return formatted


def test_every_module_of_a_version_is_formatted_as_black_formats_it_whole() -> None:
    bundle = load_spec(SPEC_DIR)
    version = bundle.shipped[-1]
    document = resolve_bundle(bundle, [version])[version]
    releases = {release.version: release for release in bundle.releases}
    renderer = Renderer()
    renderer.formatter = recording = Recording()
    renderer.package_files([releases[v] for v in bundle.shipped], "0.1.0")
    api = parse(document, version, bundle.file_of)
    renderer.version_files(api, document, releases[version])
    modules = recording.modules
    assert f"linkedin_marketing/v{version}/models.py" in modules
    for name, (source, formatted) in modules.items():
        assert formatted == whole(source), name
    # The rule is in use: the models and each resource are cut into many pieces.
    models, _ = modules[f"linkedin_marketing/v{version}/models.py"]
    assert len(format.split(models)) > 50


def test_a_module_is_cut_before_each_definition_after_blank_lines() -> None:
    source = '"""Doc."""\n\nimport os\n\n\nclass A:\n    x = 1\n\ndef f():\n    pass\n'
    assert format.split(source) == [
        '"""Doc."""\n\nimport os\n',
        "class A:\n    x = 1\n",
        "def f():\n    pass\n",
    ]


@pytest.mark.parametrize(
    "source",
    [
        "x = 1\n\n# about f\ndef f():\n    pass\n",  # a comment between them and the definition
        "x = 1\ndef f():\n    pass\n",  # no blank line
        "x = 1\n\f\ndef f():\n    pass\n",  # a form feed
        '"""Doc."""\n\n@decorator\ndef f():\n    pass\n',  # one blank line after a docstring
        "x = 1  # fmt: skip\n\ndef f():\n    pass\n",  # black's directives
        "x = 1\r\n\r\ndef f():\r\n    pass\r\n",  # carriage returns
    ],
)
@pytest.mark.usefixtures("own_cache")
def test_no_cut_where_black_may_write_other_than_two_blank_lines(source: str) -> None:
    assert format.split(source) == [source]
    assert format.Formatter().module(source, "m.py") == whole(source)


@pytest.mark.usefixtures("own_cache")
def test_errors_name_the_lines_of_the_whole_module() -> None:
    source = "import os\n\n\ndef f():\n    pass\n\n\ndef g(:\n    pass\n"
    with pytest.raises(InvalidInput, match="cannot parse for target version Python 3.11: 8:"):
        format.Formatter().module(source, "m.py")
    source = "import os\n\n\ndef f():\n    pass\n\n\nclass A:\n    return 1\n"
    with pytest.raises(SyntaxError) as error:
        format.Formatter().module(source, "m.py")
    assert (error.value.lineno, error.value.text) == (9, "    return 1")


@pytest.mark.parametrize("items", [[], ["one"], ["one", "two", "three"]])
def test_tuples_are_written_as_black_writes_them(items: list[str]) -> None:
    for source in (
        f"NAMES = {_pytuple(items)}\n",
        f"class A:\n    __slots__ = {_pytuple(items, 4)}\n",
    ):
        assert whole(source) == source


@pytest.mark.parametrize("count", [1, 5, 12])
def test_imports_are_written_as_black_writes_them(count: int) -> None:
    source = _from_import("some.module", [f"SomeName{i}" for i in range(count)]) + "\n"
    assert whole(source) == source


# --- the joining rule, on modules made up of the statements black treats apart --------------------

STATEMENTS = [
    '"""A docstring, or a string."""',
    "# a comment",
    "import os",
    "from typing import Any, overload",
    "x = 1",
    "x: dict[str, int] = {'a': 1}",
    "values = [" + ", ".join(f"'value {i}'" for i in range(12)) + "]",  # longer than a line
    "def f(a, b):\n    return a",
    "def f():\n    '''Doc.'''",
    "def stub(): ...",
    "async def g(a):\n    await a",
    "class A:\n    '''Only a docstring.'''",
    "class A:\n    x = 1\n    # a comment at the end of the body",
    "class P:\n    def stub(self): ...",
    "class B(A):\n    def m(self, x):\n        return {"
    + ", ".join(f"'k{i}': x" for i in range(15))
    + "}",
    "@decorator\ndef d():\n    pass",
    "@decorator\n\ndef d():\n    pass",
    "@overload\ndef o(x: int) -> int: ...",
    "@dataclass\nclass C:\n    x: int = 0",
    "if x:\n    def h():\n        pass\nelse:\n    h = None",
    "try:\n    import json\nexcept ImportError:\n    json = None",
]
SEPARATORS = ["\n", "\n\n", "\n\n\n", "\n\n\n\n", "\n   \n", "\n\t\n\n", "\n\f\n"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(STATEMENTS), st.sampled_from(SEPARATORS)),
        min_size=1,
        max_size=8,
    )
)
@pytest.mark.usefixtures("own_cache")
def test_joined_pieces_are_what_black_makes_of_the_whole_module(
    statements: list[tuple[str, str]],
) -> None:
    source = "".join(statement + separator for statement, separator in statements)
    assert format.Formatter().module(source, "m.py") == whole(source)
