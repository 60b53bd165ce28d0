"""Classification a council can trust: the labelled corpus, its held-out part, and the floors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from conftest import ROOT

from inbox_agent.core.normalise import deobfuscate
from inbox_agent.core.rules import load_rules

CORPUS = ROOT / "tests" / "corpus"  # each held-out part joins this one when a new one replaces it
# Written by six writers who never saw rules.yaml or the main part, in eleven styles neither part uses, and
# committed before any rule change; never tuned on: a rule change is judged here, not made here.
HELDOUT = ROOT / "tests" / "corpus-heldout"
CATEGORIES = ("threat", "hate", "abusive", "abuse_report", "conduct_complaint", "complaint", "enquiry", "automated")
LEGAL = ("foi_request", "subject_access")  # added later, with 16 labelled messages each


def scores(agent, folder: Path) -> dict:
    # Some 2,000 messages: the time allowed only guards against a hang, and two workers on a busy machine took >120 s.
    result = agent("rules", "test", "--json", str(folder), timeout=900)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_corpus_is_big_and_varied():
    main = {c: len(list((CORPUS / c).glob("*.eml"))) for c in CATEGORIES + LEGAL}
    assert sum(main.values()) >= 800
    assert all(n >= 60 for n in main.values())
    with open(CORPUS / "MANIFEST.csv") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == sum(main.values())
    assert all((ROOT / "tests" / r["path"]).is_file() for r in rows)
    assert sum(r["hard"] == "yes" for r in rows) >= 60


def test_the_held_out_part_is_big_varied_and_independent():
    counts = {c: len(list((HELDOUT / c).glob("*.eml"))) for c in CATEGORIES + LEGAL}
    assert sum(counts.values()) >= 250 and min(counts.values()) >= 20
    with open(HELDOUT / "MANIFEST.csv") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == sum(counts.values()) and all((ROOT / "tests" / r["path"]).is_file() for r in rows)
    assert len({r["style"] for r in rows}) >= 10
    main_ids = {p.read_bytes().split(b"Message-ID:", 1)[1].split(b"\n", 1)[0].strip() for p in CORPUS.rglob("*.eml")}
    assert not any(
        p.read_bytes().split(b"Message-ID:", 1)[1].split(b"\n", 1)[0].strip() in main_ids
        for p in HELDOUT.rglob("*.eml")
    )


@pytest.mark.long
def test_the_main_part_holds_the_floor_too(agent):
    main = scores(agent, CORPUS)
    # With writers l, m, n, u and v (the fifth held-out part, 335 messages) moved in and the model retrained on the
    # grown part, the rules as they were scored macro F1 0.949, threat recall 0.89, hate 0.92, abusive 0.958, and two
    # complaints were taken for threat, hate or abuse. (Before l..v came, after a round of rules written on f..k:
    # 0.960, 0.94, 0.955, 0.97, and one.) After a round of rules written on l..v's odd-numbered files: 0.970, 0.948,
    # 0.982, 0.988, and still two. With writers ia..ie (the sixth held-out part) moved in and the model retrained:
    # 0.959, 0.905, 0.972, 0.970, and two; after a round of rules written on ia..ie's odd-numbered files: 0.969,
    # 0.938, 0.982, 0.978, and still two. With writers oa..oe (the seventh held-out part) moved in and the model
    # retrained: 0.961, 0.899, 0.963, 0.973, and two; after a round of rules written on oa..oe's odd-numbered files:
    # 0.969, 0.941, 0.971, 0.978, and still two. With writers pa..pe (the eighth held-out part) moved in, before the
    # model was retrained: 0.961, 0.911, 0.963, 0.966, and three; retrained: 0.962, 0.911, 0.963, 0.968, and three;
    # with counter-cues read where the model reads the threat and take at 0.6 in mail of 30 words or more: 0.971,
    # 0.952, 0.991, 0.979, and three (the model was trained on this part: its figures flatter it most of all); with
    # weak cues confirmed by the model: 0.973, 0.967, 0.991, 0.979, and three. With writers qa..qe (the ninth
    # held-out part) moved in and the model retrained: 0.968, 0.960, 0.983, 0.968, and six. With writers ra..re
    # (the tenth) moved in and the model retrained: 0.965, 0.960, 0.976, 0.961, and six. After round 11's rules:
    # 0.966, 0.960, 0.976, 0.961, and four. With writers sa..se (the eleventh) moved in and the model retrained:
    # 0.968, 0.961, 0.977, 0.965, and four. With writers ta..vd (the twelfth) moved in, before the model was
    # retrained: 0.955, 0.943, 0.959, 0.951, and four, with three threats, hate or abuse missed and not sent to review
    # (the three the held-out test counted); retrained: 0.960, 0.959, 0.964, 0.956, four, and none. After the
    # requests and automatic mail of the twelfth were read: 0.963, the rest the same. With writers wa..wf (the
    # thirteenth) moved in and the model retrained: 0.958, 0.951, 0.965, 0.950, six, and none; after round 14's rules
    # (a routine known beside a hinted consequence, pasted chats under a 'copied from' rule read as forwarded): 0.959,
    # 0.955, the rest the same; with the model confirming a weak rule cue at 0.5 rather than 0.7: 0.960, 0.961, 0.966,
    # 0.954, six, and none; taking one in mail the rules left as the default at 0.5 rather than 0.6: threat 0.963,
    # the rest the same. With the model overruling the rules at 0.5 in mail of 30 words or more: 0.995, 0.994, 0.991,
    # 0.992, none, and none - the model was trained on this part, so this is what it remembers, not what it can do.
    # With writers xa..xf (the fourteenth) moved in and the model retrained: 0.995, 0.992, 0.989, 0.994, none, none.
    # With writers ya..yf (the fifteenth) moved in and the model retrained: 0.994, 0.992, 0.985, 0.990, none, and one
    # (a resident forwarding her own abuse); with a forward of the sender's own mail read as hers: 0.994, 0.993,
    # 0.985, 0.9929, none, none. With a sender's quotation of the person she writes for read as that person's message,
    # a training part (ka..kf, 360 messages in twelve more styles) added and the model retrained: 0.994, 0.995, 0.983,
    # 0.995, none, none. With a second training part (la..lf, 360 messages in twelve more styles): 0.9938, 0.9955,
    # 0.9817, 0.9937, none, none. With two more training parts (ma..mh and na..nh, 960 messages in thirty-four more
    # styles) and a negation taking back the model's hate only in a line or two: 0.9943, 0.9901, 0.9922, 0.9936,
    # none, none. With a third (ga..gh, 480) and "it won't be my fault" no longer read as menace: 0.9943, 0.9908,
    # 0.9927, 0.9920, none, none. With a fourth (ha..hh, 480): 0.9942, 0.9881, 0.9954, 0.9934, none, and one (a
    # threat from a noreply address the model was 0.895 sure of); with such suspicions sent to review: none. With a
    # fifth (ja..jh, 480): 0.9940, 0.9881, 0.9935, 0.9965, none, none. With 1,118 short messages (ba..bd, one to
    # four lines, written to a functional brief) and the model retrained: 0.9676, 0.9240, 0.9050, 0.9807, none, none;
    # with 765 more (be..bg), and none of these short messages carrying a stock subject line (which the model had
    # learned to read as a sign of a threat): 0.9586, 0.8783, 0.8824, 0.9700, none, none. The fall is these short
    # threats, hate and abuse: the rules miss many of them and the model, sure enough of them to decide in longer
    # mail, is held to 0.9 in a line or two; they go to review. Round 20, with that bar 0.8, a complaint decided by
    # the model at 0.5 rather than 0.7, and two rules (traffic as the killer in danger talk, pasted words ruled off
    # as the sender's own again): 0.9686, 0.9149, 0.8974, 0.9787, none, none.
    # These flatter the rules:
    # most of this part was tuned on. The floor is what was measured, so that a change that makes it worse fails.
    # Judge generalisation on the held-out part, HateCheck and train-model --by-writer, not here.
    assert main["macro_f1"] >= 0.9685 and main["per_category"]["threat"]["recall"] >= 0.9148
    assert main["per_category"]["hate"]["recall"] >= 0.8973 and main["per_category"]["abusive"]["recall"] >= 0.9787
    assert sum(main["confusion"]["complaint"][c] for c in ("threat", "hate", "abusive")) == 0
    assert silent_misses(main) == []
    # A rule nothing in the corpus fires is untested guesswork: keep the corpus and the rules in step.
    assert main["unfired"] == []


SERIOUS = ("threat", "hate", "abusive")


def silent_misses(scored: dict) -> list[str]:
    """Threats, hate and abuse decided as something milder and not sent to the Clerk's review: the misses she
    would never see (a miss decided as another of the three still alerts her or reaches her as such)."""
    return [
        m["path"]
        for m in scored["misclassified"]
        if m["expected"] in SERIOUS and m["decided"] not in SERIOUS and not m["review"]
    ]


def test_rules_test_prints_scores_a_matrix_and_the_misses(agent, tmp_path):
    """The printed form, on three files a category (the floors above judge the figures on the whole corpus), and a
    question about the hall filed under threat so that there is a miss to print."""
    folder = tmp_path / "labelled"
    for category in CATEGORIES + LEGAL:
        (folder / category).mkdir(parents=True)
        for path in sorted((CORPUS / category).glob("*.eml"))[:3]:
            (folder / category / path.name).write_bytes(path.read_bytes())
    (folder / "threat" / "mislabelled.eml").write_bytes(
        b"From: a@example.org\r\nSubject: The hall\r\n\r\nWhat time does the village hall open on Saturday?\r\n"
    )
    result = agent("rules", "test", str(folder))
    assert result.returncode == 0
    for words in ("precision", "recall", "macro F1", "confusion (rows: labelled, columns: decided)"):
        assert words in result.stdout
    assert "misclassified (" in result.stdout and "mislabelled.eml: threat -> enquiry" in result.stdout
    as_json = json.loads(agent("rules", "test", "--json", str(folder)).stdout)
    assert all(isinstance(m["review"], str) for m in as_json["misclassified"])
    # 30 messages fire some of the rules, not all: the rest are named in the JSON and counted in the printed form
    ids = [r.id for r in load_rules(ROOT / "rules.yaml", ROOT / "templates").rules]
    assert 0 < len(as_json["unfired"]) < len(ids) and set(as_json["unfired"]) <= set(ids)
    assert f"rules no message here fired: {len(as_json['unfired'])} of {len(ids)} (--json lists them)" in result.stdout
    missing = agent("rules", "test", str(ROOT / "no-such-folder"))
    assert missing.returncode == 1 and "no such folder" in missing.stderr


@pytest.mark.parametrize(
    "written, read",
    [
        ("f*ck off", "fuck off"),
        ("f.u.c.k off", "fuck off"),
        ("s h i t council", "shit council"),
        ("y0u are a usele55 1d10t", "you are a useless idiot"),
        ("piiiiss offff", "piss of"),
        ("fuuuuck off", "fuck off"),
        ("w a t c h  y o u r  b a c k", "watch your back"),
        ("\u0441lerk \u0456diot", "clerk idiot"),
        ("call 0116 2367626 at 10:30", "call 0116 2367626 at 10:30"),
        ("a b c", "a b c"),
        ("good book, too", "good book, too"),
        ("k!ll", "kill"),
        ("k|ll", "kill"),
        ("ki\u200bll", "kill"),
        ("kïll", "kill"),
        ("hello! there", "hello! there"),
        ("5h1t c0ck 4ss", "shit cock ass"),
        # figures with their units, ordinals and roads are not l33t ("5pm" is not "spm", "£45k" not "£ask")
        ("meet at 5pm on the 3rd, 35mph past the 4x4s", "meet at 5pm on the 3rd, 35mph past the 4x4s"),
        ("a 2.4m shed on the a47 cost £45k in the 1960s", "a 2.4m shed on the a47 cost £45k in the 1960s"),
    ],
)
def test_obfuscation_is_undone_without_joining_words(written, read):
    assert deobfuscate(written, frozenset({"fuck", "shit", "piss", "idiot"})) == read


def test_explain_shows_the_prepared_text_every_hit_and_why(agent, tmp_path):
    message = tmp_path / "m.eml"
    message.write_bytes(
        b'From: a@example.org\r\nSubject: hi\r\n\r\nYou are a usele55 1d10t. He said "watch your back".\r\n'
    )
    result = agent("classify", "--explain", str(message))
    out = result.stdout
    assert "you are a useless idiot" in out  # prepared
    assert "abusive.insult" in out and "decision: abusive scored" in out
    assert "forwarded text, as the rules read it" in out and "watch your back" in out  # quoted speech is reported


@pytest.mark.long
@pytest.mark.long
def test_the_held_out_part_holds_the_measured_floor(agent):
    """Not a target (issue: macro F1 0.95, threat recall 1.0, no complaint taken for a threat, hate or abuse): the
    figures measured on mail never tuned on, so that a change that makes generalisation worse fails. Raise these as
    the judgement improves; never tune on this part. This is the sixteenth held-out part: 308 messages from six
    helper writers (za..zf) in eleven styles no other part uses (a retired mill worker in Yorkshire dialect, a
    resident whose emoji carry the meaning, an American who married into the village, a retired civil servant who
    writes as if taking minutes, a young gamer in online slang, messages relayed by the council website's contact
    form, a marketing consultant in corporate buzzwords, the football club's chairman, a former groundsman in a
    dispute, a residents' campaign group, the shops and web services a council gets mail from). The writers saw the
    category table, the policy and a list of the forms each category takes, never a rule or a message of any other
    part. The fifteenth part (308, ya..yf) moved into the main part when this one came. Measured on arrival, with
    the rules and the model as committed: macro F1 0.875 (rules alone 0.718), threat recall 0.833 (rules alone 0.5),
    hate 0.81, abusive 0.816, complaint 0.857, subject access 0.952, FOI 0.905, enquiry 0.786, automatic mail 0.95;
    two complaints decided a threat or abuse; one threat, hate or abuse decided something milder with no review. With
    the model retrained on the main part grown by the fifteenth, and a forward of the sender's own mail read as
    hers: 0.880, threat 0.854, hate 0.81, abusive 0.789, complaint 0.905, FOI 0.952, still two complaints decided
    serious, two missed with no review, 107 reviews. With a training part added to the main part (ka..kf, 360
    messages in twelve more styles, written this round by helpers who never saw this part) and the model retrained:
    0.887, abusive 0.816, conduct complaints 0.917, the rest the same, one missed with no review, 108 reviews. With a
    second training part (la..lf, 360 messages in twelve more styles, written the same way) and the model retrained:
    0.8805, complaint 0.881, FOI 0.905, the rest the same, two missed with no review, 107 reviews (two decisions
    worse: more data is not always better on one part of 308). With overrule_lead 2 rather than 3 (chosen on five
    splits of writers left out of training, see rules.yaml): 0.886, complaint 0.905, FOI 0.952, the rest the same.
    With a negation taking back the model's hate only in a line or two (chosen on four groups of writers left out of
    training): 0.893, hate 0.881. With two more training parts (ma..mh, na..nh, 960 messages) and the model
    retrained: 0.908, threat 0.875, hate 0.881, abusive 0.895, FOI 1.0, one complaint decided abuse, one missed with
    no review, 107 reviews. With a third (ga..gh, 480): 0.913, threat 0.917, hate 0.905, abusive 0.842 (six abuses
    decided milder, five of them enquiries, all for review), complaint 0.929, one complaint decided abuse, one
    missed with no review, 106 reviews. With a fourth (ha..hh, 480): 0.911, threat 0.854, hate 0.929, abusive
    0.816, complaint 0.976, no complaint decided a threat, hate or abuse, one missed with no review, 105 reviews.
    With a fifth (ja..jh, 480): 0.914, threat 0.875, hate 0.929, abusive 0.947, complaint 0.929 (one decided abuse,
    so the issue's figure is missed again by one), FOI 0.857 (three decided milder, with no review: a request decided
    an enquiry or a complaint is not among the serious misses the review net is for), none missed with no review,
    107 reviews. With the review net for requests the model suspects: the same, 111 reviews. Round 19, with 1,118 short
    messages in the main part (writers ba..bd: one-line to four-line threats, hate, abuse, complaints and the contrasts
    beside them, written to a functional brief) and the model retrained: 0.9246, threat 0.938, hate 0.905, abusive
    0.895 (four abuses decided milder, all for review), complaint 0.952, FOI 0.952, no complaint decided a threat,
    hate or abuse, but one threat decided a complaint with no review (the model 0.18 sure of a threat, below the 0.2
    that sends it to review; 0.15 was tried on three writer splits left out of training and caught one more silent
    miss in 1,440 messages for 30 more reviews, so the bar stayed), 108 reviews. With 765 more short messages
    (be..bg, threats and abuse weighted) and none of these short training messages carrying a stock subject line:
    0.9205, threat 0.896, hate 0.952, abusive 0.868, complaint 0.976, conduct complaints 0.917, none decided serious,
    the same one missed with no review, 108 reviews. Round 20, with the model's bars for short mail lowered (chosen on
    1,200 short messages by four outside writers, tests/data/short-dev): the same, as the part's messages are longer
    than a line or two. (Those writers' messages joined to training, the model retrained gave threat 0.938 but
    overruled one complaint to abuse at 0.54; they were kept out of training, as the development set the bars were
    chosen on, which a retrained model would no longer measure.) Round 21 (chasing as a complaint's sign, written on
    the short development set): 0.9229, complaint 1.0, the rest the same, 106 reviews.
    """
    held = scores(agent, HELDOUT)
    recall = {c: held["per_category"][c]["recall"] for c in ("threat", "hate", "abusive", "complaint")}
    assert held["macro_f1"] >= 0.9229 and recall["threat"] >= 0.895 and recall["hate"] >= 0.952
    assert recall["abusive"] >= 0.868 and recall["complaint"] >= 1.0
    assert sum(held["confusion"]["complaint"].get(c, 0) for c in ("threat", "hate", "abusive")) == 0  # the issue's
    assert len(silent_misses(held)) <= 1  # measured (round 18: none); the issue asks for none


@pytest.mark.long
def test_a_public_hate_speech_suite_nobody_here_wrote_holds_its_measured_floor():
    """HateCheck (tests/data/hatecheck, 3,728 short cases in 29 functionalities), wrapped as mail by scripts/hatecheck.
    A measurement, never a tuning set. Measured when it was added: 890 of 2,563 hateful cases decided hate (35%), 2,091
    (82%) decided hate, threat or abuse or sent to the Clerk's review; 1,103 of 1,165 non-hateful cases (95%) not
    decided hate. After the rules were rewritten on other mail: 904 (35%), 2,084 (81%), 1,103 (95%); after the next
    round (rules rewritten on writers p..t, the model allowed to take hate for review): 989 (39%), 2,137 (83%), 1,102
    (95%). With the model retrained on the main part grown by writers f..k: 989 (39%), 2,065 (81%), 1,102 (95%): the
    model, trained on more council mail, sends fewer of these short texts to review. Retrained again on the part grown
    by writers l..v: 989 (39%), 2,034 (79%), 1,102 (95%); on the part grown by ia..ie: 993 (39%), 2,139 (83%), 1,102
    (95%); after the rules written on ia..ie: 1,000 (39%), 2,145 (84%), 1,102 (95%); retrained on the part grown by
    oa..oe: 997 (39%), 2,029 (79%), 1,102 (95%); after the rules written on oa..oe: 1,004 (39%), 2,029 (79%), 1,102
    (95%); retrained on the part grown by pa..pe: 1,004 (39%), 2,084 (81%), 1,102 (95%), and the same with the model
    allowed to take a threat, hate or abuse at 0.6 in mail of 30 words or more (these cases are one line each);
    retrained on the part grown by qa..qe: 1,004 (39%), 2,277 (88.8%), 1,102 (95%); with the gravest violence read with
    adverbs in the intent and a group as its target, written after reading the threat functionalities' misses (so those
    two functionalities are no longer unseen): 1,032 (40.3%), 2,317 (90.4%), 1,102 (95%); with "fag" and "poof" read as
    a cigarette and an interjection where the words around say so: 1,032, 2,317, 1,105; retrained on the part grown by
    ra..re: 1,034 (40.3%), 2,274 (88.7%), 1,105; with short quotations after "it reads" read as reported and the model
    retrained on that text: 1,034, 2,275, 1,105; retrained on the part grown by sa..se: 1,032 (40.3%), 2,284 (89.1%),
    1,105; retrained on the part grown by ta..vd: 1,030 (40.2%), 2,298 (89.7%), 1,105; retrained on the part grown by
    wa..wf: 1,032 (40.3%), 2,332 (91.0%), 1,105; retrained on the part grown by xa..xf: 1,030 (40.2%), 2,204 (86.0%),
    1,105; with hatred said over a quantifier, in the past or as a feeling held (written on fresh probes, not on these
    cases): 1,043 (40.7%), 2,211 (86.3%), 1,105; retrained on the part grown by ya..yf: 1,043 (40.7%), 2,288 (89.3%),
    1,105; and by ka..kf: 1,043 (40.7%), 2,237 (87.3%), 1,106; and by la..lf: 1,043 (40.7%), 2,256 (88.0%), 1,105;
    and by ma..mh and na..nh: 1,043 (40.7%), 2,246 (87.6%), 1,105; and by ga..gh: 1,043 (40.7%), 2,224 (86.8%),
    1,105; and by ha..hh: 1,043 (40.7%), 2,226 (86.9%), 1,105; and by ja..jh: 1,041 (40.6%), 2,302 (89.8%), 1,106.
    Round 19, with words run together or split by a space read as meant (written from the functionality's name, not
    its cases): 1,047 (40.9%), 2,306 (90.0%), 1,106; retrained on the part grown by 1,883 short messages (ba..bg),
    with a drainage dyke and verbs such as "attracting rats" no longer read as a slur or as calling people rats:
    1,067 (41.6%), 2,422 (94.5%), 1,109. (A first retraining, on training messages that carried a few stock subject
    lines, read 2,485 (97.0%): the model had learned these cases' subject, "A message", as a sign of a threat or
    hate. The training messages now have no subject.) Round 20, with a threat, hate or abuse taken in a line or two
    at 0.8 rather than 0.9 (chosen on tests/data/short-dev, not on these cases; 0.6 decided 1,256 hate but took 44
    more non-hateful cases for hate, most of them neutral or warm mentions of a group, and was not used): 1,100
    (42.9%), 2,423 (94.5%), 1,107. Round 23, with hatred felt for a group said in more ways (a noun, piled adverbs,
    what the group stirs in the writer, a wish it were gone), harm said as a group's due, requests to keep a group
    out, and counter-speech about a group wronged (written on fresh probes and two helpers' sets, not on these
    cases): 1,129 (44.0%), 2,424 (94.6%), 1,107. Round 25, retrained on the same part read with a dropped g put back
    ("ringin"): 1,129 (44.0%), 2,414 (94.2%), 1,107; the same rules with the weights before it read 2,424, so the ten
    fewer sent to review are the retraining's (four fewer of the non-hateful cases went to review too). Measured again
    at the start and the end of round 33 (its rules and unjoin changed none of it): 1,224 (47.8%), 2,441 (95.2%),
    1,107; the rounds between had raised it without this record being brought up to date. A change that makes any of
    these worse fails."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "hatecheck"), "--json"], capture_output=True, text=True, check=True
    )
    total = json.loads(result.stdout)["total"]
    assert total["hateful_cases"] == 2563 and total["non_hateful_cases"] == 1165
    assert total["caught_as_hate"] / total["hateful_cases"] >= 0.477
    assert total["noticed"] / total["hateful_cases"] >= 0.952
    assert total["non_hateful_right"] / total["non_hateful_cases"] >= 0.950


