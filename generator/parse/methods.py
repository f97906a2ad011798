"""One `x-restli-methods` entry → an `ir.Method`: its kind (read from `ir.METHOD_KINDS`), key,
path, query parameters, paging and bodies."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, cast

from generator import ir
from generator.diagnostics import pointer
from generator.names import python_name
from generator.parse.document import SCHEMA_REF, is_name, text
from generator.parse.models import as_model

if TYPE_CHECKING:
    from generator.parse.resources import Resources

# Paging parameters are handled by the runtime's paging objects, not passed one by one.
_PAGING_PARAMETERS = {"cursor": ("pageSize", "pageToken"), "index": ("start", "count")}


@dataclass(frozen=True)
class MethodSite:
    """Where a method is declared: its path item, operation and `x-restli-methods` entry."""

    path: str
    item: dict[str, Any]
    verb: str
    operation: dict[str, Any]
    method: dict[str, Any]
    at: str  # JSON pointer of the entry


def read_method(
    reader: Resources, site: MethodSite, keys: dict[str, ir.Parameter], entity: str | None
) -> ir.Method | None:
    """The method declared at `site`; `keys` maps collection paths to the key of their entity
    path, `entity` names the resource's entity record. None (a problem reported) when it
    cannot be built."""
    doc, method, at, path = reader.doc, site.method, site.at, site.path
    kind = method.get("method")
    traits = ir.METHOD_KINDS.get(kind) if isinstance(kind, str) else None
    if kind is None or traits is None:
        doc.problem(at + "/method", f"unknown Rest.li method {kind!r}")
        return None
    restli_name = method.get("name")
    if traits.named:
        if not isinstance(restli_name, str) or not restli_name:
            doc.problem(at, f"a {kind} needs a `name`")
            return None
        if not is_name(restli_name):
            doc.problem(at + "/name", f"{restli_name!r} is not a Python identifier")
            return None
        python = traits.prefix + python_name(restli_name)
    else:
        restli_name = None
        python = kind

    path_params = reader.path_parameters(path, site.item, site.verb)
    key_name = site.item.get("x-restli-key")
    key: ir.Parameter | None = None
    # A method answering 201 without a body created an entity: its key is in `x-restli-id`.
    returns_created_key = method.get("status", traits.status) == 201 and "response" not in method
    if traits.keys == "path":
        if not isinstance(key_name, str):
            doc.problem(at, f"{kind} needs an entity path (with `x-restli-key`)")
            return None
        key = path_params.get(key_name)
    elif traits.keys is not None or returns_created_key:
        # The key type of the entity path types batch keys and created ids.
        key = keys.get(path)
        if key is None and traits.keys == "ids":
            doc.problem(at, f"{kind} needs the entity path of this resource for its key type")
            return None
    segments = tuple(
        ir.PathSegment(piece, path_params.get(piece[1:-1]) if piece.startswith("{") else None)
        for piece in re.split(r"(\{[^}]+\})", path)
        if piece
    )
    for segment in segments:
        if segment.text.startswith("{") and segment.parameter is None:
            doc.problem(pointer("paths", path), f"path parameter {segment.text} is not declared")
            return None
    parents = tuple(
        s.parameter
        for s in segments
        if s.parameter is not None and (key is None or s.parameter.wire != key.wire)
    )

    query = {
        p["name"]: (p, where)
        for p, where in (
            doc.located(p, f"{pointer('paths', path, site.verb)}/parameters/{i}")
            for i, p in enumerate(site.operation.get("parameters", []))
        )
        if isinstance(p, dict) and p.get("in") == "query"
    }
    names = method.get("parameters", [])
    paging = _paging(reader, names, query, at)
    if paging is False:
        return None
    paging_names = set(_PAGING_PARAMETERS[paging.style]) if paging else set()
    parameters: list[ir.Parameter] = []
    for index, param_name in enumerate(names):
        if param_name in paging_names:
            continue
        if param_name not in query:
            doc.problem(
                f"{at}/parameters/{index}",
                f"{param_name!r} is not a query parameter of {site.verb}",
            )
            continue
        parameters.append(reader.parameter(*query[param_name]))

    request = reader.body_type(method.get("request"), at + "/request")
    response = reader.body_type(method.get("response"), at + "/response")
    element = _element(reader, traits, request, response, entity)
    if traits.arguments and request is not None and as_model(request) is None:
        doc.problem(at + "/request", f"the parameters of an {kind} must be a record")
        return None
    if traits.record is not None and element is None:
        doc.problem(at, f"cannot tell the entity record of this {kind}")
        return None

    return ir.Method(
        kind=kind,
        restli_name=restli_name,
        python=python,
        description=text(method.get("description", "")),
        path=segments,
        key=key,
        parents=parents,
        parameters=tuple(parameters),
        paging=paging,
        request=request,
        element=element,
        response=response,
        action_fields=(),  # filled in by Resources.with_action_fields once records are finished
        returns_created_key=returns_created_key,
        status=(
            status
            if isinstance(status := method.get("status", traits.status), int)
            else traits.status
        ),
        errors=_errors_enum(method.get("errors")),
        at=at,
    )


def _paging(
    reader: Resources, names: list[str], query: dict[str, tuple[Any, str]], at: str
) -> ir.Paging | None | Literal[False]:
    """How a method pages, told by its parameters (`pageToken`: cursor, `start`: index); False
    (a problem reported) when its page-size parameter is missing."""
    if "pageToken" not in names and "start" not in names:
        return None
    style: Literal["cursor", "index"] = "cursor" if "pageToken" in names else "index"
    size_name = _PAGING_PARAMETERS[style][0 if style == "cursor" else 1]
    size = query.get(size_name)
    if size is None or size_name not in names:
        reader.doc.problem(at + "/parameters", f"{style} paging needs the `{size_name}` parameter")
        return False
    size_param = reader.parameter(size[0], size[1])
    return ir.Paging(
        style=style,
        max_page_size=cast(int | None, size_param.constraints.maximum),
        description=size_param.description,
        size=size_param,
    )


def _errors_enum(errors: Any) -> str | None:
    """The name of the enum a method's `errors` refers to."""
    ref = errors.get("$ref") if isinstance(errors, dict) else None
    if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
        return ref[len(SCHEMA_REF) :]
    return None


def _element(
    reader: Resources,
    traits: ir.MethodKind,
    request: ir.TypeRef | None,
    response: ir.TypeRef | None,
    entity: str | None,
) -> ir.ModelRef | None:
    """The entity record of a method, found where its kind says (`MethodKind.record`)."""
    models = reader.schemas.models
    if traits.record == "request":
        return as_model(request)
    if traits.record == "response":
        return as_model(response)
    if traits.record == "request.elements":
        return models.inner_model(request, "elements", ir.ListOf)
    if traits.record == "response.elements":
        return models.inner_model(response, "elements", ir.ListOf)
    if traits.record == "response.results":
        return models.inner_model(response, "results", ir.MapOf)
    if traits.record == "patched":
        return ir.ModelRef(entity) if entity else None
    return None
