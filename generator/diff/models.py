"""Rules for models and their fields.

A field's direction comes from where its model is used: sent (request bodies, query parameters),
received (responses), or both. What the client sends breaks code when it becomes more demanding
(required, no longer nullable, narrower type, read-only or create-only); what it receives breaks
code when it becomes less certain (optional, nullable, wider type).
"""

from __future__ import annotations

from collections.abc import Iterator

from generator import ir
from generator.diff.changes import Change, ChangeKind, Cover, Level
from generator.diff.context import Context
from generator.diff.types import type_name, widens
from generator.diff.values import keyword_covers, value_changes

GONE = "code using this attribute no longer works"
SAFE = "nothing existing changes"
_CREATE_ONLY = {True: "only be set on create", False: "be changed by a partial update"}


def models(ctx: Context) -> Iterator[Change]:
    for name in sorted(ctx.old_models.keys() | ctx.new_models.keys()):
        old, new = ctx.old_models.get(name), ctx.new_models.get(name)
        if name in ctx.told_models and (old is None or new is None):
            continue
        if new is None:
            assert old is not None
            yield type_change(ctx, name, "model-removed", f"Model `{name}` is gone.", old.at, True)
        elif old is None:
            yield type_change(ctx, name, "model-added", f"New model `{name}`.", new.at, False)
        else:
            yield from fields(ctx, old, new)


def type_change(
    ctx: Context, name: str, kind: ChangeKind, description: str, at: str, removed: bool
) -> Change:
    """A named type (model, enum, URN type) added or removed."""
    users = [u.subject for u in ctx.old_uses.declared.get(name, ())] if removed else []
    if users:
        # Where it was used tells the reviewer which other item of the review caused this one.
        description += f" It was the type of {', '.join(f'`{u}`' for u in users)}."
    return Change(
        ctx.owner(name),
        name,
        kind,
        "breaking" if removed else "info",
        name,
        description,
        "code importing or using it no longer works" if removed else "nothing existing changes",
        location=at,
        covers=(Cover("old" if removed else "new", at),),
    )


def fields(ctx: Context, old: ir.Model, new: ir.Model) -> Iterator[Change]:
    m = new.name
    before = {f.wire: f for f in old.fields}
    after = {f.wire: f for f in new.fields}
    renamed = {
        f.renamed_from: f
        for f in new.fields
        if f.renamed_from in before and f.renamed_from not in after
    }
    sent, received = ctx.sent(m), ctx.received(m)

    def change(
        kind: ChangeKind, f: ir.Field, level: Level, text: str, why: str, *covers: Cover
    ) -> Change:
        return Change(
            ctx.owner(m), m, kind, level, f"{m}.{f.python}", text, why, f.at, covers=covers
        )

    for wire, f in before.items():
        if wire in after or wire in renamed or (m, wire) in ctx.told_fields:
            continue
        yield change(
            "field-removed",
            f,
            "breaking",
            f"Field `{m}.{f.python}` is gone.",
            GONE,
            Cover("old", f.at),
            Cover("old", f"{old.at}/required"),
        )
    for wire, f in after.items():
        if wire in before:
            yield from field(ctx, m, before[wire], f, sent, received)
            continue
        if f.renamed_from in renamed:
            o = before[f.renamed_from]
            yield change(
                "field-renamed",
                f,
                "breaking" if o.python != f.python else "info",
                f"Field `{m}.{o.python}` is renamed `{m}.{f.python}` "
                f"(JSON `{o.wire}` → `{f.wire}`).",
                "code using the old attribute name no longer works",
                Cover("old", o.at),
                Cover("new", f.at),
                Cover("old", f"{old.at}/required"),
                Cover("new", f"{new.at}/required"),
            )
            yield from field(ctx, m, o, f, sent, received)
            continue
        if (m, wire) in ctx.told_fields:
            continue
        demanded = f.required and sent and not f.read_only
        yield change(
            "field-added",
            f,
            "breaking" if demanded else "info",
            f"New {'required ' if demanded else ''}field `{m}.{f.python}` "
            f"(`{type_name(f.type)}`{', read-only' if f.read_only else ''}).",
            (
                "code creating this model does not set it"
                if demanded
                else (
                    "it is optional, so code building this model keeps working without it"
                    if sent and not f.read_only
                    else "responses may carry it; existing code keeps working"
                )
            ),
            Cover("new", f.at),
            Cover("new", f"{new.at}/required"),
        )