def functional_totals(tsv: Path) -> dict[str, int]:
    """scripts/functional's totals for a suite of short cases, as the agent decides them (figures only)."""
    import subprocess
    import sys

    command = [sys.executable, str(ROOT / "scripts" / "functional"), "--tsv", str(tsv), "--json"]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)["total"]


def holds(
    total: dict[str, int],
    cases: tuple[int, int, int, int],
    caught: tuple[int, int, int],
    noticed: tuple[int, int, int],
    other: int,
    complaints: int,
    alerts: tuple[int, int],
) -> None:
    """Each figure at least its floor: threats, hate and abuse caught (decided as such) and noticed (decided serious or
    sent to review), other cases not decided serious, complaints decided complaints, threats that alert the Clerk at
    once (decided, or a possible threat: rules.yaml alert_above); and at most alerts[1] of the other cases alerting
    her. `cases` are the suite's sizes."""
    kinds = ("threat", "hate", "abusive")
    assert tuple(total[f"{k}_cases"] for k in (*kinds, "other")) == cases
    assert all(total[f"{k}_caught"] >= floor for k, floor in zip(kinds, caught, strict=True)), total
    assert all(total[f"{k}_noticed"] >= floor for k, floor in zip(kinds, noticed, strict=True)), total
    assert total["other_right"] >= other and total["complaint_exact"] >= complaints, total
    others = {key.rsplit("_", 1)[0] for key in total if key.endswith("_cases")} - {*kinds, "other"}
    assert total["threat_alerted"] >= alerts[0], total
    assert sum(total.get(f"{label}_alerted", 0) for label in others) <= alerts[1], total


