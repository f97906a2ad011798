"""The surface the checker derives from the IR is the generated package's: same names in each
module, same client attributes, same keyword arguments. Checked against every shipped version."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest

from generator.cli import OUT_DIR, SPEC_DIR
from generator.load import load_spec
from generator.parse import parse
from generator.resolve import resolve_bundle
from generator.upgrade.surface import keyword_arguments, surface

SHIPPED = sorted(p.name[1:] for p in (OUT_DIR / "linkedin_marketing").glob("v[0-9]*"))


def _public(module_name: str) -> set[str]:
    """`__all__`, or else the public names the module itself defines (not the ones it imports)."""
    module = importlib.import_module(module_name)
    names = getattr(module, "__all__", None)
    if names is not None:
        return set(names)
    tree = ast.parse(Path(inspect.getfile(module)).read_text(encoding="utf-8"))
    defined = {
        node.name
        for node in tree.body
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
    }
    defined |= {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    return {name for name in defined if not name.startswith("_")}


@pytest.mark.parametrize("version", SHIPPED)
def test_surface_matches_the_generated_package(version: str) -> None:
    bundle = load_spec(SPEC_DIR)
    api = parse(resolve_bundle(bundle, [version])[version], version, bundle.file_of)
    offered = surface(api)
    package = f"linkedin_marketing.v{version}"
    for module, names in offered.modules.items():
        assert names == _public(f"{package}.{module}" if module else package), module

    client = importlib.import_module(package).LinkedInClient("token")
    for resource in api.resources:
        generated = getattr(client, resource.python)
        assert offered.resource_classes[type(generated).__name__] == resource.python
        for method in resource.methods:
            parameters = inspect.signature(getattr(generated, method.python)).parameters
            keywords = {
                name: p.default is inspect.Parameter.empty
                for name, p in parameters.items()
                if p.kind is inspect.Parameter.KEYWORD_ONLY
            }
            assert keywords == keyword_arguments(method), f"{resource.python}.{method.python}"
    client.close()
