"""The breaking changes between two versions, keyed by what user code touches.

A thin adapter over the diff (`generator.diff`): each breaking `Change` becomes entries of tables
the use finder looks up (an imported name, an enum member, a client attribute, a method, a keyword
argument, a model field), each with a message saying what changed and what to do. The diff names
changes the way generated code spells them (`client.ad_accounts.find_by_search(sort=...)`,
`AdAccount.name`); what the diff does not carry (the keyword arguments of a paging style, the path
keys of a method) comes from the two IRs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from generator import ir
from generator.diff import Change, Review
from generator.upgrade.surface import PAGE_ATTRIBUTES, PAGING_ARGUMENTS, keyword_arguments

Severity = Literal["breaking", "possibly-breaking"]
FieldUse = Literal["read", "write"]

_ARGUMENT_KINDS = (
    "parameter-removed",
    "parameter-added",
    "parameter-required",
    "parameter-type",
    "constraint",
)
_FIELD_KINDS = (
    "field-removed",
    "field-renamed",
    "field-type",
    "field-required",
    "field-nullable",
    "field-access",
    "field-added",
    "constraint",
)


@dataclass(frozen=True)
class Break:
    subject: str  # as the diff names it
    message: str  # what changed and what to do
    # "possibly-breaking" when the effect depends on values the checker cannot see (a tightened
    # limit breaks only the calls passing larger values).
    severity: Severity = "breaking"


@dataclass
class Breaks:
    names: dict[str, Break] = field(default_factory=dict)  # exported names
    members: dict[tuple[str, str], Break] = field(default_factory=dict)  # (enum, member)
    resources: dict[str, Break] = field(default_factory=dict)  # client attributes
    methods: dict[tuple[str, str], Break] = field(default_factory=dict)  # removed methods
    calls: dict[tuple[str, str], list[Break]] = field(default_factory=dict)  # every call
    arguments: dict[tuple[str, str, str], Break] = field(default_factory=dict)  # when passed
    # (resource, method) → arguments a call must now pass
    missing_arguments: dict[tuple[str, str], dict[str, Break]] = field(default_factory=dict)
    # (resource, method) → attributes its pages no longer fill
    page_attributes: dict[tuple[str, str], dict[str, Break]] = field(default_factory=dict)
    fields: dict[tuple[str, str], dict[FieldUse, Break]] = field(default_factory=dict)
    missing_fields: dict[str, dict[str, Break]] = field(default_factory=dict)  # on construction


def breaks(review: Review, old: ir.Api, new: ir.Api) -> Breaks:
    adapter = _Adapter(old, new, _added_arguments(review.changes))
    for change in review.breaking:
        adapter.add(change)
    return adapter.found


class _Adapter:
    def __init__(self, old: ir.Api, new: ir.Api, added: dict[tuple[str, str], list[str]]) -> None:
        self.found = Breaks()
        self.old_methods, self.new_methods = _methods(old), _methods(new)
        self.old_classes = {r.python: r.class_name for r in old.resources}
        self.old_members = {e.name: {v.value: v.python for v in e.values} for e in old.enums}
        self.old_fields = _fields(old)
        self.new_fields = _fields(new)
        self.old_wire = {(m.name, f.wire): f.python for m in old.models for f in m.fields}
        self.added = added

    def add(self, change: Change) -> None:
        kind, subject, text = change.kind, change.subject, change.description
        found = self.found
        if kind in ("model-removed", "enum-removed", "urn-removed"):
            found.names[subject] = Break(subject, f"{text} Remove its imports and uses.")
        elif kind == "resource-removed":
            r = subject.removeprefix("client.")
            found.resources[r] = Break(subject, f"{text} Remove the code using it.")
            class_name = self.old_classes[r]
            for name in (class_name, "Async" + class_name):
                found.names[name] = Break(subject, f"{text} Remove its imports and uses.")
        elif kind in ("enum-value-removed", "error-removed") and "." in subject:
            enum, member = self.member(subject)
            found.members[(enum, member)] = Break(subject, f"{text} Stop using this member.")
        elif kind == "method-removed":
            r, m = _method_of(change)
            found.methods[(r, m)] = Break(subject, f"{text} Remove the calls.")
        elif kind == "paging":
            self.paging(change)
        elif kind == "method-signature":
            self.signature(change)
        elif kind in _ARGUMENT_KINDS and change.method is not None:
            self.argument(change)
        elif kind in _FIELD_KINDS and change.model is not None and "." in subject:
            self.field(change)
        else:
            self.unknown(change)
        # What went with a removal (the types only a removed parameter or field used), when the
        # diff folds it into the removal's item.
        for gone in change.cascade:
            if not gone.startswith("client.") and "." not in gone:
                found.names[gone] = Break(
                    subject, f"{text} `{gone}` goes with it: remove its imports and uses."
                )

    def member(self, subject: str) -> tuple[str, str]:
        """(enum, member name) of `Enum.MEMBER`; error codes are named by their value."""
        enum, value = subject.split(".", 1)
        return enum, self.old_members.get(enum, {}).get(value, value)

    def unknown(self, change: Change) -> None:
        """A breaking change no rule here knows (an error code's status, a URN type's shape, a
        kind a newer diff adds): each use of its subject is possibly-breaking."""
        subject = change.subject
        item = Break(
            subject,
            f"{change.description} Check this use: {change.reason}.",
            "possibly-breaking",
        )
        found = self.found
        if change.method is not None:
            self.call(*_method_of(change), item)
        elif subject.startswith("client."):
            found.resources[subject.removeprefix("client.")] = item
        elif "." in subject:
            owner, attribute = self.member(subject)
            if owner in self.old_members:
                found.members[(owner, attribute)] = item
            else:
                uses = found.fields.setdefault((owner, attribute), {})
                uses["read"] = uses["write"] = item
        elif subject.isidentifier():
            found.names[subject] = item

    def paging(self, change: Change) -> None:
        r, m = _method_of(change)
        text = change.description
        before, after = self.old_methods[(r, m)].paging, self.new_methods[(r, m)].paging
        if before is None or after is None:
            self.call(r, m, Break(change.subject, f"{text} Update the code using the result."))
            return
        instead = " and ".join(f"`{a}`" for a in PAGING_ARGUMENTS[after.style])
        changed = f"`{m}` pages by {after.style} instead of by {before.style}."
        for a in PAGING_ARGUMENTS[before.style]:
            self.found.arguments[(r, m, a)] = Break(
                change.subject,
                f"{changed} Stop passing `{a}`: pass {instead}, or iterate with `iter_all()`.",
            )
        readable = " or ".join(f"`{n}`" for n in PAGE_ATTRIBUTES[after.style])
        self.found.page_attributes[(r, m)] = {
            a: Break(
                change.subject,
                f"{changed} Its pages no longer fill `{a}`: read {readable}, "
                "or iterate with `iter_all()`.",
            )
            for a in PAGE_ATTRIBUTES[before.style]
        }

    def signature(self, change: Change) -> None:
        r, m = _method_of(change)
        text = change.description
        old, new = self.old_methods[(r, m)], self.new_methods[(r, m)]
        old_parents = {p.python: p.type for p in old.parents}
        new_parents = {p.python: p.type for p in new.parents}
        if old_parents == new_parents:  # the key, the body or the result changed type
            self.call(r, m, Break(change.subject, f"{text} Update the call and its result."))
            return
        for name, t in new_parents.items():
            if name not in old_parents:
                self.found.missing_arguments.setdefault((r, m), {})[name] = Break(
                    change.subject, f"{text} Pass the new path key `{name}`."
                )
            elif old_parents[name] != t:
                self.found.arguments[(r, m, name)] = Break(
                    change.subject, f"{text} Pass `{name}` of the new type."
                )
        still = keyword_arguments(new)
        for name in old_parents:
            if name not in still:
                self.found.arguments[(r, m, name)] = Break(
                    change.subject, f"{text} Stop passing `{name}`."
                )

    def argument(self, change: Change) -> None:
        r, m = _method_of(change)
        argument = change.argument
        if argument is None:
            return
        text, key = change.description, (r, m, argument)
        if change.kind == "parameter-removed":
            new = self.added.get((r, m), [])
            hint = f" (new: {', '.join(f'`{a}`' for a in new)})" if new else ""
            self.found.arguments[key] = Break(change.subject, f"{text} Remove the argument{hint}.")
        elif change.kind in ("parameter-added", "parameter-required"):
            self.found.missing_arguments.setdefault((r, m), {})[argument] = Break(
                change.subject, f"{text} Pass `{argument}`."
            )
        elif change.kind == "parameter-type":
            self.found.arguments[key] = Break(
                change.subject, f"{text} Pass a value of the new type."
            )
        else:  # a tightened limit breaks only the calls passing values beyond it
            self.found.arguments.setdefault(
                key,
                Break(
                    change.subject,
                    f"{text} Check the values passed against it.",
                    "possibly-breaking",
                ),
            )

    def field(self, change: Change) -> None:
        model, attribute = change.subject.split(".", 1)
        text, subject, kind = change.description, change.subject, change.kind
        old, new = self.old_fields.get((model, attribute)), self.new_fields.get((model, attribute))
        if kind == "field-renamed":
            assert new is not None and new.renamed_from is not None
            was = self.old_wire[(model, new.renamed_from)]
            self.found.fields.setdefault((model, was), {}).update(
                dict.fromkeys(("read", "write"), Break(subject, f"{text} Use `{attribute}`."))
            )
            return
        if kind == "field-added" or (kind == "field-required" and new is not None and new.required):
            self.found.missing_fields.setdefault(model, {})[attribute] = Break(
                subject, f"{text} Set it when creating `{model}`."
            )
            return
        uses = self.found.fields.setdefault((model, attribute), {})
        if kind == "field-removed":
            uses["read"] = uses["write"] = Break(subject, f"{text} Stop reading or setting it.")
        elif kind == "field-type":
            uses["read"] = uses["write"] = Break(
                subject, f"{text} Update the code reading or setting it."
            )
        elif kind == "field-required" or (kind == "field-nullable" and new and new.nullable):
            uses["read"] = Break(subject, f"{text} Handle `None` where it is read.")
        elif kind == "field-access" and new and new.read_only and old and not old.read_only:
            uses["write"] = Break(subject, f"{text} Stop setting it: it is no longer sent.")
        else:  # can no longer be null, create-only, a tightened limit: depends on the values set
            uses.setdefault(
                "write", Break(subject, f"{text} Check the values set.", "possibly-breaking")
            )

    def call(self, r: str, m: str, item: Break) -> None:
        self.found.calls.setdefault((r, m), []).append(item)


def _method_of(change: Change) -> tuple[str, str]:
    """(client attribute, method name) of a change the diff made about a method."""
    if change.resource is None or change.method is None:
        raise ValueError(f"not a change of a method: {change.subject}")
    return change.resource, change.method


def _methods(api: ir.Api) -> dict[tuple[str, str], ir.Method]:
    return {(r.python, m.python): m for r in api.resources for m in r.methods}


def _fields(api: ir.Api) -> dict[tuple[str, str], ir.Field]:
    return {(m.name, f.python): f for m in api.models for f in m.fields}


def _added_arguments(changes: Iterable[Change]) -> dict[tuple[str, str], list[str]]:
    """Optional parameters a method gained: the likely replacements of the ones it lost."""
    added: dict[tuple[str, str], list[str]] = {}
    for change in changes:
        if change.kind == "parameter-added" and not change.breaking and change.argument:
            added.setdefault(_method_of(change), []).append(change.argument)
    return added
