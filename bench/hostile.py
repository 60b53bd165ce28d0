#!/usr/bin/env python3
"""What a hostile inbox makes the agent send, in one `poll --once` against a real Dovecot and aiosmtpd sink.

    .venv/bin/python bench/hostile.py

  a) forged: five messages From: =?utf-8?q?victim?=@victim.example (each a complaint): how many acknowledgements,
     and to whom;
  b) threats: sixty threats from sixty addresses with ALERT_EMAILS naming two more people, default caps: how many
     messages leave in that poll, and how many of them are alerts (and deliveries, one per recipient).
Uses the test fixtures' own servers (tests/servers.py); needs root for Dovecot, like the integration tests.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from servers import Dovecot, SmtpSink  # noqa: E402


def crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def with_headers(raw: bytes, sender: str, message_id: str) -> bytes:
    raw = re.sub(rb"(?mi)^Message-ID: .*$", f"Message-ID: <{message_id}>".encode(), raw, count=1)
    return re.sub(rb"(?m)^From: .*$", f"From: {sender}".encode(), raw, count=1)


def poll(dovecot: Dovecot, raws: list[bytes], **extra: str) -> str:
    account, smtp = dovecot.add_account(), SmtpSink().start()
    try:
        client = account.connect()
        for raw in raws:
            client.append("INBOX", "", None, raw)
        client.logout()
        folder = tempfile.mkdtemp(prefix="hostile-")
        env = {
            k: v for k, v in os.environ.items() if not k.startswith(("IMAP_", "SMTP_", "DATA_DIR", "ACK_", "ALERT_"))
        }
        env.update(account.env(), **smtp.env(), DATA_DIR=f"{folder}/data", ACK_SINCE="2000-01-01", **extra)
        run = subprocess.run(
            [sys.executable, str(ROOT / "run.py"), "poll", "--once"],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
        )
        sent = smtp.received
        acks = [r for r in sent if r.message["Auto-Submitted"] == "auto-replied"]
        alerts = [r for r in sent if (r.message["Subject"] or "").startswith("URGENT")]
        return (
            f"exit {run.returncode}; {len(sent)} messages sent: {len(acks)} acknowledgements to "
            f"{len({t for r in acks for t in r.rcpt_tos})} address(es), {len(alerts)} alerts "
            f"({sum(len(r.rcpt_tos) for r in alerts)} deliveries)"
        )
    finally:
        smtp.stop()


def main() -> None:
    complaint = crlf((ROOT / "tests" / "messages" / "complaint.eml").read_bytes())
    threat = crlf(sorted((ROOT / "tests" / "corpus" / "threat").glob("*.eml"))[0].read_bytes())
    dovecot = Dovecot().start()
    try:
        forged = [with_headers(complaint, "=?utf-8?q?victim?=@victim.example", f"forged-{i}@x") for i in range(5)]
        print("a) 5 forged =?utf-8?q?victim?=@victim.example:", poll(dovecot, forged))
        threats = [with_headers(threat, f"anon{i}@example.com", f"threat-{i}@x") for i in range(60)]
        print(
            "b) 60 threats, ALERT_EMAILS of 2:",
            poll(dovecot, threats, ALERT_EMAILS="chair@example.org,vice@example.org"),
        )
    finally:
        dovecot.cleanup()


if __name__ == "__main__":
    main()