@pytest.mark.long
def test_a_held_out_functional_suite_holds_its_measured_floor():
    """tests/data/functional-heldout: 398 short cases in 44 functionalities by a helper who saw only a brief (see
    tests/data/LICENSES), measured by scripts/functional, which prints figures only: never read, never tuned on. A
    second helper wrote a development set to the same brief (it joined the main part as writer ba, with six more
    training sets, bb..bg, written to a brief that forbade the brief's example phrases). Measured on arrival, with the
    rules and model of round 18: threat 45 of 80 decided a threat (77 noticed: decided serious or sent to review),
    hate 77 of 138 (131), abuse 26 of 32 (32); 145 of the 148 other cases not decided serious; 33 of 67 complaints
    decided complaints. After round 19 (words run together read apart, rules for a fate foretold, a weapon kept for
    someone, a routine watched, the model retrained on ba..bg, whose messages carry no subject line): threat 50
    (77), hate 84 (135), abuse 26 (32), 146 of 148, complaints 35. Round 20 (a threat, hate or abuse taken in a line
    or two at 0.8, a complaint decided by the model at 0.5, both chosen on tests/data/short-dev): threat 51 (77), hate
    87 (135), abuse 27 (32), 146 of 148, complaints 44. Round 21 (a possible threat alerts the Clerk, alert_above 0.5,
    chosen on tests/data/short-dev): threats alerting her at once 51 -> 67 of 80, other cases alerting her 2 -> 3 of
    148. Round 23 (hatred felt, harm as a group's due, threats through others; written on other sets): hate 88. Round
    24 (complaints said plainly, written on two complaint sets and short-dev): complaints 45, abuse 28. Round 26 (a
    smear spread round the village, contempt by comparison; written on tests/data/voices-dev): abuse 30. The floor is
    what was measured: a change that makes any of these worse fails."""
    holds(
        functional_totals(ROOT / "tests" / "data" / "functional-heldout" / "cases.tsv"),
        cases=(80, 138, 32, 148),
        caught=(51, 88, 30),
        noticed=(77, 135, 32),
        other=146,
        complaints=45,
        alerts=(67, 3),
    )


