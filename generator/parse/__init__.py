"""The resolved OpenAPI document of one version → the intermediate representation (`ir`).

Problems are collected as values (`Problem`) while the whole document is read, then reported
together in one `SpecError`, so a spec author sees every mistake in one run.

  document   the document being read, its problems, `$ref` lookups
  schemas    component schemas → URN types, enums, records; the type of any schema
  named      URN types and enums
  models     records: fields, then the flags that depend on other records
  resources  path items → resources, their keys and parameters
  methods    one `x-restli-methods` entry → a method (kind, key, paging, bodies)
"""

from __future__ import annotations

from typing import Any

from generator import ir
from generator.diagnostics import raise_if_errors
from generator.parse.document import Document, FileOf, text
from generator.parse.resources import Resources
from generator.parse.schemas import Schemas


def parse(document: dict[str, Any], version: str, file_of: FileOf | None = None) -> ir.Api:
    """The API of one version; raises `SpecError` with every problem found."""
    doc = Document(document, file_of or (lambda _path: "openapi.yaml"))
    schemas = Schemas(doc)
    schemas.read_components()
    # Resources may define inline records (criteria, action parameters) too, so the records are
    # finished only after them.
    reader = Resources(doc, schemas)
    resources = reader.resources()
    schemas.models.finish()
    resources = tuple(reader.with_action_fields(r) for r in resources)
    schemas.mark_error_codes(resources)
    raise_if_errors(doc.problems)
    info = document.get("info", {})
    return ir.Api(
        version=version,
        title=str(info.get("title", "")),
        description=text(info.get("description", info.get("summary", ""))),
        urns=tuple(schemas.urns[n] for n in sorted(schemas.urns)),
        urn_unions=tuple(schemas.urn_unions[n] for n in sorted(schemas.urn_unions)),
        enums=tuple(schemas.enums[n] for n in sorted(schemas.enums)),
        models=tuple(schemas.models.finished[n] for n in sorted(schemas.models.finished)),
        resources=resources,
    )
