"""The version of the `linkedin-marketing` distribution, sent in the User-Agent, and the newest API
version it has a subpackage for (named by sunset warnings and errors)."""

PACKAGE_VERSION = "2026.10.0"
NEWEST_API_VERSION = "202610"
