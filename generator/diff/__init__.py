"""What changes for client code between two API versions: a typed list of changes.

The comparison is made on the intermediate representation of each version, because that is what
the generated client is made of: a change is named the way client code sees it
(`client.ad_accounts.find_by_search(sort_order=...)`, `AdAccount.name`). Every difference between
the two resolved documents that no rule explains is listed too, as unclassified, so the review
never gives a false all-clear.

Whether a change is breaking follows the usual OpenAPI diff catalogue, seen from generated typed
code: what code may already use must keep working and keep type-checking. So direction matters: a
value the client sends breaks code when it becomes more demanding; a value it receives breaks
code when it becomes less certain. Adding enum values never breaks: generated enums accept values
they do not know.

One module of rules per subject: `resources` (resources and methods), `parameters` (query
parameters and paging), `models` (models and fields), `values` (limits, patterns, defaults of a
field or parameter), `enums` (enums, URN types, error codes); `cascades` folds what went with a
removal into it, and `unclassified` lists the rest. Nothing here formats a review: `review`
renders it as Markdown or JSON, and `generate.review` runs the pipeline that feeds it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import ir
from generator.diff.cascades import group
from generator.diff.changes import LEVELS, Change, ChangeKind, Cover, Level, Review
from generator.diff.context import Context
from generator.diff.enums import enums, errors, urns
from generator.diff.models import models
from generator.diff.resources import resources
from generator.diff.types import type_name
from generator.diff.unclassified import unexplained

__all__ = ["LEVELS", "Change", "ChangeKind", "Cover", "Level", "Review", "diff", "type_name"]


def diff(
    old: ir.Api, new: ir.Api, old_document: Mapping[str, Any], new_document: Mapping[str, Any]
) -> Review:
    """The changes from `old` to `new`; the resolved documents they were parsed from are read only
    for differences no rule explains."""
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