@pytest.mark.long
def test_four_outside_writers_short_messages_hold_their_floor():
    """tests/data/short-dev: 1,200 short messages by four helpers who saw only a brief (see tests/data/LICENSES), in
    four styles: formal understatement, text-speak and dialect, learners' English and voice-to-text, a busy
    resident's point buried in village business. A development set: round 20 chose the model's bars for short mail
    on it and wrote two rules on its misses; it is kept out of training. Before round 20: threat 87 of 160 decided a
    threat (160 noticed: decided serious or sent to review), hate 92 of 140 (140), abuse 95 of 120 (119), 769 of the
    780 other messages not decided serious, 230 of 320 complaints decided complaints. After: threat 96, hate 93,
    abuse 101, 769 of 780, complaints 248. Round 21: a possible threat alerts the Clerk (threats alerting her 96 ->
    124, other messages alerting her 11, all decided a threat or hate as before), chasing is a complaint's sign
    (complaints 248 -> 264), a wish that a group be sent home, two tropes and a masked slur are hate (93 -> 98),
    and harm to whoever is there, an ultimatum's brick or a vehicle through the doors are threats (96 -> 105
    decided, 128 alerting the Clerk). Round 23 (misfortune wished on the reader's own, accidents for those who
    cross the writer, the warning to watch where they walk; written on this set's misses and fresh probes): 105 -> 111,
    129 alerting, and a reported threat ("said he'd burn the hall down") still a report; a promise the council made
    and did not keep is a complaint (264 -> 267). Round 24 (complaints said plainly, written on this set's misses and
    two complaint sets; a rule's threat cue confirmed by the model in a line or two at take_short_above): complaints
    267 -> 299, threats 111 -> 112. Round 25 (a dropped g put back, "keep ringin"; the model retrained on text read
    so): reports of abuse decided so 57 -> 63 of 80, abuse 101 -> 103, hate 98 -> 99, complaints 299 -> 300, other
    messages not decided serious 769 -> 772 (a complaint and a conduct complaint no longer decided threats), but
    threats 112 -> 111 (the retraining: one threat the model was surer of before). Round 34's rules (hate by
    insinuation, a group denied a job or a home): hate 99 -> 100."""
    holds(
        functional_totals(ROOT / "tests" / "data" / "short-dev" / "cases.tsv"),
        cases=(160, 140, 120, 780),
        caught=(111, 100, 103),
        noticed=(160, 140, 119),
        other=772,
        complaints=300,
        alerts=(129, 11),
    )


@pytest.mark.long
def test_two_round_23_sets_hold_their_floor():
    """Two sets written in round 23 by helpers who saw only a brief (the categories, the forms to write, the voices),
    never the rules or the corpus (see tests/data/LICENSES). tests/data/hate-dev (280: hate in eight forms, and six
    kinds of mail that is not hate) is a development set: round 23's rules were written on its misses, and it went
    from 95 to 130 of 160 hate decided hate, 118 of 120 others not decided serious before and after.
    tests/data/heldout-r23 (350: hate and threats in eight forms each, in ten voices, and eight kinds of near miss)
    was written beside it and is held out, measured by scripts/functional, which prints figures only (its cases were
    never read; its figures by form were read once mid-round, which turned the round to threats made through others,
    written on fresh probes): before the
    round's rules, threat 66 of 100 decided a threat (100 noticed, 79 alerting the Clerk), hate 55 of 100 (96
    noticed), 144 of 150 others not decided serious; after, threat 67, hate 60, the rest the same; with rules for a
    home known and menace in stock forms (written on fresh probes), threat 68. Rules written on
    one set's misses catch few of the next writer's: the figure to trust is the held-out one. Round 25 (the model
    retrained on text read with a dropped g put back): the development set's hate noticed 159 -> 158 (a line about
    pensioners left to freeze, 0.249 sure of hate, just under the 0.25 a line or two needs for review), the held-out
    set's figures the same."""
    dev = functional_totals(ROOT / "tests" / "data" / "hate-dev" / "cases.tsv")
    assert (dev["hate_cases"], dev["other_cases"]) == (160, 120)
    assert dev["hate_caught"] >= 130 and dev["hate_noticed"] >= 158 and dev["other_right"] >= 118, dev
    held = functional_totals(ROOT / "tests" / "data" / "heldout-r23" / "cases.tsv")
    assert (held["threat_cases"], held["hate_cases"], held["other_cases"]) == (100, 100, 150)
    assert held["threat_caught"] >= 68 and held["threat_noticed"] >= 100 and held["threat_alerted"] >= 79, held
    assert held["hate_caught"] >= 60 and held["hate_noticed"] >= 96 and held["other_right"] >= 144, held


