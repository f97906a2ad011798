"""Names generated code keeps for itself, which a name taken from the spec must stay clear of.

They are read from where they are defined wherever possible: the attributes of the runtime's
record base class (`values.Model`, imported: it needs nothing but the standard library), the
names the runtime modules define (read from their source, without importing them: the transport
needs httpx, which the generator does not) and Python's builtins. Only what the templates
themselves write is listed by hand, once, here; a test renders every method kind and checks that
each name a generated method binds or calls is in `PARAMETER_NAMES`.
"""

from __future__ import annotations

import ast
import builtins
import keyword
from pathlib import Path

from generator.runtime.values import Model

RUNTIME_DIR = Path(__file__).resolve().parent / "runtime"

# Names the templates write into generated methods: their own arguments and locals
# (resources/resource.py.jinja, resources/kinds/, checks.jinja) and the module-level helpers they
# call.
TEMPLATE_LOCALS = frozenset(
    {
        "body",
        "changed",
        "changes",
        "count",
        "element",
        "entities",
        "entity",
        "entity_patch",
        "ids",
        "index",
        "item",
        "key",
        "modified",
        "original",
        "page_size",
        "page_token",
        "paging",
        "parameters",
        "patch",
        "query",
        "request",
        "response",
        "session",
        "start",
        "_",
        "_CREATE_ONLY",
        "_refuse_create_only",
    }
)
# Names the templates import from the standard library and from httpx, and the names of the
# version modules (client, package) that other modules import.
TEMPLATE_IMPORTS = frozenset(
    {
        "annotations",
        "Any",
        "ClassVar",
        "Decimal",
        "Mapping",
        "Self",
        "Sequence",
        "TracebackType",
        "httpx",
        "API_VERSION",
        "AsyncLinkedInClient",
        "LinkedInClient",
    }
)


def _runtime_names(modules: str = "*") -> frozenset[str]:
    """Every name the runtime modules `modules` (a glob) define or import at their top level."""
    names: set[str] = set()
    for source in sorted(RUNTIME_DIR.glob(f"{modules}.py")):
        for node in ast.parse(source.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Import | ast.ImportFrom):
                names.update((a.asname or a.name).split(".")[0] for a in node.names)
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names.update(t.id for t in targets if isinstance(t, ast.Name))
    return frozenset(names)


_ALWAYS = frozenset(keyword.kwlist) | {"self", "cls"}
_BUILTINS = frozenset(dir(builtins))

# Attribute names of a generated record: those of the runtime's base class (`copy`, `to_dict`,
# `unknown_fields`, `_source`, ...), which a field of the same name would replace.
MODEL_ATTRIBUTES = frozenset(dir(Model)) | _ALWAYS
# Names a spec parameter (path key, query parameter, action field) must not take: it would
# shadow, inside the generated method, a name the method uses.
PARAMETER_NAMES = TEMPLATE_LOCALS | _runtime_names() | _BUILTINS | _ALWAYS
# Names a generated class (record, enum, URN) must not take: the modules that define them import
# these (from the runtime's `values` and `errors`, the standard library) or use them as builtins,
# and a class of the same name would replace them.
CLASS_NAMES = (
    TEMPLATE_IMPORTS | _runtime_names("values") | _runtime_names("errors") | _BUILTINS | _ALWAYS
)
