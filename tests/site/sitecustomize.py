"""Python runs this at start-up when its folder is on PYTHONPATH, as conftest.py puts it for the subprocesses the tests
start: they then take the rules the run has already loaded and checked (rules_cache.py says how and why)."""

import os

if os.environ.get("INBOX_AGENT_TEST_RULES_CACHE"):
    import rules_cache

    rules_cache.install(from_disk=True)
