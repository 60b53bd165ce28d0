"""Bad configuration stops start-up with one line naming the key (or line) and the fix, exit status 2."""

from __future__ import annotations

import pytest
from conftest import ROOT

from inbox_agent.config import load_settings
from inbox_agent.core.rules import load_rules
from inbox_agent.errors import ConfigError, RulesError

GOOD = {
    "IMAP_HOST": "imap.example.org",
    "IMAP_USER": "clerk@example.org",
    "IMAP_PASSWORD": "canary-S3cret!",
    "SMTP_HOST": "smtp.example.org",
    "SMTP_USER": "clerk@example.org",
    "SMTP_PASSWORD": "canary-S3cret!",
}


def settings(**values: str):
    return load_settings(None, need_imap=True, need_smtp=True, environ={**GOOD, **values})


def test_defaults_follow_the_policy_and_the_security_mode():
    s = settings()
    assert s.clerk_email == "clerk@thurcastonandcropston.org.uk" and s.ack_from == s.clerk_email
    assert (s.imap.port, s.smtp.port) == (993, 587)
    assert settings(IMAP_SECURITY="starttls", SMTP_SECURITY="ssl").imap.port == 143
    assert s.folders == ("INBOX",) and s.case_prefix == "TCPC"
    assert "canary" not in repr(s)  # secrets stay out of anything that might be logged


@pytest.mark.parametrize(
    "key, value, words",
    [
        ("IMAP_PORT", "abc", "IMAP_PORT='abc' is not a whole number"),
        ("IMAP_PORT", "70000", "IMAP_PORT=70000 is out of range"),
        ("IMAP_SECURITY", "tls", "IMAP_SECURITY='tls' is not a known mode"),
        ("IMAP_PASSWORD", "", "IMAP_PASSWORD is not set"),
        ("SMTP_HOST", "", "SMTP_HOST is not set"),
        ("CLERK_EMAIL", "clerk at example", "CLERK_EMAIL='clerk at example' is not a plain email address"),
        ("POLL_SECONDS", "1", "POLL_SECONDS=1 is out of range"),
        ("ACK_SINCE", "yesterday", "ACK_SINCE='yesterday' is not a date"),
        ("IMAP_FOLDERS", " , ", "IMAP_FOLDERS is empty"),
    ],
)
def test_invalid_values_name_the_key_and_the_fix(key, value, words):
    with pytest.raises(ConfigError) as error:
        settings(**{key: value})
    assert words in str(error.value)
    assert "fix:" in str(error.value)
    assert "canary" not in str(error.value)


def test_env_file_syntax_errors_name_the_line(tmp_path):
    env = tmp_path / ".env"
    env.write_text("IMAP_HOST=imap.example.org\nIMAP_USER clerk\n")
    with pytest.raises(ConfigError) as error:
        load_settings(env, environ={})
    assert f"{env}, line 2: not a KEY=value line" in str(error.value)


def test_the_environment_overrides_the_env_file(tmp_path):
    env = tmp_path / ".env"
    env.write_text("POLL_SECONDS=120\nCASE_PREFIX=ABC\n")
    s = load_settings(env, environ={"POLL_SECONDS": "30"})
    assert (s.poll_seconds, s.case_prefix) == (30, "ABC")


def test_env_example_documents_every_setting():
    from inbox_agent.config import DEFAULTS

    text = (ROOT / ".env.example").read_text()
    missing = [key for key in DEFAULTS if f"{key}=" not in text]
    assert missing == []


@pytest.mark.parametrize(
    "content, words",
    [
        ("IMAP_PORT=abc\n", "IMAP_PORT='abc' is not a whole number"),
        ("IMAP_SECURITY=ssl3\n", "IMAP_SECURITY='ssl3' is not a known mode"),
        ("IMAP_PASSWORD=\n", "IMAP_PASSWORD is not set"),
        ("this is not a setting\n", "line 7: not a KEY=value line"),
    ],
)
def test_broken_env_exits_2_with_one_line(agent, tmp_path, content, words):
    env = tmp_path / "broken.env"
    base = "".join(f"{k}={v}\n" for k, v in GOOD.items() if f"{k}=" not in content)
    env.write_text(base + content)
    result = agent("--env", str(env), "poll", "--once")
    assert result.returncode == 2
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert "canary" not in result.stderr + result.stdout


