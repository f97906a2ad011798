"""The table of Rest.li method kinds and the templates dispatched on it: one template per kind,
each exposing the same macros, so that a kind is added by one entry and one template."""

from __future__ import annotations

import re

from generator import ir
from generator.render import Renderer
from generator.templating import TEMPLATES_DIR
from tests.specs import document, parse_document

KINDS_DIR = TEMPLATES_DIR / "version" / "resources" / "kinds"
# The macros resources/resource.py.jinja calls on a kind's template.
PROTOCOL = {
    "imports",
    "arguments",
    "keywords",
    "returns",
    "documented",
    "checks",
    "selector",
    "prepare",
    "body",
    "answer",
}


def test_every_kind_has_one_template_and_every_template_a_kind() -> None:
    assert {p.stem for p in KINDS_DIR.glob("*.jinja")} == set(ir.METHOD_KINDS)


def test_every_kind_template_exposes_the_same_macros() -> None:
    for kind in ir.METHOD_KINDS:
        text = (KINDS_DIR / f"{kind}.jinja").read_text(encoding="utf-8")
        assert set(re.findall(r"{% macro (\w+)\(", text)) == PROTOCOL, kind


def test_every_kind_template_declares_runtime_names_that_exist() -> None:
    # A name a kind imports is one the runtime defines (or the standard library's abc).
    from generator.reserved import _runtime_names

    renderer = Renderer()
    methods = [m for r in parse_document(document()).resources for m in r.methods]
    assert {m.kind for m in methods} == set(ir.METHOD_KINDS)  # the widgets spec has every kind
    for method in methods:
        kind = method.kind
        for used in renderer.kind_imports(method):
            module, _, name = used.rpartition(".")
            if module == "collections.abc":
                assert name in {"Mapping", "Sequence"}, (kind, used)
            else:
                assert name in _runtime_names(module), (kind, used)


def test_the_table_is_consistent_with_what_a_kind_addresses() -> None:
    for kind in ir.METHOD_KINDS.values():
        # A kind on the entity path has its key there; a batch names its keys in `ids=`.
        assert (kind.keys == "path") == kind.on_entity, kind.name
        assert (kind.keys == "ids") == (kind.selector == "ids"), kind.name
        # A named kind travels with its name as the value of its selector.
        assert kind.named == (kind.selector in ("q", "action")), kind.name
    # The header tells apart kinds that share a path, a verb and a selector (create and
    # batch_create).
    assert len({k.header for k in ir.METHOD_KINDS.values()}) == len(ir.METHOD_KINDS)
