#!/usr/bin/env python3
"""Backlog benchmark: the agent against a plain imap-tools fetch of the same messages, in one run.

    .venv/bin/python bench/backlog.py [--sizes 1000,10000] [--seed 7] [--cases 50000] [--json]

Starts a real Dovecot and an aiosmtpd sink (the test fixtures' own code, tests/servers.py), seeds each
size's mailbox with deterministic, realistic messages, and measures, for each size N:
  a) raw:      an imap-tools bulk fetch of the folder, parsing every message (MailMessage .text and .html); the
               fastest of three, which makes the ratios below the least flattering to the agent
  b) agent:    `poll --once --no-send` into an empty store (acknowledgements only queued)
  c) sending:  `poll --once` into an empty store, acknowledgements sent to the sink over SMTP
and once:
  d) digest:   building the weekly digest and the council summary over a store of --cases cases,
               against a plain json.load of that store file.
It reports wall times, the ratios b/a and c/a, and c/(a+s), where s is a bare smtplib send of the same mail
the agent sent (the floor of issue 18: a bare fetch and parse plus a bare send), per-message cost at each
size and its ratio, and peak RSS of the agent process (and of the largest of the workers it forks to read mail ahead,
DECIDE_PROCESSES, app/ahead.py; --processes 1 runs it without them) at each size. These machines are shared and noisy:
read the ratios, not the seconds. Wall time on a loaded machine is mostly waiting for a core, so the CPU time of
each side is reported beside it (the agent's process and its workers from getrusage, the floor's fetch and send from the
thread that runs them), and the agent's fixed cost (start-up, loading the rules, one poll of an empty
mailbox), which a per-message figure at the smallest size carries most of. Every run of the agent shares one
CACHE_DIR, warmed by a first start that is reported apart: as installed, only the first start compiles the rules.
These are for reading the goals' figures; the goals are still the wall-time ratios.
Needs root (for Dovecot), like the integration tests.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from servers import Dovecot, SmtpSink  # noqa: E402  (the test fixtures' code, reused)

# Realistic proportions for a parish inbox on a bad week, and what each kind says.
KINDS = [
    ("enquiry", 40),
    ("complaint", 20),
    ("automated", 15),
    ("abusive", 8),
    ("abuse_report", 6),
    ("conduct_complaint", 5),
    ("hate", 3),
    ("threat", 3),
]
OPENINGS = {
    "enquiry": [
        "Could you tell me when the next parish council meeting is?",
        "Is the Memorial Hall free on Saturday?",
        "How do I get on the allotment waiting list?",
        "Where can I find the minutes of the last meeting?",
    ],
    "complaint": [
        "I want to complain about the state of the verges, it is a disgrace.",
        "This planning decision is appalling and the council should be ashamed. I wish to complain.",
        "The street light is still not fixed after six weeks. Not good enough.",
    ],
    "automated": ["I am out of the office until Monday with limited access to email."],
    "abusive": ["You are a useless idiot. Piss off and stop wasting our money.", "You're nothing but a parasite."],
    "abuse_report": [
        "I want to report abusive comments. Someone posted on your Facebook page calling the clerk names."
    ],
    "conduct_complaint": ["Cllr Baxter was extremely rude to me and shouted at me at the meeting."],
    "hate": ["Gypsies are vermin and should be banned from the village. Go back to your own country."],
    "threat": ["I know where you live. Watch your back.", "You will regret this. Something will happen to you."],
}
FILLER = (
    "The parish council met on Tuesday in the Memorial Hall to discuss the precept, the state of the playing field, "
    "the footpath by the reservoir and the proposed changes to parking on Station Road. Residents raised the "
    "question of the bus shelter and the hedges on Anstey Lane. "
)


def make_message(rng: random.Random, index: int, when: datetime) -> bytes:
    """A person's few lines, and what makes real messages big: an attachment, a quoted chain, or HTML."""
    kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
    size = int(1000 * (200 ** rng.random()))  # log-uniform from 1 KB to 200 KB
    own = rng.choice(OPENINGS[kind]) + "\n\n" + FILLER[: rng.randrange(100, len(FILLER))]
    mail = EmailMessage()
    sender = f"resident{rng.randrange(0, 4000)}@example.org"
    mail["From"] = f"Resident {index} <{sender}>"
    mail["To"] = "clerk@thurcastonandcropston.org.uk"
    mail["Subject"] = f"{kind.replace('_', ' ')} {index}"
    mail["Date"] = format_datetime(when)
    mail["Message-ID"] = f"<bench-{index}-{rng.getrandbits(32)}@example.org>"
    if kind == "automated":
        mail["Auto-Submitted"] = "auto-replied"
    padding = max(0, size - len(own) - 600)
    shape = rng.random()
    if shape < 0.5:  # a photo or a document attached
        mail.set_content(own)
        if padding:
            mail.add_attachment(
                rng.randbytes(padding * 3 // 4), maintype="application", subtype="pdf", filename=f"scan-{index}.pdf"
            )
    elif shape < 0.8:  # a reply quoting the earlier conversation
        quoted = "\n".join("> " + line for line in (FILLER * (1 + padding // len(FILLER)))[:padding].split(". "))
        mail.set_content(f"{own}\n\nOn Mon, 2 Nov 2026, Clerk wrote:\n{quoted}")
    else:  # HTML only, as some webmail and phone clients send it
        body = "".join(f"<p>{FILLER}</p>" for _ in range(1 + padding // (len(FILLER) + 7)))
        mail.set_content(f"<html><body><p>{own}</p>{body}</body></html>", subtype="html")
    return bytes(mail).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def seed(account, count: int, rng: random.Random) -> int:
    client = account.connect()
    total = 0
    start = datetime.now(UTC) - timedelta(hours=1)
    try:
        for index in range(count):
            raw = make_message(rng, index, start + timedelta(seconds=index * 0.1))
            total += len(raw)
            client.append("INBOX", "", None, raw)
    finally:
        client.logout()
    return total


def raw_fetch(account) -> tuple[float, int, float]:
    from imap_tools import MailBoxUnencrypted

    started, cpu = time.perf_counter(), time.thread_time()
    seen = 0
    with MailBoxUnencrypted("127.0.0.1", account.server.port, timeout=60).login(account.user, account.password) as box:
        for message in box.fetch(mark_seen=False, bulk=200):
            _ = message.text, message.html
            seen += 1
    return time.perf_counter() - started, seen, time.thread_time() - cpu


RSS_WRAPPER = (
    "import resource, runpy, sys\n"
    "sys.argv = ['run.py', *sys.argv[2:]]\n"
    "try:\n    runpy.run_path(sys.argv[0], run_name='__main__')\n"
    "finally:\n    u = resource.getrusage(resource.RUSAGE_SELF)\n"
    "    c = resource.getrusage(resource.RUSAGE_CHILDREN)\n"  # the workers that read mail ahead (app/ahead.py)
    "    cpu = u.ru_utime + u.ru_stime + c.ru_utime + c.ru_stime\n"
    "    open(RSS_FILE, 'w').write(f'{u.ru_maxrss} {cpu} {c.ru_maxrss}')\n"
)


def agent_poll(
    account, sink, data_dir: Path, *, send: bool, processes: str = "auto"
) -> tuple[float, int, dict, float, int]:
    """Wall seconds, peak RSS (KB), the poll's JSON report, the CPU seconds of the agent's process and of the
    workers it forked to read mail ahead, and the largest worker's peak RSS (KB)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IMAP_", "SMTP_", "DATA_DIR", "ACK_"))}
    env.update(
        account.env(),
        **sink.env(),
        DATA_DIR=str(data_dir),
        ACK_SINCE="2000-01-01",
        LOG_LEVEL="WARNING",
        ACK_SENDER_CAPS="1000/1h",
        ACK_GLOBAL_CAPS="100000/1h",
        SENT_FOLDER="",
        PYTHONPATH=str(ROOT),
        CACHE_DIR=str(data_dir.parent / "rules-cache"),  # shared by every run: the rules compiled once, as installed
        DECIDE_PROCESSES=processes,
    )
    rss_file = data_dir.parent / f"{data_dir.name}.rss"
    command = [
        sys.executable,
        "-c",
        RSS_WRAPPER.replace("RSS_FILE", repr(str(rss_file))),
        "run.py",
        "poll",
        "--once",
        "--json",
    ]
    if not send:
        command.append("--no-send")
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"the agent failed: {result.stderr[-2000:]}")
    rss, cpu, worker_rss = rss_file.read_text().split()
    return elapsed, int(rss), json.loads(result.stdout.strip().splitlines()[-1]), float(cpu), int(worker_rss)


def bare_send(sink, outbox: Path) -> tuple[float, int, float]:
    """The sending half of the floor: smtplib, one connection, the same messages the agent sent, nothing else."""
    import smtplib
    from email.parser import BytesHeaderParser
    from email.utils import getaddresses

    mails = [path.read_bytes() for path in sorted(outbox.glob("*.eml"))]
    started, cpu = time.perf_counter(), time.thread_time()  # the sink runs in another thread of this process
    with smtplib.SMTP("127.0.0.1", sink.port, timeout=60) as client:
        client.login(sink.user, sink.password)
        for data in mails:
            to = [a for _, a in getaddresses([BytesHeaderParser().parsebytes(data)["To"] or ""]) if a]
            client.sendmail("clerk@thurcastonandcropston.org.uk", to, data)
    return time.perf_counter() - started, len(mails), time.thread_time() - cpu


def digest_bench(cases: int, rng: random.Random, work: Path) -> dict:
    from inbox_agent.config import load_settings
    from inbox_agent.core.records import Case
    from inbox_agent.core.rules import load_rules
    from inbox_agent.core.summary import build_summary
    from inbox_agent.core.workdays import WorkingDays
    from inbox_agent.reports.jobs import case_categories, compose_digest, labels
    from inbox_agent.reports.render import Renderer
    from inbox_agent.store.database import STORE_FILE, Store

    settings = load_settings(None, environ={"DATA_DIR": str(work / "digest")})
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    now = datetime.now(UTC)
    categories = [k for k, _ in KINDS if k not in ("enquiry", "automated")]
    with Store(settings.data_dir) as store:
        evidence = store.write_evidence(make_message(rng, 0, now))
        for i in range(cases):
            received = now - timedelta(days=rng.randrange(0, 720), minutes=rng.randrange(0, 1440))
            status = rng.choice(["new", "acknowledged", "in_progress", "resolved", "closed"])
            doc = {  # as the store holds a case
                "ref": f"TCPC-{received.year}-{i:05d}",
                "category": rng.choice(categories),
                "severity": "high",
                "status": status,
                "sender": f"r{rng.randrange(5000)}@example.org",
                "sender_name": "",
                "subject": "subject",
                "received": received.isoformat(),
                "filed": received.isoformat(),
                "acknowledged": received.isoformat(),
                "message_ids": [f"<c{i}@x>"],
                "hits": [],
                "reason": "",
                "excerpt": "You are a useless i****. P*** off and stop wasting our money.",
                **(
                    {"closed_at": (received + timedelta(days=3)).isoformat()}
                    if status in ("resolved", "closed")
                    else {}
                ),
                "messages": [
                    {
                        "message_id": f"<c{i}@x>",
                        "location": f"INBOX|1|{i}",
                        "evidence": evidence,
                        "received": received.isoformat(),
                        "filed": received.isoformat(),
                        "sender": "",
                        "subject": "s",
                    }
                ],
                "history": [{"at": received.isoformat(), "kind": "filed", "by": "agent", "note": ""}],
            }
            store.put_case(Case.from_doc(doc))
        store.commit()
    path = settings.data_dir / STORE_FILE
    started = time.perf_counter()
    json.loads(path.read_bytes())
    plain = time.perf_counter() - started
    started = time.perf_counter()
    with Store(settings.data_dir, readonly=True) as store:
        compose_digest(store, settings, rules, now)
        build_summary(
            store.cases(),
            (now - timedelta(days=30)).date(),
            now.date(),
            days=WorkingDays(),
            scales=settings.timescales,
            order=case_categories(rules),
            labels=labels(rules),
            groups=rules.groups,
            group_of=rules.group_of(),
        )
    Renderer(settings)
    both = time.perf_counter() - started
    return {
        "cases": cases,
        "store_mb": round(path.stat().st_size / 1e6, 1),
        "json_load_s": round(plain, 3),
        "digest_and_summary_s": round(both, 3),
        "ratio": round(both / plain, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="backlog sizes, comma-separated")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cases", type=int, default=50_000, help="cases in the digest benchmark's store")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--processes", default="auto", help="the agent's DECIDE_PROCESSES (default auto, as installed; 1: no workers)"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    dovecot = Dovecot().start()
    sink = SmtpSink().start()
    work = Path(tempfile.mkdtemp(prefix="inbox-agent-bench-"))
    results: dict = {"sizes": {}, "processes": args.processes}
    try:
        empty = dovecot.add_account()  # the agent's fixed cost: start-up and a poll that finds nothing
        # the first start checks and compiles rules.yaml and keeps it in CACHE_DIR; every later one reads it back
        first_s, _, _, first_cpu, _ = agent_poll(empty, sink, work / "first", send=True, processes=args.processes)
        fixed_s, _, _, fixed_cpu, _ = agent_poll(empty, sink, work / "empty", send=True, processes=args.processes)
        results["fixed"] = {
            "wall_s": round(fixed_s, 2),
            "cpu_s": round(fixed_cpu, 2),
            "first_start_wall_s": round(first_s, 2),
            "first_start_cpu_s": round(first_cpu, 2),
        }
        for n in sizes:
            account = dovecot.add_account()
            rng = random.Random(args.seed)
            started = time.perf_counter()
            volume = seed(account, n, rng)
            seeded = time.perf_counter() - started
            # the floor's fetch, three times, the fastest kept: one fetch's time varied by half between runs here
            fetches = [raw_fetch(account) for _ in range(3)]
            raw_s, raw_n, raw_cpu = min(fetches)
            agent_s, agent_rss, agent_out, agent_cpu, worker_rss = agent_poll(
                account, sink, work / f"b{n}", send=False, processes=args.processes
            )
            before = len(sink.received)
            send_s, _, send_out, send_cpu, _ = agent_poll(
                account, sink, work / f"c{n}", send=True, processes=args.processes
            )
            bare_s, bare_n, bare_cpu = bare_send(sink, work / f"c{n}" / "outbox")
            results["sizes"][n] = {
                "messages": raw_n,
                "megabytes": round(volume / 1e6, 1),
                "seed_s": round(seeded, 2),
                "raw_s": round(raw_s, 2),
                "raw_s_all": [round(f[0], 2) for f in fetches],
                "agent_s": round(agent_s, 2),
                "sending_s": round(send_s, 2),
                "b_over_a": round(agent_s / raw_s, 2),
                "c_over_a": round(send_s / raw_s, 2),
                "bare_send_s": round(bare_s, 2),
                "c_over_floor": round(send_s / (raw_s + bare_s), 2),  # the floor: a bare fetch and a bare send
                "agent_ms_per_message": round(1000 * agent_s / n, 3),
                "peak_rss_mb": round(agent_rss / 1024, 1),
                "worker_peak_rss_mb": round(worker_rss / 1024, 1),
                "agent_cpu_s": round(agent_cpu, 2),
                "sending_cpu_s": round(send_cpu, 2),
                "floor_cpu_s": round(raw_cpu + bare_cpu, 2),
                "cpu_over_floor": round(send_cpu / (raw_cpu + bare_cpu), 2),
                "agent_cpu_ms_per_message": round(1000 * agent_cpu / n, 3),
                "agent_cpu_ms_per_message_less_fixed": round(1000 * (agent_cpu - fixed_cpu) / n, 3),
                "acks_sent": len(sink.received) - before - bare_n,
                "counts": agent_out["counts"],
                "mail": send_out["mail"],
            }
        if len(sizes) >= 2:
            small, large = results["sizes"][sizes[0]], results["sizes"][sizes[-1]]
            results["per_message_ratio"] = round(large["agent_ms_per_message"] / small["agent_ms_per_message"], 2)
            results["rss_ratio"] = round(large["peak_rss_mb"] / small["peak_rss_mb"], 2)
            for key in ("agent_cpu_ms_per_message", "agent_cpu_ms_per_message_less_fixed"):
                results[key.replace("agent_", "").replace("ms_per_message", "per_message_ratio")] = round(
                    large[key] / small[key], 2
                )
        results["digest"] = digest_bench(args.cases, random.Random(args.seed), work)
    finally:
        sink.stop()
        dovecot.cleanup()
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(
        f"{'N':>7} {'MB':>6} {'raw a':>7} {'agent b':>8} {'send c':>7} {'smtp s':>7} {'b/a':>5} {'c/a':>5} "
        f"{'c/(a+s)':>7} {'ms/msg b':>9} {'RSS MB':>7} {'worker':>7} {'acks':>6}"
    )
    for n, r in results["sizes"].items():
        print(
            f"{n:>7} {r['megabytes']:>6} {r['raw_s']:>7} {r['agent_s']:>8} {r['sending_s']:>7} {r['bare_send_s']:>7} "
            f"{r['b_over_a']:>5} {r['c_over_a']:>5} {r['c_over_floor']:>7} {r['agent_ms_per_message']:>9} "
            f"{r['peak_rss_mb']:>7} {r['worker_peak_rss_mb']:>7} {r['acks_sent']:>6}"
        )
    if "per_message_ratio" in results:
        print(
            f"per-message time, largest/smallest N: {results['per_message_ratio']}   "
            f"peak RSS ratio: {results['rss_ratio']}"
        )
    print(f"DECIDE_PROCESSES={args.processes}; RSS is the agent's process, worker the largest of its workers")
    print("CPU seconds (the same runs, the agent's workers included); ", end="")
    print(f"the agent's fixed cost: {results['fixed']['cpu_s']} CPU s, ", end="")
    print(f"{results['fixed']['wall_s']} s wall (the first start, which compiles the rules for CACHE_DIR: ", end="")
    print(f"{results['fixed']['first_start_cpu_s']} CPU s)")
    print(f"{'N':>7} {'floor':>7} {'agent b':>8} {'send c':>7} {'c/floor':>7} {'ms/msg b':>9} {'less fixed':>10}")
    for n, r in results["sizes"].items():
        print(
            f"{n:>7} {r['floor_cpu_s']:>7} {r['agent_cpu_s']:>8} {r['sending_cpu_s']:>7} {r['cpu_over_floor']:>7} "
            f"{r['agent_cpu_ms_per_message']:>9} {r['agent_cpu_ms_per_message_less_fixed']:>10}"
        )
    if "cpu_per_message_ratio" in results:
        print(
            f"per-message CPU, largest/smallest N: {results['cpu_per_message_ratio']}; "
            f"less the fixed cost: {results['cpu_per_message_ratio_less_fixed']}"
        )
    d = results["digest"]
    print(
        f"digest + summary over {d['cases']} cases ({d['store_mb']} MB store): {d['digest_and_summary_s']}s; "
        f"json.load {d['json_load_s']}s; ratio {d['ratio']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
