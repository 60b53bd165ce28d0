"""What the reports do with each category comes from rules.yaml (version, groups, group, digest), not from code."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from conftest import ROOT
from test_reports import FIXTURE, ORDER

from inbox_agent.core.digest import build_digest
from inbox_agent.core.models import Timescales
from inbox_agent.core.rules import load_rules
from inbox_agent.core.summary import build_summary
from inbox_agent.core.workdays import WorkingDays
from inbox_agent.errors import RulesError

SHIPPED = (ROOT / "rules.yaml").read_text()


def rules_from(tmp_path, text: str):
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    return load_rules(path, ROOT / "templates")


@pytest.mark.parametrize(
    "old, new, problem, fix",
    [
        ("version: 1\n", "", "rules.yaml has no version", "add 'version: 1' at the top"),
        ("version: 1\n", "version: 2\n", "rules.yaml version 2 is not one this agent reads", "write 'version: 1'"),
        ("version: 1\n", "version: true\n", "rules.yaml version True is not one", "write 'version: 1'"),
    ],
)
def test_a_missing_or_unknown_version_is_refused_with_the_fix(tmp_path, old, new, problem, fix):
    with pytest.raises(RulesError) as refused:
        rules_from(tmp_path, SHIPPED.replace(old, new, 1))
    assert problem in refused.value.problem and fix in refused.value.fix


@pytest.mark.parametrize(
    "old, new, problem",
    [
        ('colour: "#0072B2"', 'colour: "blue"', "group 'civility': colour 'blue' is not a colour written #RRGGBB"),
        ("pattern: hatch", "pattern: dots", "group 'civility': pattern 'dots' is not known"),
        ("    group: civility\n", "    group: civil\n", "category 'threat' names unknown group 'civil'"),
        ("    group: civility\n", "", "category 'threat' opens cases but has no group"),
        ("    digest: always\n", "", "category 'threat' opens cases but has no digest"),
        ("    digest: always\n", "    digest: weekly\n", "category 'threat': digest 'weekly' is not known"),
        ("\ngroups:\n", "\nunused_groups:\n", "'groups' is missing or empty"),
    ],
)
def test_group_and_digest_mistakes_name_the_line_and_the_fix(tmp_path, old, new, problem):
    assert old in SHIPPED
    with pytest.raises(RulesError) as refused:
        rules_from(tmp_path, SHIPPED.replace(old, new, 1))
    assert any(problem in p for _, p, _ in refused.value.context["problems"]), refused.value.context["problems"]
    assert ", line " in str(refused.value) and refused.value.fix


def test_the_shipped_rules_say_what_the_reports_did_before(tmp_path):
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    civility = ("threat", "hate", "abusive", "abuse_report", "conduct_complaint")
    assert rules.version == 1 and [g.key for g in rules.groups] == ["civility", "other"]
    assert rules.digest_categories(False) == (*civility, "subject_access", "foi_request")
    assert rules.digest_categories(True) == (*civility, "complaint", "subject_access", "foi_request")
    assert {n for n, g in rules.group_of().items() if g == "civility"} == set(civility)
    assert {n: c.acknowledge for n, c in rules.categories.items() if c.acknowledge == "hold"} == {
        "threat": "hold",
        "hate": "hold",
    }


def test_the_digest_lists_the_categories_rules_yaml_puts_in_it(tmp_path):
    """Moving abuse reports out of the digest and complaints into it is an edit of rules.yaml alone."""
    moved = rules_from(tmp_path, _set_digest(_set_digest(SHIPPED, "abuse_report", "never"), "complaint", "always"))
    wanted = moved.digest_categories(False)
    assert "abuse_report" not in wanted and "complaint" in wanted
    digest = build_digest(
        [replace(c, severity="normal") for c in FIXTURE],
        [],
        [],
        {},
        _at(2026, 10, 31),
        days=WorkingDays(),
        scales=moved.timescales(Timescales()),
        wanted=wanted,
        excerpts={},
        labels={},
    )
    listed = sorted(c["ref"] for g in digest["groups"] for c in g["cases"])
    assert listed == ["P-1", "P-2", "T-3", "T-4", "X-1"]  # open complaints, abuse and threats; not T-5, an abuse report


def test_the_summary_chart_draws_rules_yaml_groups_in_their_colours(tmp_path):
    recoloured = rules_from(
        tmp_path,
        _set_digest(SHIPPED, "complaint", "optional")
        .replace('colour: "#0072B2", pattern: hatch', 'colour: "#123456", pattern: solid', 1)
        .replace("  complaint:\n", "  complaint:\n    group: civility\n", 1)
        .replace("    group: other\n", "", 1),
    )
    s = build_summary(
        FIXTURE,
        date(2026, 10, 1),
        date(2026, 10, 31),
        days=WorkingDays(),
        scales=recoloured.timescales(Timescales()),
        order=ORDER,
        labels={c: recoloured.categories[c].label for c in ORDER},
        groups=recoloured.groups,
        group_of=recoloured.group_of(),
        threshold=1,
    )
    bars = s["chart"]["bars"]
    assert bars and {b["colour"] for b in bars} == {"#123456"} and {b["pattern"] for b in bars} == {""}
    legend = {g["key"]: g for g in s["chart"]["legend"]}
    assert "Complaint about a council service or decision" in legend["civility"]["members"]
    assert legend["other"]["members"] == []
    assert s["lead_group"] == {"label": "Civility and respect", "count": 5}  # every case of October now in it
    assert "5 cases concerned civility and respect." in s["paragraph"]


def _set_digest(text: str, category: str, mode: str) -> str:
    """rules.yaml with one category's digest field changed."""
    head, rest = text.split(f"\n  {category}:\n", 1)
    block, tail = rest.split("    digest: ", 1)
    return f"{head}\n  {category}:\n{block}    digest: {mode}\n" + tail.split("\n", 1)[1]


