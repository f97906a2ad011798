"""The documentation samples against the committed generated client.

- Every JSON body decodes into its generated model, and `to_dict()` gives back exactly the input
  (unknown fields included).
- Every documented request line (with its body) is reproduced by one generated method call:
  method, path, query (compared after Rest.li decoding), headers and body.
"""

from __future__ import annotations

import importlib
import json
import re
from decimal import Decimal
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx
import pytest
import yaml
from linkedin_marketing.restli import decode

from generator import ir
from generator.parse import parse
from tests.spec.samples import SAMPLES_DIR, SHIPPED, Sample, load_samples

GENERATED = Path(__file__).resolve().parents[2] / "generated" / "linkedin_marketing"
SAMPLES = load_samples()


@cache
def api(version: str) -> ir.Api:
    """The IR of a version, parsed from the resolved spec committed beside its code."""
    document = json.loads((GENERATED / f"v{version}" / "openapi.json").read_text("utf-8"))
    return parse(document, version)


@cache
def package(version: str) -> ModuleType:
    return importlib.import_module(f"linkedin_marketing.v{version}")


@cache
def protocols() -> dict[tuple[str, str], str]:
    """Rest.li protocol of each sample (by resource and source) when the index names one."""
    found = {}
    for index in SAMPLES_DIR.glob("*/index.yaml"):
        for entry in yaml.safe_load(index.read_text("utf-8")) or []:
            if "protocol" in entry:
                found[(entry["resource"], entry["source"])] = entry["protocol"]
    return found


def method_of(sample: Sample, version: str) -> ir.Method:
    resource = next(r for r in api(version).resources if r.name == sample.resource)
    return next(
        m for m in resource.methods if m.kind == sample.method and m.restli_name == sample.name
    )


def exact(value: Any) -> str:
    """A comparison key that tells 1 from 1.0 and True from 1 (== does not)."""
    return json.dumps(value, sort_keys=True)


# --- bodies ----------------------------------------------------------------------------------


def body_cases() -> list[Any]:
    return [
        pytest.param(s, v, id=f"{s.label}@{v}")
        for s in SAMPLES
        if s.file is not None
        for v in s.versions
        if v in SHIPPED  # the versions with a committed subpackage
    ]


@pytest.mark.parametrize(("sample", "version"), body_cases())
def test_body_round_trips_through_its_model(sample: Sample, version: str) -> None:
    method = method_of(sample, version)
    body_type = method.request if sample.kind == "request" else method.response
    if body_type is None and sample.kind == "response" and method.element is not None:
        body_type = method.element
    assert isinstance(
        body_type, ir.ModelRef
    ), f"{method.python} has no record for its {sample.kind}"
    model = getattr(package(version).models, body_type.name)
    body = sample.body()
    decoded = model.from_dict(body)
    assert exact(decoded.to_dict()) == exact(body)
    assert exact(model.from_dict(decoded.to_dict()).to_dict()) == exact(body)


# --- request lines ---------------------------------------------------------------------------


class Skip(Exception):
    """The documented request cannot be one call of the generated client, for a stated reason."""


def coerce(t: ir.TypeRef, value: Any, version: str) -> Any:
    """A decoded Rest.li value (numbers and booleans are strings there) as the typed argument."""
    pkg = package(version)
    if isinstance(t, ir.Primitive):
        if t.python == "int":
            return int(value)
        if t.python == "float":
            return float(value)
        if t.python == "bool":
            return value if isinstance(value, bool) else value == "true"
        return value
    if isinstance(t, ir.DecimalType):
        return Decimal(value)
    if isinstance(t, ir.UrnRef):
        return getattr(pkg.urns, t.name)(value)
    if isinstance(t, ir.UrnUnion):
        return getattr(pkg.urns, t.parser)(value)
    if isinstance(t, ir.EnumRef):
        return getattr(pkg.enums, t.name)(value)
    if isinstance(t, ir.ListOf):
        return [coerce(t.item, v, version) for v in value]
    if isinstance(t, ir.MapOf):
        return {k: coerce(t.value, v, version) for k, v in value.items()}
    if isinstance(t, ir.ModelRef):
        return getattr(pkg.models, t.name).from_dict(json_data(t, value, version))
    return value


def json_data(t: ir.TypeRef, value: Any, version: str) -> Any:
    """A decoded Rest.li value with the JSON types its schema gives (for `from_dict`)."""
    if isinstance(t, ir.ModelRef):
        fields = {
            f.wire: f for f in next(m for m in api(version).models if m.name == t.name).fields
        }
        return {
            k: json_data(fields[k].type, v, version) if k in fields else v for k, v in value.items()
        }
    if isinstance(t, ir.ListOf):
        return [json_data(t.item, v, version) for v in value]
    if isinstance(t, ir.MapOf):
        return {k: json_data(t.value, v, version) for k, v in value.items()}
    if isinstance(t, ir.Primitive) and t.python != "str":
        return coerce(t, value, version)
    return value


