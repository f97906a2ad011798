"""Benchmark 1: decoding a 1,000-element search page into models, and the full round trip.

Compares the generated `from_dict` / `to_dict` with `json.loads` / `json.dumps` alone (the floor),
with openapi-python-client's models and with pydantic v2 models (datamodel-code-generator), both
generated at bench time from the same resolved spec into a temporary directory.

A page's records are decoded one by one when first read (`linkedin_marketing.records.Records`), so
"decode" takes the page's `elements` (the 1,000 records a client's page hands out); "decode and
read every field" then reads every field of every record, nested ones included, once, as code
reading them all would; and "round trip" writes the page back unmodified.
"""

from __future__ import annotations

import copy
import importlib
import json
import subprocess
import sys
import tempfile
import typing
import warnings
from collections import abc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import (
    BENCH_BIN,
    RESOLVED_SPEC,
    SAMPLES,
    VERSION,
    Row,
    at_most,
    info,
    paired_ratio,
    per_call,
    report,
)
from linkedin_marketing.values import Model

ELEMENTS = 1000

# label: (resource folder, sample files whose records are used, id of the n-th element, page model)
PAGES = {
    "campaign groups": (
        "adCampaignGroups",
        [
            "02-v202401-get-response.json",
            "03-v202401-search-response.json",
            "08-v202401-batch-get-response.json",
        ],
        lambda n: 600000000 + n,
        "AdCampaignGroupSearchResponse",
    ),
    "creatives": (
        "creatives",
        [
            "04-get-response.json",
            "05-v202401-criteria-response.json",
            "10-v202401-batch-get-response.json",
        ],
        lambda n: f"urn:li:sponsoredCreative:{120000000 + n}",
        "CreativeCriteriaResponse",
    ),
    "campaigns": (
        "adCampaigns",
        ["02-get-test-campaign-response.json", "03-get-response.json"],
        lambda n: 700000000 + n,
        "AdCampaignSearchResponse",
    ),
}


def sample_elements(folder: str, files: list[str]) -> list[dict[str, Any]]:
    """The records of the documentation samples: a get body, a page's elements, batch results."""
    found: list[dict[str, Any]] = []
    for name in files:
        body = json.loads((SAMPLES / folder / name).read_text(encoding="utf-8"))
        if "elements" in body:
            found.extend(body["elements"])
        elif "results" in body:
            found.extend(body["results"].values())
        else:
            found.append(body)
    return found


def build_page(folder: str, files: list[str], make_id: Callable[[int], Any]) -> dict[str, Any]:
    samples = sample_elements(folder, files)
    elements = []
    for n in range(ELEMENTS):
        element = copy.deepcopy(samples[n % len(samples)])
        element["id"] = make_id(n)
        elements.append(element)
    return {"elements": elements, "metadata": {"nextPageToken": "DgGerr1iVQreCJVjDOW_rcp63nueBD"}}


def decode_page(model: Any, text: str) -> Any:
    page = model.from_dict(json.loads(text))
    page.elements  # noqa: B018 (the records a page hands out)
    return page


# For each record class, a function that reads every field once, written out as code reading them
# all would be: one attribute read per field, nested records read in place, a loop per list.
_READERS: dict[type, Callable[[Any], None]] = {}


def read_every_field(record: Any) -> None:
    """Reads every field of `record` once, and of the records in it."""
    (_READERS.get(type(record)) or _reader(type(record)))(record)


def _reader(cls: type) -> Callable[[Any], None]:
    lines = ["def read(r0):", *_reads(cls, "r0", 1, ())]
    scope: dict[str, Any] = {"read_every_field": read_every_field}
    exec("\n".join(lines), scope)  # noqa: S102 (bench-time code from the model's annotations)
    _READERS[cls] = scope["read"]
    return scope["read"]


def _reads(cls: type, name: str, depth: int, enclosing: tuple[type, ...]) -> list[str]:
    """The statements reading every field of the record in variable `name`."""
    pad = "    " * depth
    namespace = vars(sys.modules[cls.__module__])
    lines = []
    for field, text in cls.__annotations__.items():
        hint = eval(text, namespace)  # noqa: S307 (the generated module's own annotations)
        kind = next((a for a in typing.get_args(hint) if a is not type(None)), hint)
        origin = typing.get_origin(kind)
        item = typing.get_args(kind)[0] if origin is not None and typing.get_args(kind) else None
        inner = f"r{depth}"
        if isinstance(origin, type) and issubclass(origin, abc.Sequence) and _is_record(item):
            lines += [f"{pad}v = {name}.{field}", f"{pad}if v is not None:"]
            lines += [
                f"{pad}    for {inner} in v:",
                *_nested(item, inner, depth + 2, (*enclosing, cls)),
            ]
        elif _is_record(kind):
            lines += [f"{pad}{inner} = {name}.{field}", f"{pad}if {inner} is not None:"]
            lines += _nested(kind, inner, depth + 1, (*enclosing, cls))
        else:
            lines.append(f"{pad}{name}.{field}")
    return lines or [f"{pad}pass"]


def _nested(cls: type, name: str, depth: int, enclosing: tuple[type, ...]) -> list[str]:
    if cls in enclosing:  # a record type that contains itself: read it through a call
        return ["    " * depth + f"read_every_field({name})"]
    return _reads(cls, name, depth, (*enclosing, cls))


