"""The README's end-to-end example (account, campaign group, campaigns, creative, paging through
the campaigns against the local server) runs as written."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def example(heading: str) -> str:
    """The first Python block below a README heading."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index(heading) :]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match is not None, f"no python block under {heading!r}"
    return match.group(1)


def test_building_an_ad_end_to_end_runs_as_written() -> None:
    code = example("### Building an ad end to end")
    assert "client.ad_campaigns.create" in code and "iter_all()" in code
    exec(compile(code, f"{README}:building an ad", "exec"), {"__name__": "readme_example"})
