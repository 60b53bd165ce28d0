"""`check`: the set-up, step by step (.env, rules, DNS, TLS, logins, folders, SMTP), each with a fix."""

from __future__ import annotations

import argparse
import time

from inbox_agent.app.pipeline import utc_now
from inbox_agent.app.root import Application
from inbox_agent.cli.common import Commands, application, env_file
from inbox_agent.config import settings_problems, unknown_keys
from inbox_agent.errors import AgentError
from inbox_agent.mail import doctor


def register(commands: Commands) -> None:
    check = commands.add_parser(
        "check", help="check the set-up step by step: .env, rules, DNS, TLS, logins, folders, SMTP"
    )
    check.add_argument("--send-test", action="store_true", help="also send a test message to the Clerk")
    check.set_defaults(func=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    """Every step, each with a ✓ or ✗ and a fix; exit 1 if any failed."""
    env = env_file(args)
    started = time.monotonic()
    steps = [doctor.env_step(env)]
    app: Application | None
    try:
        app = application(args, need_imap=True, need_smtp=True)
        steps.append(doctor.Step(True, "settings", "every value is valid"))
    except AgentError:
        # Every wrong value at once, not one per run.
        steps += [
            doctor.Step(False, "settings", p.problem, p.fix)
            for p in settings_problems(env, need_imap=True, need_smtp=True)
        ]
        app = None
    if env is not None:
        steps += [doctor.Step(False, "settings", p.problem, p.fix) for p in unknown_keys(env)]
    if app is not None:
        steps += doctor.rules_steps(app.settings, lambda: app.rules)
        steps += _server_steps(app, args.send_test)
    for step in steps:
        print(step.line())
    failed = sum(1 for s in steps if s.ok is False)
    print(f"{'all good' if not failed else f'{failed} problem(s)'} ({time.monotonic() - started:.1f} s)")
    return 1 if failed else 0


def _server_steps(app: Application, send_test: bool) -> list[doctor.Step]:
    """The token, then IMAP and SMTP, each only once its network step passed; timeouts kept short."""
    settings, steps = app.settings, []
    if app.tokens is not None:
        steps.append(doctor.token_step(app.tokens))
    imap = app.imap(timeout=doctor.TIMEOUT)
    network = list(doctor.network("imap", imap.server))
    steps += network
    if all(s.ok is not False for s in network):
        steps += doctor.imap_steps(settings, lambda: app.imap(timeout=doctor.TIMEOUT))
    smtp = app.smtp(timeout=doctor.TIMEOUT)
    network = list(doctor.network("smtp", smtp.server))
    steps += network
    if all(s.ok is not False for s in network):
        steps += doctor.smtp_steps(settings, smtp, send_test, utc_now(), app.renderer)
    return steps
