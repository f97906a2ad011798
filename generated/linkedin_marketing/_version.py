"""The version of the `linkedin-marketing` distribution, sent in the User-Agent, and the newest API
version it has a subpackage for (named by sunset warnings and errors)."""

PACKAGE_VERSION = "0.1.0"
NEWEST_API_VERSION = "202610"