def _is_record(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, Model)


def generate_comparisons(workdir: Path) -> tuple[Any, Any]:
    """openapi-python-client's package and datamodel-code-generator's pydantic module."""
    env_path = f"{BENCH_BIN}:/usr/bin:/bin"
    subprocess.run(
        [
            str(BENCH_BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(RESOLVED_SPEC),
            "--output-path",
            str(workdir / "opc_models"),
            "--meta",
            "none",
        ],
        check=True,
        capture_output=True,
        env={"PATH": env_path},
    )
    subprocess.run(
        [
            str(BENCH_BIN / "datamodel-codegen"),
            "--input",
            str(RESOLVED_SPEC),
            "--input-file-type",
            "openapi",
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--extra-fields",
            "allow",
            "--output",
            str(workdir / "pydantic_models.py"),
        ],
        check=True,
        capture_output=True,
        env={"PATH": env_path},
    )
    sys.path.insert(0, str(workdir))
    return importlib.import_module("opc_models.models"), importlib.import_module("pydantic_models")


def bench_page(label: str, spec: tuple[Any, ...], opc: Any, pyd: Any) -> list[Row]:
    folder, files, make_id, class_name = spec
    models = importlib.import_module(f"linkedin_marketing.v{VERSION}.models")
    ours = getattr(models, class_name)
    theirs = getattr(opc, class_name)
    pydantic_model = getattr(pyd, class_name)

    page = build_page(folder, files, make_id)
    text = json.dumps(page)

    # Lossless: decode then encode gives the input back, unknown and nested fields included.
    assert decode_page(ours, text).to_dict() == page, f"{label}: round trip lost data"
    read = decode_page(ours, text)
    read_every_field(read)
    assert read.to_dict() == page, f"{label}: round trip after reading lost data"
    opc_lossless = theirs.from_dict(json.loads(text)).to_dict() == page
    try:
        pyd_lossless: object = (
            json.loads(pydantic_model.model_validate_json(text).model_dump_json(exclude_none=True))
            == page
        )
    except Exception as exc:  # its generated models cannot read every page (URN-keyed maps)
        pyd_lossless = f"fails: {type(exc).__name__}: {exc}"

    floor = per_call(lambda: json.loads(text))
    decode = paired_ratio(lambda: decode_page(ours, text), lambda: json.loads(text))
    read_all = paired_ratio(
        lambda: read_every_field(decode_page(ours, text)), lambda: json.loads(text)
    )
    opc_decode = per_call(lambda: theirs.from_dict(json.loads(text)))
    pyd_works = pyd_lossless is True or pyd_lossless is False
    pyd_decode = per_call(lambda: pydantic_model.model_validate_json(text)) if pyd_works else None

    floor_trip = per_call(lambda: json.dumps(json.loads(text)))
    trip = paired_ratio(
        lambda: json.dumps(decode_page(ours, text).to_dict()), lambda: json.dumps(json.loads(text))
    )
    opc_trip = per_call(lambda: json.dumps(theirs.from_dict(json.loads(text)).to_dict()))
    pyd_trip = (
        per_call(
            lambda: pydantic_model.model_validate_json(text).model_dump_json(exclude_none=True)
        )
        if pyd_works
        else None
    )

    name = f"decode ({label})"
    ours_decode = decode * floor  # seconds, for the comparisons' notes
    ours_trip = trip * floor_trip
    return [
        at_most(name, "from_dict(json.loads).elements", "json.loads", decode, 1.3),
        info(
            name,
            "openapi-python-client from_dict(json.loads)",
            "json.loads",
            opc_decode / floor,
            f"{opc_decode / ours_decode:.1f}x ours; lossless: {opc_lossless}",
        ),
        info(
            name,
            "pydantic v2 model_validate_json",
            "json.loads",
            None if pyd_decode is None else pyd_decode / floor,
            f"{(pyd_decode or 0) / ours_decode:.1f}x ours; lossless: {pyd_lossless}",
        ),
        at_most(
            f"decode and read every field ({label})",
            "from_dict(json.loads), every field read once",
            "json.loads",
            read_all,
            2.5,
        ),
        at_most(
            f"round trip ({label})",
            "json.dumps(from_dict(json.loads).to_dict())",
            "json.dumps(json.loads)",
            trip,
            1.3,
        ),
        info(
            f"round trip ({label})",
            "openapi-python-client",
            "json.dumps(json.loads)",
            opc_trip / floor_trip,
            f"{opc_trip / ours_trip:.1f}x ours",
        ),
        info(
            f"round trip ({label})",
            "pydantic v2 validate_json + dump_json",
            "json.dumps(json.loads)",
            None if pyd_trip is None else pyd_trip / floor_trip,
            f"{(pyd_trip or 0) / ours_trip:.1f}x ours",
        ),
    ]


def main() -> list[Row]:
    # pydantic warns on every dump of an enum field whose value it kept as a string.
    warnings.filterwarnings("ignore", category=UserWarning, module="pydantic")
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-models-") as workdir:
        opc, pyd = generate_comparisons(Path(workdir))
        for label, spec in PAGES.items():
            rows.extend(bench_page(label, spec, opc, pyd))
    report(f"1. Decoding a {ELEMENTS:,}-element search page (ratios of medians)", rows)
    return rows


if __name__ == "__main__":
    main()
