"""What the generated package of one version offers to user code, derived from its IR.

The checker never imports generated code: the version a user upgrades from may no longer be
shipped in `generated/`, but its spec is still there, and the IR says everything the templates
turn into names (`templates/version/`): the exported classes, the client attribute of each
resource, the keyword arguments and result of each method, the fields of each model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from generator import ir

ExportKind = Literal["client", "resource", "model", "enum", "urn", "other"]
Result = Literal["page", "list", "model", "other"]

# The submodules of a version package (templates/version/).
SUBMODULES = frozenset({"client", "enums", "models", "urns", "resources"})
CLIENTS = ("LinkedInClient", "AsyncLinkedInClient")
# Arguments the templates add to every finder, by paging style.
PAGING_ARGUMENTS = {"cursor": ("page_size", "page_token"), "index": ("start", "count")}
# What a page tells about itself, by paging style (linkedin_marketing.paging).
PAGE_ATTRIBUTES = {
    "cursor": ("metadata", "next_page_token"),
    "index": ("paging", "start", "count", "total"),
}


@dataclass(frozen=True)
class MethodSurface:
    result: Result
    model: str | None  # the model of the result (elements of a page or list, or the entity)
    # Finder and action names are the user's own words for one API call; `get` or `create`
    # are also the names of methods of dicts and many other objects.
    distinctive: bool


@dataclass(frozen=True)
class Surface:
    version: str
    # Every name importable from the version package or one of its submodules, and its kind;
    # the checker accepts any of them from any of the modules, as a reader of the code would.
    exports: dict[str, ExportKind]
    modules: dict[str, frozenset[str]]  # submodule ("" for the package) → names it exports
    resource_classes: dict[str, str]  # class name (sync or async) → client attribute
    methods: dict[tuple[str, str], MethodSurface]  # (client attribute, method) → method
    fields: dict[str, dict[str, ir.TypeRef]]  # model → field attribute → type

    @property
    def package(self) -> str:
        return f"linkedin_marketing.v{self.version}"

    def resources(self) -> frozenset[str]:
        return frozenset(self.resource_classes.values())


# The constants of a version's client module: its `LinkedIn-Version` and its sunset date.
_CONSTANTS = ("API_VERSION", "SUNSET")


def surface(api: ir.Api) -> Surface:
    resource_classes = {
        name: r.python for r in api.resources for name in (r.class_name, "Async" + r.class_name)
    }
    modules = {
        "client": frozenset({*_CONSTANTS, *CLIENTS}),
        "models": frozenset(m.name for m in api.models),
        "enums": frozenset(e.name for e in api.enums),
        "urns": frozenset([*(u.name for u in api.urns), *(u.name for u in api.urn_unions)]),
        "resources": frozenset(resource_classes),
    }
    # The version package re-exports its records and clients; resources stay in their module.
    modules[""] = frozenset().union(*(modules[m] for m in ("client", "models", "enums"))) | {
        u.name for u in api.urns
    }
    exports: dict[str, ExportKind] = dict.fromkeys(modules["urns"], "urn")
    exports.update(dict.fromkeys(modules["client"] - set(_CONSTANTS), "client"))
    exports.update(dict.fromkeys(modules["models"], "model"))
    exports.update(dict.fromkeys(modules["enums"], "enum"))
    exports.update(dict.fromkeys(modules["resources"], "resource"))
    exports.update(dict.fromkeys([*_CONSTANTS, *(u.name for u in api.urn_unions)], "other"))
    methods = {(r.python, m.python): _method(m) for r in api.resources for m in r.methods}
    return Surface(
        api.version,
        exports,
        modules,
        resource_classes,
        methods,
        {m.name: {f.python: f.type for f in m.fields} for m in api.models},
    )


def _method(method: ir.Method) -> MethodSurface:
    element = method.element.name if method.element is not None else None
    result: Result
    model = element
    if method.kind in ("finder", "get_all"):
        result = "page" if method.paging is not None else "list"
    elif method.kind == "get":
        result = "model"
    elif method.kind == "action" and isinstance(method.response, ir.ModelRef):
        result, model = "model", method.response.name
    else:
        result, model = "other", None
    return MethodSurface(result, model, method.kind in ("finder", "action"))


def keyword_arguments(method: ir.Method) -> dict[str, bool]:
    """The keyword arguments of a generated method → whether it is required, as the resource
    template writes them."""
    found = {p.python: True for p in method.parents}
    if method.key is not None and method.kind in ("get", "update", "partial_update", "delete"):
        found[method.key.python] = True
    if method.kind == "partial_update":
        found.update(original=True, modified=True)
    found.update({p.python: p.required for p in method.parameters})
    if method.paging is not None:
        found.update(dict.fromkeys(PAGING_ARGUMENTS[method.paging.style], False))
    for f in method.action_fields:
        if not f.read_only:
            found[f.python] = f.required
    return found
