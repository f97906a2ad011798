"""The names a user's module binds, scope by scope, and what each binding was made from.

One pass over the module records, for every name of every scope (module, class, function, lambda,
comprehension), each place that binds it: an import of the generated package (resolved at once),
an assignment, a `with ... as`, a `for` target, an annotated parameter. `infer` later turns those
into values. Bindings are collected without regard to order (flow-insensitively): a name bound
twice has both values, and a use of it is certain only when every value agrees.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Literal

from generator.upgrade.surface import SUBMODULES, Surface

ValueKind = Literal[
    "root",  # the `linkedin_marketing` package
    "module",  # the version package or one of its submodules
    "class",  # a class (or constant) the version exports
    "client",
    "resource",
    "method",  # a method of a resource, not yet called
    "model",
    "factory",  # `Model.from_dict`
    "page",
    "pages",  # what `page.iter_pages()` yields pages from
    "page-call",  # a method of a page, not yet called
    "list",  # of models
    "function",  # a function of the user's module
    "user-class",
    "instance",  # of a class of the user's module
    "unknown",
]


@dataclass(frozen=True)
class Value:
    kind: ValueKind
    name: str = ""  # a model, class, resource or submodule name; a key into `Scopes`
    origin: tuple[str, str] | None = None  # the (resource, method) a page or method comes from
    attribute: str = ""  # the method of a page


UNKNOWN = Value("unknown")


@dataclass(frozen=True)
class Binding:
    form: Literal["value", "expr", "iter", "annotation"]
    value: Value | None = None
    node: ast.expr | None = None
    scope: Scope | None = None  # where `node` is evaluated


@dataclass(eq=False)
class Scope:
    kind: Literal["module", "class", "function"]
    parent: Scope | None
    bindings: dict[str, list[Binding]] = field(default_factory=dict)
    star: bool = False  # `from linkedin_marketing.vFROM import *`
    outer_names: set[str] = field(default_factory=set)  # `global` and `nonlocal`


@dataclass(eq=False)
class Scopes:
    """The scopes of one module, and where each of its nodes is evaluated."""

    module: Scope
    of: dict[ast.AST, Scope]
    functions: dict[str, tuple[ast.FunctionDef | ast.AsyncFunctionDef, Scope]]
    # (user class, attribute) → bindings of `self.attribute` in the class's methods
    attributes: dict[tuple[str, str], list[Binding]]


def collect(tree: ast.Module, surface: Surface) -> Scopes:
    collector = _Collector(surface)
    collector.visit(tree)
    return Scopes(collector.module, collector.of, collector.functions, collector.attributes)


class _Collector(ast.NodeVisitor):
    def __init__(self, surface: Surface) -> None:
        self.surface = surface
        self.module = Scope("module", None)
        self.scope = self.module
        self.of: dict[ast.AST, Scope] = {}
        self.functions: dict[str, tuple[ast.FunctionDef | ast.AsyncFunctionDef, Scope]] = {}
        self.attributes: dict[tuple[str, str], list[Binding]] = {}
        self.classes: list[str] = []  # enclosing user classes
        self.selves: list[str | None] = []  # the `self` parameter of enclosing methods

    def visit(self, node: ast.AST) -> None:
        self.of[node] = self.scope
        super().visit(node)

    def bind(self, name: str, binding: Binding) -> None:
        self.scope.bindings.setdefault(name, []).append(binding)

    def bind_target(self, target: ast.expr, form: Literal["expr", "iter"], node: ast.expr) -> None:
        """Binds an assignment, `for` or `with` target to what it receives."""
        if isinstance(target, ast.Name):
            self.bind(target.id, Binding(form, node=node, scope=self.scope))
        elif isinstance(target, ast.Tuple | ast.List) and _enumerated(target, form, node):
            assert isinstance(node, ast.Call)
            self.bind_unknown(target.elts[0])
            self.bind_target(target.elts[1], form, node.args[0])  # `for i, x in enumerate(xs)`
        elif isinstance(target, ast.Tuple | ast.List):
            pairs = (
                isinstance(node, ast.Tuple | ast.List)
                and form == "expr"
                and len(node.elts) == len(target.elts)
            )
            for i, element in enumerate(target.elts):
                if pairs:
                    assert isinstance(node, ast.Tuple | ast.List)
                    self.bind_target(element, form, node.elts[i])
                else:
                    self.bind_unknown(element)
        elif isinstance(target, ast.Starred):
            self.bind_unknown(target.value)
        elif isinstance(target, ast.Attribute) and self.is_self(target.value):
            key = (self.classes[-1], target.attr)
            self.attributes.setdefault(key, []).append(Binding(form, node=node, scope=self.scope))

    def bind_unknown(self, target: ast.expr) -> None:
        for node in ast.walk(target):
            if isinstance(node, ast.Name):
                self.bind(node.id, Binding("value", UNKNOWN))

    def is_self(self, node: ast.expr) -> bool:
        return bool(self.selves) and isinstance(node, ast.Name) and node.id == self.selves[-1]

    # --- imports ---

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.asname is None:
                top = alias.name.split(".", 1)[0]
                value = Value("root") if top == "linkedin_marketing" else UNKNOWN
                self.bind(top, Binding("value", value))
            else:
                self.bind(alias.asname, Binding("value", self.module_value(alias.name)))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        for alias in node.names:
            if alias.name == "*":
                if node.level == 0 and self.module_value(module).kind == "module":
                    self.scope.star = True
                continue
            value = UNKNOWN
            if node.level == 0:
                value = self.module_value(f"{module}.{alias.name}")
                if value is UNKNOWN and self.module_value(module).kind == "module":
                    exported = alias.name in self.surface.exports
                    value = Value("class", alias.name) if exported else UNKNOWN
            self.bind(alias.asname or alias.name, Binding("value", value))

    def module_value(self, dotted: str) -> Value:
        """`linkedin_marketing.vFROM` or one of its submodules; UNKNOWN for anything else."""
        package, exports = self.surface.package, self.surface.exports
        if dotted == package:
            return Value("module")
        if dotted.startswith(package + "."):
            rest = dotted[len(package) + 1 :]
            # `resources.ad_accounts` is a module, `resources.AdAccounts` a class in it.
            if rest.split(".", 1)[0] in SUBMODULES and rest.split(".")[-1] not in exports:
                return Value("module", rest)
        return UNKNOWN

    # --- definitions ---

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for decorator in node.decorator_list:
            self.visit(decorator)
        self.visit_defaults(node.args)
        parameters = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
        rest = [a for a in (node.args.vararg, node.args.kwarg) if a is not None]
        for annotation in (*(a.annotation for a in parameters + rest), node.returns):
            if annotation is not None:  # evaluated where the function is defined
                self.visit(annotation)
        key = f"{id(node)}"
        self.functions[key] = (node, self.scope)
        self.bind(node.name, Binding("value", Value("function", key)))
        in_class = self.scope.kind == "class"
        outer = self.scope
        self.scope = Scope("function", outer)
        for i, parameter in enumerate(parameters):
            if i == 0 and in_class and not _is_static(node):
                self.bind(parameter.arg, Binding("value", Value("instance", self.classes[-1])))
            elif parameter.annotation is not None:
                self.bind(
                    parameter.arg, Binding("annotation", node=parameter.annotation, scope=outer)
                )
            else:
                self.bind(parameter.arg, Binding("value", UNKNOWN))
        for collected in rest:  # *args, **kwargs
            self.bind(collected.arg, Binding("value", UNKNOWN))
        self.selves.append(parameters[0].arg if in_class and parameters else None)
        for statement in node.body:
            self.visit(statement)
        self.selves.pop()
        self.scope = outer

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_defaults(self, args: ast.arguments) -> None:
        for default in (*args.defaults, *(d for d in args.kw_defaults if d is not None)):
            self.visit(default)

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self.visit_defaults(node.args)
        outer = self.scope
        self.scope = Scope("function", outer)
        for parameter in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs):
            self.bind(parameter.arg, Binding("value", UNKNOWN))
        self.visit(node.body)
        self.scope = outer

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for expression in (*node.decorator_list, *node.bases, *node.keywords):
            self.visit(expression)
        key = f"{id(node)}"
        self.bind(node.name, Binding("value", Value("user-class", key)))
        outer = self.scope
        self.scope = Scope("class", outer)
        self.classes.append(key)
        self.selves.append(None)
        for statement in node.body:
            self.visit(statement)
        self.selves.pop()
        self.classes.pop()
        self.scope = outer

    def visit_comprehension_scope(
        self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp
    ) -> None:
        outer = self.scope
        self.visit(node.generators[0].iter)  # evaluated in the enclosing scope
        self.scope = Scope("function", outer)
        for i, generator in enumerate(node.generators):
            if i:
                self.visit(generator.iter)
            self.bind_target(generator.target, "iter", generator.iter)
            for condition in generator.ifs:
                self.visit(condition)
        for element in ((node.key, node.value) if isinstance(node, ast.DictComp) else (node.elt,)):
            self.visit(element)
        self.scope = outer

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = visit_comprehension_scope

    # --- bindings ---

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            self.bind_target(target, "expr", node.value)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if isinstance(node.target, ast.Name):
            self.bind(node.target.id, Binding("annotation", node=node.annotation, scope=self.scope))
        elif node.value is not None:
            self.bind_target(node.target, "expr", node.value)
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self.bind_unknown(node.target) if isinstance(node.target, ast.Name) else None
        self.generic_visit(node)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self.bind_target(node.target, "expr", node.value)
        self.generic_visit(node)

    def visit_For(self, node: ast.For | ast.AsyncFor) -> None:
        self.bind_target(node.target, "iter", node.iter)
        self.generic_visit(node)

    visit_AsyncFor = visit_For

    def visit_With(self, node: ast.With | ast.AsyncWith) -> None:
        # The package's clients return themselves from `__enter__`.
        for item in node.items:
            if item.optional_vars is not None:
                self.bind_target(item.optional_vars, "expr", item.context_expr)
        self.generic_visit(node)

    visit_AsyncWith = visit_With

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.name:
            self.bind(node.name, Binding("value", UNKNOWN))
        self.generic_visit(node)

    def visit_Global(self, node: ast.Global | ast.Nonlocal) -> None:
        self.scope.outer_names.update(node.names)

    visit_Nonlocal = visit_Global

    def visit_MatchAs(self, node: ast.MatchAs) -> None:
        if node.name:
            self.bind(node.name, Binding("value", UNKNOWN))
        self.generic_visit(node)

    def visit_MatchStar(self, node: ast.MatchStar) -> None:
        if node.name:
            self.bind(node.name, Binding("value", UNKNOWN))


def _is_static(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in node.decorator_list)


def _enumerated(target: ast.Tuple | ast.List, form: str, node: ast.expr) -> bool:
    return (
        form == "iter"
        and len(target.elts) == 2
        and isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "enumerate"
        and len(node.args) >= 1
    )
