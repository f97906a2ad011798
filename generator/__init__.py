"""Generates typed, version-pinned LinkedIn Marketing API clients from the OpenAPI spec."""
