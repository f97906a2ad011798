"""Rules for a method's query parameters and its paging. Parameters are what the client sends:
they may widen (a wider type, a looser limit, optional) without breaking calls."""

from __future__ import annotations

from collections.abc import Iterator

from generator import ir
from generator.diff.changes import Change, ChangeKind, Cover, Level, Side, call_subject
from generator.diff.context import Context
from generator.diff.types import type_name, widens
from generator.diff.values import value_changes

PAGING_ARGUMENTS = {"cursor": "`page_size`/`page_token`", "index": "`start`/`count`"}
_PAGE_DESCRIPTIONS = {
    "cursor": "next page from `metadata.nextPageToken`",
    "index": "page described by `paging`",
}
# The response field that describes a page, by paging style.
_PAGE_FIELDS = {"cursor": "metadata", "index": "paging"}


def paging(ctx: Context, r: str, old: ir.Method, new: ir.Method) -> Iterator[Change]:
    subject = call_subject(r, new.python)
    before, after = old.paging, new.paging
    if before is None and after is None:
        return
    # The method's parameter names and the operation's paging parameters are told here.
    covers: tuple[Cover, ...] = (
        Cover("old", f"{old.at}/parameters"),
        Cover("new", f"{new.at}/parameters"),
    )
    covers += _parameter_covers(old, new, before, after)
    if before is None or after is None:
        paged = before or after
        assert paged is not None
        yield Change(
            r,
            None,
            "paging",
            "breaking",
            subject,
            f"`{new.python}` {'now pages' if after else 'no longer pages'} by {paged.style} "
            f"({_paging_text(paged)}).",
            "its result changes between a page and a plain answer",
            new.at,
            covers=covers,
            method=new.python,
        )
        return
    if before.style != after.style:
        covers += _tell_page_fields(ctx, old, new, before.style, after.style)
        yield Change(
            r,
            None,
            "paging",
            "breaking",
            subject,
            f"`{new.python}` pages by {after.style} ({_paging_text(after)}) instead of "
            f"by {before.style} ({_paging_text(before)}).",
            f"calls passing {PAGING_ARGUMENTS[before.style]} no longer work, and the page "
            "is described by another field; iterating with `iter_all()` is unaffected",
            new.at,
            covers=covers,
            method=new.python,
        )
        return
    if before.size is None or after.size is None:
        return
    size = "page_size" if after.style == "cursor" else "count"

    def make(
        kind: ChangeKind, level: Level, text: str, why: str, covered: tuple[Cover, ...]
    ) -> Change:
        return Change(
            r,
            None,
            kind,
            level,
            call_subject(r, new.python, size),
            text,
            why,
            new.at,
            covers=covered,
            method=new.python,
            argument=size,
        )

    yield from value_changes(
        before.size, after.size, f"the page size of `{new.python}`", True, make
    )


def _parameter_covers(
    old: ir.Method, new: ir.Method, before: ir.Paging | None, after: ir.Paging | None
) -> tuple[Cover, ...]:
    """The operations' parameters: the paging ones come or go with the paging style."""
    found: list[Cover] = []
    if before is not None:
        found.append(Cover("old", f"{old.at.rsplit('/x-restli-methods/', 1)[0]}/parameters"))
    if after is not None:
        found.append(Cover("new", f"{new.at.rsplit('/x-restli-methods/', 1)[0]}/parameters"))
    return tuple(found)


def _tell_page_fields(
    ctx: Context, old: ir.Method, new: ir.Method, before: str, after: str
) -> tuple[Cover, ...]:
    """A paging change also swaps the field describing the page in the finder's response; the
    paging item tells that, so the field (and its model) is not listed again. The field and the
    model are what the item covers."""
    covers: list[Cover] = []
    sides: tuple[tuple[Side, ir.Method, str, dict[str, ir.Model]], ...] = (
        ("old", old, before, ctx.old_models),
        ("new", new, after, ctx.new_models),
    )
    for side, method, style, models in sides:
        if isinstance(method.response, ir.ModelRef):
            field = _PAGE_FIELDS[style]
            ctx.told_fields.add((method.response.name, field))
            model = models.get(method.response.name)
            for f in model.fields if model else ():
                if f.wire == field:
                    covers.append(Cover(side, f.at))
                    if isinstance(f.type, ir.ModelRef) and f.type.name in models:
                        ctx.told_models.add(f.type.name)
                        covers.append(Cover(side, models[f.type.name].at))
    return tuple(covers)


def _paging_text(paging: ir.Paging) -> str:
    size = f", at most {paging.max_page_size} a page" if paging.max_page_size is not None else ""
    return f"{PAGING_ARGUMENTS[paging.style]}{size}; {_PAGE_DESCRIPTIONS[paging.style]}"


def parameters(r: str, old: ir.Method, new: ir.Method) -> Iterator[Change]:
    before = {p.wire: p for p in old.parameters}
    after = {p.wire: p for p in new.parameters}
    names = (Cover("old", f"{old.at}/parameters"), Cover("new", f"{new.at}/parameters"))
    for wire, p in before.items():
        if wire not in after:
            yield Change(
                r,
                None,
                "parameter-removed",
                "breaking",
                call_subject(r, new.python, p.python),
                f"Parameter {_label(p)} of `{new.python}` is gone.",
                "calls passing it no longer work",
                p.at,
                covers=(Cover("old", p.at), *names),
                method=new.python,
                argument=p.python,
            )
    for wire, p in after.items():
        subject = call_subject(r, new.python, p.python)

        def make(
            kind: ChangeKind,
            level: Level,
            text: str,
            why: str,
            covers: tuple[Cover, ...],
            subject: str = subject,
            at: str = p.at,
            argument: str = p.python,
        ) -> Change:
            return Change(
                r,
                None,
                kind,
                level,
                subject,
                text,
                why,
                at,
                covers=covers,
                method=new.python,
                argument=argument,
            )

        if wire not in before:
            yield make(
                "parameter-added",
                "breaking" if p.required else "info",
                f"New {'required' if p.required else 'optional'} parameter "
                f"{_label(p)} of `{new.python}`, of type `{type_name(p.type)}`.",
                (
                    "existing calls do not pass it"
                    if p.required
                    else "existing calls keep working without it"
                ),
                (Cover("new", p.at), *names),
            )
            continue
        o = before[wire]
        both = (Cover("old", o.at), Cover("new", p.at))
        if o.type != p.type:
            safe = widens(o.type, p.type)
            yield make(
                "parameter-type",
                "info" if safe else "breaking",
                f"Parameter `{p.python}` of `{new.python}` changes type: "
                f"`{type_name(o.type)}` → `{type_name(p.type)}`.",
                (
                    "every value calls passed before is still accepted"
                    if safe
                    else "calls passing the old type no longer type-check"
                ),
                both,
            )
        if o.required != p.required:
            yield make(
                "parameter-required",
                "breaking" if p.required else "info",
                f"Parameter `{p.python}` of `{new.python}` becomes "
                f"{'required' if p.required else 'optional'}.",
                (
                    "calls that leave it out no longer work"
                    if p.required
                    else "calls passing it keep working"
                ),
                (Cover("old", o.at, "required"), Cover("new", p.at, "required")),
            )
        yield from value_changes(o, p, f"parameter `{p.python}` of `{new.python}`", True, make)


def _label(parameter: ir.Parameter) -> str:
    """The Python name, and the name sent when it differs."""
    if parameter.python == parameter.wire:
        return f"`{parameter.python}`"
    return f"`{parameter.python}` (`{parameter.wire}`)"
