"""The intermediate representation → file contents: Jinja templates, then black (`format`).

Rendering produces every file in memory (a mapping of relative path → text) and writes nothing:
writing, and keeping `generated/` intact when anything fails, is `write`'s job.
"""

from __future__ import annotations

import hashlib
import json
import re
import textwrap
import traceback
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from black.parsing import InvalidInput

from generator import ir
from generator.cache import store
from generator.diagnostics import RenderError
from generator.format import CACHE, MODE, Formatter, compile_module
from generator.names import constant_name, snake_case
from generator.templating import TEMPLATES_DIR, environment
from generator.versions import ApiVersion

PACKAGE = "linkedin_marketing"
# The runtime shared by every version: real Python source, copied into the package verbatim.
RUNTIME_DIR = Path(__file__).resolve().parent / "runtime"
# What a paged method uses from the runtime's `paging`, besides the class of its paging style.
_PAGES = ("AsyncPage", "Page", "afetch_page", "fetch_page")


def package_name(version: str) -> str:
    """The subpackage of a version: `202410` → `v202410`."""
    return "v" + version


class Renderer:
    def __init__(self, templates_dir: Path = TEMPLATES_DIR) -> None:
        self.templates_dir = templates_dir
        self.env = environment(templates_dir)
        self.env.filters["pyrepr"] = _pyrepr
        self.env.filters["pytuple"] = _pytuple
        self.env.filters["fstring"] = _fstring_text
        self.env.filters["docstring"] = _docstring
        self.env.filters["constant"] = constant_name
        self.env.filters["snake"] = snake_case
        self.env.globals["len"] = len
        self.env.globals["from_import"] = _from_import
        self.env.globals["line_length"] = MODE.line_length
        self.formatter = Formatter()

    def text(self, template: str, context: Mapping[str, Any]) -> str:
        try:
            return self.env.get_template(template).render(**context)
        except Exception as error:  # a template (or a filter it calls) failed
            raise self._render_error(error, template) from error

    def kind_imports(self, method: ir.Method) -> list[str]:
        """What the template of the method's kind says the method uses ("module.name" each)."""
        template = f"version/resources/kinds/{method.kind}.jinja"
        try:
            kind: Any = self.env.get_template(template).module
            return str(kind.imports(method)).split()
        except Exception as error:
            raise self._render_error(error, template) from error

    def _render_error(self, error: Exception, template: str) -> RenderError:
        if isinstance(error, jinja2.TemplateSyntaxError):
            where = f"{error.filename or self.templates_dir / template}:{error.lineno}"
            return RenderError(f"{where}: error: {error.message}")
        return RenderError(f"{self._failed_at(error, template)}: error: {error}")

    def python(self, template: str, context: Mapping[str, Any], target: str) -> str:
        """The formatted Python module `target` (a path, for messages) rendered by `template`.
        It is compiled too: black parses code that Python refuses (`return` outside a function,
        an argument given twice)."""
        source = self.text(template, context)
        try:
            return self.formatter.module(source, target)
        except SyntaxError as error:
            text = (error.text or "").strip()
            raise RenderError(
                f"{self.templates_dir / template}: error: rendered Python that does not compile,"
                f" {target} line {error.lineno}: {error.msg}; the line is `{text}`"
            ) from error
        except InvalidInput as error:
            # Black names the line of the rendered source; show it, since it is in no file.
            reason = str(error).splitlines()[0]
            found = re.search(r"(\d+):\d+$", reason)
            lines = source.splitlines()
            line = int(found.group(1)) if found else 0
            shown = (
                f"; line {line} is `{lines[line - 1].strip()}`" if 0 < line <= len(lines) else ""
            )
            raise RenderError(
                f"{self.templates_dir / template}: error: rendered invalid Python for {target}:"
                f" {reason}{shown}"
            ) from error

    def _failed_at(self, error: Exception, template: str) -> str:
        """`path:line` of the innermost template frame of `error` (Jinja puts template lines in
        tracebacks), or the template's path."""
        frames = [
            frame
            for frame in traceback.extract_tb(error.__traceback__)
            if frame.filename.endswith(".jinja")
        ]
        if not frames:
            return str(self.templates_dir / template)
        return f"{frames[-1].filename}:{frames[-1].lineno}"

    # --- the files -----------------------------------------------------------------------------

    def version_files(
        self, api: ir.Api, document: Mapping[str, Any], release: ApiVersion
    ) -> dict[str, str]:
        """The subpackage of one version, by path relative to `generated/`."""
        package = package_name(api.version)
        root = f"{PACKAGE}/{package}"
        base = {"api": api, "package": package, "release": release}
        files: dict[str, str] = {}
        fields = [f for m in api.models for f in m.fields]
        model_names = _ReferencedTypes.of(f.type for f in fields)
        for module in ("__init__", "urns", "enums"):
            target = f"{root}/{module}.py"
            files[target] = self.python(f"version/{module}.py.jinja", base, target)
        files[f"{root}/models.py"] = self.python(
            "version/models.py.jinja",
            {
                **base,
                "uses_decimal": model_names.decimal,
                "decoded_models": model_names.models,
                "uses_json": model_names.json,
                "uses_records": any(f.lazy_records for f in fields),
                "shared_urns": sorted(
                    {f.shared_urn: f.type for f in fields if f.shared_urn}.items()
                ),
                "used_enums": model_names.enums,
                "used_urns": model_names.urns + model_names.unions,
            },
            f"{root}/models.py",
        )
        target = f"{root}/resources/__init__.py"
        files[target] = self.python("version/resources/__init__.py.jinja", base, target)
        models = {m.name: m for m in api.models}
        checked = {m.name for m in api.models if m.has_checks}
        for resource in api.resources:
            target = f"{root}/resources/{resource.module}.py"
            files[target] = self.python(
                "version/resources/resource.py.jinja",
                {**base, **self._resource_context(resource, models, checked)},
                target,
            )
        files[f"{root}/client.py"] = self.python(
            "version/client.py.jinja", base, f"{root}/client.py"
        )
        files[f"{root}/README.md"] = self.text("version/README.md.jinja", base)
        # The resolved spec, for reviews and other tools; key order is the spec's own.
        files[f"{root}/openapi.json"] = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        return files

    def package_files(self, releases: Iterable[ApiVersion], package_version: str) -> dict[str, str]:
        """The distribution around the version subpackages (those of `releases`, oldest first), by
        path relative to `generated/`."""
        releases = list(releases)
        context = {
            "releases": releases,
            "versions": [r.version for r in releases],
            "packages": [package_name(r.version) for r in releases],
            "package_version": package_version,
        }
        return {
            "pyproject.toml": self.text("package/pyproject.toml.jinja", context),
            "README.md": self.text("package/README.md.jinja", context),
            **{
                f"{PACKAGE}/{module}.py": self.python(
                    f"package/{module}.py.jinja", context, f"{PACKAGE}/{module}.py"
                )
                for module in ("__init__", "_version")
            },
            f"{PACKAGE}/py.typed": "",
        }

    def _resource_context(
        self, resource: ir.Resource, models: Mapping[str, ir.Model], checked: set[str]
    ) -> dict[str, Any]:
        """What the resource template needs beyond the resource: imports and derived facts."""
        types = list(_resource_types(resource))
        names = _ReferencedTypes.of(types)
        patched = [
            m.element.name
            for m in resource.methods
            if m.traits.record == "patched" and m.element is not None
        ]
        entity = patched[0] if patched else None
        create_only = [f.wire for f in models[entity].fields if f.create_only] if entity else []
        parameters = [p for m in resource.methods for p in m.parameters]
        creates = any(m.returns_created_key for m in resource.methods)
        needs_validation_error = bool(create_only) or any(p.constraints.any for p in parameters)
        # "module.name" of everything the methods use from the runtime and the standard library.
        uses = {"restli.encode"}
        for method in resource.methods:
            uses.update(self.kind_imports(method))
            if any(segment.parameter for segment in method.path):
                uses.add("restli.encode_key")
            if method.paging is not None:
                paging = "CursorPaging" if method.paging.style == "cursor" else "IndexPaging"
                uses.update(f"paging.{name}" for name in (*_PAGES, paging))
        if create_only:
            uses.update(("collections.abc.Mapping", "typing.Any"))
        if names.json:
            uses.add("typing.Any")
        if needs_validation_error:
            uses.add("errors.RequestValidationError")
        if creates:
            uses.add("errors.UnexpectedStatusError")
        imports: dict[str, list[str]] = defaultdict(list)  # module → names, sorted
        for used in sorted(uses):
            module, _, name = used.rpartition(".")
            imports[module].append(name)
        return {
            "resource": resource,
            "used_models": names.models,
            "used_enums": names.enums,
            "used_urns": names.urns,  # for annotations; records decode URNs themselves
            "imports": imports,
            "checked": checked,
            "entity": entity,
            "create_only": create_only,
        }

    def runtime_files(self) -> dict[str, str]:
        """The Rest.li runtime modules, copied verbatim from `generator/runtime/` (its own
        `__init__.py` and the typing stub of the rendered `_version.py` stay behind), each
        compiled first like every rendered module."""
        files: dict[str, str] = {}
        for path in sorted(RUNTIME_DIR.rglob("*.py")):
            if path == RUNTIME_DIR / "__init__.py" or "__pycache__" in path.parts:
                continue
            text = path.read_text("utf-8")
            try:
                _compile_once(text, str(path))
            except SyntaxError as error:
                raise RenderError(f"{path}:{error.lineno}: error: {error.msg}") from error
            files[f"{PACKAGE}/{path.relative_to(RUNTIME_DIR).as_posix()}"] = text
        return files