def _at(*args: int):
    from datetime import UTC, datetime

    return datetime(*args, 12, tzinfo=UTC)


def test_month_arithmetic_is_one_function_for_dates_and_times():
    """Retention (datetimes) and the subject-access clock (dates) share core/workdays.add_months."""
    from datetime import UTC, datetime

    from inbox_agent.core.workdays import LONDON, add_months

    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2027, 3, 31), -13) == date(2026, 2, 28)
    when = datetime(2026, 8, 31, 17, 5, tzinfo=UTC)
    assert add_months(when, 6) == datetime(2027, 2, 28, 17, 5, tzinfo=UTC)
    assert add_months(when, -72) == datetime(2020, 8, 31, 17, 5, tzinfo=UTC)
    assert str(LONDON) == "Europe/London"


def test_the_summary_paper_names_each_groups_categories_from_rules_yaml(tmp_path):
    """The legend's note lists each group's categories by their labels, escaped: a label is text, never markup."""
    from inbox_agent.config import load_settings
    from inbox_agent.reports.render import Renderer

    relabelled = rules_from(
        tmp_path, SHIPPED.replace("label: Report of abuse by someone else", 'label: "Report of <b>abuse</b>"', 1)
    )
    s = build_summary(
        FIXTURE,
        date(2026, 10, 1),
        date(2026, 10, 31),
        days=WorkingDays(),
        scales=relabelled.timescales(Timescales()),
        order=ORDER,
        labels={c: relabelled.categories[c].label for c in ORDER},
        groups=relabelled.groups,
        group_of=relabelled.group_of(),
    )
    html = Renderer(load_settings(None, environ={"DATA_DIR": str(tmp_path / "d")})).render("summary.html.j2", summary=s)
    assert "Cases received each week, in two groups: week of 5 Oct: civility and respect" in html
    assert "Civility and respect covers: Threat or possible criminal matter; " in html
    assert "Report of &lt;b&gt;abuse&lt;/b&gt;" in html and "<b>abuse</b>" not in html
    assert "Other complaints and requests covers: Complaint about a council service or decision." in html
