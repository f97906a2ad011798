"""The outcome of an upgrade check, as compiler-style lines or as JSON (for CI annotations)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from generator.upgrade.uses import Use


@dataclass
class Outcome:
    from_version: str
    to_version: str
    uses: list[tuple[str, Use]] = field(default_factory=list)  # (path, use)
    problems: list[str] = field(default_factory=list)  # unreadable files, syntax errors
    checked: int = 0  # files read and analysed
    fixed: list[str] = field(default_factory=list)
    not_fixed: list[str] = field(default_factory=list)  # files `--fix` left as they were

    def count(self, severity: str) -> int:
        return sum(u.severity == severity for _, u in self.uses)

    @property
    def exit_code(self) -> int:
        """2 when some input could not be checked, 1 when a use breaks, 0 otherwise."""
        if self.problems:
            return 2
        return 1 if self.count("breaking") else 0

    def summary(self) -> str:
        files = len({path for path, _ in self.uses})
        text = (
            f"{self.count('breaking')} breaking and {self.count('possibly-breaking')} "
            f"possibly-breaking use(s) in {files} of {self.checked} file(s) checked, "
            f"from {self.from_version} to {self.to_version}"
        )
        if self.problems:
            text += f"; {len(self.problems)} file(s) could not be checked"
        return text


def text(outcome: Outcome) -> str:
    lines = [f"{path}:{u.line}:{u.column}: {u.severity}: {u.message}" for path, u in outcome.uses]
    lines += [f"fixed: {path} now imports v{outcome.to_version}" for path in outcome.fixed]
    lines += [f"not fixed: {path}" for path in outcome.not_fixed]
    lines.append(outcome.summary())
    return "\n".join(lines) + "\n"


def to_json(outcome: Outcome) -> str:
    document = {
        "from": outcome.from_version,
        "to": outcome.to_version,
        "uses": [
            {
                "path": path,
                "line": u.line,
                "column": u.column,
                "severity": u.severity,
                "message": u.message,
                "subject": u.subject,
            }
            for path, u in outcome.uses
        ],
        "problems": outcome.problems,
        "fixed": outcome.fixed,
        "not_fixed": outcome.not_fixed,
        "summary": {
            "breaking": outcome.count("breaking"),
            "possibly_breaking": outcome.count("possibly-breaking"),
            "files_checked": outcome.checked,
            "text": outcome.summary(),
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
