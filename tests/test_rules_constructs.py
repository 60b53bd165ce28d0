"""The matcher's constructs for cue families: near, unless before, {family} in a regex; and what `rules check`
says when one is written wrong (the file, the line, the rule, and the fix)."""

from __future__ import annotations

import pickle
import re

import pytest
from conftest import ROOT

from inbox_agent.core.literals import LiteralIndex, clauses, possible
from inbox_agent.core.normalise import parse
from inbox_agent.core.rules import (
    NO_KEY,
    PREFIX_MAX,
    QUOTE_MARK,
    TOKEN,
    _cue_pattern,
    _finite_words,
    _keys,
    _Text,
    decide,
    keys_met,
    load_rules,
    own_and_subject,
    prepare,
    prepared_texts,
)
from inbox_agent.core.screen import screen
from inbox_agent.errors import RulesError

SHIPPED = (ROOT / "rules.yaml").read_text()

MINI = """
version: 1
threshold: 2
default: enquiry
priority: [threat]
cues:
  intent: ["i'll", "i will"]
  harm: ["deck", "thump"]
  target: ["him", "her"]
  both: ["{harm} {target}"]
  negation: ["not", "never"]
groups:
  civility: {label: Civility, colour: "#0072B2", pattern: hatch}
categories:
  threat: {label: Threat, severity: urgent, policy: [], case: true, ack: null, alert: true,
           group: civility, digest: always}
  enquiry: {label: Enquiry, severity: low, policy: [], case: false, ack: null, alert: false}
  automated: {label: Automatic, severity: none, policy: [], case: false, ack: null, alert: false}
rules:
  - id: t.near
    category: threat
    weight: 2
    near: {within: 3, all: [harm, intent, target]}
    unless:
      before: {cues: [negation], within: 2}
"""


def write(tmp_path, text):
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    return path


def category(rules, text):
    message = parse(f"From: a@example.org\r\nSubject: x\r\n\r\n{text}\r\n".encode())
    return decide(rules, message, screen(message))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I'll deck him.", "threat"),
        ("him, ill thump", "threat"),  # any order; the apostrophe is optional
        ("i will just deck him", "threat"),
        ("I'll go home. Deck him, they said", "enquiry"),  # not across a sentence
        ("I will walk the dog and then perhaps deck him", "enquiry"),  # too far apart
        ("I will never deck him", "enquiry"),  # negated just before the head (the first family)
        ("Not joking: I will deck him", "threat"),
        ("I will deck the halls for her", "enquiry"),
    ],
)
def test_near_joins_cue_families_within_a_window_in_one_sentence(tmp_path, text, expected):
    rules = load_rules(write(tmp_path, MINI))
    assert category(rules, text).category == expected


def test_a_family_can_be_built_from_families_above_it_and_used_in_a_regex(tmp_path):
    rules = load_rules(
        write(tmp_path, MINI + "  - id: t.regex\n    category: threat\n    weight: 2\n    regex: ['{both}']\n")
    )
    got = category(rules, "deck her")
    assert got.category == "threat" and [(h.rule, h.matched) for h in got.hits] == [("t.regex", "deck her")]


@pytest.mark.parametrize(
    "change, words, fix",
    [
        (
            ("all: [harm, intent, target]", "all: [harms, intent, target]"),
            "rule 't.near': near names unknown cue family 'harms'",
            "define harms under cues:",
        ),
        (("within: 3, all", "within: 0, all"), "rule 't.near' near: window 0", "within: 6"),
        (("within: 3, all", "within: 3, around: 2, all"), "near has unknown field 'around'", "use only"),
        (("all: [harm, intent, target]", "all: [intent]"), "near needs 'all', a list of at least two", "write near:"),
        (
            ("cues: [negation]", "cues: [negations]"),
            "unless before names unknown cue family 'negations'",
            "define negations",
        ),
        (
            ("before: {cues: [negation], within: 2}", "before: {within: 2}"),
            "unless before needs 'cues'",
            "unless: {before:",
        ),
        (("before: {cues", "after: {cues"), "unless has unknown field 'after'", "use only before"),
        (('both: ["{harm} {target}"]', 'both: ["{harm} {targets}"]'), "cue family 'both'", "define targets earlier"),
        (
            ('target: ["him", "her"]', 'target: ["him", "(her"]'),
            "cue family 'target': invalid regex",
            "correct the regular expression",
        ),
        (('negation: ["not", "never"]', 'Negation: ["not"]'), "cue family 'Negation'", "rename it"),
        (
            ('negation: ["not", "never"]', 'negation: ["(\\\\w+ ?)+never"]'),
            "cue family 'negation'",
            "bound the outer repeat",
        ),
        # cues that compile one by one, but not as the family's one alternation (named alike; a stray quantifier
        # once the apostrophe is made optional), and cues that only the family's own brackets would make whole
        (
            ('target: ["him", "her"]', 'target: ["(?P<who>him)", "(?P<who>her)"]'),
            "cue family 'target': the family does not compile",
            "stray quantifier",
        ),
        (('target: ["him", "her"]', 'target: ["him", "her\'{2}"]'), "the family does not compile", "stray"),
        (('target: ["him", "her"]', 'target: ["him", "x)|(her"]'), "'target': invalid regex 'x)|(her'", "correct"),
        (('target: ["him", "her"]', 'target: ["him", "(?<=a+)her"]'), "'target': invalid regex", "correct"),
    ],
)
def test_rules_check_names_the_rule_the_problem_and_the_fix(tmp_path, change, words, fix):
    path = write(tmp_path, MINI.replace(*change))
    with pytest.raises(RulesError) as error:
        load_rules(path)
    problems = error.value.context["problems"]
    assert any(words in problem and fix in how for _, problem, how in problems), problems
    assert str(path) in str(error.value) and all(line >= 1 for line, _, _ in problems)


