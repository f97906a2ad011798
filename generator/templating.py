"""The one Jinja configuration every generated text is rendered with."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jinja2

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"


def environment(templates_dir: Path = TEMPLATES_DIR) -> jinja2.Environment:
    """Strict (an undefined name is an error, not an empty string), whitespace-controlled
    (`trim_blocks`, `lstrip_blocks`) and unescaped: the output is code and Markdown, not HTML."""
    import jinja2  # here, not above: a no-op run reads TEMPLATES_DIR and must not load Jinja

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
