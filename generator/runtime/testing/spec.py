"""The resolved spec a server serves: where it comes from, its routes, and the finder criteria
the server knows how to apply."""

from __future__ import annotations

import copy
import importlib.resources
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .schemas import Schemas

PACKAGE = __name__.split(".")[0]

# Which entity field each finder criterion tests. The spec documents every criterion but not the
# field behind it. Record-valued parameters (``search=(name:(values:List(...)))``) name their
# criteria ``search.name``. The server refuses a spec whose finder has a criterion missing here, so
# a newly documented criterion cannot be silently ignored.
CRITERIA: dict[tuple[str, str], dict[str, str]] = {
    ("adAccounts", "search"): {
        "search.id": "id",
        "search.name": "name",
        "search.reference": "reference",
        "search.type": "type",
        "search.status": "status",
        "search.test": "test",
    },
    ("adCampaignGroups", "search"): {
        "search.id": "id",
        "search.name": "name",
        "search.status": "status",
        "search.test": "test",
    },
    ("adCampaigns", "search"): {
        "search.id": "id",
        "search.campaignGroup": "campaignGroup",
        "search.name": "name",
        "search.type": "type",
        "search.status": "status",
        "search.test": "test",
    },
    ("creatives", "criteria"): {
        "campaigns": "campaign",
        "contentReferences": "content.reference",
        "creatives": "id",
        "intendedStatuses": "intendedStatus",
        "isTestAccount": "isTest",
        "leadgenCreativeCallToActionDestinations": "leadgenCallToAction.destination",
    },
    ("adTargetTemplates", "account"): {"account": "account"},
}
# Finder parameters that shape the page rather than filter it.
PAGING_PARAMS = {"start", "count", "pageSize", "pageToken"}
ORDER_PARAMS = {"sort", "sortOrder", "sortField", "isTotalIncluded"}


def available_versions() -> list[str]:
    """The API versions this package can serve (those with a resolved ``openapi.json``), oldest
    first."""
    root = importlib.resources.files(PACKAGE)
    return sorted(
        entry.name[1:]
        for entry in root.iterdir()
        if re.fullmatch(r"v[0-9]{6}", entry.name) and entry.joinpath("openapi.json").is_file()
    )


@dataclass(frozen=True)
class Route:
    """One path of the spec: its pattern, resource, key and operations by HTTP verb."""

    template: str
    pattern: re.Pattern[str]
    params: tuple[str, ...]
    resource: str
    key: str | None
    operations: dict[str, dict[str, Any]]
    parameter_schemas: dict[str, dict[str, Any]]


def load_document(version: str, spec: Mapping[str, Any] | str | os.PathLike[str] | None) -> Any:
    if isinstance(spec, Mapping):
        return copy.deepcopy(dict(spec))
    if spec is not None:
        with open(spec, encoding="utf-8") as handle:
            return json.load(handle)
    resource = importlib.resources.files(PACKAGE).joinpath(f"v{version}", "openapi.json")
    if not resource.is_file():
        served = ", ".join(available_versions()) or "none"
        raise ValueError(
            f"no resolved spec for version {version} in {PACKAGE} (available: {served})"
        )
    return json.loads(resource.read_text(encoding="utf-8"))


def routes(document: Mapping[str, Any], schemas: Schemas) -> list[Route]:
    routes = []
    for template, item in document["paths"].items():
        params = tuple(re.findall(r"\{([^}]+)\}", template))
        regex = re.escape(template)
        for name in params:
            regex = regex.replace(re.escape("{" + name + "}"), "([^/]+)")
        parameter_schemas = {}
        for parameter in item.get("parameters", ()):
            parameter = schemas.deref(parameter)
            parameter_schemas[parameter["name"]] = schemas.deref(parameter["schema"])
        operations = {
            verb.upper(): operation
            for verb, operation in item.items()
            if verb in ("get", "post", "put", "delete", "patch")
        }
        routes.append(
            Route(
                template,
                re.compile(regex + "/?"),
                params,
                item["x-restli-resource"],
                item.get("x-restli-key"),
                operations,
                parameter_schemas,
            )
        )
    return routes


def check_finders(routes: list[Route], schemas: Schemas) -> None:
    """Refuse a spec whose finder has a criterion this server does not know how to apply."""
    for route in routes:
        for operation in route.operations.values():
            for method in operation.get("x-restli-methods", ()):
                if method["method"] != "finder":
                    continue
                table = CRITERIA.get((route.resource, method["name"]), {})
                for name in method.get("parameters", ()):
                    if name in PAGING_PARAMS or name in ORDER_PARAMS:
                        continue
                    parameter = operation_parameter(operation, name, schemas)
                    nested = schemas.deref(parameter.get("x-restli-schema"))
                    criteria = (
                        [f"{name}.{child}" for child in nested.get("properties", {})]
                        if nested.get("type") == "object"
                        else [name]
                    )
                    for criterion in criteria:
                        if criterion not in table:
                            raise ValueError(
                                f"finder {route.resource}.{method['name']}: "
                                f"criterion {criterion!r} "
                                "has no entity field in linkedin_marketing.testing.spec.CRITERIA"
                            )


def operation_parameter(
    operation: Mapping[str, Any], name: str, schemas: Schemas
) -> dict[str, Any]:
    for parameter in operation.get("parameters", ()):
        parameter = schemas.deref(parameter)
        if parameter["name"] == name:
            return parameter
    raise ValueError(f"operation {operation.get('operationId')} lists no parameter {name!r}")