def _compile_once(source: str, name: str) -> None:
    """`compile_module`, skipped for a source that compiled before (a marker in the cache)."""
    marker = CACHE / f"{hashlib.sha256(source.encode()).hexdigest()}.compiled"
    if not marker.exists():
        compile_module(source, name)
        store(marker, "")


# --- what a module must import -----------------------------------------------------------------


@dataclass
class _ReferencedTypes:
    """The named types a set of types refers to, sorted (imports must not depend on set order)."""

    models: list[str] = field(default_factory=list)
    enums: list[str] = field(default_factory=list)
    urns: list[str] = field(default_factory=list)
    unions: list[str] = field(default_factory=list)
    decimal: bool = False
    json: bool = False

    @classmethod
    def of(cls, types: Iterable[ir.TypeRef]) -> _ReferencedTypes:
        models: set[str] = set()
        enums: set[str] = set()
        urns: set[str] = set()
        unions: set[str] = set()
        decimal = json_value = False
        pending = list(types)
        while pending:
            t = pending.pop()
            if isinstance(t, ir.ModelRef):
                models.add(t.name)
            elif isinstance(t, ir.EnumRef):
                enums.add(t.name)
            elif isinstance(t, ir.UrnRef):
                urns.add(t.name)
            elif isinstance(t, ir.UrnUnion):
                urns.update(t.members)
                unions.add(t.parser)
            elif isinstance(t, ir.DecimalType):
                decimal = True
            elif isinstance(t, ir.ListOf):
                pending.append(t.item)
            elif isinstance(t, ir.MapOf):
                pending.append(t.value)
            elif isinstance(t, ir.JsonValue):
                json_value = True
        return cls(sorted(models), sorted(enums), sorted(urns), sorted(unions), decimal, json_value)