def placeholder_value(t: ir.TypeRef) -> Any:
    """Some JSON value of type `t`, for a field a patch deletes (its old value does not matter)."""
    if isinstance(t, ir.ModelRef | ir.MapOf):
        return {}
    if isinstance(t, ir.ListOf):
        return []
    if isinstance(t, ir.Primitive):
        return {"int": 0, "float": 0.0, "bool": False, "str": "x"}[t.python]
    if isinstance(t, ir.UrnRef | ir.UrnUnion):
        return "urn:li:placeholder:0"
    return "0"


def sides(patch: dict[str, Any], model: str, version: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """An (original, modified) pair of JSON records whose patch is `patch`."""
    fields = {f.wire: f for f in next(m for m in api(version).models if m.name == model).fields}
    original: dict[str, Any] = {}
    modified: dict[str, Any] = dict(patch.get("$set", {}))
    for name in patch.get("$delete", []):
        original[name] = placeholder_value(fields[name].type) if name in fields else "x"
    for name, nested in patch.items():
        if name.startswith("$"):
            continue
        nested_type = fields[name].type if name in fields else None
        if not isinstance(nested_type, ir.ModelRef):
            raise Skip(f"the patch of {name!r} is nested but the field is not a record")
        original[name], modified[name] = sides(nested, nested_type.name, version)
    return original, modified


def query_value(raw: str) -> Any:
    """A documented query value, Rest.li decoded. Documentation pages write URNs unescaped inside
    values (`List(urn:li:sponsoredCampaign:1)`); those colons are escaped first."""
    if "..." in raw or "<" in raw:
        raise Skip(f"the documented value {raw!r} is a stand-in")
    repaired = re.sub(r"urn:li:\w+:[^,()&]+", lambda m: m.group(0).replace(":", "%3A"), raw)
    return decode(repaired)


def call_arguments(
    sample: Sample, method: ir.Method, version: str
) -> tuple[list[Any], dict[str, Any], str]:
    """Positional and keyword arguments of the generated call, and the documented path with
    placeholders filled in."""
    verb, path, query = sample.request_line()
    if verb != method.http_method:
        raise Skip(f"documented as {verb}, the method is {method.http_method}")
    pattern = "".join(
        f"(?P<{s.parameter.python}>[^/]+)" if s.parameter else re.escape(s.text)
        for s in method.path
    )
    match = re.fullmatch(pattern, path)
    if match is None:
        raise Skip(f"the documented path {path} is not {pattern}")
    kwargs: dict[str, Any] = {}
    args: list[Any] = []
    filled = path
    for parameter in (*method.parents, *([method.key] if method.key else [])):
        if parameter.python not in match.groupdict():
            continue
        raw = match.group(parameter.python)
        if raw.startswith("{"):  # a placeholder such as {adAccountId}: fill in a stand-in
            raw = "urn%3Ali%3AsponsoredCreative%3A1" if "Urn" in raw else "1"
            filled = filled.replace(match.group(parameter.python), raw)
        kwargs[parameter.python] = coerce(parameter.type, decode(raw), version)
    implied = {"finder": "q", "action": "action"}.get(method.kind)
    parameters = {p.wire: p for p in method.parameters}
    paging = {
        "pageSize": "page_size",
        "pageToken": "page_token",
        "start": "start",
        "count": "count",
    }
    for name, raw in query:
        if name == implied:
            continue
        if (
            name == "ids"
            and method.key is not None
            and method.kind in ("batch_get", "batch_delete")
        ):
            args.append(coerce(ir.ListOf(method.key.type), query_value(raw), version))
        elif name == "ids" and method.kind == "batch_partial_update":
            continue  # the keys come from the body's entities
        elif name in paging and method.paging is not None:
            value = query_value(raw)
            kwargs[paging[name]] = value if name == "pageToken" else int(value)
        elif name in parameters:
            kwargs[parameters[name].python] = coerce(
                parameters[name].type, query_value(raw), version
            )
        else:
            raise Skip(f"{method.python} does not take {name!r} in {version}")

    body = sample.body() if sample.file is not None else None
    models = package(version).models
    element = getattr(models, method.element.name) if method.element else None
    if method.kind in ("create", "update"):
        args.append(element.from_dict(body))
    elif method.kind == "batch_create":
        args.append([element.from_dict(e) for e in body["elements"]])
    elif method.kind == "partial_update":
        original, modified = sides(body["patch"], method.element.name, version)
        kwargs["original"] = element.from_dict(original)
        kwargs["modified"] = element.from_dict(modified)
    elif method.kind == "batch_partial_update":
        assert method.key is not None
        changes = {}
        ids = {name: raw for name, raw in query}.get("ids")
        documented_keys = set(query_value(ids)) if ids else None
        for raw_key, entity in body["entities"].items():
            plain_key = query_value(raw_key)
            if documented_keys is not None and plain_key not in documented_keys:
                raise Skip(f"the body's key {raw_key!r} is not one of the request's ids")
            key = coerce(method.key.type, plain_key, version)
            original, modified = sides(entity["patch"], method.element.name, version)
            changes[key] = (element.from_dict(original), element.from_dict(modified))
        args.append(changes)
    elif method.kind == "action" and method.request is not None:
        parameters_model = getattr(models, method.request.name).from_dict(body)
        for field in method.action_fields:
            value = getattr(parameters_model, field.python)
            if value is not None:
                kwargs[field.python] = value
    return args, kwargs, filled


def request_cases() -> list[Any]:
    return [
        pytest.param(s, v, id=f"{s.label}@{v}")
        for s in SAMPLES
        if s.kind == "request" and s.http is not None
        for v in s.versions
        if v in SHIPPED  # the versions with a committed subpackage
    ]


def normalized_query(query: str) -> dict[str, Any]:
    """Query parameters, Rest.li decoded. Batch `ids` are a set to Rest.li (the documentation
    lists them in another order than the body it sends with them), so they are sorted."""
    pairs = [part.partition("=") for part in query.split("&") if part]
    decoded = {name: query_value(value) for name, _, value in pairs}
    if isinstance(decoded.get("ids"), list):
        decoded["ids"] = sorted(decoded["ids"])
    return decoded


@pytest.mark.parametrize(("sample", "version"), request_cases())
def test_request_line_is_one_generated_call(sample: Sample, version: str) -> None:
    if protocols().get((sample.resource, sample.source)) == "1.0.0":
        pytest.skip("written in Rest.li protocol 1.0 query syntax; the client speaks 2.0")
    method = method_of(sample, version)
    try:
        args, kwargs, documented_path = call_arguments(sample, method, version)
    except Skip as reason:
        pytest.skip(str(reason))
    except ValueError as error:  # int("campaignGroupId1"), int("<template_id>")
        pytest.skip(f"the documented request holds a stand-in value ({error})")

    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if method.returns_created_key:
            numeric = method.key is None or method.key.type.template == "primitive"
            key = "1" if numeric else "urn%3Ali%3AsponsoredCreative%3A1"
            return httpx.Response(201, headers={"x-restli-id": key})
        listed = method.kind in ("finder", "get_all", "batch_create")
        return httpx.Response(200, json={"elements": []} if listed else {})

    pkg = package(version)
    resource = next(r for r in api(version).resources if r.name == sample.resource)
    with pkg.LinkedInClient("token", transport=httpx.MockTransport(answer)) as client:
        getattr(getattr(client, resource.python), method.python)(*args, **kwargs)

    (request,) = sent
    url = urlsplit(str(request.url))
    assert request.method == method.http_method
    assert unquote(url.path) == unquote("/rest" + documented_path)
    expected_query = normalized_query(urlsplit(sample.http or "").query)
    actual_query = normalized_query(url.query)
    if (
        method.paging is not None
        and method.paging.style == "index"
        and "start" not in expected_query
    ):
        # The client always sends `start`: without `start` or `count` LinkedIn answers 400 when
        # more than 100 elements match.
        assert actual_query.pop("start") == "0"
    assert actual_query == expected_query
    assert request.headers["LinkedIn-Version"] == version
    assert request.headers["X-Restli-Protocol-Version"] == "2.0.0"
    assert request.headers["X-RestLi-Method"] == method.restli_method
    if sample.file is not None:
        assert exact(normalized_body(json.loads(request.content))) == exact(
            normalized_body(sample.body())
        )


def normalized_body(body: Any) -> Any:
    """Batch `entities` keys decoded: the client writes them reduced-encoded as Rest.li requires
    (`urn%3Ali%3A...`); the documentation writes URNs in them as they are."""
    if isinstance(body, dict) and isinstance(body.get("entities"), dict):
        entities = {exact(query_value(key)): value for key, value in body["entities"].items()}
        return {**body, "entities": entities}
    return body