@pytest.mark.long
def test_a_round_25_held_out_set_holds_its_floor():
    """tests/data/heldout-r25 (300 short cases in ten styles no earlier set used: dictated on a phone, written on
    someone's behalf, a business owner, the telling sentence in the middle of a long message, emoji, capitals,
    autocorrect damage, passive-aggressive politeness, clipped official notes, a parent in a rush), written by a
    helper who saw only a brief and committed before any change of round 25; measured by scripts/functional --matrix,
    figures only. On arrival: macro F1 0.883, threats 42 of 50 decided threat (all 50 noticed, 44 alerting the
    Clerk), hate 38 of 50 (48, 41), abuse 29 of 40 (39), complaints 46 of 60, enquiries 55 of 55, 158 of the 160
    other cases not decided serious. After round 25 (a dropped g put back, the model retrained): the same. Round 26
    (complaints said plainly, written on tests/data/voices-dev): complaints 47."""
    held = functional_totals(ROOT / "tests" / "data" / "heldout-r25" / "cases.tsv")
    holds(held, (50, 50, 40, 160), (42, 38, 29), (50, 48, 39), 158, 47, (44, 4))
    assert held["enquiry_exact"] >= 55, held


@pytest.mark.long
def test_two_round_26_sets_hold_their_floor():
    """Two sets written in round 26 by helpers who saw only a brief, never the rules, the corpus or the tests (see
    tests/data/LICENSES). tests/data/heldout-r26 (300 full emails with their own subject lines, greetings and
    sign-offs, a quarter long, in ten styles no earlier set used: replies above a quoted thread, pasted formal letters,
    forwarded messages under a covering note, signatures and disclaimers, a retired officer, young people's slang,
    Multicultural London English, a rambling writer, a churchgoer, a writer of numbers) is held out: committed before
    the round's rules and measured by scripts/functional --matrix, figures only (its figures by form were read once,
    after the rules). On arrival: macro F1 0.955, threats 50 of 50 decided threat (all alerting the Clerk), hate 45
    of 50 (50 noticed), abuse 35 of 40 (40), complaints 57 of 60, none decided serious, enquiries 46 of 50, 158 of the
    160 other cases not decided serious. After the round's rules: the same. Whole emails give the rules and the model
    more to go on than the one-line sets do. tests/data/voices-dev (400 short cases in ten voices, the hardest forms
    most: calls for harm to a group, hate in a later sentence, masked slurs, threats naming a family or a visit
    home, harassment campaigns) is a development set: the round's rules were written on its misses, taking threats
    from 56 to 73 of 80, hate 53 to 69, abuse 34 to 44, complaints 54 to 63 of 70, enquiries 64 to 65 of 85; 186 of
    190 other cases not decided serious before and after."""
    held = functional_totals(ROOT / "tests" / "data" / "heldout-r26" / "cases.tsv")
    holds(held, (50, 50, 40, 160), (50, 45, 35), (50, 50, 40), 158, 57, (50, 2))
    assert held["enquiry_exact"] >= 46 and held["abuse_report_exact"] >= 23, held
    dev = functional_totals(ROOT / "tests" / "data" / "voices-dev" / "cases.tsv")
    holds(dev, (80, 80, 50, 190), (73, 69, 44), (80, 79, 49), 186, 63, (76, 4))
    assert dev["enquiry_exact"] >= 65, dev


@pytest.mark.long
def test_two_round_29_sets_hold_their_floor():
    """Two sets written in round 29 by helpers who saw only a brief, never the rules, the corpus or the tests (see
    tests/data/LICENSES). tests/data/heldout-r29 (300 full emails with subject lines, in ten styles no earlier set
    used: Welsh English, an engineer's numbered points, a phone translation app, pseudo-legal notices, Scouse, verse,
    parenthetical asides, a survey form's answers, a grandstander copying in the MP, a teenager's first letter) is
    held out: committed before the round's rules and measured by scripts/functional, figures only. On arrival: macro
    F1 0.835, threats 33 of 40 (38 noticed), hate 62 of 80 (77), abuse 17 of 40 (38), complaints 46 of 50, enquiries
    44 of 50, 139 of 140 other cases not decided serious; the round's rules changed none of it. Round 30's model bars
    (rules.yaml: take_above for abuse, unmake_above for hate) took abuse to 21 and hate to 65; round 33's ridicule
    rule (written on tests/data/contrast-dev) to 22.
    tests/data/abuse-dev2 (320 short cases: mockery, sarcasm, contempt and harassment of councillors and the Clerk,
    threats at the end of complaints and veiled, hate said as feeling, later or implicitly, and look-alikes) is a
    development set: the round's rules were written on its misses, taking its abuse from 27 to 40 of 80, threats 42
    to 57 of 60 and hate 39 to 42 of 60, with its other cases not decided serious unchanged (119 of 120)."""
    held = functional_totals(ROOT / "tests" / "data" / "heldout-r29" / "cases.tsv")
    holds(held, (40, 80, 40, 140), (33, 65, 22), (38, 77, 38), 139, 46, (34, 1))
    assert held["enquiry_exact"] >= 44 and held["abuse_report_exact"] >= 20, held
    dev = functional_totals(ROOT / "tests" / "data" / "abuse-dev2" / "cases.tsv")
    holds(dev, (60, 60, 80, 120), (57, 42, 44), (60, 59, 77), 119, 52, (58, 2))
    assert dev["enquiry_exact"] >= 22, dev


@pytest.mark.long
def test_round_30s_held_out_set_holds_its_floor():
    """tests/data/heldout-r30: 300 full emails written in round 30 by a helper who saw only a brief (see
    tests/data/LICENSES), in ten styles no earlier set used (Irish English, Glaswegian, formal Indian English,
    corporate jargon, Cockney, a pasted diary, an ornate old letter, a dyslexic writer's spelling, Easy Read, a reply
    quoting the newsletter line by line), committed before the round's change and measured by scripts/functional,
    figures only. On arrival: macro F1 0.865, threats 37 of 40 (all 40 noticed), hate 63 of 80 (77), abuse 21 of 40
    (32), complaints 48 of 50, enquiries 43 of 50, 139 of 140 other cases not decided serious. The round's model bars
    (take_above for abuse, unmake_above for hate, in rules.yaml) took abuse to 23, nothing else moving. Round 34's
    rules: abuse noticed 32 -> 33."""
    held = functional_totals(ROOT / "tests" / "data" / "heldout-r30" / "cases.tsv")
    holds(held, (40, 80, 40, 140), (37, 63, 23), (40, 77, 33), 139, 48, (37, 1))
    assert held["enquiry_exact"] >= 43 and held["abuse_report_exact"] >= 19, held


