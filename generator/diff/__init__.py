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
removal into it, `unclassified` lists the rest, and `compare` runs them in order. Nothing here
formats a review: `review` renders it as Markdown or JSON, and `generate.review` runs the pipeline
that feeds it.

Importing the package loads only the result types (`changes`): the command line needs the level
names on every run, the rules only when a review is made.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from generator.diff.changes import LEVELS, Change, ChangeKind, Cover, Level, Review

if TYPE_CHECKING:
    from generator import ir

__all__ = ["LEVELS", "Change", "ChangeKind", "Cover", "Level", "Review", "diff"]


def diff(
    old: ir.Api, new: ir.Api, old_document: Mapping[str, Any], new_document: Mapping[str, Any]
) -> Review:
    """The changes from `old` to `new`; the resolved documents they were parsed from are read only
    for differences no rule explains."""
    from generator.diff.compare import compare

    return compare(old, new, old_document, new_document)
