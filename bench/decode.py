"""Benchmark 1: decoding a 1,000-element search page into models, and the full round trip.

Compares the generated `from_dict` / `to_dict` with `json.loads` / `json.dumps` alone (the floor),
with openapi-python-client's models and with pydantic v2 models (datamodel-code-generator), both
generated at bench time from the same resolved spec into a temporary directory.
"""

from __future__ import annotations

import copy
import importlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import BENCH_BIN, RESOLVED_SPEC, SAMPLES, VERSION, Row, at_most, info, per_call, report

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
    assert ours.from_dict(json.loads(text)).to_dict() == page, f"{label}: round trip lost data"
    opc_lossless = theirs.from_dict(json.loads(text)).to_dict() == page
    pyd_lossless = (
        json.loads(pydantic_model.model_validate_json(text).model_dump_json(exclude_none=True))
        == page
    )

    floor = per_call(lambda: json.loads(text))
    decode = per_call(lambda: ours.from_dict(json.loads(text)))
    opc_decode = per_call(lambda: theirs.from_dict(json.loads(text)))
    pyd_decode = per_call(lambda: pydantic_model.model_validate_json(text))

    floor_trip = per_call(lambda: json.dumps(json.loads(text)))
    trip = per_call(lambda: json.dumps(ours.from_dict(json.loads(text)).to_dict()))
    opc_trip = per_call(lambda: json.dumps(theirs.from_dict(json.loads(text)).to_dict()))
    pyd_trip = per_call(
        lambda: pydantic_model.model_validate_json(text).model_dump_json(exclude_none=True)
    )

    name = f"decode ({label})"
    return [
        at_most(name, "from_dict(json.loads)", "json.loads", decode / floor, 2.0),
        info(
            name,
            "openapi-python-client from_dict(json.loads)",
            "json.loads",
            opc_decode / floor,
            f"{opc_decode / decode:.1f}x ours; lossless: {opc_lossless}",
        ),
        info(
            name,
            "pydantic v2 model_validate_json",
            "json.loads",
            pyd_decode / floor,
            f"{pyd_decode / decode:.1f}x ours; lossless: {pyd_lossless}",
        ),
        at_most(
            f"round trip ({label})",
            "json.dumps(from_dict(json.loads).to_dict())",
            "json.dumps(json.loads)",
            trip / floor_trip,
            3.0,
        ),
        info(
            f"round trip ({label})",
            "openapi-python-client",
            "json.dumps(json.loads)",
            opc_trip / floor_trip,
            f"{opc_trip / trip:.1f}x ours",
        ),
        info(
            f"round trip ({label})",
            "pydantic v2 validate_json + dump_json",
            "json.dumps(json.loads)",
            pyd_trip / floor_trip,
            f"{pyd_trip / trip:.1f}x ours",
        ),
    ]


def main() -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-models-") as workdir:
        opc, pyd = generate_comparisons(Path(workdir))
        for label, spec in PAGES.items():
            rows.extend(bench_page(label, spec, opc, pyd))
    report(f"1. Decoding a {ELEMENTS:,}-element search page (ratios of medians)", rows)
    return rows


if __name__ == "__main__":
    main()
