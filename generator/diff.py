"""What changes for client code between two API versions: a typed list of changes.

The comparison is made on the intermediate representation of each version, because that is what the
generated client is made of: a change is named the way client code sees it
(`client.ad_accounts.find_by_search(sort_order=...)`, `AdAccount.name`). The resolved documents
add the facts the representation does not carry: error codes with their HTTP status and message.

Whether a change is breaking follows the usual OpenAPI diff catalogue, seen from generated typed
code: what code may already use must keep working and keep type-checking. So direction matters. A
value the client sends (request bodies, query parameters) breaks code when it becomes more demanding
(new required field, tighter constraint: the client checks constraints before sending); a value the
client receives breaks code when it becomes less certain (a field that may now be missing or null).
Adding enum values never breaks: generated enums accept values they do not know.

Nothing here formats a review: `review` renders the list as Markdown or JSON.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from generator import ir

ChangeKind = Literal[
    "resource-added",
    "resource-removed",
    "method-added",
    "method-removed",
    "method-signature",
    "method-path",
    "parameter-added",
    "parameter-removed",
    "parameter-required",
    "parameter-type",
    "paging",
    "constraint",
    "model-added",
    "model-removed",
    "field-added",
    "field-removed",
    "field-renamed",
    "field-type",
    "field-required",
    "field-nullable",
    "field-access",
    "enum-added",
    "enum-removed",
    "enum-value-added",
    "enum-value-removed",
    "urn-added",
    "urn-removed",
    "error-added",
    "error-removed",
    "error-changed",
]


@dataclass(frozen=True)
class Change:
    """One change client code may need to know about."""

    # The client attribute of the resource it concerns (`ad_accounts`); None when the changed
    # model, enum or URN type is used by several resources (or by none).
    resource: str | None
    # The model, enum or URN type it concerns (`AdAccount`); None for methods and parameters.
    model: str | None
    kind: ChangeKind
    # The changed thing in the generated client's names: `client.creatives.find_by_criteria`,
    # `client.creatives.find_by_criteria(page_size=...)`, `Creative.name`, `CreativeErrorCode.X`.
    subject: str
    description: str
    breaking: bool
    reason: str  # why it does, or does not, break client code


@dataclass(frozen=True)
class Review:
    """Every change from one version to the next."""

    from_version: str
    to_version: str
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)


def compare(spec_dir: Path, from_version: str, to_version: str) -> Review:
    """The review between two versions of the spec in `spec_dir`."""
    from generator.load import load_spec
    from generator.parse import parse
    from generator.resolve import resolve_bundle

    bundle = load_spec(spec_dir)
    documents = resolve_bundle(bundle, [from_version, to_version])
    old, new = (parse(documents[v], v, bundle.file_of) for v in (from_version, to_version))
    return diff(old, new, documents[from_version], documents[to_version])


def diff(
    old: ir.Api, new: ir.Api, old_document: Mapping[str, Any], new_document: Mapping[str, Any]
) -> Review:
    """The changes from `old` to `new`, given the resolved documents they were parsed from."""
    return Review(old.version, new.version, tuple(_Differ(old, new, old_document, new_document)))


# --- Where types are used ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Uses:
    """Where the named types of one version appear."""

    resources: Mapping[str, frozenset[str]]  # type name → client attributes of resources using it
    sent: frozenset[str]  # types of values the client sends (requests, query parameters)
    received: frozenset[str]  # types of values the client receives (responses)


def _uses(api: ir.Api, error_users: Mapping[str, frozenset[str]]) -> _Uses:
    models = {m.name: m for m in api.models}
    resources: dict[str, set[str]] = {n: set(u) for n, u in error_users.items()}
    sent: set[str] = set()
    received: set[str] = set()
    for resource in api.resources:
        for method in resource.methods:
            inputs = _method_inputs(method)
            outputs = [t for t in (method.response, method.element) if t is not None]
            reached_in = _reach(inputs, models, sending=True)
            reached_out = _reach(outputs, models, sending=False)
            sent |= reached_in
            received |= reached_out
            for name in reached_in | reached_out:
                resources.setdefault(name, set()).add(resource.python)
    return _Uses(
        {n: frozenset(r) for n, r in resources.items()}, frozenset(sent), frozenset(received)
    )


def _method_inputs(method: ir.Method) -> list[ir.TypeRef]:
    inputs = [p.type for p in (*method.parents, *method.parameters)]
    if method.key is not None:
        inputs.append(method.key.type)
    if method.request is not None:
        inputs.append(method.request)
    # A partial update is built from the entity model (original and modified), so that model is
    # what client code fills in, even though the body sent is a patch.
    if method.kind in ("partial_update", "batch_partial_update") and method.element is not None:
        inputs.append(method.element)
    return inputs


def _reach(roots: Iterable[ir.TypeRef], models: Mapping[str, ir.Model], sending: bool) -> set[str]:
    """Named types reachable from `roots`; read-only fields are never sent, so sending skips
    them."""
    found: set[str] = set()
    stack = list(roots)
    while stack:
        for name in _names(stack.pop()):
            if name in found:
                continue
            found.add(name)
            model = models.get(name)
            if model is not None:
                stack.extend(f.type for f in model.fields if not (sending and f.read_only))
    return found


def _names(t: ir.TypeRef) -> Iterator[str]:
    if isinstance(t, ir.ModelRef | ir.EnumRef | ir.UrnRef):
        yield t.name
    elif isinstance(t, ir.UrnUnion):
        yield from t.members
    elif isinstance(t, ir.ListOf):
        yield from _names(t.item)
    elif isinstance(t, ir.MapOf):
        yield from _names(t.value)


def type_name(t: ir.TypeRef | None) -> str:
    """A type as generated code spells it."""
    if t is None:
        return "None"
    if isinstance(t, ir.Primitive):
        return t.python
    if isinstance(t, ir.PrimitiveUnion):
        return " | ".join(m.python for m in t.members)
    if isinstance(t, ir.DecimalType):
        return "Decimal"
    if isinstance(t, ir.UrnUnion):
        return " | ".join(t.members)
    if isinstance(t, ir.ListOf):
        return f"list[{type_name(t.item)}]"
    if isinstance(t, ir.MapOf):
        return f"dict[str, {type_name(t.value)}]"
    if isinstance(t, ir.JsonValue):
        return "Any"
    return t.name


# --- Error codes (from the resolved documents) -------------------------------------------------


@dataclass(frozen=True)
class _ErrorCode:
    status: int | None
    message: str


def _error_enums(document: Mapping[str, Any]) -> dict[str, dict[str, _ErrorCode]]:
    """Error-code enums (values carrying `x-http-status`, or named by a method's `errors`)."""
    schemas = document.get("components", {}).get("schemas", {})
    names = {n for n, s in schemas.items() if _has_statuses(s)}
    names |= set(_error_users_by_name(document))
    found: dict[str, dict[str, _ErrorCode]] = {}
    for name in sorted(names):
        schema = schemas.get(name, {})
        notes = schema.get("x-enum-values", {})
        found[name] = {
            value: _ErrorCode(
                notes.get(value, {}).get("x-http-status"), notes.get(value, {}).get("x-message", "")
            )
            for value in schema.get("enum", [])
        }
    return found


def _has_statuses(schema: Any) -> bool:
    notes = schema.get("x-enum-values") if isinstance(schema, dict) else None
    return isinstance(notes, dict) and any(
        isinstance(n, dict) and "x-http-status" in n for n in notes.values()
    )


def _error_users_by_name(document: Mapping[str, Any]) -> dict[str, set[str]]:
    """Error enum name → Rest.li names of the resources whose methods document it."""
    users: dict[str, set[str]] = {}
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for method in operation.get("x-restli-methods", []):
                ref = method.get("errors", {}).get("$ref", "")
                if ref.startswith("#/components/schemas/"):
                    name = ref.rsplit("/", 1)[1]
                    users.setdefault(name, set()).add(item["x-restli-resource"])
    return users


def _error_users(api: ir.Api, document: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    attribute = {r.name: r.python for r in api.resources}
    return {
        name: frozenset(attribute.get(r, r) for r in resources)
        for name, resources in _error_users_by_name(document).items()
    }


# --- Constraints -----------------------------------------------------------------------------

# (attribute, how it reads, whether a larger value is tighter)
_LIMITS = (
    ("max_length", "maximum length", False),
    ("min_length", "minimum length", True),
    ("max_items", "maximum number of items", False),
    ("min_items", "minimum number of items", True),
    ("maximum", "maximum", False),
    ("minimum", "minimum", True),
)


def _constraint_changes(
    old: ir.Constraints, new: ir.Constraints
) -> Iterator[tuple[str, object, object, bool]]:
    """(what, old value, new value, tightened) for each limit that changed; None means no limit."""
    for attribute, label, larger_is_tighter in _LIMITS:
        before, after = getattr(old, attribute), getattr(new, attribute)
        if before == after:
            continue
        if before is None:
            tightened = True
        elif after is None:
            tightened = False
        else:
            tightened = (after > before) == larger_is_tighter
        yield label, before, after, tightened


def _limit(value: object) -> str:
    return "none" if value is None else str(value)


# --- The comparison ----------------------------------------------------------------------------

_UNKNOWN_VALUES = "generated enums accept values they do not know, so decoding never fails"
_PAGING_ARGUMENTS = {"cursor": "`page_size`/`page_token`", "index": "`start`/`count`"}
_PAGE_DESCRIPTIONS = {
    "cursor": "next page from `metadata.nextPageToken`",
    "index": "page described by `paging`",
}
# The response field that describes a page, by paging style.
_PAGE_FIELDS = {"cursor": "metadata", "index": "paging"}


class _Differ:
    """Walks both versions once; iterating it yields the changes in a stable order: resources
    (methods, then the models, enums and error codes only they use), then shared types."""

    def __init__(
        self,
        old: ir.Api,
        new: ir.Api,
        old_document: Mapping[str, Any],
        new_document: Mapping[str, Any],
    ) -> None:
        self.old, self.new = old, new
        self.old_errors, self.new_errors = _error_enums(old_document), _error_enums(new_document)
        self.old_uses = _uses(old, _error_users(old, old_document))
        self.new_uses = _uses(new, _error_users(new, new_document))
        self.old_models = {m.name: m for m in old.models}
        self.new_models = {m.name: m for m in new.models}
        # Page-describing response fields (and their models) already told by a paging change.
        self.told_fields: set[tuple[str, str]] = set()
        self.told_models: set[str] = set()
        self.old_typed_by = _typed_by(old)

    def __iter__(self) -> Iterator[Change]:
        changes = list(self.resources()) + list(self.types())
        # Resources in the new version's order (removed ones after them), shared types last; the
        # sort is stable, so each group keeps the walk order.
        order: dict[str, int] = {}
        for resource in (*self.new.resources, *self.old.resources):
            order.setdefault(resource.python, len(order))
        return iter(
            sorted(changes, key=lambda c: len(order) if c.resource is None else order[c.resource])
        )

    # --- ownership and direction of a named type ---

    def owner(self, name: str) -> str | None:
        users = self.old_uses.resources.get(name, frozenset()) | self.new_uses.resources.get(
            name, frozenset()
        )
        return next(iter(users)) if len(users) == 1 else None

    def sent(self, name: str) -> bool:
        return name in self.old_uses.sent or name in self.new_uses.sent or self.unused(name)

    def received(self, name: str) -> bool:
        return name in self.old_uses.received or name in self.new_uses.received or self.unused(name)

    def unused(self, name: str) -> bool:
        """Not reached from any method: it may be used either way, so judge it both ways."""
        return all(
            name not in u.sent and name not in u.received for u in (self.old_uses, self.new_uses)
        )

    # --- resources and methods ---

    def resources(self) -> Iterator[Change]:
        old = {r.python: r for r in self.old.resources}
        new = {r.python: r for r in self.new.resources}
        for name, resource in old.items():
            if name not in new:
                yield Change(
                    name,
                    None,
                    "resource-removed",
                    f"client.{name}",
                    f"The `{resource.name}` resource is gone, with all its methods.",
                    True,
                    "code using this client attribute no longer works",
                )
        for name, resource in new.items():
            if name not in old:
                methods = ", ".join(f"`{m.python}`" for m in resource.methods)
                yield Change(
                    name,
                    None,
                    "resource-added",
                    f"client.{name}",
                    f"New resource `{resource.name}` with {methods}.",
                    False,
                    "nothing existing changes",
                )
            else:
                yield from self.methods(old[name], resource)

    def methods(self, old: ir.Resource, new: ir.Resource) -> Iterator[Change]:
        before = {m.python: m for m in old.methods}
        after = {m.python: m for m in new.methods}
        r = new.python
        for name, method in before.items():
            if name not in after:
                yield Change(
                    r,
                    None,
                    "method-removed",
                    f"client.{r}.{name}",
                    f"Method `{name}` ({_method_label(method)}) is gone.",
                    True,
                    "calls to it no longer work",
                )
        for name, method in after.items():
            if name not in before:
                yield Change(
                    r,
                    None,
                    "method-added",
                    f"client.{r}.{name}",
                    f"New method `{name}` ({_method_label(method)}).",
                    False,
                    "nothing existing changes",
                )
            else:
                yield from self.method(r, before[name], method)

    def method(self, r: str, old: ir.Method, new: ir.Method) -> Iterator[Change]:
        subject = f"client.{r}.{new.python}"
        old_key, new_key = (old.key.type if old.key else None), (new.key.type if new.key else None)
        if old_key != new_key:
            yield Change(
                r,
                None,
                "method-signature",
                subject,
                f"The {_key_label(new)} of `{new.python}` changes: `{type_name(old_key)}` → "
                f"`{type_name(new_key)}`.",
                True,
                "code passing or reading keys of the old type no longer type-checks",
            )
        old_parents = [(p.python, p.type) for p in old.parents]
        new_parents = [(p.python, p.type) for p in new.parents]
        if old_parents != new_parents:
            yield Change(
                r,
                None,
                "method-signature",
                subject,
                f"The path arguments of `{new.python}` change: {_arguments(old.parents)} → "
                f"{_arguments(new.parents)}.",
                True,
                "callers pass the old path arguments",
            )
        elif _path(old) != _path(new):
            yield Change(
                r,
                None,
                "method-path",
                subject,
                f"`{new.python}` is sent to `{_path(new)}` instead of `{_path(old)}`.",
                False,
                "the arguments stay the same; the client builds the new path",
            )
        for part, before, after in (
            ("request body", old.request, new.request),
            ("result", old.response, new.response),
        ):
            if before != after:
                yield Change(
                    r,
                    None,
                    "method-signature",
                    subject,
                    f"The {part} of `{new.python}` changes type: `{type_name(before)}` → "
                    f"`{type_name(after)}`.",
                    True,
                    "code written against the old type no longer type-checks",
                )
        yield from self.paging(r, old, new)
        yield from self.parameters(r, old, new)

    def paging(self, r: str, old: ir.Method, new: ir.Method) -> Iterator[Change]:
        subject = f"client.{r}.{new.python}"
        before, after = old.paging, new.paging
        if before is None and after is None:
            return
        if before is None or after is None:
            paged = before or after
            assert paged is not None
            yield Change(
                r,
                None,
                "paging",
                subject,
                f"`{new.python}` {'now pages' if after else 'no longer pages'} by {paged.style} "
                f"({_paging_text(paged)}).",
                True,
                "its result changes between a page and a plain answer",
            )
            return
        if before.style != after.style:
            self.tell_page_fields(old, new, before.style, after.style)
            yield Change(
                r,
                None,
                "paging",
                subject,
                f"`{new.python}` pages by {after.style} ({_paging_text(after)}) instead of "
                f"by {before.style} ({_paging_text(before)}).",
                True,
                f"calls passing {_PAGING_ARGUMENTS[before.style]} no longer work, and the page "
                "is described by another field; iterating with `iter_all()` is unaffected",
            )
            return
        if before.max_page_size != after.max_page_size:
            tightened = after.max_page_size is not None and (
                before.max_page_size is None or after.max_page_size < before.max_page_size
            )
            yield Change(
                r,
                None,
                "constraint",
                f"{subject}({'page_size' if after.style == 'cursor' else 'count'}=...)",
                f"The largest page of `{new.python}` changes: {_limit(before.max_page_size)} → "
                f"{_limit(after.max_page_size)}.",
                tightened,
                (
                    "the client refuses larger pages before sending"
                    if tightened
                    else "every page size accepted before is still accepted"
                ),
            )

    def tell_page_fields(self, old: ir.Method, new: ir.Method, before: str, after: str) -> None:
        """A paging change also swaps the field describing the page in the finder's response;
        the paging item tells that, so the field (and its model) is not listed again."""
        for method, style in ((old, before), (new, after)):
            if isinstance(method.response, ir.ModelRef):
                models = self.old_models if method is old else self.new_models
                field = _PAGE_FIELDS[style]
                self.told_fields.add((method.response.name, field))
                model = models.get(method.response.name)
                for f in model.fields if model else ():
                    if f.wire == field and isinstance(f.type, ir.ModelRef):
                        self.told_models.add(f.type.name)

    def parameters(self, r: str, old: ir.Method, new: ir.Method) -> Iterator[Change]:
        before = {p.wire: p for p in old.parameters}
        after = {p.wire: p for p in new.parameters}
        call = f"client.{r}.{new.python}"
        for wire, p in before.items():
            if wire not in after:
                yield Change(
                    r,
                    None,
                    "parameter-removed",
                    f"{call}({p.python}=...)",
                    f"Parameter {_parameter_label(p)} of `{new.python}` is gone.",
                    True,
                    "calls passing it no longer work",
                )
        for wire, p in after.items():
            subject = f"{call}({p.python}=...)"
            if wire not in before:
                yield Change(
                    r,
                    None,
                    "parameter-added",
                    subject,
                    f"New {'required' if p.required else 'optional'} parameter "
                    f"{_parameter_label(p)} of `{new.python}`, of type `{type_name(p.type)}`.",
                    p.required,
                    (
                        "existing calls do not pass it"
                        if p.required
                        else "existing calls keep working without it"
                    ),
                )
                continue
            o = before[wire]
            if o.type != p.type:
                yield Change(
                    r,
                    None,
                    "parameter-type",
                    subject,
                    f"Parameter `{p.python}` of `{new.python}` changes type: "
                    f"`{type_name(o.type)}` → `{type_name(p.type)}`.",
                    True,
                    "calls passing the old type no longer type-check",
                )
            if o.required != p.required:
                yield Change(
                    r,
                    None,
                    "parameter-required",
                    subject,
                    f"Parameter `{p.python}` of `{new.python}` becomes "
                    f"{'required' if p.required else 'optional'}.",
                    p.required,
                    (
                        "calls that leave it out no longer work"
                        if p.required
                        else "calls passing it keep working"
                    ),
                )
            for label, was, now, tightened in _constraint_changes(o.constraints, p.constraints):
                yield Change(
                    r,
                    None,
                    "constraint",
                    subject,
                    f"The {label} of parameter `{p.python}` of `{new.python}` changes: "
                    f"{_limit(was)} → {_limit(now)} ({'tightened' if tightened else 'loosened'}).",
                    tightened,
                    _constraint_reason(tightened, sent=True),
                )

    # --- models, enums, URN types, error codes ---

    def types(self) -> Iterator[Change]:
        yield from self.models()
        yield from self.enums()
        yield from self.urns()
        yield from self.errors()

    def models(self) -> Iterator[Change]:
        for name in sorted(self.old_models.keys() | self.new_models.keys()):
            old, new = self.old_models.get(name), self.new_models.get(name)
            if name in self.told_models and (old is None or new is None):
                continue
            if new is None:
                yield self.type_change(name, "model-removed", f"Model `{name}` is gone.", True)
            elif old is None:
                yield self.type_change(name, "model-added", f"New model `{name}`.", False)
            else:
                yield from self.fields(old, new)

    def type_change(self, name: str, kind: ChangeKind, description: str, removed: bool) -> Change:
        users = self.old_typed_by.get(name, []) if removed else []
        if users:
            # Where it was used tells the reviewer which other item of the review caused this one.
            description += f" It was the type of {', '.join(users)}."
        return Change(
            self.owner(name),
            name,
            kind,
            name,
            description,
            removed,
            "code importing or using it no longer works" if removed else "nothing existing changes",
        )

    def fields(self, old: ir.Model, new: ir.Model) -> Iterator[Change]:
        m = new.name
        before = {f.wire: f for f in old.fields}
        after = {f.wire: f for f in new.fields}
        renamed = {
            f.renamed_from: f
            for f in new.fields
            if f.renamed_from in before and f.renamed_from not in after
        }
        sent, received = self.sent(m), self.received(m)

        def change(
            kind: ChangeKind, field: ir.Field, text: str, breaking: bool, why: str
        ) -> Change:
            return Change(self.owner(m), m, kind, f"{m}.{field.python}", text, breaking, why)

        for wire, f in before.items():
            if wire in after or wire in renamed or (m, wire) in self.told_fields:
                continue
            yield change("field-removed", f, f"Field `{m}.{f.python}` is gone.", True, _GONE)
        for wire, f in after.items():
            if wire in before:
                yield from self.field(m, before[wire], f, sent, received)
                continue
            if f.renamed_from in renamed:
                o = before[f.renamed_from]
                yield change(
                    "field-renamed",
                    f,
                    f"Field `{m}.{o.python}` is renamed `{m}.{f.python}` "
                    f"(JSON `{o.wire}` → `{f.wire}`).",
                    o.python != f.python,
                    "code using the old attribute name no longer works",
                )
                yield from self.field(m, o, f, sent, received)
                continue
            if (m, wire) in self.told_fields:
                continue
            demanded = f.required and sent and not f.read_only
            yield change(
                "field-added",
                f,
                f"New {'required ' if demanded else ''}field `{m}.{f.python}` "
                f"(`{type_name(f.type)}`{', read-only' if f.read_only else ''}).",
                demanded,
                (
                    "code creating this model does not set it"
                    if demanded
                    else (
                        "it is optional, so code building this model keeps working without it"
                        if sent and not f.read_only
                        else "responses may carry it; existing code keeps working"
                    )
                ),
            )

    def field(
        self, m: str, old: ir.Field, new: ir.Field, sent: bool, received: bool
    ) -> Iterator[Change]:
        owner, subject = self.owner(m), f"{m}.{new.python}"
        # A read-only field is only ever received.
        sent = sent and not (old.read_only and new.read_only)

        def change(kind: ChangeKind, text: str, breaking: bool, why: str) -> Change:
            return Change(owner, m, kind, subject, text, breaking, why)

        if old.type != new.type:
            yield change(
                "field-type",
                f"`{subject}` changes type: `{type_name(old.type)}` → `{type_name(new.type)}`.",
                True,
                "code written against the old type no longer type-checks",
            )
        if old.required != new.required:
            if new.required:
                yield change(
                    "field-required",
                    f"`{subject}` becomes required.",
                    sent,
                    (
                        "code creating this model without it is refused"
                        if sent
                        else "responses are only more certain to carry it"
                    ),
                )
            else:
                yield change(
                    "field-required",
                    f"`{subject}` becomes optional.",
                    received,
                    (
                        "responses may lack it, so code must handle `None`"
                        if received
                        else "code setting it keeps working"
                    ),
                )
        if old.nullable != new.nullable:
            yield change(
                "field-nullable",
                f"`{subject}` {'may now be' if new.nullable else 'can no longer be'} null.",
                received if new.nullable else sent,
                (
                    ("responses may carry null, so code must handle `None`" if received else _SAFE)
                    if new.nullable
                    else ("code sending null is refused" if sent else _SAFE)
                ),
            )
        if old.read_only != new.read_only:
            yield change(
                "field-access",
                f"`{subject}` {'becomes read-only' if new.read_only else 'can now be sent'}.",
                new.read_only,
                (
                    "a value set by code is no longer sent"
                    if new.read_only
                    else "code that did not set it keeps working"
                ),
            )
        if old.create_only != new.create_only:
            yield change(
                "field-access",
                f"`{subject}` can now {_CREATE_ONLY[new.create_only]}.",
                new.create_only,
                (
                    "a partial update that changes it is refused before sending"
                    if new.create_only
                    else "partial updates that did not touch it keep working"
                ),
            )
        for label, was, now, tightened in _constraint_changes(old.constraints, new.constraints):
            yield change(
                "constraint",
                f"The {label} of `{subject}` changes: {_limit(was)} → {_limit(now)} "
                f"({'tightened' if tightened else 'loosened'}).",
                tightened and sent,
                _constraint_reason(tightened, sent),
            )

    def enums(self) -> Iterator[Change]:
        old = {e.name: e for e in self.old.enums if e.name not in self.old_errors}
        new = {e.name: e for e in self.new.enums if e.name not in self.new_errors}
        for name in sorted(old.keys() | new.keys()):
            if name not in new:
                yield self.type_change(name, "enum-removed", f"Enum `{name}` is gone.", True)
            elif name not in old:
                yield self.type_change(name, "enum-added", f"New enum `{name}`.", False)
            else:
                before = {v.value: v for v in old[name].values}
                after = {v.value: v for v in new[name].values}
                owner = self.owner(name)
                for value, v in before.items():
                    if value not in after:
                        yield Change(
                            owner,
                            name,
                            "enum-value-removed",
                            f"{name}.{v.python}",
                            f"Value `{value}` of `{name}` is gone.",
                            True,
                            "code using this member no longer works",
                        )
                for value, v in after.items():
                    if value not in before:
                        yield Change(
                            owner,
                            name,
                            "enum-value-added",
                            f"{name}.{v.python}",
                            f"New value `{value}` of `{name}`.",
                            False,
                            (
                                "a new choice for requests; " + _UNKNOWN_VALUES
                                if self.sent(name)
                                else _UNKNOWN_VALUES
                            ),
                        )

    def urns(self) -> Iterator[Change]:
        old = {u.name: u for u in self.old.urns}
        new = {u.name: u for u in self.new.urns}
        for name in sorted(old.keys() | new.keys()):
            if name not in new:
                yield self.type_change(name, "urn-removed", f"URN type `{name}` is gone.", True)
            elif name not in old:
                yield self.type_change(
                    name,
                    "urn-added",
                    f"New URN type `{name}` (`urn:li:{new[name].kind}:...`).",
                    False,
                )

    def errors(self) -> Iterator[Change]:
        for name in sorted(self.old_errors.keys() | self.new_errors.keys()):
            before = self.old_errors.get(name, {})
            after = self.new_errors.get(name, {})
            owner = self.owner(name)
            for code in before:
                if code not in after:
                    yield Change(
                        owner,
                        name,
                        "error-removed",
                        f"{name}.{code}",
                        f"Error code `{code}` is no longer documented.",
                        True,
                        "code referring to this enum member no longer works",
                    )
            for code, facts in after.items():
                if code not in before:
                    yield Change(
                        owner,
                        name,
                        "error-added",
                        f"{name}.{code}",
                        f"New error code `{code}`{_error_facts(facts)}.",
                        False,
                        "it is raised as the typed API error like any other code; "
                        + _UNKNOWN_VALUES,
                    )
                elif before[code].status != facts.status:
                    yield Change(
                        owner,
                        name,
                        "error-changed",
                        f"{name}.{code}",
                        f"Error code `{code}` comes with HTTP {facts.status} instead of "
                        f"{before[code].status}.",
                        True,
                        "code that tells errors apart by status, and the retry decision, see a "
                        "different status",
                    )


_CREATE_ONLY = {True: "only be set on create", False: "be changed by a partial update"}
_GONE = "code using this attribute no longer works"
_SAFE = "nothing existing changes"


def _constraint_reason(tightened: bool, sent: bool) -> str:
    if not sent:
        return "the client checks constraints only on what it sends"
    if tightened:
        return "the client refuses values outside the new limit before sending"
    return "every value accepted before is still accepted"


def _error_facts(facts: _ErrorCode) -> str:
    status = f"HTTP {facts.status}" if facts.status is not None else ""
    message = f"“{facts.message}”" if facts.message else ""
    shown = ", ".join(s for s in (status, message) if s)
    return f" ({shown})" if shown else ""


def _method_label(method: ir.Method) -> str:
    if method.kind in ("finder", "action"):
        return f"Rest.li {method.kind} `{method.restli_name}`"
    return f"Rest.li `{method.kind}`"


def _parameter_label(parameter: ir.Parameter) -> str:
    """The Python name, and the name sent when it differs."""
    if parameter.python == parameter.wire:
        return f"`{parameter.python}`"
    return f"`{parameter.python}` (`{parameter.wire}`)"


def _typed_by(api: ir.Api) -> dict[str, list[str]]:
    """Type name → the fields and parameters declared with it (directly or in a list or map)."""
    users: dict[str, list[str]] = {}
    for model in api.models:
        for field in model.fields:
            for name in _names(field.type):
                users.setdefault(name, []).append(f"`{model.name}.{field.python}`")
    for resource in api.resources:
        for method in resource.methods:
            for parameter in method.parameters:
                for name in _names(parameter.type):
                    subject = f"client.{resource.python}.{method.python}({parameter.python}=...)"
                    users.setdefault(name, []).append(f"`{subject}`")
    return users


def _key_label(method: ir.Method) -> str:
    if method.kind in ("create", "batch_create"):
        return "type of the ids of created entities"
    return "key type"


def _arguments(parameters: Iterable[ir.Parameter]) -> str:
    shown = ", ".join(f"`{p.python}: {type_name(p.type)}`" for p in parameters)
    return shown or "none"


def _path(method: ir.Method) -> str:
    return "".join(s.text for s in method.path)


def _paging_text(paging: ir.Paging) -> str:
    size = f", at most {paging.max_page_size} a page" if paging.max_page_size is not None else ""
    return f"{_PAGING_ARGUMENTS[paging.style]}{size}; {_PAGE_DESCRIPTIONS[paging.style]}"
