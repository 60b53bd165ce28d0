"""Installed, not only checked out: the wheel carries the default rules.yaml and templates as package data."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT


def test_an_installed_agent_finds_its_rules_and_templates_from_any_folder(tmp_path):
    site = tmp_path / "site"
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--disable-pip-version-check",
            "--target",
            str(site),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert built.returncode == 0, built.stderr
    shipped = site / "inbox_agent" / "defaults"
    assert (shipped / "rules.yaml").is_file() and not (shipped / "rules.yaml").is_symlink()
    assert (shipped / "templates" / "ack" / "complaint.txt.j2").is_file()
    assert (site / "inbox_agent" / "core" / "learned_model.json").is_file()  # the learned second opinion's weights
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    message = elsewhere / "m.eml"
    message.write_bytes((ROOT / "tests" / "messages" / "complaint.eml").read_bytes())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RULES_", "TEMPLATES_", "PYTHON"))}
    env["PYTHONPATH"] = str(site)  # the installed copy first; its dependencies come from this interpreter
    script = "import sys; from inbox_agent.cli.main import main; sys.exit(main())"
    result = subprocess.run(
        [sys.executable, "-c", script, "classify", "--explain", str(message)],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "complaint" in result.stdout
    assert "learned model: complaint" in result.stdout  # the installed copy read its own weights
    located = subprocess.run(
        [sys.executable, "-c", "import inbox_agent; print(inbox_agent.__file__)"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert located.stdout.startswith(str(site))  # it really ran the installed copy, not the checkout
