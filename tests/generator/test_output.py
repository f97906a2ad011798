"""The generated output as a whole: golden, deterministic, vendorable on its own."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from generator.generate import GeneratorConfig, generate
from generator.load import load_spec
from generator.write import existing_files

ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = ROOT / "spec"
GENERATED = ROOT / "generated"


def test_generating_gives_exactly_the_committed_tree(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    generate(SPEC_DIR, out)
    fresh, committed = existing_files(out), existing_files(GENERATED)
    differing = sorted(
        p for p in fresh.keys() | committed.keys() if fresh.get(p) != committed.get(p)
    )
    assert differing == [], "generated/ is out of date: run `make generate`"


def test_output_is_identical_across_hash_seeds(tmp_path: Path) -> None:
    trees = []
    for seed in ("1", "4242"):
        out = tmp_path / f"seed-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "generator", "generate", "--out", str(out)],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        trees.append(existing_files(out))
    assert trees[0] == trees[1]
    assert trees[0]  # something was generated


def test_the_package_version_comes_from_the_newest_api_version() -> None:
    config = GeneratorConfig()
    assert config.package_version(["202311", "202401", "202410"]) == "2024.10.0"
    assert config.package_version(["202410", "202501"]) == "2025.1.0"  # PEP 440: no leading 0
    assert GeneratorConfig(package_revision=2).package_version(["202410"]) == "2024.10.2"
    versions = [config.package_version(["202410", newer]) for newer in ("202411", "202412")]
    assert versions == ["2024.11.0", "2024.12.0"]  # each API version gives a higher one
    committed = tomllib.loads((GENERATED / "pyproject.toml").read_text(encoding="utf-8"))
    assert committed["project"]["version"] == config.package_version(load_spec(SPEC_DIR).shipped)


def _install_from_here(distribution: str, site: Path, done: set[str]) -> None:
    """Copy an installed distribution and what it requires (extras left out) into `site`."""
    dist = metadata.distribution(distribution)
    name = dist.metadata["Name"].lower()
    if name in done:
        return
    done.add(name)
    for file in dist.files or ():
        if ".." not in file.parts:
            target = site / file
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(Path(str(dist.locate_file(file))), target)
    for requirement in dist.requires or ():
        if "extra ==" not in requirement:
            match = re.match(r"[A-Za-z0-9_.-]+", requirement)
            assert match is not None
            marker = requirement.partition(";")[2]
            if "python_version" in marker and not _marker_holds(marker):
                continue
            _install_from_here(match.group(0), site, done)


def _marker_holds(marker: str) -> bool:
    """`python_version < "3.x"` markers, the only kind httpx's tree uses besides extras."""
    found = re.search(r'python_version\s*([<>=!]+)\s*"(\d+)\.(\d+)"', marker)
    if found is None:
        return True
    op, bound = found.group(1), (int(found.group(2)), int(found.group(3)))
    here = sys.version_info[:2]
    return {
        "<": here < bound,
        "<=": here <= bound,
        ">": here > bound,
        ">=": here >= bound,
        "==": here == bound,
        "!=": here != bound,
    }[op]


_VENDORED_SCRIPT = textwrap.dedent("""
    import importlib.util
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    for absent in ("generator", "jinja2", "yaml", "black"):
        assert importlib.util.find_spec(absent) is None, absent

    import importlib

    import linkedin_marketing
    from linkedin_marketing.v202610 import LinkedInClient

    for version in linkedin_marketing.API_VERSIONS:  # every shipped version imports
        importlib.import_module(f"linkedin_marketing.v{version}")

    seen = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            seen["path"] = self.path
            seen["version"] = self.headers["LinkedIn-Version"]
            body = json.dumps({"id": 123, "name": "Vendored", "type": "BUSINESS"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/rest"
    with LinkedInClient("token", base_url=base) as client:
        account = client.ad_accounts.get(ad_account_id=123)
    server.shutdown()
    print(account.name, account.type.value, seen["path"], seen["version"])
    """)


def test_vendored_package_works_with_httpx_only(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # httpx and its requirements, copied from this environment: the test runs offline.
    installed: set[str] = set()
    _install_from_here("httpx", Path(site), installed)
    assert "httpx" in installed and not installed & {"jinja2", "pyyaml", "black"}
    project = tmp_path / "product"
    shutil.copytree(
        GENERATED / "linkedin_marketing",
        project / "linkedin_marketing",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    run = subprocess.run(
        [str(python), "-c", _VENDORED_SCRIPT],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["Vendored", "BUSINESS", "/rest/adAccounts/123", "202610"]


@pytest.mark.parametrize("module", ["jinja2", "yaml", "black", "generator"])
def test_generated_code_never_imports_the_generator_stack(module: str) -> None:
    for path in (GENERATED / "linkedin_marketing").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert f"import {module}" not in text and f"from {module}" not in text, path