def _resource_types(resource: ir.Resource) -> Iterable[ir.TypeRef]:
    for method in resource.methods:
        for parameter in (*method.parents, *method.parameters):
            yield parameter.type
        if method.key is not None:
            yield method.key.type
        for action_field in method.action_fields:
            yield action_field.type
        if method.traits.arguments:
            if method.request is not None:
                yield method.request
            if method.response is not None:
                yield method.response
        if method.element is not None:
            yield method.element


# --- filters -------------------------------------------------------------------------------------


def _pyrepr(value: object) -> str:
    """A Python literal; strings in double quotes, as black would write them. Every spec string
    that becomes part of a Python expression goes through here (or `_fstring_text`, built on it):
    JSON's string escaping is also valid Python, so no string can end the literal early."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


# Where black's layout is easy to tell, templates write it, so that black finds nothing to change:
# black formats a module that needs no change in one pass instead of two, and faster.


def _pytuple(values: Iterable[object], indent: int = 0) -> str:
    """A tuple of literals as black writes one whose last item is followed by a comma: one item
    per line, `(item,)` for a single item, `()` for none. `indent`: the statement's column."""
    items = [_pyrepr(value) for value in values]
    if len(items) < 2:
        return "(" + "".join(f"{item}," for item in items) + ")"
    inner = " " * (indent + 4)
    return "(\n" + "".join(f"{inner}{item},\n" for item in items) + " " * indent + ")"


def _from_import(module: str, names: Iterable[str]) -> str:
    """`from module import names` at the top of a module, as black writes it: on one line when
    it fits, one name per line otherwise."""
    names = list(names)
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= MODE.line_length:
        return line
    return f"from {module} import (\n" + "".join(f"    {name},\n" for name in names) + ")"


def _fstring_text(value: str) -> str:
    """`value` as literal text inside a double-quoted f-string: `_pyrepr`'s escaping, braces
    doubled."""
    return _pyrepr(value)[1:-1].replace("{", "{{").replace("}", "}}")


def _docstring(text: str, indent: int, first_column: int | None = None) -> str:
    """Text for the inside of a triple-quoted docstring, wrapped at 100 columns. Continuation lines
    are indented by `indent`; the first line starts at `first_column` (by default just after the
    opening quotes at `indent`)."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text = text[:-1] + '\\"'
    prefix = " " * (indent + 3 if first_column is None else first_column)
    wrapped = textwrap.fill(
        text,
        width=100,
        initial_indent=prefix,
        subsequent_indent=" " * indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return wrapped[len(prefix) :]
