"""The version of the `linkedin-marketing` distribution, sent in the User-Agent."""

PACKAGE_VERSION = "2024.10.0"
