"""Typed, version-pinned clients of the LinkedIn Marketing API (Rest.li 2.0).

Import the client of the API version you target, for example
`from linkedin_marketing.v202410 import LinkedInClient`.
"""

__version__ = "2024.10.0"

API_VERSIONS: tuple[str, ...] = (
    "202311",
    "202401",
    "202408",
    "202410",
)
"""The LinkedIn API versions with a subpackage here (`v` + version), oldest first."""