@pytest.mark.long
def test_round_32s_held_out_set_holds_its_floor():
    """tests/data/heldout-r32: 300 full emails written in round 32 by a helper who saw only a brief (see
    tests/data/LICENSES), in ten styles no earlier set used (Black Country dialect, Manchester speech, formal Nigerian
    English, a Polish first-language writer, an American expat, an Australian, a lay preacher, a retired army
    officer's telegraphic points, a shopkeeper between customers, a British Punjabi writer's code-switching),
    committed before any change of the round and measured by scripts/functional, figures only. On arrival: macro F1
    0.918, threats 39 of 40 (all 40 noticed), hate 73 of 80 (all 80 noticed), abuse 30 of 40 (34 noticed),
    complaints 49 of 50 (one decided hate), enquiries 39 of 50, 134 of 140 other cases not decided serious. Round
    34's rules (written on other sets): abuse 31, enquiries 40, other cases not decided serious 135."""
    held = functional_totals(ROOT / "tests" / "data" / "heldout-r32" / "cases.tsv")
    holds(held, (40, 80, 40, 140), (39, 73, 31), (40, 80, 34), 135, 49, (39, 4))
    assert held["enquiry_exact"] >= 40 and held["abuse_report_exact"] >= 19, held


@pytest.mark.long
def test_round_34s_held_out_set_holds_its_floor():
    """tests/data/heldout-r34: 300 full emails written in round 34 by a helper who saw only a brief (see
    tests/data/LICENSES), in ten styles no earlier set used (Norfolk dialect, an elderly Jamaican-British resident, an
    Arabic first-language writer, one run-on paragraph, Markdown, a night-shift nurse's abbreviations, ellipses, a
    breezy marketer, a crossword-setter's wordplay, a German-born engineer), committed before any change of the round
    and measured by scripts/functional, figures only. On arrival: macro F1 0.889, threats 33 of 40 (39 noticed), hate
    65 of 80 (79 noticed), abuse 28 of 40 (36 noticed), complaints 46 of 50, enquiries 47 of 50, 136 of 140 other
    cases not decided serious."""
    held = functional_totals(ROOT / "tests" / "data" / "heldout-r34" / "cases.tsv")
    holds(held, (40, 80, 40, 140), (33, 65, 28), (39, 79, 36), 136, 46, (34, 4))
    assert held["enquiry_exact"] >= 47 and held["abuse_report_exact"] >= 17, held


def test_round_35s_held_out_set_holds_its_floor():
    """tests/data/heldout-r35: 300 full emails written in round 35 by a helper who saw only a brief (see
    tests/data/LICENSES), in ten styles no earlier set used (a retired police officer's witness statements,
    Leicestershire dialect, a Romanian-born writer, voice dictation with spoken punctuation, autocorrect's wrong words,
    passive-aggressive office mail, a merchant sailor's idioms, a birdwatcher, South African English, a maths
    teacher's premises), committed before any change of the round and measured by scripts/functional, figures only.
    On arrival: macro F1 0.858, threats 30 of 40 (40 noticed), hate 55 of 80 (76 noticed), abuse 32 of 40 (39
    noticed), complaints 41 of 50, enquiries 44 of 50, 138 of 140 other cases not decided serious."""
    held = functional_totals(ROOT / "tests" / "data" / "heldout-r35" / "cases.tsv")
    holds(held, (40, 80, 40, 140), (30, 55, 32), (40, 76, 39), 138, 41, (30, 1))
    assert held["enquiry_exact"] >= 44 and held["abuse_report_exact"] >= 20, held


def test_round_36s_held_out_set_holds_its_floor():
    """tests/data/heldout-r36: 300 full emails written in round 36 by a helper who saw only a brief (see
    tests/data/LICENSES), in ten styles no earlier set used (Cumbrian dialect, Essex speech, Italian-born and
    Brazilian-born writers, a trades union rep's procedure, an air traffic controller's radio talk, a chef's kitchen
    talk, a local historian, a rambler's grid references, an estate agent's puffery), committed before any change of
    the round and measured by scripts/functional, figures only. On arrival: macro F1 0.904, threats 33 of 40 (39
    noticed), hate 66 of 80 (78 noticed), abuse 32 of 40 (40 noticed), complaints 47 of 50, enquiries 45 of 50, 139 of
    140 other cases not decided serious."""
    held = functional_totals(ROOT / "tests" / "data" / "heldout-r36" / "cases.tsv")
    holds(held, (40, 80, 40, 140), (33, 66, 32), (39, 78, 40), 139, 47, (33, 1))
    assert held["enquiry_exact"] >= 45 and held["abuse_report_exact"] >= 19, held


def test_round_37s_held_out_set_holds_its_floor():
    """tests/data/heldout-r37: 300 full emails written in round 37 by a helper who saw only a brief (see
    tests/data/LICENSES), in ten styles no earlier set used (Northern Irish English, Doric, Ghanaian-born and
    Turkish-born writers, a software developer's jargon, a retired magistrate, numbered social-media threads, a Scout
    leader, a veterinary nurse, a sports commentator), committed before any change of the round and measured by
    scripts/functional, figures only. On arrival: macro F1 0.929, threats 36 of 40 (40 noticed), hate 69 of 80 (80
    noticed), abuse 35 of 40 (40 noticed), complaints 48 of 50, enquiries 44 of 50, 140 of 140 other cases not decided
    serious."""
    held = functional_totals(ROOT / "tests" / "data" / "heldout-r37" / "cases.tsv")
    holds(held, (40, 80, 40, 140), (36, 69, 35), (40, 80, 40), 140, 48, (36, 0))
    assert held["enquiry_exact"] >= 44 and held["abuse_report_exact"] >= 20, held


def test_round_38s_held_out_set_holds_its_floor():
    """tests/data/heldout-r38: 300 full emails written in round 38 by a helper who saw only a brief (see
    tests/data/LICENSES), in ten styles no earlier set used (Lancashire dialect, Kenyan-, Vietnamese- and
    Hungarian-born writers, an accountant's line items, a retired librarian, a hairdresser's gossip, an amateur
    dramatics enthusiast, a cycling-club secretary, a stuck caps lock), committed before any change of the round and
    measured by scripts/functional, figures only. On arrival: macro F1 0.901, threats 36 of 40 (40 noticed), hate 66
    of 80 (79 noticed), abuse 33 of 40 (39 noticed), complaints 46 of 50, enquiries 42 of 50, 136 of 140 other cases
    not decided serious."""
    held = functional_totals(ROOT / "tests" / "data" / "heldout-r38" / "cases.tsv")
    holds(held, (40, 80, 40, 140), (36, 66, 33), (40, 79, 39), 136, 46, (36, 3))
    assert held["enquiry_exact"] >= 42 and held["abuse_report_exact"] >= 19, held


def test_round_39s_held_out_set_holds_its_floor():
    """tests/data/heldout-r39: 300 full emails written in round 39 by a helper who saw only a brief (see
    tests/data/LICENSES), in ten styles no earlier set used (Potteries dialect, Greek-, Tagalog- and Mandarin-speaking
    writers, a taxi driver, a pharmacist's hedging, a railway enthusiast, a wedding planner, free verse, a Women's
    Institute stalwart), committed before any change of the round and measured by scripts/functional, figures only.
    On arrival: macro F1 0.882, threats 34 of 40 (34 noticed: six decided complaints), hate 57 of 80 (77 noticed),
    abuse 32 of 40 (39 noticed), complaints 43 of 50, enquiries 46 of 50, 139 of 140 other cases not decided
    serious. In round 40, with threat.closing-menace (written on probes, not on this set): threats 35 (35 noticed)."""
    held = functional_totals(ROOT / "tests" / "data" / "heldout-r39" / "cases.tsv")
    holds(held, (40, 80, 40, 140), (35, 57, 32), (35, 77, 39), 139, 43, (35, 1))
    assert held["enquiry_exact"] >= 46 and held["abuse_report_exact"] >= 19, held