def test_an_unknown_family_in_a_regex_is_named(tmp_path):
    path = write(tmp_path, MINI + "  - id: t.regex\n    category: threat\n    regex: ['{nobody} here', '\\\\d{2}']\n")
    with pytest.raises(RulesError) as error:
        load_rules(path)
    assert "rule 't.regex': regex '{nobody} here' names unknown cue family 'nobody'" in str(error.value)
    assert "define nobody under cues:" in error.value.fix


def test_rules_check_on_the_shipped_file_reports_a_broken_near(agent, tmp_path):
    broken = write(tmp_path, SHIPPED.replace("all: [attack, intent]", "all: [atack, intent]", 1))
    result = agent("rules", "check", env={"RULES_FILE": str(broken)})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    line = result.stderr.strip().splitlines()[0]
    assert (
        "rule 'threat.intent-to-harm': near names unknown cue family 'atack'" in line
        and "fix: define atack under cues:" in line
    )


def test_explain_shows_each_near_hit_with_the_text_it_joined(agent, tmp_path):
    message = tmp_path / "m.eml"
    message.write_bytes(b"From: a@example.org\r\nSubject: that clerk\r\n\r\nsomeones going to sort that clerk out\r\n")
    out = agent("classify", "--explain", str(message)).stdout
    assert "threat.intent-to-harm" in out and "'someones going to sort that clerk out'" in out
    assert "decision: threat scored" in out


def test_a_text_is_gated_as_asking_each_prefix_set_in_turn():
    """The gate bits a text meets (computed once a word, and remembered) are exactly the prefix sets that one of the
    beginnings of its words is in: the shortcut never lets a regex skip a text it could match."""
    rules = load_rules(ROOT / "rules.yaml")
    gates = rules.matcher.gates
    texts = [p.read_text(errors="replace").casefold() for p in sorted((ROOT / "tests" / "corpus").rglob("*.eml"))[::40]]
    for text in [*texts, "", "i'll deck him", "you lot are vermin", "x" * 30]:
        words = set(TOKEN.findall(text))
        prefixes = {w[:n] for w in words for n in range(1, min(len(w), PREFIX_MAX) + 1)}
        expected = sum(bit for gate, bit in gates.bits.items() if not prefixes.isdisjoint(gate))
        assert gates.met(text) == expected
        assert gates.met(text) == expected  # again, from the words remembered
        some = [NO_KEY, 0, 5, len(gates.bits) - 1, *range(0, len(gates.bits), 7)]
        assert set(keys_met(expected, _keys(some))) == {k for k in some if k == NO_KEY or expected >> k & 1}
    assert len(gates.bits) > 100 and gates.words


def test_a_regex_key_is_one_of_its_gates_so_it_rules_out_only_what_the_gates_would():
    """A regex is skipped on a text without its key, which is the bit of one of its own prefix sets (NO_KEY, which
    every text meets, when it has none), and a rule is passed over only when the text has none of its regexes' keys."""
    matcher = load_rules(ROOT / "rules.yaml").matcher
    entries = [e for rule in matcher.regexes for e in rule] + [
        (regex, (), gate, strings, key)
        for keyed in matcher.family_parts.values()
        for key, parts in keyed.items()
        for regex, gate, strings in parts
    ]
    for _regex, _needs, gate, _strings, key in entries:
        assert (key == NO_KEY) if gate == 0 else (gate >> key & 1 == 1)
    assert {NO_KEY} < {e[-1] for e in entries}
    assert all(
        set(keys_met(-1, keys)) == {e[-1] for e in rule}
        for keys, rule in zip(matcher.rule_keys, matcher.regexes, strict=True)
    )  # every bit met: all of a rule's keys