RULES_BREAKAGE = [
    ("  - id: threat.intent-to-harm\n", "  - id: threat.intent-to-harm\n    colour: red\n", "unknown field 'colour'"),
    (
        "    category: threat\n    weight: 3\n    description: The sender",
        "    category: thret\n    weight: 3\n    description: The sender",
        "unknown category 'thret'",
    ),
    ("  - id: threat.menace\n", "  - id: threat.intent-to-harm\n", "duplicate id"),
    ("ack: ack/hate.txt.j2", "ack: ack/missing.txt.j2", "template 'ack/missing.txt.j2' is missing"),
    (
        "      - '\\btypical (woman|women|female|jews?",
        "      - '\\btypical (woman|(women|female|jews?",
        "invalid regex",
    ),
    ("threshold: 2\n", "threshold: 2\n  bad: [indent\n", "YAML syntax error"),
    # a cue family written twice: YAML would keep the second silently and change what other rules match
    ("  kin_ref: [", "  family_ref: [", "'family_ref' is given twice (first on line "),
]


@pytest.mark.parametrize("old, new, words", RULES_BREAKAGE)
def test_broken_rules_yaml_names_the_line_and_the_fix(tmp_path, old, new, words):
    text = (ROOT / "rules.yaml").read_text()
    assert old in text
    broken = tmp_path / "rules.yaml"
    broken.write_text(text.replace(old, new, 1))
    with pytest.raises(RulesError) as error:
        load_rules(broken, ROOT / "templates")
    message = str(error.value)
    assert words in message and f"{broken}, line " in message and "fix:" in message
    line = int(message.split(", line ")[1].split(":")[0])
    assert 1 <= line <= len(broken.read_text().splitlines())


def test_broken_rules_yaml_exits_2_with_one_line(agent, tmp_path):
    broken = tmp_path / "rules.yaml"
    broken.write_text((ROOT / "rules.yaml").read_text().replace("category: threat\n", "category: thret\n", 1))
    result = agent("poll", "--once", env={**GOOD, "RULES_FILE": str(broken), "DATA_DIR": str(tmp_path / "d")})
    assert result.returncode == 2
    assert "unknown category 'thret'" in result.stderr and "line " in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_rules_check_lists_every_problem(agent, tmp_path):
    broken = tmp_path / "rules.yaml"
    text = (ROOT / "rules.yaml").read_text()
    broken.write_text(text.replace("category: threat\n", "category: thret\n", 1).replace("weight: 3", "weight: -1", 1))
    result = agent("rules", "check", env={"RULES_FILE": str(broken)})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) >= 2 and all("line " in line and "fix:" in line for line in lines)
    ok = agent("rules", "check")
    assert ok.returncode == 0 and "OK" in ok.stdout


def test_the_shipped_rules_load(tmp_path):
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    assert {
        "threat",
        "hate",
        "abusive",
        "abuse_report",
        "conduct_complaint",
        "complaint",
        "enquiry",
        "automated",
    } <= set(rules.categories)
    assert rules.category("automated").ack is None and not rules.category("enquiry").case


def test_usage_errors_exit_2(agent):
    result = agent("no-such-command")
    assert result.returncode == 2
    assert agent("poll", "--help").returncode == 0
    for command in (
        ["run"],
        ["classify"],
        ["cases", "list"],
        ["cases", "show"],
        ["demo"],
        ["rules", "check"],
        ["outbox", "list"],
    ):
        helped = agent(*command, "--help")
        assert helped.returncode == 0 and "usage:" in helped.stdout, command
