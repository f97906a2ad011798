"""The upgrade check: which lines of a user's code a version bump breaks.

`python -m generator upgrade-check --from 202311 --to 202401 src/` reads the user's modules with
`ast` and reports each use of the generated package of the first version that a breaking change
of the diff (`generator.diff`) affects. One job per module: `surface` (what a version offers, from
its IR), `breaks` (the diff's breaking changes keyed by what code touches), `scopes` and `infer`
(what the names of a module are bound to), `uses` (the affected uses of one module), `fix`
(retargeting imports), `report` (output) and `check` (files, versions, exit status).
"""
