"""Set-up and status as the IT helper meets them: the demo, `status` after it, and commands in a pipe."""

from __future__ import annotations

import fcntl
import os
import re
import subprocess
import sys

from conftest import ROOT, clean_env


def _table(text: str) -> list[str]:
    """The demo's table: from its heading to the first blank line, with the year of the references made neutral."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Message ") and "Category" in line)
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    return [re.sub(r"-\d{4}-", "-YYYY-", line.rstrip()) for line in lines[start:end]]


def test_the_readme_shows_the_table_the_demo_prints(agent, tmp_path):
    result = agent("demo", "--out", str(tmp_path / "demo"))
    assert result.returncode == 0, result.stderr
    readme = (ROOT / "README.md").read_text()
    shown = readme.split("## What the demo shows", 1)[1].split("```", 2)[1]
    assert _table(shown) == _table(result.stdout), "the README's demo table is stale: paste the demo's table into it"
    status = agent("status", env={"DATA_DIR": str(tmp_path / "demo" / "data")})
    assert status.returncode == 0 and "no real mailbox has been polled" in status.stdout, status.stdout


def test_a_listing_cut_short_by_its_reader_ends_quietly(agent, tmp_path):
    assert agent("demo", "--out", str(tmp_path / "demo")).returncode == 0
    read, write = os.pipe()
    fcntl.fcntl(write, fcntl.F_SETPIPE_SZ, 4096)  # smaller than the listing, as `| head` would leave it
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "run.py"), "cases", "list", "--json"],
        stdout=write,
        stderr=subprocess.PIPE,
        env=clean_env(DATA_DIR=str(tmp_path / "demo" / "data")),
        cwd=tmp_path,
    )
    os.close(write)
    assert os.read(read, 20).startswith(b'{"ref": ')
    os.close(read)
    with process.stderr:
        assert process.wait(timeout=60) == 141  # 128 + SIGPIPE, as a Unix tool cut short reports it
        assert process.stderr.read() == b""
