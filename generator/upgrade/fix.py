"""`--fix`: points a module's imports of the package of one version at another version.

Only the spelling of the version changes (`linkedin_marketing.v202311` becomes
`linkedin_marketing.v202401`, in imports and in dotted references), at the exact places the syntax
tree names, so comments, strings and formatting stay as they were. The caller decides whether a
module may be rewritten.
"""

from __future__ import annotations

import ast
import re


def retarget(lines: list[str], tree: ast.Module, from_version: str, to_version: str) -> str:
    """The source of `lines` (parsed as `tree`; each line with its ending) with its references
    to version `from_version` of the package made to `to_version`."""
    old, new = f"v{from_version}", f"v{to_version}"
    # (line, start, end) in the UTF-8 offsets of the syntax tree; None ends at the line's end.
    package = f"linkedin_marketing.{old}"
    spans: list[tuple[int, int, int | None]] = []
    # `from linkedin_marketing import v202311` binds the version's own name, used as is.
    bare = any(
        isinstance(node, ast.ImportFrom)
        and node.module == "linkedin_marketing"
        and any(a.name == old and a.asname is None for a in node.names)
        for node in ast.walk(tree)
    )
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            spans += [
                (a.lineno, a.col_offset, a.end_col_offset)
                for a in node.names
                if a.name == package or a.name.startswith(package + ".")
            ]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == package or node.module.startswith(package + "."):
                first = node.names[0]
                end = first.col_offset if first.lineno == node.lineno else None
                spans.append((node.lineno, node.col_offset, end))  # `from <module> import`
            elif node.module == "linkedin_marketing":
                spans += [
                    (a.lineno, a.col_offset, a.end_col_offset) for a in node.names if a.name == old
                ]
        elif isinstance(node, ast.Attribute) and node.attr == old:
            if isinstance(node.value, ast.Name) and node.value.id == "linkedin_marketing":
                spans.append((node.lineno, node.col_offset, node.end_col_offset))
        elif bare and isinstance(node, ast.Name) and node.id == old:
            spans.append((node.lineno, node.col_offset, node.end_col_offset))
    version = re.compile(rf"(?<![\w]){old}\b")
    lines = list(lines)
    for line, start, end in sorted(set(spans), key=lambda s: (s[0], s[1]), reverse=True):
        text = lines[line - 1].encode()
        stop = len(text) if end is None else end
        piece = version.sub(new, text[start:stop].decode())
        lines[line - 1] = (text[:start] + piece.encode() + text[stop:]).decode()
    return "".join(lines)
