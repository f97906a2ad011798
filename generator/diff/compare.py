"""The review of two versions: every rule module over a shared context, cascades folded, then the
differences no rule explains, in a stable order."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import ir
from generator.diff.cascades import group
from generator.diff.changes import Review
from generator.diff.context import Context
from generator.diff.enums import enums, errors, urns
from generator.diff.models import models
from generator.diff.resources import resources
from generator.diff.unclassified import unexplained


def compare(
    old: ir.Api, new: ir.Api, old_document: Mapping[str, Any], new_document: Mapping[str, Any]
) -> Review:
    ctx = Context(old, new)
    # Resources first: a paging change tells the page-describing fields the model rules skip.
    found = list(resources(ctx))
    found += [*models(ctx), *enums(ctx), *urns(ctx), *errors(ctx)]
    changes = group(found, ctx)
    changes += unexplained(old_document, new_document, changes, (old, new))
    # Resources in the new version's order (removed ones after them), shared types last; the
    # sort is stable, so each group keeps the walk order.
    order: dict[str, int] = {}
    for resource in (*new.resources, *old.resources):
        order.setdefault(resource.python, len(order))
    changes.sort(key=lambda c: len(order) if c.resource is None else order[c.resource])
    return Review(old.version, new.version, tuple(changes))