def test_round_40s_held_out_set_holds_its_floor():
    """tests/data/heldout-r40: 300 full emails written in round 40 by a helper who saw only a brief (see
    tests/data/LICENSES), in ten styles no earlier held-out set used (Geordie, South Wales valleys, German- and
    Spanish-speaking writers, a farmer, a retired vicar, an ex-army man, a retired professor, a project manager's
    jargon, an older writer's ellipses; the main part has writers in all but the Spanish and the ellipses),
    committed before any change of the round and measured by scripts/functional, figures only. On arrival: macro F1
    0.853, threats 36 of 40 (38 noticed), hate 57 of 80 (74 noticed), abuse 29 of 40 (40 noticed), complaints 42 of
    50, enquiries 44 of 50, 139 of 140 other cases not decided serious. After the round's rules: threats noticed 39,
    the rest the same."""
    held = functional_totals(ROOT / "tests" / "data" / "heldout-r40" / "cases.tsv")
    holds(held, (40, 80, 40, 140), (36, 57, 29), (39, 74, 40), 139, 42, (36, 1))
    assert held["enquiry_exact"] >= 44 and held["abuse_report_exact"] >= 20, held


def test_round_36s_development_set_holds_its_floor():
    """tests/data/emails-dev: 320 whole emails written in round 36 as a development set by a helper who saw only a brief
    (see tests/data/LICENSES), the hostile part set inside ordinary mail: hate in ten forms, threats (15 at the end of
    a long complaint), mockery and harassment, and 130 look-alikes (angry complaints, reports quoting hate,
    counter-speech, warm mentions of groups, idioms), in ten voices. On arrival: hate 81 of 100 decided (96 noticed),
    threats 40 of 50 (49), abuse 27 of 40 (37), 128 of 130 look-alikes not decided serious. The round's rules were
    written on its misses: hate 91 (99), threats 44 (50), abuse 34 (39), 129 of 130."""
    total = functional_totals(ROOT / "tests" / "data" / "emails-dev" / "cases.tsv")
    holds(total, (50, 100, 40, 130), (44, 91, 34), (50, 99, 39), 129, 30, (44, 1))
    assert total["enquiry_exact"] >= 58 and total["abuse_report_exact"] >= 20, total


@pytest.mark.long
def test_round_37s_development_set_holds_its_floor():
    """tests/data/hate-dev4: 400 short cases written in round 37 as a development set by a helper who saw only a brief
    (see tests/data/LICENSES): hate in thirteen forms (implicit, "they" in the next sentence or clause, a good quality
    denied, swearing, a question, an opinion, letters swapped or dropped, spaces gone or added, leet, a call for harm)
    and 140 look-alikes. On arrival: hate 193 of 260 decided (253 noticed), 124 of 130 other cases not decided
    serious. The round's words read apart when run together (unjoin) took hate to 199; its rules, written on the
    set's misses (a group said to lack decency, a trait heaped on "they", an own belief or finding, equal say put in
    question, nobody met who was not a thief, a link left unsaid), to 211 (255), and counter-speech ("nobody here
    thinks", "it isn't true that") and a reclaimed word put 128 of 130 right. In round 38, words run together read
    apart with the ordinary words of the council's mail too ("pensionersareawasteofspace") took hate to 216 (258). In
    round 39, hate in a line or two taken at 0.7 where a hostile word stands beside a group named took it to 219."""
    total = functional_totals(ROOT / "tests" / "data" / "hate-dev4" / "cases.tsv")
    assert (total["hate_cases"], total["abusive_cases"], total["other_cases"]) == (260, 10, 130), total
    assert total["hate_caught"] >= 219 and total["hate_noticed"] >= 258 and total["abusive_caught"] >= 10, total
    assert total["other_right"] >= 128 and total["complaint_exact"] >= 21 and total["enquiry_exact"] >= 65, total
    assert total["abuse_report_exact"] >= 14 and total["enquiry_alerted"] + total["abuse_report_alerted"] <= 2, total


@pytest.mark.long
def test_round_35s_development_set_holds_its_floor():
    """tests/data/forms-dev: 480 short cases (one to three sentences) written in round 35 as a development set by a
    helper who saw only a brief (see tests/data/LICENSES): hate in twelve forms (a feeling, an attribute,
    dehumanising, implicit, a good quality denied, a group named then "they", every one met, a question, an opinion,
    swearing, disguised spelling, a call for harm or removal), threats in six, and 144 look-alikes (counter-speech,
    negation, neutral, warm and reclaimed mentions, swearing about things, groups that are not protected, an insult
    at one person, a report, danger talk, innocent words that look like slurs). On arrival: hate 184 of 288 decided
    (282 noticed), threats 34 of 48 (47), 124 of 132 look-alikes not decided serious. The round's rules were written
    on its misses: hate 248 (286), threats 40 (48), look-alikes unchanged."""
    total = functional_totals(ROOT / "tests" / "data" / "forms-dev" / "cases.tsv")
    holds(total, (48, 288, 12, 132), (40, 248, 12), (48, 286, 12), 124, 16, (43, 8))
    assert total["enquiry_exact"] >= 83 and total["abuse_report_exact"] >= 8, total


@pytest.mark.long
def test_round_34s_development_set_holds_its_floor():
    """tests/data/voices-dev2: 280 messages (half short, half whole emails) in ten voices no earlier set used, written
    in round 34 by a helper who saw only a brief (see tests/data/LICENSES) as a development set: abuse in five forms,
    hate said by implication, threats veiled or through others, polite and sarcastic complaints, and enquiries that
    look alarming. On arrival: abuse 26 of 60 decided (50 noticed), hate 51 of 60 (59), threats 23 of 30 (28),
    complaints 41 of 50, enquiries 67 of 80, 129 of 130 other cases not decided serious. The round's rules were
    written on its misses: abuse 45 (54), hate 57 (59), threats 27 (29), complaints 44, enquiries 68, 130 of 130."""
    total = functional_totals(ROOT / "tests" / "data" / "voices-dev2" / "cases.tsv")
    holds(total, (30, 60, 60, 130), (27, 57, 45), (29, 59, 54), 130, 44, (27, 1))
    assert total["enquiry_exact"] >= 68, total


@pytest.mark.long
def test_round_34s_threat_development_set_holds_its_floor():
    """tests/data/threat-dev: 240 whole emails, each an ordinary complaint, written in round 34 as a development set by
    a helper who saw only a brief (see tests/data/LICENSES): 100 end in a threat said ten ways (veiled, conditional,
    fatalistic, where someone is, a visit to a home, fire or damage, a weapon, through others, a family, politely),
    and 100 end in something that only looks like one (a lawful step, danger talk, the writer's own anger, a protest,
    sarcasm, strong words about things, a threat someone else made, an insult without menace), with 40 enquiries that
    use violent idioms. On arrival: threats 58 of 100 decided (94 noticed), and none of the 130 others decided
    serious. The round's rules were written on its misses: threats 76 (97 noticed), the others unchanged; two weak
    cues (a bayonet, a visit promised for an icy evening) sent the last two threats not noticed to review (99)."""
    total = functional_totals(ROOT / "tests" / "data" / "threat-dev" / "cases.tsv")
    assert (total["threat_cases"], total["abusive_cases"], total["other_cases"]) == (100, 10, 130), total
    assert total["threat_caught"] >= 76 and total["threat_noticed"] >= 99 and total["threat_alerted"] >= 76, total
    assert total["abusive_caught"] >= 9 and total["other_right"] == 130 and total["complaint_exact"] >= 60, total
    assert total["enquiry_exact"] >= 40 and total["abuse_report_exact"] >= 10, total


