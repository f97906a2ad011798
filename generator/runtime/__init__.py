"""The runtime of the generated `linkedin_marketing` package: real Python, copied verbatim.

Every module here except this one is copied as it is into `generated/linkedin_marketing/`, where
all API versions share it. The package's own `__init__.py` and `_version.py` are rendered from
`templates/package/` (they name the versions and the distribution's version); `_version.pyi` types
the rendered module so that this source checks in place with mypy.
"""