def test_a_texts_regexes_are_found_from_its_keys_and_remembered_as_found():
    """The regexes a text may run (_Matcher.plan) are, rule by rule and in the rule's order, those whose key it meets
    (or NO_KEY): found afresh or taken from the memory of key sets met before, the same. A pickled RuleSet (the
    rules cache) carries the memory empty."""
    rules = load_rules(ROOT / "rules.yaml")
    matcher = rules.matcher
    texts = [p.read_text(errors="replace").casefold() for p in sorted((ROOT / "tests" / "corpus").rglob("*.eml"))[::40]]
    for text in [*texts, "", "i'll deck him", "you lot are vermin", "you lot are vermin"]:
        met, keys = matcher.gates.meet(text)
        assert keys == {key for key in range(met.bit_length()) if met >> key & 1 and matcher.gates.key_mask >> key & 1}
        expected = {
            index: entries
            for index, entries in (
                (index, tuple(e for e in rule if e[-1] == NO_KEY or met >> e[-1] & 1))
                for index, rule in enumerate(matcher.regexes)
            )
            if entries
        }
        remembered = matcher.plans.get(matcher.rule_key_set & keys)
        assert matcher.plan(keys) == expected
        assert remembered is None or remembered == expected
        assert matcher.plan(keys) == expected  # now from the memory
    assert matcher.plans and not pickle.loads(pickle.dumps(matcher.plans))


def test_a_family_behind_a_lookahead_is_the_other_familys_gated_pieces(tmp_path):
    """A family written as a lookahead and another family ('(?!old people){group}') is that family's pieces, each
    behind the lookahead and gated as they are, so it is not one ungated regex tried on every message; and it still
    finds what it says, and not what the lookahead rules out."""
    rules_file = tmp_path / "rules.yaml"
    rules_file.write_text(
        (ROOT / "rules.yaml")
        .read_text(encoding="utf-8")
        .replace(
            line := '  any_group: ["{group}", "{group_one}"]\n',
            line + "  test_people: ['(?!old (people|folk)\\b){any_group}']\n",
        ),
        encoding="utf-8",
    )
    rules = load_rules(rules_file)
    parts, group_parts = rules.cue_parts["test_people"], rules.cue_parts["any_group"]
    assert len(parts) == len(group_parts) > 1
    assert [needs for _, needs, _ in parts] == [needs for _, needs, _ in group_parts] and any(n for _, n, _ in parts)
    view = _Text(prepare("the old people and the migrants on the common", rules), rules.matcher)
    assert [view.text[start:end] for *_, start, end in view.occurrences("test_people")] == ["migrants"]


@pytest.mark.parametrize(
    "text, own_keeps, forwarded",
    [
        ("Can I 'ave a copy o' whatever you lot 'ave got on me?", "'ave a copy o'", ""),
        ("some lad's slaggin' you off somethin' rotten on the page", "slagging you off something", ""),
        ("nowt's 'appened since, he were goin' on about it", "'appened since, he were going", ""),
        ("he shouted 'you will regret this' at her", "he shouted", "'you will regret this'"),
    ],
)
def test_a_dialect_writers_dropped_letters_are_not_quotation_marks(text, own_keeps, forwarded):
    """A single quote that drops an h or a g ("'ave", "goin'") stays in the sender's own words (where the g is put
    back, see restore_g); a quoted sentence between single quotes is still read as reported speech."""
    rules = load_rules(ROOT / "rules.yaml")
    message = parse(f"From: a@example.org\r\nSubject: x\r\n\r\n{text}\r\n".encode())
    texts = prepared_texts(rules, message)
    assert own_keeps in texts["own"]
    assert texts["forwarded"] == forwarded