@pytest.mark.long
def test_round_32s_contrast_set_holds_its_floor():
    """tests/data/contrast-dev: 220 short cases in look-alike pairs (mockery and sarcasm at a person beside harsh
    criticism of the council; implicit hate beside counter-speech and neutral mentions of a group; violence in the news
    and violent idioms), written in round 32 as a development set for the next round's rules. As measured on arrival:
    abuse 16 of 60 decided (55 noticed: most mockery goes to the Clerk's review as an enquiry, and the learned model
    often reads it as a threat), hate 20 of 30 (29 noticed), complaints 41 of 60, enquiries 58 of 70, and 124 of the
    130 other cases not decided serious (four counter-speech cases decided hate, one complaint abuse, one enquiry a
    threat). Round 33's rules were written on its misses (ridicule of a person by comparison, by the help one gives a
    child and by figures of speech; hate as a place kept white or English; complaints that say what a fault stops
    people doing; others' words told at one remove): abuse 46 decided (58 noticed), hate 25 (30), complaints 47,
    enquiries 62, and 129 of the 130 other cases not decided serious (one counter-speech case the model alone decides
    hate). Round 34's ironic praise of a person beside that person's failing (written on this set and
    tests/data/voices-dev2): abuse 54 (59 noticed); hate by insinuation ("you know the ones I mean"): hate 26."""
    total = functional_totals(ROOT / "tests" / "data" / "contrast-dev" / "cases.tsv")
    assert (total["abusive_cases"], total["hate_cases"], total["other_cases"]) == (60, 30, 130), total
    assert total["abusive_caught"] >= 54 and total["abusive_noticed"] >= 59, total
    assert total["hate_caught"] >= 26 and total["hate_noticed"] >= 30, total
    assert total["other_right"] >= 129 and total["complaint_exact"] >= 47 and total["enquiry_exact"] >= 62, total
    assert total["complaint_alerted"] + total["enquiry_alerted"] <= 1, total


@pytest.mark.long
def test_two_round_28_sets_hold_their_floor():
    """Two sets written in round 28 by helpers who saw only a brief, never the rules, the corpus or the tests (see
    tests/data/LICENSES). tests/data/heldout-r28 (300 full emails with subject lines, in ten styles no earlier set
    used: West Country dialect, a Facebook post pasted, a Spanish or Cantonese first-language writer, the point in a
    P.S., a horse rider, a football fan, a landlord, a 3 a.m. insomniac, a grammar pedant, a subject line that carries
    the point) is held out: committed before the round's rules and measured by scripts/functional --matrix, figures
    only. On arrival: macro F1 0.892, threats 35 of 40 (38 noticed), hate 63 of 80 (77), abuse 27 of 40 (38),
    complaints 47 of 50, enquiries 44 of 50, 139 of 140 other cases not decided serious; the round's rules changed
    none of it. tests/data/hate-dev3 (284 short cases: hate, threats and abuse disguised or said indirectly, and
    their look-alikes) is a development set: the round's rules were written on its misses, taking its hate from 82 to
    106 of 160, threats 7 to 8 of 12 and abuse 9 to 10 of 12, with its other cases not decided serious unchanged
    (98 of 100). Round 30's model bars took round 28's abuse to 29 and hate to 68; unmake_above {hate: 0.65} keeps one
    of hate-dev3's enquiries as the rules' hate (the model read it an enquiry at 0.61): 97 of 100 there, 5 alerts.
    Round 33's ridicule rule (written on tests/data/contrast-dev) took round 28's abuse to 30."""
    held = functional_totals(ROOT / "tests" / "data" / "heldout-r28" / "cases.tsv")
    holds(held, (40, 80, 40, 140), (35, 68, 30), (38, 77, 38), 139, 47, (35, 2))
    assert held["enquiry_exact"] >= 44 and held["abuse_report_exact"] >= 20, held
    dev = functional_totals(ROOT / "tests" / "data" / "hate-dev3" / "cases.tsv")
    holds(dev, (12, 160, 12, 100), (8, 106, 10), (12, 157, 12), 97, 26, (11, 5))
    assert dev["enquiry_exact"] >= 47, dev


@pytest.mark.long
def test_three_round_27_sets_hold_their_floor():
    """Three sets written in round 27 by helpers who saw only a brief, never the rules, the corpus or the tests (see
    tests/data/LICENSES). tests/data/heldout-r27 (300 full emails with subject lines, in ten styles no earlier set
    used: the website's contact form, Yorkshire or Geordie dialect, a retired academic, a writer of questions, a
    euphemist, a parent writing as on WhatsApp, a quoter of headlines, an impersonal third person, an allotment holder,
    a neighbours' group) is held out: committed before the round's rules and measured by scripts/functional --matrix,
    figures only (its figures by form were read once, after the first rules). On arrival: macro F1 0.921, threats 35
    of 40 (all 40 noticed), hate 65 of 80 (76 noticed), abuse 31 of 40 (40), complaints 49 of 50, enquiries 43 of 50,
    137 of 140 other cases not decided serious. After the round's rules: hate 67 (77 noticed), macro F1 0.924, the
    rest the same. tests/data/hate-dev2 (320 short cases: hate in ten forms and its look-alikes) and
    tests/data/abuse-dev (300: mockery, contempt and harassment of councillors, veiled threats, hate put indirectly,
    and look-alikes) are development sets: the round's rules were written on their misses, taking hate-dev2's hate
    from 111 to 176 of 200 and abuse-dev's abuse from 16 to 31 of 70, threats 43 to 51, hate 42 to 47, with the
    other cases not decided serious unchanged (90 of 96; 89 of 90). Round 30's model bars took round 27's abuse to
    34 and hate to 68, and abuse-dev's abuse to 38 and hate to 48. Round 34 (a pest's name alone in a subject line no
    longer read as an insult): enquiries 43 -> 44, other cases not decided serious 137 -> 138."""
    held = functional_totals(ROOT / "tests" / "data" / "heldout-r27" / "cases.tsv")
    holds(held, (40, 80, 40, 140), (35, 68, 34), (40, 77, 40), 138, 49, (35, 2))
    assert held["enquiry_exact"] >= 44 and held["abuse_report_exact"] >= 20, held
    hate = functional_totals(ROOT / "tests" / "data" / "hate-dev2" / "cases.tsv")
    holds(hate, (12, 200, 12, 96), (9, 176, 12), (12, 199, 12), 90, 16, (10, 5))
    assert hate["enquiry_exact"] >= 47, hate
    abuse = functional_totals(ROOT / "tests" / "data" / "abuse-dev" / "cases.tsv")
    holds(abuse, (70, 70, 70, 90), (51, 48, 38), (65, 68, 68), 89, 36, (51, 2))
    assert abuse["enquiry_exact"] >= 26, abuse


@pytest.mark.long
def test_three_round_24_sets_hold_their_floor():
    """Three sets written in round 24 by helpers who saw only a brief, never the rules or the corpus (see
    tests/data/LICENSES). tests/data/heldout-r24 (300: complaints in ten forms, abuse, threats and near misses) is held
    out: committed before the round's rules and measured by scripts/functional --matrix, figures only (its complaint
    figures by form were read once, after the first rules). Complaints decided complaint 106 -> 109 -> 110 of 135,
    macro F1 over its labels 0.889 -> 0.895; abuse 40 of 50, threats 18 of 20, enquiries 47 of 55, unchanged.
    tests/data/complaint-dev (300) and complaint-dev2 (240) are development sets, written in turn: the rules written
    on the first (and short-dev and fresh probes) took its complaints from 145 to 186 of 200 but the second's only
    from 101 to 102 of 160 on arrival; rules written on the second's misses then took it to 128. Rules written on one
    writer's misses catch few of the next writer's: the held-out figure is the one to trust."""
    held = functional_totals(ROOT / "tests" / "data" / "heldout-r24" / "cases.tsv")
    assert (held["complaint_cases"], held["abusive_cases"], held["threat_cases"], held["other_cases"]) == (
        135,
        50,
        20,
        230,
    )
    assert held["complaint_exact"] >= 110 and held["enquiry_exact"] >= 47 and held["other_right"] >= 229, held
    assert held["abusive_caught"] >= 40 and held["abusive_noticed"] >= 50, held
    assert held["threat_caught"] >= 18 and held["threat_noticed"] >= 20 and held["threat_alerted"] >= 19, held
    first = functional_totals(ROOT / "tests" / "data" / "complaint-dev" / "cases.tsv")
    assert first["complaint_exact"] >= 186 and first["enquiry_exact"] >= 49 and first["other_right"] >= 284, first
    second = functional_totals(ROOT / "tests" / "data" / "complaint-dev2" / "cases.tsv")
    assert second["complaint_exact"] >= 128 and second["enquiry_exact"] >= 57 and second["other_right"] >= 240, second