def field(
    ctx: Context, m: str, old: ir.Field, new: ir.Field, sent: bool, received: bool
) -> Iterator[Change]:
    owner, subject = ctx.owner(m), f"{m}.{new.python}"
    # A read-only field is only ever received.
    sent = sent and not (old.read_only and new.read_only)
    model_at = {
        "old": old.at.rsplit("/properties/", 1)[0],
        "new": new.at.rsplit("/properties/", 1)[0],
    }

    def change(
        kind: ChangeKind, breaking: bool, text: str, why: str, covers: tuple[Cover, ...]
    ) -> Change:
        level: Level = "breaking" if breaking else "info"
        return Change(owner, m, kind, level, subject, text, why, new.at, covers=covers)

    if old.type != new.type:
        # Code sending it keeps working when the type widens; code receiving it, when it narrows.
        safe = not (sent and not widens(old.type, new.type)) and not (
            received and not widens(new.type, old.type)
        )
        yield change(
            "field-type",
            not safe,
            f"`{subject}` changes type: `{type_name(old.type)}` → `{type_name(new.type)}`.",
            (
                "code written against the old type no longer type-checks"
                if not safe
                else (
                    "every value code sent before is still accepted"
                    if sent
                    else "every value code receives now was possible before"
                )
            ),
            (Cover("old", old.at), Cover("new", new.at)),
        )
    if old.required != new.required:
        covers = (
            Cover("old", f"{model_at['old']}/required"),
            Cover("new", f"{model_at['new']}/required"),
        )
        if new.required:
            yield change(
                "field-required",
                sent,
                f"`{subject}` becomes required.",
                (
                    "code creating this model without it is refused"
                    if sent
                    else "responses are only more certain to carry it"
                ),
                covers,
            )
        else:
            yield change(
                "field-required",
                received,
                f"`{subject}` becomes optional.",
                (
                    "responses may lack it, so code must handle `None`"
                    if received
                    else "code setting it keeps working"
                ),
                covers,
            )
    if old.nullable != new.nullable:
        yield change(
            "field-nullable",
            received if new.nullable else sent,
            f"`{subject}` {'may now be' if new.nullable else 'can no longer be'} null.",
            (
                ("responses may carry null, so code must handle `None`" if received else SAFE)
                if new.nullable
                else ("code sending null is refused" if sent else SAFE)
            ),
            keyword_covers(old.at, new.at, "type"),
        )
    if old.read_only != new.read_only:
        yield change(
            "field-access",
            new.read_only and sent,
            f"`{subject}` {'becomes read-only' if new.read_only else 'can now be sent'}.",
            (
                "a value set by code is no longer sent"
                if new.read_only and sent
                else "code that did not set it keeps working"
            ),
            keyword_covers(old.at, new.at, "readOnly"),
        )
    if old.create_only != new.create_only:
        yield change(
            "field-access",
            new.create_only and sent,
            f"`{subject}` can now {_CREATE_ONLY[new.create_only]}.",
            (
                "a partial update that changes it is refused before sending"
                if new.create_only and sent
                else "partial updates that did not touch it keep working"
            ),
            keyword_covers(old.at, new.at, "x-restli-create-only"),
        )

    def make(
        kind: ChangeKind, level: Level, text: str, why: str, covers: tuple[Cover, ...]
    ) -> Change:
        return Change(owner, m, kind, level, subject, text, why, new.at, covers=covers)

    yield from value_changes(old, new, f"`{subject}`", sent, make)
