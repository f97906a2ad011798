"""The Rest.li method kinds: how each one travels over HTTP and what it answers.

One table, read wherever a method kind matters: the generator checks a spec's `x-restli-methods`
against it, builds each method from it and picks the method's template by its name; the test
server tells from it which method a request calls. Adding a kind is one entry here plus one
template (`templates/version/resources/kinds/<name>.jinja`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# Where a kind's entity record is (see `MethodKind.record`).
Record = Literal[
    "request", "response", "request.elements", "response.elements", "response.results", "patched"
]


@dataclass(frozen=True, kw_only=True)
class MethodKind:
    """One Rest.li method kind (`get`, `batch_get`, `finder`, ...)."""

    name: str  # as a spec's `x-restli-methods` names it; also the name of its template
    header: str  # the `X-RestLi-Method` value
    verb: str  # the HTTP verb that carries it
    on_entity: bool = False  # addressed to the entity path (its key in the path)
    # The query parameter that tells it from the other methods on the same path and verb (`q=`
    # names a finder, `action=` an action, `ids=` the keys of a batch); None when the path, the
    # verb and the `X-RestLi-Method` header tell it.
    selector: Literal["q", "action", "ids"] | None = None
    named: bool = False  # the spec names each one (finders, actions): the selector's value
    prefix: str = ""  # a named kind's generated method is `prefix` + the name in snake case
    request: Literal["required", "optional", "none"] = "none"  # its request body
    # Its response body; "unless-empty": required unless the method answers 201 or 204.
    response: Literal["required", "unless-empty", "none"] = "none"
    status: int = 200  # the success status when the spec names none
    # Where its entity keys are: in the path, in `ids`, or the keys it creates (in its answer).
    keys: Literal["path", "ids", "created"] | None = None
    # Where its entity record is: a body, the `elements` or `results` of a body, or the record of
    # the resource whose entities it patches ("patched").
    record: Record | None = None
    # Its request is a record of arguments, passed one by one; its response is returned as its
    # own type (actions).
    arguments: bool = False

    @property
    def retried(self) -> bool:
        """Safe to send again after a failure: it only reads."""
        return self.verb == "GET"


METHOD_KINDS: dict[str, MethodKind] = {
    kind.name: kind
    for kind in (
        MethodKind(
            name="get",
            header="GET",
            verb="GET",
            on_entity=True,
            response="required",
            keys="path",
            record="response",
        ),
        MethodKind(
            name="batch_get",
            header="BATCH_GET",
            verb="GET",
            selector="ids",
            response="required",
            keys="ids",
            record="response.results",
        ),
        MethodKind(
            name="get_all",
            header="GET_ALL",
            verb="GET",
            response="required",
            record="response.elements",
        ),
        MethodKind(
            name="create",
            header="CREATE",
            verb="POST",
            request="required",
            status=201,
            keys="created",
            record="request",
        ),
        MethodKind(
            name="batch_create",
            header="BATCH_CREATE",
            verb="POST",
            request="required",
            response="required",
            keys="created",
            record="request.elements",
        ),
        MethodKind(
            name="update",
            header="UPDATE",
            verb="PUT",
            on_entity=True,
            request="required",
            status=204,
            keys="path",
            record="request",
        ),
        MethodKind(
            name="partial_update",
            header="PARTIAL_UPDATE",
            verb="POST",
            on_entity=True,
            request="required",
            status=204,
            keys="path",
            record="patched",
        ),
        MethodKind(
            name="batch_partial_update",
            header="BATCH_PARTIAL_UPDATE",
            verb="POST",
            selector="ids",
            request="required",
            response="required",
            keys="ids",
            record="patched",
        ),
        MethodKind(
            name="delete",
            header="DELETE",
            verb="DELETE",
            on_entity=True,
            status=204,
            keys="path",
        ),
        MethodKind(
            name="batch_delete",
            header="BATCH_DELETE",
            verb="DELETE",
            selector="ids",
            response="required",
            keys="ids",
        ),
        MethodKind(
            name="finder",
            header="FINDER",
            verb="GET",
            selector="q",
            named=True,
            prefix="find_by_",
            response="required",
            record="response.elements",
        ),
        MethodKind(
            name="action",
            header="ACTION",
            verb="POST",
            selector="action",
            named=True,
            request="optional",
            response="unless-empty",
            arguments=True,
        ),
    )
}
