"""Typed, version-pinned clients of the LinkedIn Marketing API (Rest.li 2.0).

Import the client of the API version you target, for example
`from linkedin_marketing.v202610 import LinkedInClient`.
"""

__version__ = "2026.10.0"

API_VERSIONS: tuple[str, ...] = (
    "202601",
    "202602",
    "202603",
    "202604",
    "202605",
    "202606",
    "202607",
    "202608",
    "202609",
    "202610",
)
"""The LinkedIn API versions with a subpackage here (`v` + version), oldest first."""
