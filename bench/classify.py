#!/usr/bin/env python3
"""Classification speed: N messages (default 10,000) taken evenly from the labelled corpus, repeated, in one run.

    .venv/bin/python bench/classify.py [--n 10000] [--json]

Reports messages per second for the whole decision (our parse, screen, rules and the learned model where
rules.yaml enables it, as the agent decides), milliseconds per message for deciding (issue 15: at most 2 ms on
average; also as this process's CPU time, which other work on a shared machine barely changes) and end to end,
and the ratio of the time spent deciding (screen, rules and model, after parsing) to the time the standard
library's email parser takes over the same bytes. Goal: deciding costs no more than parsing (ratio <= 1.0).
Also the time to load rules.yaml at a first start (checked and compiled) and at a later one (read back from
CACHE_DIR, store/rulecache.py), and their ratio.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inbox_agent.core.normalise import parse  # noqa: E402
from inbox_agent.core.rules import decide  # noqa: E402
from inbox_agent.core.screen import screen  # noqa: E402
from inbox_agent.store import rulecache  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    files = sorted([*(ROOT / "tests" / "corpus").rglob("*.eml")])
    raws = [p.read_bytes() for p in files]
    # evenly over the sorted corpus, so that fewer messages than it holds still take every category in its share
    # (its first N files are the categories that sort first)
    raws = [raws[i * len(raws) // args.n] for i in range(args.n)]
    with tempfile.TemporaryDirectory() as cache:  # loading the rules: checked and compiled, then read back
        started = time.perf_counter()
        rules = rulecache.load(ROOT / "rules.yaml", ROOT / "templates", Path(cache))
        compiling = time.perf_counter() - started
        started = time.perf_counter()
        rulecache.load(ROOT / "rules.yaml", ROOT / "templates", Path(cache))
        reading = time.perf_counter() - started

    started = time.perf_counter()
    for raw in raws:
        email.message_from_bytes(raw, policy=email.policy.compat32)
    stdlib_parse = time.perf_counter() - started

    started = time.perf_counter()
    messages = [parse(raw) for raw in raws]
    our_parse = time.perf_counter() - started

    started, cpu = time.perf_counter(), time.process_time()
    for message in messages:
        decide(rules, message, screen(message))
    deciding = time.perf_counter() - started
    deciding_cpu = time.process_time() - cpu  # this process's own time: what a shared machine's load leaves alone

    result = {
        "messages": len(raws),
        "stdlib_parse_s": round(stdlib_parse, 3),
        "our_parse_s": round(our_parse, 3),
        "deciding_s": round(deciding, 3),
        "messages_per_second": round(len(raws) / (our_parse + deciding)),
        "deciding_ms_per_message": round(1000 * deciding / len(raws), 3),  # issue 15's goal: at most 2 ms
        "deciding_cpu_ms_per_message": round(1000 * deciding_cpu / len(raws), 3),
        "end_to_end_ms_per_message": round(1000 * (our_parse + deciding) / len(raws), 3),
        "deciding_over_stdlib_parse": round(deciding / stdlib_parse, 2),
        "rules_compiled_s": round(compiling, 2),  # a first start
        "rules_from_cache_s": round(reading, 2),  # every later one (CACHE_DIR)
        "rules_compiled_over_cached": round(compiling / reading, 1),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(
            f"{result['messages']} messages: stdlib parse {result['stdlib_parse_s']}s, "
            f"our parse {result['our_parse_s']}s, "
            f"deciding {result['deciding_s']}s; {result['messages_per_second']} messages a second end to end; "
            f"{result['deciding_ms_per_message']} ms a message deciding "
            f"({result['deciding_cpu_ms_per_message']} ms of CPU), {result['end_to_end_ms_per_message']} ms "
            f"end to end; deciding / stdlib parse = {result['deciding_over_stdlib_parse']}"
        )
        print(
            f"loading the rules: checked and compiled {result['rules_compiled_s']}s (a first start), read back from "
            f"CACHE_DIR {result['rules_from_cache_s']}s; ratio {result['rules_compiled_over_cached']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
