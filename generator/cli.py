"""Command line: `python -m generator resolve|generate|diff|upgrade-check|versions ...`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from generator.diagnostics import RenderError, SpecError
from generator.diff.changes import LEVELS, Level

PROJECT_DIR = Path(__file__).resolve().parent.parent
SPEC_DIR = PROJECT_DIR / "spec"
OUT_DIR = PROJECT_DIR / "generated"
TEMPLATES_DIR = PROJECT_DIR / "templates"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator")
    parser.add_argument("--spec", type=Path, default=SPEC_DIR, help="the spec directory")
    parser.add_argument(
        "--templates", type=Path, default=TEMPLATES_DIR, help="the templates directory"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    resolve = commands.add_parser(
        "resolve", help="print the resolved OpenAPI document of a version"
    )
    resolve.add_argument("--version", required=True, help="API version, YYYYMM")
    resolve.add_argument("--output", type=Path, help="write to this file instead of stdout")

    generate = commands.add_parser("generate", help="write the client package")
    generate.add_argument(
        "--version",
        action="append",
        help="only this version (repeatable); any version of the spec, shipped or sunset"
        " (the default is the versions versions.yaml marks shipped)",
    )
    generate.add_argument("--out", type=Path, default=OUT_DIR, help="the output directory")
    generate.add_argument(
        "--check", action="store_true", help="write nothing; fail if the output would change"
    )

    diff = commands.add_parser(
        "diff", help="review what changes for client code from one version to another"
    )
    diff.add_argument("from_version", metavar="FROM", help="API version, YYYYMM")
    diff.add_argument("to_version", metavar="TO", help="API version, YYYYMM")
    diff.add_argument("--format", choices=("markdown", "json"), default="markdown")
    diff.add_argument(
        "--fail-on",
        choices=LEVELS,
        help=(
            "exit with status 1 when the review has a change at this level or a more serious one"
            " (info < unclassified < breaking); status 2 means bad input or a spec error"
        ),
    )

    check = commands.add_parser(
        "upgrade-check",
        help="find the lines of your code that moving from one version to another breaks",
    )
    check.add_argument("--from", dest="from_version", required=True, help="API version, YYYYMM")
    check.add_argument("--to", dest="to_version", required=True, help="API version, YYYYMM")
    check.add_argument("paths", metavar="PATH", nargs="+", type=Path, help="files or directories")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument(
        "--fix",
        action="store_true",
        help="import the new version in each file none of whose uses is affected",
    )

    commands.add_parser(
        "versions",
        help="print the table of versions: release, sunset, documented or estimated, shipped,"
        " days left",
    )

    args = parser.parse_args(argv)
    # Exit status: 0 success; 1 the review found changes at the `--fail-on` level (or
    # `generate --check` found drift); 2 bad input or a spec error, so CI can tell "breaking"
    # from "the tool failed". argparse exits with 2 on bad arguments too.
    if args.command == "upgrade-check":  # bad input exits with 2, as the check documents
        from generator.upgrade.check import run

        return run(args.spec, args.from_version, args.to_version, args.paths, args.format, args.fix)
    try:
        if args.command == "resolve":
            return _resolve(args.spec, args.version, args.output)
        if args.command == "versions":
            return _versions(args.spec)
        if args.command == "diff":
            return _diff(args.spec, args.from_version, args.to_version, args.format, args.fail_on)
        return _generate(args.spec, args.templates, args.out, args.version, args.check)
    except SpecError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(
            f"{len(error.problems)} problem(s) in {args.spec}; nothing was written", file=sys.stderr
        )
        return 2
    except RenderError as error:
        print(error, file=sys.stderr)
        print("the templates could not be rendered; nothing was written", file=sys.stderr)
        return 2


def _resolve(spec_dir: Path, version: str, output: Path | None) -> int:
    from generator.resolve import resolve

    text = json.dumps(resolve(spec_dir, version), indent=2, ensure_ascii=False) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
    return 0


def _versions(spec_dir: Path) -> int:
    import datetime

    from generator.load import load_spec

    # Today's date is read here only, for display: nothing generated depends on it.
    today = datetime.datetime.now(datetime.UTC).date()
    rows = [("version", "released", "sunset", "basis", "shipped", "days left")]
    for release in load_spec(spec_dir).releases:
        days_left = (release.sunset - today).days
        rows.append(
            (
                release.version,
                release.released,
                release.sunset.isoformat(),
                release.basis,
                "yes" if release.shipped else "no",
                str(days_left) if days_left > 0 else "sunset",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        sys.stdout.write("  ".join(cells).rstrip() + "\n")
    return 0


def _diff(
    spec_dir: Path, from_version: str, to_version: str, form: str, fail_on: str | None
) -> int:
    from generator.generate import review as compare
    from generator.review import markdown, to_json

    review = compare(spec_dir, from_version, to_version)
    sys.stdout.write(to_json(review) if form == "json" else markdown(review))
    return 1 if fail_on is not None and review.at_or_above(cast(Level, fail_on)) else 0


def _generate(
    spec_dir: Path, templates_dir: Path, out_dir: Path, versions: list[str] | None, check: bool
) -> int:
    from generator.write import output_lock

    # One run at a time, from the fast path's look at the output to its record of it: another
    # run's output must never be recorded as this run's.
    with output_lock(out_dir, waiting=lambda message: print(message, file=sys.stderr, flush=True)):
        return _generate_locked(spec_dir, templates_dir, out_dir, versions, check)


def _generate_locked(
    spec_dir: Path, templates_dir: Path, out_dir: Path, versions: list[str] | None, check: bool
) -> int:
    from generator import fastpath

    key = fastpath.inputs_key(spec_dir, templates_dir, out_dir, versions)
    count = fastpath.unchanged(key, out_dir)
    if count is not None:  # the same inputs already gave exactly this output
        if not check:
            print(f"0 file(s) written, {count} unchanged")
        return 0

    from generator.generate import GeneratorConfig, generate

    config = GeneratorConfig(templates_dir=templates_dir)
    result = generate(spec_dir, out_dir, versions=versions, check=check, config=config)
    if check:
        for path in result.changed:
            print(f"out of date: {path}", file=sys.stderr)
        if result.changed:
            print("generated/ does not match spec/: run `make generate`", file=sys.stderr)
            return 1
        fastpath.remember(key, out_dir)
        return 0
    fastpath.remember(key, out_dir)
    print(f"{len(result.changed)} file(s) written, {len(result.unchanged)} unchanged")
    return 0