@pytest.mark.parametrize(
    "text, own_keeps, forwarded",
    [
        # written for someone who does not use email: what that person says is the message
        ('My gran asked me to send this. She says: "Tell that clerk to watch her back."', "watch her back", ""),
        ('I\'m writing for my grandad. In his words, "I will never pay a penny more, you thieves."', "you thieves", ""),
        ('Sending this on her behalf as she doesn\'t do email: "the hall is freezing again"', "freezing again", ""),
        # ... but what was said or written to that person is reported for her
        (
            'My nan asked me to report this. The lads next door shouted at her "we will burn your shed down".',
            "shouted at her",
            '"we will burn your shed down"',
        ),
        (
            'Nan doesn\'t use email. A note through her door saying "old witch, move out" was left on Friday.',
            "through her door saying",
            '"old witch, move out"',
        ),
        # and with no sign that the sender writes for anyone, a quotation is reported speech as before
        ('He said "I will burn the pavilion down" in the pub.', "he said", '"i will burn the pavilion down"'),
    ],
)
def test_the_message_of_someone_the_sender_writes_for_is_read_as_theirs(text, own_keeps, forwarded):
    """A grandchild typing up her nan's message quotes it: those are the nan's words to the council, and a threat
    in them is a threat, not a report of one. What someone said to the nan stays a report."""
    rules = load_rules(ROOT / "rules.yaml")
    message = parse(f"From: a@example.org\r\nSubject: x\r\n\r\n{text}\r\n".encode())
    texts = prepared_texts(rules, message)
    assert own_keeps in texts["own"]
    assert texts["forwarded"] == forwarded
    own, _ = own_and_subject(rules, message)
    assert own_keeps in own if not forwarded else QUOTE_MARK.strip() in own  # and the model reads the same


@pytest.mark.parametrize(
    "text, category",
    [
        (
            "My nan asked me to send this as she doesn't do email. She says: \"If that clerk stops my allotment I will"
            ' put a brick through her front window, I know where she lives."',
            "threat",
        ),
        (
            "My nan asked me to report this as she doesn't do email. The lads next door shouted at her \"we will put a"
            ' brick through your window, old woman" on Friday night.',
            "abuse_report",
        ),
        (
            "I'm writing for my grandad, he dictated it: \"Those gypsies on the lay-by are vermin and should be driven"
            ' out of the parish."',
            "hate",
        ),
    ],
)
def test_a_threat_or_hate_typed_up_for_someone_is_decided_as_theirs(text, category):
    """End to end, rules and model as shipped: the nan's own threat is a threat; the threat made to her, a report."""
    message = parse(f"From: r@example.org\r\nSubject: Message for the council\r\n\r\n{text}\r\n".encode())
    assert decide(load_rules(ROOT / "rules.yaml"), message, screen(message)).category == category


def test_literal_clauses_name_what_a_pattern_cannot_match_without():
    assert clauses(r"\bpick a (fight|row) with (you|u)\b") == (("pick a ",), (" with ",), ("fight", "row"))
    assert clauses(r"(kill|hurt)s? you") == ((" you",), ("hurt", "kill"))
    # an optional group, or a group with one alternative that needs nothing, tells nothing
    assert clauses(r"(kill|hurt)? you") == clauses(r"(kill|x*) you") == ((" you",),)
    assert clauses(r"🔪+") == (("🔪",),)  # no ASCII text holds a knife emoji
    assert clauses(r"(😡|🤬)") == (("😡", "🤬"),)  # single characters in a group are parsed as a class
    assert clauses(r"[a-z]+ing") == ((("ing",)),)
    assert clauses(r"\w+") == () and clauses(r"(unclosed") == ()


def test_the_literal_prefilter_never_skips_a_text_a_regex_matches():
    """Every regex and family piece of the shipped rules, over texts of the corpus and hand-made ones: when the
    regex matches an ASCII text, the text holds its literal strings."""
    rules = load_rules(ROOT / "rules.yaml")
    pieces = [(regex, strings) for rule in rules.rules for regex, _, _, strings in rule.gated]
    pieces += [(regex, strings) for parts in (rules.cue_parts or {}).values() for regex, _, strings in parts]
    assert sum(1 for _, strings in pieces if strings) > len(pieces) / 2  # the prefilter is there for most
    files = sorted((ROOT / "tests" / "corpus").rglob("*.eml"))[::50]
    texts = [prepare(parse(p.read_bytes()).own_text, rules) for p in files]
    texts += ["i'll deck him", "you lot are vermin", "ill kill u", "i know where you live 🔪", "dıe"]
    skipped = 0
    for text in texts:
        lowered = text.lower()
        for regex, strings in pieces:
            if text.isascii() and not possible(strings, lowered):
                skipped += 1
                assert regex.search(text) is None, (regex.pattern[:80], text)
    assert skipped > len(texts) * len(pieces) / 4


