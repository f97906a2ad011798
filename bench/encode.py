"""Benchmark 2: Rest.li query encoding against linkedin-api-client's encoder.

Encodes the finder queries the documentation shows (as parameter maps) and batch `ids` lists of
10, 100 and 1,000 URNs with `linkedin_marketing.restli.encode`, and the same values with the
official client's `linkedin_api.clients.restli.utils.encoder`. Outputs are compared; where they
differ the reason is printed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from _common import Row, at_least, paired_ratio, report
from linkedin_api.clients.restli.utils import encoder as official
from linkedin_marketing.restli import encode

# The documented finder requests (tests/data/samples/*/index.yaml), as parameter maps.
FINDER_QUERIES: dict[str, dict[str, Any]] = {
    "adAccounts search (type, status, sort)": {
        "q": "search",
        "search": {"type": {"values": ["BUSINESS"]}, "status": {"values": ["ACTIVE", "CANCELED"]}},
        "sort": {"field": "ID", "order": "DESCENDING"},
    },
    "adAccounts search (status, test)": {
        "q": "search",
        "search": {"status": {"values": ["DRAFT"]}, "test": True},
    },
    "adCampaignGroups search (status, sortOrder, pageToken)": {
        "q": "search",
        "search": {"status": {"values": ["ACTIVE", "DRAFT"]}},
        "sortOrder": "DESCENDING",
        "pageToken": "DgGerr1iVQreCJVjDOW_rcp63nueBDipsS4DJpvJo",
    },
    "creatives criteria (every criterion)": {
        "q": "criteria",
        "campaigns": [f"urn:li:sponsoredCampaign:{n}" for n in (360035215, 360035216, 360035217)],
        "contentReferences": [
            f"urn:li:share:{n}" for n in (6778045555198214144, 6778045555198214145)
        ],
        "creatives": ["urn:li:sponsoredCreative:119962155", "urn:li:sponsoredCreative:119962156"],
        "intendedStatuses": ["ARCHIVED", "CANCELED"],
        "isTestAccount": True,
        "isTotalIncluded": False,
        "leadgenCreativeCallToActionDestinations": [],
        "sortOrder": "ASCENDING",
    },
    "adTargetTemplates account": {
        "q": "account",
        "account": "urn:li:sponsoredAccount:520866471",
        "sortField": "ID",
        "sortOrder": "ASCENDING",
    },
}

# Values on which the two encoders disagree, and why ours is what Rest.li 2.0 specifies.
DIFFERENCES: list[tuple[str, Any, str]] = [
    ("empty string", "", "Rest.li 2.0 writes '' for an empty string; an empty value is invalid"),
    (
        "empty string in a map",
        {"name": ""},
        "(name:) is rejected by Rest.li servers; it must be (name:'')",
    ),
    (
        "None in a map",
        {"name": None, "test": True},
        "Rest.li has no null: the field is omitted, not sent as an empty value",
    ),
    (
        "small float",
        1e-07,
        "Rest.li numbers are plain decimals; str(float) gives exponent notation",
    ),
    ("Decimal amount", Decimal("1E+2"), "str(Decimal) can give exponent notation"),
    (
        "slash and @ in a query value",
        "a/b@c",
        "both valid: / and @ may stay literal in a query component (RFC 3986)",
    ),
]


def query_string(params: dict[str, Any]) -> str:
    """The query string of a finder request, keys sorted as the official client does."""
    return "&".join([f"{key}={encode(params[key])}" for key in sorted(params)])


def main() -> list[Row]:
    rows: list[Row] = []
    mismatches = []
    for label, params in FINDER_QUERIES.items():
        ours, theirs = query_string(params), official.param_encode(params)
        if ours != theirs:
            mismatches.append((label, ours, theirs))
    # Timed in alternating rounds (theirs over ours): on a busy machine, timing one after the
    # other let a load change between them decide the figure.
    speedup = paired_ratio(
        lambda: [official.param_encode(p) for p in FINDER_QUERIES.values()],
        lambda: [query_string(p) for p in FINDER_QUERIES.values()],
    )
    rows.append(speedup_row("documented finder queries", speedup, not mismatches))

    for size in (10, 100, 1000):
        ids = [f"urn:li:sponsoredCreative:{120000000 + n}" for n in range(size)]
        same = encode(ids) == official.encode(ids)
        if not same:
            mismatches.append((f"{size} ids", encode(ids)[:80], official.encode(ids)[:80]))
        speedup = paired_ratio(lambda ids=ids: official.encode(ids), lambda ids=ids: encode(ids))
        rows.append(speedup_row(f"ids=List(...) of {size:,} URNs", speedup, same))

    report("2. Rest.li encoding (speed-up over linkedin-api-client)", rows)
    for label, ours, theirs in mismatches:
        print(f"  output differs on {label}:\n    ours:   {ours}\n    theirs: {theirs}")
    print("  Where the two encoders differ (both outputs shown, ours first):")
    for label, value, why in DIFFERENCES:
        ours = _safe(lambda value=value: encode(value))
        theirs = _safe(lambda value=value: official.encode(value))
        print(f"    {label}: {ours!r} vs {theirs!r}: {why}")
    return rows


def speedup_row(label: str, factor: float, identical: bool) -> Row:
    row = at_least(f"encode {label}", "restli.encode", "linkedin-api-client", factor, 3)
    note = f"speed-up; output {'identical' if identical else 'DIFFERS'}"
    return Row(row.benchmark, row.subject, row.baseline, factor, row.goal, row.met, note)


def _safe(fn: Any) -> str:
    try:
        return str(fn())
    except (TypeError, ValueError) as error:
        return f"<{type(error).__name__}>"


if __name__ == "__main__":
    main()
