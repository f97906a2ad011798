"""The version of the `linkedin-marketing` distribution, sent in the User-Agent."""

PACKAGE_VERSION = "0.1.0"