def test_the_literal_index_answers_as_the_substring_test_does():
    """One Aho-Corasick pass over a text (LiteralIndex.met) meets exactly the clauses that asking each clause's
    strings in turn (possible) finds: overlapping strings, a string inside a word, one at either end of the text."""
    rules = load_rules(ROOT / "rules.yaml")
    pieces = [strings for rule in rules.rules for _, _, _, strings in rule.gated]
    pieces += [strings for parts in (rules.cue_parts or {}).values() for _, _, strings in parts]
    index = LiteralIndex()
    numbered = [(strings, index.add(strings)) for strings in pieces]
    index.freeze()
    files = sorted((ROOT / "tests" / "corpus").rglob("*.eml"))[::40]
    texts = [prepare(parse(p.read_bytes()).own_text, rules).lower() for p in files]
    texts += ["kill", "i'll kill you all of you, the lot of them", "", "you lot are vermin"]
    for text in texts:
        met = index.met(text)
        for strings, numbers in numbered:
            assert (numbers <= met) == possible(strings, text), (strings, text[:60])
    assert LiteralIndex().met("anything") == set()  # no strings at all: nothing to meet, and no error


def test_rules_without_their_patterns_say_all_but_cannot_judge(tmp_path):
    """What the commands that judge no mail load (cases, digest, summary, the board): everything a full load gives
    but the patterns, and a refusal, never a silent default, if anything asks it to decide."""
    templates = ROOT / "templates"
    full, book = load_rules(ROOT / "rules.yaml", templates), load_rules(ROOT / "rules.yaml", templates, judging=False)
    assert full.judging and not book.judging and book.rules == () and len(full.rules) > 50
    for field in ("categories", "priority", "default", "threshold", "mask_words", "other_retention", "model", "groups"):
        assert getattr(book, field) == getattr(full, field), field
    assert all(book.description(r.id) == r.description != "" for r in full.rules)
    assert book.description("no.such.rule") == full.description("no.such.rule") == ""
    message = parse(b"From: a@example.org\r\nSubject: hello\r\n\r\nI know where you live.\r\n")
    with pytest.raises(RulesError, match="cannot judge mail"):
        decide(book, message, screen(message, ()))
    # Its patterns are not read, so a broken one does not stop the Clerk's cases list; the agent still refuses it.
    broken = write(tmp_path, MINI.replace('target: ["him", "her"]', 'target: ["him", "(her"]'))
    assert load_rules(broken, judging=False).categories.keys() == {"threat", "enquiry", "automated"}
    with pytest.raises(RulesError):
        load_rules(broken)
    # What the categories need is still checked.
    for change in (("priority: [threat]", "priority: []"), ("severity: urgent", "severity: dire")):
        with pytest.raises(RulesError):
            load_rules(write(tmp_path, MINI.replace(*change)), judging=False)


def test_a_cue_of_a_few_plain_words_joins_the_prefix_tree_and_matches_as_before():
    """'idiots?' and 'pieces? of (shit|work)' stand for a few plain words, so a family's alternation puts them in its
    prefix tree (one branch per letter for the regex engine) instead of trying each in turn; a cue with a repeat or
    a class stays a regex. Either way the family matches the same words."""
    assert _finite_words("idiots?") == ["idiot", "idiots"]
    assert sorted(_finite_words("pieces? of (shit|work)") or []) == [
        "piece of shit",
        "piece of work",
        "pieces of shit",
        "pieces of work",
    ]
    assert _finite_words("low ?lifes?") is not None and "lowlifes" in (_finite_words("low ?lifes?") or [])
    assert _finite_words(r"f\w*ing") is None and _finite_words(r"c\*+t") is None and _finite_words("(a|b){40}") is None
    cues = ["idiots?", "numpt(y|ies|ys)", "pieces? of (shit|work)", r"f\w*ing", "clown", "i'll", "cowboys?(?= lot)"]
    family = re.compile(_cue_pattern(cues), re.I)
    plain = re.compile("(?<!\\w)(?:" + "|".join(c.replace("'", "'?") for c in cues) + ")(?!\\w)", re.I)
    assert "idiots?" not in family.pattern and "numpt(y|ies|ys)" not in family.pattern and r"f\w*ing" in family.pattern
    for text in [
        "you idiot",
        "idiots all",
        "idiotic",
        "a numpties",
        "numptys!",
        "pieces of work",
        "piece of shite",
        "effing clowns",
        "ill see",
        "i'll see",
        "cowboys lot",
        "cowboy",
        "Idiots",
        "a fucking idiot",
    ]:
        assert [m.span() for m in family.finditer(text)] == [m.span() for m in plain.finditer(text)], text
