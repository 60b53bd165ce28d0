"""The learned second opinion: deterministic training, a conservative policy, explanations, and committed weights
that are exactly what the training script gives."""

from __future__ import annotations

import dataclasses
import importlib.machinery
import importlib.util
import json
import sys

import pytest
from conftest import ROOT

from inbox_agent.core import learned
from inbox_agent.core.learned import ModelSettings, Opinion, revise, train
from inbox_agent.core.models import Decision
from inbox_agent.core.normalise import parse
from inbox_agent.core.rules import decide, load_rules
from inbox_agent.core.screen import screen
from inbox_agent.errors import RulesError

TINY = [
    ("i know where you live and i will come round", "threat"),
    ("watch your back, i know your car", "threat"),
    ("the bin was not emptied again, this is not good enough", "complaint"),
    ("nothing has been done about the pothole, very disappointing", "complaint"),
    ("what time does the hall open on saturday", "enquiry"),
    ("can i book the hall for a party", "enquiry"),
]


def rules_with(tmp_path, model_yaml: str):
    text = (ROOT / "rules.yaml").read_text(encoding="utf-8")
    start = text.index("\nmodel:\n")
    end = text.index("\ncategories:\n")
    path = tmp_path / "rules.yaml"
    path.write_text(text[:start] + "\n" + model_yaml + "\n" + text[end:], encoding="utf-8")
    return load_rules(path, ROOT / "templates")


def mail(body: str, subject: str = "hello") -> bytes:
    return f"From: r@example.org\r\nSubject: {subject}\r\nMessage-ID: <m@example.org>\r\n\r\n{body}\r\n".encode()


def test_training_is_deterministic_and_learns_a_tiny_corpus():
    texts, labels = [t for t, _ in TINY], [label for _, label in TINY]
    first = train(texts, labels, min_df=1)
    second = train(list(texts), list(labels), min_df=1)
    assert first == second
    assert json.dumps(first.as_json({})) == json.dumps(second.as_json({}))
    assert [first.opinion(t).top()[0] for t in texts] == labels
    assert first.opinion("i know where you live").top()[0] == "threat"
    assert learned.Model.from_json(json.loads(json.dumps(first.as_json({})))) == first
    assert train(texts, labels, min_df=1, seed=16) != first  # the order of the examples is the seed's


def _float_probabilities(model: learned.Model, text: str) -> list[float]:
    """Scoring as plain floats, class by class: what the packed integer sums must agree with."""
    plain, mechanism = learned._features(text)
    sums = [0.0] * len(model.classes)
    for found, value in ((plain, 1.0), (mechanism, learned.MECHANISM_WEIGHT)):
        for feature in sorted(found & model.vectors.keys()):
            sums = [s + value * w for s, w in zip(sums, model.vectors[feature], strict=True)]
    scale = 1.0 / (len(plain) + len(mechanism) or 1) ** 0.5
    return learned._softmax([b + scale * s for b, s in zip(model.bias, sums, strict=True)])


def test_weights_of_few_decimal_places_are_added_exactly_as_integers_and_any_others_as_floats():
    texts, labels = [t for t, _ in TINY], [label for _, label in TINY]
    model = train(texts, labels, min_df=1)  # weights of three places
    assert model._packed is not None and model._packed[1] == 1000
    odd = learned.Model(model.classes, model.bias, {**model.vectors, "<wa": (1 / 3,) * len(model.classes)})
    big = learned.Model(model.classes, model.bias, {**model.vectors, "<wa": (3e6,) * len(model.classes)})
    assert odd._packed is None and big._packed is None  # a third has no decimal places; 3e9 thousandths is too many
    for scored in (model, odd, big):
        for text in [*texts, "watch your back you idiot. i will come round", ""]:
            assert scored.probabilities(text) == pytest.approx(_float_probabilities(scored, text), rel=1e-9, abs=1e-12)


def test_features_are_words_pairs_of_words_and_letters_inside_words():
    found = learned.features("won't go")  # prepared text: folded already
    assert {"w:wont", "n:go", "b:<s> wont", "b:wont go", "<wo", "won", "ont>", "<won", "<go>"} <= found
    assert "w:go" not in found  # a negated word is its own feature (see the scopes below)
    assert not any(" " in f for f in found if not f.startswith("b:"))  # letter runs never cross words


def test_the_policy_is_conservative():
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    settings = ModelSettings(
        decide=("complaint",), decide_above=0.6, review=("threat", "hate", "abusive"), review_above=0.4
    )
    enquiry = decide(
        dataclasses.replace(rules, model=None), parse(mail("hello there")), screen(parse(mail("hello there")))
    )
    assert enquiry.category == "enquiry" and not enquiry.review

    sure = Opinion((("complaint", 0.7), ("enquiry", 0.3)))
    taken = revise(rules, settings, enquiry, sure)
    assert (taken.category, taken.severity, taken.review) == ("complaint", rules.category("complaint").severity, "")
    assert "the learned model says complaint (p=0.70" in taken.reason
    assert revise(rules, settings, enquiry, Opinion((("complaint", 0.55), ("enquiry", 0.45)))) == enquiry

    # A threat is never decided by the model, however sure: it goes to the Clerk's review with the reason.
    threat = revise(rules, settings, enquiry, Opinion((("threat", 0.97), ("enquiry", 0.03))))
    assert threat.category == "enquiry" and threat.review == "the learned model thinks this may be a threat (p=0.97)"
    below = revise(rules, settings, enquiry, Opinion((("enquiry", 0.65), ("threat", 0.35))))
    assert below == enquiry
    # A suspicion the rules confirmed, or outranked, is no doubt; a review the rules already raised is kept.
    as_threat = dataclasses.replace(enquiry, category="threat")
    assert revise(rules, settings, as_threat, Opinion((("abusive", 0.9), ("threat", 0.1)))) == as_threat
    flagged = dataclasses.replace(enquiry, review="a threat cue scored 1, below the threshold 2")
    assert revise(rules, settings, flagged, Opinion((("hate", 0.9), ("enquiry", 0.1)))).review == flagged.review
    # A suspicion no higher than the model's reading of an empty text is the model's prior, not the text's: nothing.
    prior = Opinion((("enquiry", 0.5), ("threat", 0.45), ("hate", 0.05)))
    assert revise(rules, settings, enquiry, Opinion((("enquiry", 0.55), ("threat", 0.45))), prior=prior) == enquiry
    pointed = revise(rules, settings, enquiry, Opinion((("enquiry", 0.55), ("threat", 0.45))), prior=None)
    assert pointed.review == "the learned model thinks this may be a threat (p=0.45)"
    assert revise(rules, settings, enquiry, Opinion((("threat", 0.46), ("enquiry", 0.54))), prior=prior).review


def test_mechanisms_are_word_classes_meeting_in_one_sentence():
    """What carries a threat, an insult or an exclusion whatever the topic: the classes meet in one sentence."""
    assert {"m:intent+harm", "m:intent+staff", "m:intent+harm+staff"} <= learned.mechanisms(
        "honestly im gonna batter that councillor"
    )
    assert "m:group+degrade" in learned.mechanisms("those asylum seekers are a plague on this village")
    assert "m:group+exclude" in learned.mechanisms("travellers should not be allowed on the rec")
    assert "m:you+insult" in learned.mechanisms("what a clueless shower you are")
    assert "m:you+insult" not in learned.mechanisms("you replied late. the clueless one was the courier")
    assert not any(m.count("+") == 0 for m in learned.mechanisms("you idiot"))  # a class alone is topic, not used
    assert "m:report+harm+reported" in learned.mechanisms("my neighbour said he would stab the dog qquote")
    assert "m:report+harm" in learned.mechanisms("my neighbour shouted at me and there was a knife qquote")


def test_idioms_are_read_as_one_neutral_token_not_as_harm():
    """ "Shoot you an email" and "killing time" carry harm words; a model that reads them as harm takes them for
    threats, so neither their words nor a mechanism sees harm in them."""
    for idiom in (
        "i will shoot you a quick email",
        "ill fire over the minutes",
        "we were killing time",
        "beat the queue",
    ):
        found = learned.features(idiom)
        assert "w:qidiom" in found, idiom
        assert not any(f.startswith("m:") and "harm" in f for f in found), idiom
        assert not {"w:shoot", "w:fire", "w:killing", "w:beat"} & found, idiom
    assert "m:intent+harm+you" in learned.features("i will shoot you")  # the harm itself is still harm


def test_a_negated_word_is_marked_and_takes_the_mechanism_back():
    """Counter-speech and negation ("are not vermin", "would never hurt") say the words of hate and threats without
    saying them: the negated word is its own feature, and its mechanism is marked as negated."""
    said, denied = learned.features("travellers are vermin"), learned.features("travellers are not vermin")
    assert "m:group+degrade" in said and "n:vermin" not in said
    assert "m:group+degrade" not in denied and {"m:group+degrade+not", "n:vermin"} <= denied
    assert "m:you+harm" not in learned.features("i would never hurt you")
    assert "m:you+harm" in learned.features("i wont hesitate to hurt you")  # too far from the negation to be its
    assert "m:group+exclude" in learned.features("travellers should not be allowed on the rec")  # negation is its word


def test_a_reported_word_is_someone_elses():
    """Reported threats and counter-speech quote the words of a threat or of hate: after a verb of saying, in the
    same clause, a word is reported ('r:') and its mechanism is marked as reported."""
    reported = learned.features("my neighbour said he would kill the clerk")
    assert {"r:kill", "m:staff+harm+reported"} <= reported and "w:kill" not in reported
    assert "m:staff+harm" not in reported
    countered = learned.features("we must stand up to anyone who says refugees are vermin")
    assert {"r:vermin", "m:group+degrade+reported"} <= countered and "m:group+degrade" not in countered
    said = learned.features("i said it before, i will kill the clerk")  # the scope ends at the clause
    assert {"w:kill", "m:intent+harm+staff"} <= said


def test_letters_run_on_are_cut_to_two():
    assert {"w:soo", "w:fuucking"} <= learned.features("sooooo fuuuuucking useless")


def test_one_alarming_sentence_is_not_diluted_by_a_long_message(monkeypatch):
    """Off in the shipped model (leave-one-writer-out: it took more complaints for threats than it caught), but kept
    working so that train-model can measure it again as the corpus grows."""
    monkeypatch.setattr(learned, "SENTENCE_MAX", True)
    texts, labels = [t for t, _ in TINY], [label for _, label in TINY]
    model = train(texts, labels, min_df=1)
    ending = "i know where you live and i will come round"
    long = ". ".join(["the bin was not emptied again"] * 6 + ["nothing has been done about the pothole", ending])
    assert model.opinion(long).p("threat") == pytest.approx(model.probabilities(ending)[model.classes.index("threat")])
    assert model.opinion(long).p("threat") > model.probabilities(long)[model.classes.index("threat")]
    assert sum(p for _, p in model.opinion(long).probabilities) == pytest.approx(1.0)
    assert model.opinion(long).top()[0] == "threat"


def test_the_model_confirms_a_weak_cue_only_when_allowed_and_very_sure():
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    settings = ModelSettings(confirm=("threat", "hate"), confirm_above=0.8, review=SERIOUS_REVIEW)
    weak = with_weak_cue(rules, "threat", 1.0)
    sure = revise(rules, settings, weak, Opinion((("threat", 0.85), ("complaint", 0.15))))
    assert (sure.category, sure.severity) == ("threat", rules.category("threat").severity)
    assert "a threat cue scored 1, below the threshold, and the learned model agrees (p=0.85, at least 0.8)" in (
        sure.reason
    )
    assert sure.review == "decided threat on a rule cue below the threshold and the learned model (p=0.85)"
    assert revise(rules, settings, weak, Opinion((("threat", 0.75), ("complaint", 0.25)))) == weak
    unlisted = with_weak_cue(rules, "abusive", 1.0)  # abuse is not listed under confirm
    assert revise(rules, settings, unlisted, Opinion((("abusive", 0.99), ("complaint", 0.01)))) == unlisted
    no_cue = dataclasses.replace(weak, scores=(("complaint", 2.0),), review="")
    assert revise(rules, settings, no_cue, Opinion((("threat", 0.99), ("complaint", 0.01)))).category == "complaint"


def test_the_model_overrules_the_rules_only_when_sure_and_never_a_grave_change_without_review():
    """overrule: the model's first reading replaces the rules' decision when it is at least overrule_above sure.
    Making or unmaking a threat, hate or abuse always goes to the Clerk's review; a counter-cue holds back a serious
    reading; a line or two (for_text) is never overruled."""
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    every = ("threat", "hate", "abusive", "abuse_report", "complaint", "foi_request", "enquiry")
    settings = ModelSettings(overrule=every, overrule_above=0.6, review=SERIOUS_REVIEW, review_above=0.3)
    plain = decide(dataclasses.replace(rules, model=None), parse(mail("hello there")), screen(parse(mail("hi"))))
    complaint = dataclasses.replace(plain, category="complaint", scores=(("complaint", 2.0),), review="")
    # complaint -> FOI request: a mild change, no review
    foi = revise(rules, settings, complaint, Opinion((("foi_request", 0.8), ("complaint", 0.2))))
    assert (foi.category, foi.review) == ("foi_request", "")
    assert "the learned model reads it as foi_request (p=0.80, at least 0.6) and overrules the rules" in foi.reason
    # complaint -> threat: grave, for review
    threat = revise(rules, settings, complaint, Opinion((("threat", 0.7), ("complaint", 0.3))))
    assert (threat.category, threat.severity) == ("threat", rules.category("threat").severity)
    assert threat.review == "the rules read complaint, the learned model threat (p=0.70)"
    # threat -> complaint: unmaking a threat is grave too
    ruled = dataclasses.replace(complaint, category="threat", scores=(("threat", 3.0),))
    unmade = revise(rules, settings, ruled, Opinion((("complaint", 0.9), ("threat", 0.1))))
    assert (
        unmade.category == "complaint"
        and unmade.review == "the rules read threat, the learned model complaint (p=0.90)"
    )
    # below the bar, the same category, or a counter-cue: the rules' decision stands
    assert revise(rules, settings, complaint, Opinion((("foi_request", 0.55), ("complaint", 0.45)))).category == (
        "complaint"
    )
    assert revise(rules, settings, complaint, Opinion((("complaint", 0.9), ("enquiry", 0.1)))) == complaint
    held = revise(rules, settings, complaint, Opinion((("threat", 0.7), ("complaint", 0.3))), counter="he said")
    assert held.category == "complaint" and "'he said' may take it back" in held.review
    # not listed: never
    narrow = dataclasses.replace(settings, overrule=("foi_request",))
    assert revise(rules, narrow, complaint, Opinion((("threat", 0.99), ("complaint", 0.01)))).category == "complaint"
    # a line or two: for_text leaves nothing to overrule
    short = learned.for_text(dataclasses.replace(settings, take_short_words=30), "can I book the hall")
    assert short.overrule == ()


def test_a_lead_lets_the_model_overrule_an_ordinary_category_below_the_bar_but_never_make_or_unmake_a_serious_one():
    """overrule_lead: below overrule_above, the model's first reading still replaces the rules' decision when it is
    at least overrule_lead_above sure and overrule_lead times as likely as the rules' category; never for a change
    that makes or unmakes a threat, hate or abuse, and never with overrule_lead 0."""
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    every = ("threat", "hate", "abusive", "abuse_report", "complaint", "foi_request", "enquiry")
    settings = ModelSettings(
        overrule=every, overrule_above=0.5, overrule_lead=3, overrule_lead_above=0.3, review=SERIOUS_REVIEW
    )
    plain = decide(dataclasses.replace(rules, model=None), parse(mail("hello there")), screen(parse(mail("hi"))))
    enquiry = dataclasses.replace(plain, category="enquiry", scores=(), review="")
    spread = (("complaint", 0.33), ("foi_request", 0.2), ("abuse_report", 0.17), ("conduct_complaint", 0.15))
    led = revise(rules, settings, enquiry, Opinion((*spread, ("enquiry", 0.1), ("threat", 0.05))))
    assert (led.category, led.review) == ("complaint", "")
    assert "the learned model reads it as complaint (p=0.33, at least 0.3, against 0.10 for enquiry)" in led.reason
    # the rules' category not unlikely enough (0.33 < 3 x 0.12), or the model not sure enough (0.29)
    close = Opinion((*spread[:3], ("enquiry", 0.12), ("conduct_complaint", 0.1), ("threat", 0.08)))
    assert revise(rules, settings, enquiry, close).category == "enquiry"
    unsure = Opinion((("complaint", 0.29), ("foi_request", 0.28), ("abuse_report", 0.27), ("enquiry", 0.09)))
    assert revise(rules, settings, enquiry, unsure).category == "enquiry"
    # making a threat, or unmaking one, needs overrule_above whatever the lead
    making = Opinion((("threat", 0.4), ("complaint", 0.3), ("foi_request", 0.2), ("enquiry", 0.1)))
    assert revise(rules, settings, enquiry, making).category != "threat"
    ruled = dataclasses.replace(enquiry, category="threat", scores=(("threat", 3.0),))
    unmaking = Opinion((("complaint", 0.45), ("foi_request", 0.3), ("enquiry", 0.15), ("threat", 0.1)))
    assert revise(rules, settings, ruled, unmaking).category == "threat"
    # overrule_lead 0: off
    off = dataclasses.replace(settings, overrule_lead=0.0)
    assert revise(rules, off, enquiry, Opinion((*spread, ("enquiry", 0.1), ("threat", 0.05)))).category == "enquiry"


def test_a_short_text_goes_to_review_on_a_suspicion_only_at_review_short_above():
    """review_short_above: in a line or two the model's suspicion must also reach this to send a decision to review
    (its one-line readings of a neutral mention of a group are unsure); longer mail keeps review_above."""
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    settings = ModelSettings(review=SERIOUS_REVIEW, review_above=0.2, review_short_above=0.25, take_short_words=30)
    plain = decide(dataclasses.replace(rules, model=None), parse(mail("hello there")), screen(parse(mail("hi"))))
    suspicion = Opinion((("enquiry", 0.78), ("hate", 0.22)))
    short = learned.for_text(settings, "I love the Muslims who run the shop")
    assert short.review_above == 0.25 and not revise(rules, short, plain, suspicion).review
    long = learned.for_text(settings, " ".join(["the hall booking for the group on Tuesday"] * 4))
    assert long.review_above == 0.2 and "hate" in revise(rules, long, plain, suspicion).review
    assert learned.for_text(dataclasses.replace(settings, review_short_above=0.0), "hi").review_above == 0.2


def test_the_model_takes_a_threat_alone_only_from_the_default_without_a_counter_cue_and_for_review():
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    settings = ModelSettings(take=("threat", "hate"), take_above=0.9, review=SERIOUS_REVIEW, review_above=0.3)
    plain = decide(dataclasses.replace(rules, model=None), parse(mail("hello there")), screen(parse(mail("hi"))))
    assert plain.category == rules.default and not plain.review
    sure = Opinion((("threat", 0.93), ("enquiry", 0.07)))
    taken = revise(rules, settings, plain, sure)
    assert (taken.category, taken.severity) == ("threat", rules.category("threat").severity)
    assert "the learned model says threat (p=0.93, at least 0.9) and the text has no counter-cue" in taken.reason
    assert taken.review == "decided threat on the learned model alone (p=0.93): no rule saw it"
    # A counter-cue holds it back: the Clerk reviews it and is told why it was not decided.
    held = revise(rules, settings, plain, sure, counter="wrong to")
    assert held.category == rules.default
    assert (
        held.review
        == "the learned model thinks this may be a threat (p=0.93); not decided threat: 'wrong to' may take it back"
    )
    # Below the bar, not the model's first category, not listed, or a category the rules reached: never taken.
    assert revise(rules, settings, plain, Opinion((("threat", 0.85), ("enquiry", 0.15)))).category == "enquiry"
    assert revise(rules, settings, plain, Opinion((("abusive", 0.95), ("threat", 0.05)))).category == "enquiry"
    complaint = dataclasses.replace(plain, category="complaint", scores=(("complaint", 2.0),))
    kept = revise(rules, settings, complaint, sure)  # danger talk in a complaint stays a complaint, for review
    assert kept.category == "complaint" and kept.review == "the learned model thinks this may be a threat (p=0.93)"
    assert revise(rules, ModelSettings(review=SERIOUS_REVIEW), plain, sure).category == "enquiry"  # take is opt-in


def test_a_threat_from_a_no_reply_address_is_read_by_the_model_too(monkeypatch):
    """Mail that looks automatic only by a sign a person's mail can show too (here a no-reply sender) is read by the
    model when no rule found anything serious in it: a threat it is very sure of is decided, for review, as `take`
    decides one in a person's mail; mail that is automatic by its headers, a counter-cue, or a doubt keep it
    automatic."""
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    settings = ModelSettings(take=("threat", "hate"), take_above=0.9, review=SERIOUS_REVIEW, review_above=0.3)
    rules = dataclasses.replace(rules, model=settings)
    sure = Opinion((("threat", 0.93), ("enquiry", 0.07)))
    seen: list[str] = []

    def opinion_of(_rules, message):
        seen.append(message.sender)
        return None, "nice car. be a shame.", sure

    monkeypatch.setattr(learned, "opinion_of", opinion_of)
    body = "Nice car. Be a shame. Silver hatchback on Mill Lane every night."
    lookalike = parse(f"From: noreply.tc@example.org\r\nSubject: parking\r\n\r\n{body}\r\n".encode())
    screening = screen(lookalike)
    assert screening.automated and screening.lookalike
    taken = decide(rules, lookalike, screening)
    assert (taken.category, taken.severity) == ("threat", rules.category("threat").severity)
    assert taken.review == (
        "decided threat on the learned model alone (p=0.93) in mail that looked automatic: no rule saw it"
    )
    assert taken.reason.startswith("automatic mail: sender noreply.tc@; but the learned model says threat (p=0.93")
    # Automatic by its headers: the screen decides and the model is not asked.
    bulk = parse(
        f"From: news@example.org\r\nAuto-Submitted: auto-generated\r\nSubject: parking\r\n\r\n{body}\r\n".encode()
    )
    assert not screen(bulk).lookalike and decide(rules, bulk, screen(bulk)).category == "automated"
    assert seen == ["noreply.tc@example.org"]
    filed = dataclasses.replace(taken, category="automated", review="", reason="automatic mail")
    assert learned.take_automatic(rules, settings, filed, Opinion((("threat", 0.85), ("enquiry", 0.15)))) == filed
    # Not taken but suspected as surely as the model confirms a weak cue (confirm_above, 0.9 here): automatic still,
    # for the Clerk's review; a counter-cue stops the taking, not the looking.
    abuse = Opinion((("abusive", 0.95),))
    for opinion, counter, what in ((sure, "he said", "a threat (p=0.93)"), (abuse, "", "abuse")):
        suspected = learned.take_automatic(rules, settings, filed, opinion, counter=counter)
        assert suspected.category == "automated" and suspected.reason == "automatic mail"
        assert suspected.review.startswith(f"the learned model thinks this may be {what}")
    assert decide(dataclasses.replace(rules, model=None), lookalike, screening).category == "automated"


def test_take_from_lets_a_very_sure_model_overrule_only_the_listed_ordinary_categories():
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    plain = decide(dataclasses.replace(rules, model=None), parse(mail("hello there")), screen(parse(mail("hi"))))
    complaint = dataclasses.replace(plain, category="complaint", scores=(("complaint", 2.0),))
    enquiry_only = ModelSettings(take=("threat",), take_above=0.9, review=SERIOUS_REVIEW, review_above=0.3)
    from_complaint = dataclasses.replace(enquiry_only, take_from=("complaint",), take_from_above=0.95)
    assert learned.take_bar(rules, enquiry_only, "complaint") > 1  # not listed: never
    assert learned.take_bar(rules, from_complaint, "complaint") == 0.95
    assert learned.take_bar(rules, from_complaint, rules.default) == 0.9
    very_sure = Opinion((("threat", 0.97), ("complaint", 0.03)))
    taken = revise(rules, from_complaint, complaint, very_sure)
    assert (taken.category, taken.review) == (
        "threat",
        "decided threat on the learned model alone (p=0.97): the rules said complaint",
    )
    assert "at least 0.95" in taken.reason
    sure = Opinion((("threat", 0.93), ("complaint", 0.07)))  # enough from the default, not from a complaint
    assert revise(rules, from_complaint, complaint, sure).category == "complaint"
    assert revise(rules, from_complaint, plain, sure).category == "threat"
    assert revise(rules, enquiry_only, complaint, very_sure).category == "complaint"
    held = revise(rules, from_complaint, complaint, very_sure, counter="said")
    assert held.category == "complaint" and "'said' may take it back" in held.review
    conduct = dataclasses.replace(complaint, category="conduct_complaint")
    assert revise(rules, from_complaint, conduct, very_sure).category == "conduct_complaint"


def test_take_from_reads_a_complaint_by_its_most_alarming_sentence(tmp_path, monkeypatch):
    """A menace at the end of a long complaint is one sentence of it: take_from weighs that sentence, not the whole."""
    model = train([t for t, _ in TINY], [label for _, label in TINY], min_df=1)
    monkeypatch.setattr(learned, "load_model", lambda path: model)
    rules = rules_with(tmp_path, "model:\n  take: [threat]\n  take_from: [complaint]\n  take_from_above: 0.9")
    ending = "i know where you live and i will come round"
    long = ". ".join(["the bin was not emptied again"] * 6 + ["nothing has been done about the pothole", ending])
    assert model.opinion(long).p("threat") < 0.9 < model.opinion(long, sentences=True).p("threat")
    message = parse(mail(long, subject="bins"))
    plain = decide(dataclasses.replace(rules, model=None), message, screen(message))
    complaint = dataclasses.replace(plain, category="complaint", scores=(("complaint", 2.0),), review="")
    taken = learned.second_opinion(rules, message, complaint)
    assert taken.category == "threat"
    assert taken.review.startswith("decided threat on the learned model alone") and "rules said complaint" in (
        taken.review
    )
    calm = parse(mail(". ".join(["the bin was not emptied again"] * 6), subject="bins"))
    assert learned.second_opinion(rules, calm, dataclasses.replace(complaint)).category == "complaint"
    off = dataclasses.replace(rules, model=dataclasses.replace(rules.model, take_from=()))
    assert learned.second_opinion(off, message, complaint).category == "complaint"


def test_take_from_is_for_long_mail_and_only_the_categories_given_a_bar(tmp_path, monkeypatch):
    """Round 38: in a line or two the rules' complaint stands (the most alarming sentence is the whole of it: "The
    council is useless and the clerk is out of her depth" is criticism), and a bar for each category leaves the others
    alone ("Useless shower, the lot of you" ends a long complaint, and is still one)."""
    model = train([t for t, _ in TINY], [label for _, label in TINY], min_df=1)
    monkeypatch.setattr(learned, "load_model", lambda path: model)
    rules = rules_with(
        tmp_path,
        "model:\n  take: [threat, abusive]\n  take_short_words: 30\n  take_from: [complaint]\n"
        "  take_from_above: {threat: 0.9}",
    )
    assert rules.model.take_from_above_for("threat") == 0.9 and rules.model.take_from_above_for("abusive") > 1
    assert learned.take_bar(rules, rules.model, "complaint", "abusive") > 1
    ending = "i know where you live and i will come round"
    for text, category in (
        (
            ". ".join(["the bin was not emptied again"] * 6 + ["nothing has been done about the pothole", ending]),
            "threat",
        ),
        (f"nothing has been done about the pothole. {ending}", "complaint"),
    ):
        assert model.opinion(text, sentences=True).p("threat") > 0.9
        message = parse(mail(text, subject="bins"))
        plain = decide(dataclasses.replace(rules, model=None), message, screen(message))
        complaint = dataclasses.replace(plain, category="complaint", scores=(("complaint", 2.0),), review="")
        assert learned.second_opinion(rules, message, complaint).category == category, text


def test_counter_cues_are_the_rules_families_of_negation_counter_speech_and_report():
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    for text in (
        "it is wrong to say travellers should be banned",
        "my neighbour said he would burn the hall down",
        "someone had sprayed it on the bus shelter",
    ):
        assert learned.counter_cue(rules, text, "threat"), text
    for text in ("i know where you live and what you drive", "travellers are vermin and should be gone"):
        assert learned.counter_cue(rules, text, "hate") == "", text
    # A negation takes back hate, but is part of many threats: "you won't see it coming".
    assert learned.counter_cue(rules, "we shouldn't let asylum seekers suffer", "hate") == "shouldn't"
    # ... in a line or two: in a letter, the negation beside the hate is mostly the hostility itself.
    letter = (
        "i have lived in this village for forty years and watched it change a great deal, mostly for the better, but i"
        " want the council to know it: travellers do not belong here and should never be allowed on the field"
    )
    assert learned.counter_cue(rules, letter, "hate") == ""
    assert learned.counter_cue(rules, "travellers do not belong here", "hate") == "not"  # short: the price of it
    assert learned.counter_cue(rules, letter + ". it is wrong to say so, of course", "hate") == "wrong"
    assert learned.counter_cue(rules, "you won't see it coming", "threat") == ""
    assert learned.counter_cue(dataclasses.replace(rules, cues={}), "it is wrong to say", "hate") == ""
    # Harm blamed on help that cannot arrive is danger talk in a complaint about parking or access, not a threat.
    blocked = "what if your house burns down and the ambulances can't get through the parked vans"
    assert learned.counter_cue(rules, blocked, "threat") == "ambulances can't get through"
    assert learned.counter_cue(rules, blocked, "abusive") == ""
    assert learned.counter_cue(rules, "what if your house burns down one night, eh", "threat") == ""


def test_a_counter_cue_counts_only_in_the_sentence_the_model_reads_that_way_or_the_line_introducing_it():
    """A "called" or "heard" elsewhere in a letter takes nothing back; in the threat's sentence, or the line that
    introduces it with a colon, it does. With no model, or no sentence read that way alone, the whole text is
    searched."""
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    model = learned.load_model(learned.WEIGHTS_FILE)
    threat = "i know where you park and your car will not last the night."
    after = f"{threat}\nthe chairman called us liars at the meeting, everyone heard."
    assert learned.counter_cue(rules, after, "threat") == "called"
    assert learned.counter_cue(rules, after, "threat", model) == ""
    before = f"everyone in the pub heard what the chairman called us.\n{threat}"
    assert learned.counter_cue(rules, before, "threat", model) == ""
    introduced = f"this is what my neighbour said to me over the fence:\n{threat}"
    assert learned.counter_cue(rules, introduced, "threat", model) == "said"
    inside = "my neighbour came round last night.\nhe said your car will not last the night."
    assert learned.counter_cue(rules, inside, "threat", model) == "said"
    hate = "travellers are dirty thieving vermin.\ni do not want them here, i have lived here forty years."
    assert learned.counter_cue(rules, hate, "hate") == "not"
    assert learned.counter_cue(rules, hate, "hate", model) == ""
    calm = "the bins were not emptied again and the lights are out.\nmy neighbour said it is a disgrace."
    assert learned.counter_cue(rules, calm, "threat", model) == "said"  # no sentence reads as a threat: all counts


def test_a_short_text_is_taken_only_at_the_stricter_bar():
    settings = ModelSettings(take=("threat",), take_above=0.6, take_short_words=30, take_short_above=0.9)
    short = "I'll see you at the next meeting."
    assert learned.for_text(settings, short).take_above == 0.9
    assert learned.for_text(settings, " ".join(["word"] * 30)) == settings
    every = dataclasses.replace(settings, take_short_words=0)
    assert learned.for_text(every, short) == every
    assert learned.for_text(dataclasses.replace(settings, take_above=0.95), short).take_above == 0.95
    # A line or two confirms a weak cue only at the stricter bar too: danger talk in a one-line complaint reads like
    # a threat, and the model is less sure of it than of a threat that ends a one-line complaint.
    confirming = dataclasses.replace(settings, confirm=("threat",), confirm_above=0.5)
    assert learned.for_text(confirming, short).confirm_bar("threat") == 0.9
    assert learned.for_text(confirming, short).confirm == ("threat",)
    assert learned.for_text(confirming, " ".join(["word"] * 30)).confirm_bar("threat") == 0.5
    # A bar for each category (take_short_above: {threat: 0.6}) is the bar to confirm that category too; the others
    # keep the default.
    each = dataclasses.replace(confirming, take_short_above_of=(("threat", 0.6),))
    assert learned.for_text(each, short).confirm_bar("threat") == 0.6
    assert learned.for_text(each, short).confirm_bar("hate") == 0.9
    assert learned.for_text(each, " ".join(["word"] * 30)).confirm_bar("threat") == 0.5
    # ... while a suspicion in mail that looks automatic still goes to review at confirm_above (take_automatic)
    assert learned.for_text(confirming, short).confirm_above == 0.5


def test_a_suspicion_in_review_alerts_only_at_its_own_bar_and_only_for_a_category_that_alerts(tmp_path):
    """alert_above: a number for every category, a mapping for those it names, none at all by default. Only a
    category whose alert is on (threat, hate) alerts, only for a decision that waits for review, and not when the
    decision already alerts under its own category."""
    assert rules_with(tmp_path, "model:\n  review: [threat]").model.alert_above_of == ()
    every = rules_with(tmp_path, "model:\n  alert_above: 0.6").model
    assert every.alert_above_for("threat") == every.alert_above_for("abusive") == 0.6
    rules = rules_with(tmp_path, "model:\n  alert_above: {threat: 0.5, abusive: 0.5}")
    assert rules.model.alert_above_for("threat") == 0.5 and rules.model.alert_above_for("hate") == 2.0

    def decision(category: str, review: str, *opinion: tuple[str, float]) -> Decision:
        return Decision(category, "low", (), (), "why", review=review, opinion=opinion)

    suspected = decision(
        "enquiry", "the learned model thinks this may be a threat", ("threat", 0.55), ("enquiry", 0.45)
    )
    assert learned.possible_alert(rules, suspected) == ("threat", 0.55)
    assert learned.possible_alert(rules, dataclasses.replace(suspected, review="")) is None  # no review: no doubt
    weaker = decision("enquiry", "a threat cue scored 0.5", ("enquiry", 0.52), ("threat", 0.48))
    assert learned.possible_alert(rules, weaker) is None
    insult = decision("enquiry", "the learned model thinks this may be abuse", ("abusive", 0.9), ("enquiry", 0.1))
    assert learned.possible_alert(rules, insult) is None  # abuse raises no alert, whatever rules.yaml asks
    already = decision("hate", "decided hate on the learned model alone", ("threat", 0.6), ("hate", 0.4))
    assert learned.possible_alert(rules, already) is None  # hate alerts as itself
    asleep = dataclasses.replace(rules, model=dataclasses.replace(rules.model, enabled=False))
    assert learned.possible_alert(asleep, suspected) is None


def test_the_decision_carries_the_models_reading_when_it_was_asked():
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    message = parse(mail("seen ur kid in the park, would be awful if anythin happened"))
    found = decide(rules, message, screen(message))
    assert found.opinion and {name for name, _ in found.opinion} == set(
        learned.load_model(learned.WEIGHTS_FILE).classes
    )
    assert abs(sum(p for _, p in found.opinion) - 1.0) < 1e-6
    assert [p for _, p in found.opinion] == sorted((p for _, p in found.opinion), reverse=True)


def test_each_category_can_have_its_own_bar_in_a_short_text(tmp_path):
    """A hate alert on a line that only names a group is the worse mistake: rules.yaml may ask more of hate than of
    a threat in a line or two, and a category it does not name keeps take_short_above's default."""
    rules = rules_with(
        tmp_path,
        "model:\n  take: [threat, hate, abusive]\n  take_above: 0.5\n  take_short_words: 30\n"
        "  take_short_above: {threat: 0.6, hate: 0.8}",
    )
    settings = rules.model
    assert settings.take_short_above_of == (("threat", 0.6), ("hate", 0.8))
    short = learned.for_text(settings, "I'll see you at the next meeting.")
    assert [short.take_above_for(name) for name in ("threat", "hate", "abusive")] == [0.6, 0.8, 0.9]
    assert learned.take_bar(rules, short, rules.default, "hate") == 0.8
    long = learned.for_text(settings, " ".join(["word"] * 30))
    assert [long.take_above_for(name) for name in ("threat", "hate", "abusive")] == [0.5, 0.5, 0.5]
    enquiry = Decision("enquiry", "normal", (), (), "no category reached the threshold")
    sure_threat = Opinion((("threat", 0.7), ("enquiry", 0.3)))
    sure_hate = Opinion((("hate", 0.7), ("enquiry", 0.3)))
    assert revise(rules, short, enquiry, sure_threat).category == "threat"
    assert revise(rules, short, enquiry, sure_hate).category == "enquiry"  # 0.7 is below hate's 0.8
    assert revise(rules, long, enquiry, sure_hate).category == "hate"


def test_a_line_with_a_hostile_word_is_taken_at_the_lower_cued_bar(tmp_path):
    """take_short_cued_above: {hate: 0.7}: in a line or two the model reads as hate at 0.7, hate is decided only where
    a hostile word stands beside the group ("they are dirty and lazy"); a warm or neutral line that names a group
    needs take_short_above's 0.8, and so does every category not named there. In a long text the cued bar plays no
    part."""
    rules = rules_with(
        tmp_path,
        "model:\n  take: [threat, hate, abusive]\n  take_above: 0.5\n  take_short_words: 30\n"
        "  take_short_above: {threat: 0.6, hate: 0.8}\n  take_short_cued_above: {hate: 0.7}",
    )
    settings = rules.model
    assert settings.take_short_cued_above_of == (("hate", 0.7),)
    line = "The Roma families by the church are dirty and lazy."
    plain = learned.for_text(settings, line)
    cued = learned.for_text(settings, line, cued=True)
    assert [plain.take_above_for(name) for name in ("threat", "hate", "abusive")] == [0.6, 0.8, 0.9]
    assert [cued.take_above_for(name) for name in ("threat", "hate", "abusive")] == [0.6, 0.7, 0.9]
    long = learned.for_text(settings, " ".join(["word"] * 30), cued=True)
    assert long.take_above_for("hate") == 0.5
    enquiry = Decision("enquiry", "normal", (), (), "no category reached the threshold")
    sure_hate = Opinion((("hate", 0.75), ("enquiry", 0.25)))
    assert revise(rules, cued, enquiry, sure_hate).category == "hate"
    assert revise(rules, plain, enquiry, sure_hate).category == "enquiry"
    # ... and such a line the rules read as a complaint may still be taken for hate, at take_short_above: the
    # complaint is mostly the hate ("They're filthy and they'll wreck the hall"); never for a category not named
    listing = dataclasses.replace(settings, take_from=("complaint",), take_from_above_of=(("hate", 0.95),))
    assert learned.for_text(listing, line).take_from == ()
    from_cued = learned.for_text(listing, line, cued=True)
    assert from_cued.take_from == ("complaint",)
    assert [from_cued.take_from_above_for(name) for name in ("threat", "hate", "abusive")] == [2.0, 0.8, 2.0]
    complaint = Decision("complaint", "normal", (), (), "complaint scored 2")
    assert revise(rules, from_cued, complaint, Opinion((("hate", 0.85), ("complaint", 0.15)))).category == "hate"
    assert revise(rules, from_cued, complaint, Opinion((("hate", 0.75), ("complaint", 0.25)))).category == "complaint"
    # which lines hold a hostile word is rules.yaml's cue family `hostile`
    assert learned._hostile(rules, line.lower())
    assert not learned._hostile(rules, "women are every bit as capable as men of chairing a council.")
    assert not learned._hostile(rules, "the polish families on station road have opened a lovely bakery.")
    assert not learned._hostile(rules, "gay people aren't a danger to children, whatever some say.")  # taken back
    # the negation is the hostility; and a hostile word with no group named beside it does not count
    assert learned._hostile(rules, "travellers are not welcome here and never will be.")
    assert not learned._hostile(rules, "they are vermin, the rats in the bin store. please send pest control.")
    # ... and `decide` too: a complaint the model finds first at 0.5, a request the law puts a clock on only at 0.7
    deciding = rules_with(tmp_path, "model:\n  decide: [complaint, foi_request]\n  decide_above: {complaint: 0.5}")
    assert deciding.model.decide_above_of == (("complaint", 0.5),)
    settings = deciding.model
    assert (
        revise(deciding, settings, enquiry, Opinion((("complaint", 0.55), ("enquiry", 0.45)))).category == "complaint"
    )
    assert (
        revise(deciding, settings, enquiry, Opinion((("foi_request", 0.55), ("enquiry", 0.45)))).category == "enquiry"
    )
    assert revise(deciding, settings, enquiry, Opinion((("foi_request", 0.75), ("enquiry", 0.25)))).category == (
        "foi_request"
    )


def test_a_weak_cue_is_not_confirmed_where_a_counter_cue_governs_it():
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    model = learned.load_model(learned.WEIGHTS_FILE)
    settings = ModelSettings(confirm=("threat",), confirm_above=0.7, review=SERIOUS_REVIEW, review_above=0.3)
    weak = with_weak_cue(rules, "threat", 1.0)
    sure = Opinion((("threat", 0.95), ("complaint", 0.05)))
    assert revise(rules, settings, weak, sure).category == "threat"
    kept = revise(rules, settings, weak, sure, countered=frozenset({"threat"}))
    assert kept.category == "complaint" and kept.review == weak.review  # still for the Clerk's review
    reported = "the hedge is still not cut.\nmy neighbour said your car will not last the night if it stays."
    plain = "the hedge is still not cut.\ni know where you park and your car will not last the night."
    assert learned.countered(rules, settings, weak, reported, sure, model) == {"threat"}
    assert learned.countered(rules, settings, weak, plain, sure, model) == frozenset()


def test_the_shipped_model_takes_a_threat_in_a_letter_but_not_in_a_one_line_near_miss(tmp_path):
    """End to end with rules that see nothing: a threat the model reads in a letter, with "called" and "said" in
    other sentences, is decided for review; the same bar does not take a one-line near-miss."""
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    blind = dataclasses.replace(rules, rules=())
    letter = parse(
        mail(
            "I called the office three times about the hedge on Mill Road and nobody rang back. As I said at the"
            " meeting, it blocks the pavement.\nI know where you park and your car will not last the night.",
            subject="hedge",
        )
    )
    taken = decide(blind, letter, screen(letter))
    assert taken.category == "threat" and taken.review.startswith("decided threat on the learned model alone")
    near = parse(mail("It would be a shame if the pavilion had to close because of the budget.", subject="x"))
    assert decide(blind, near, screen(near)).category == "enquiry"


def test_take_in_rules_yaml_decides_end_to_end_and_a_counter_cue_sends_it_to_review(tmp_path):
    taking = rules_with(tmp_path, "model:\n  enabled: true\n  take: [threat]\n  take_above: 0.5\n  review_above: 0.3")
    blind = dataclasses.replace(taking, rules=())  # only the model can notice
    menace = parse(mail("i know where you live and what car you drive. watch yourself", subject="you"))
    decision = decide(blind, menace, screen(menace))
    assert decision.category == "threat" and decision.review.startswith("decided threat on the learned model alone")
    told = parse(mail("my neighbour said i know where you live and what car you drive, watch yourself", subject="x"))
    kept = decide(blind, told, screen(told))
    assert kept.category == "enquiry" and "may take it back" in kept.review


SERIOUS_REVIEW = ("threat", "hate", "abusive")


def with_weak_cue(rules, category: str, score: float):
    """A complaint with a serious cue below the threshold, as the rules decide it."""
    plain = decide(dataclasses.replace(rules, model=None), parse(mail("the bins")), screen(parse(mail("the bins"))))
    return dataclasses.replace(
        plain,
        category="complaint",
        scores=(("complaint", 2.0), (category, score)),
        review=f"a {category} cue scored {score:g}, below the threshold 2",
    )


def test_confirm_in_rules_yaml_decides_a_weak_cue_end_to_end(tmp_path):
    message = parse(mail("the hedge on church lane is still too high, mark my words", subject="hedge"))
    keen = rules_with(tmp_path, "model:\n  enabled: true\n  confirm: [threat]\n  confirm_above: 0.01")
    decision = decide(keen, message, screen(message))
    assert decision.category == "threat" and decision.review.startswith("decided threat on a rule cue below")
    (tmp_path / "strict").mkdir()
    strict = rules_with(tmp_path / "strict", "model:\n  enabled: true\n  confirm: [threat]\n  confirm_above: 1.0")
    kept = decide(strict, message, screen(message))
    assert kept.category != "threat" and kept.review == "a threat cue scored 1, below the threshold 2"


def test_a_disabled_model_changes_nothing(tmp_path):
    off = rules_with(
        tmp_path, "model:\n  enabled: false\n  review_above: 0.01\n  decide: [complaint]\n  decide_above: 0.01"
    )
    alone = dataclasses.replace(off, model=None)
    paths = sorted((ROOT / "tests" / "corpus").rglob("*.eml"))[::20]
    for path in paths:
        message = parse(path.read_bytes())
        assert decide(off, message, screen(message)) == decide(alone, message, screen(message))


def test_the_shipped_model_sends_a_suspected_threat_the_rules_miss_to_review(tmp_path):
    configured = rules_with(
        tmp_path, "model:\n  enabled: true\n  review_above: 0.3\n  decide: [complaint]\n  decide_above: 0.6"
    )
    blind = dataclasses.replace(configured, rules=())  # rules that see nothing: only the model can notice
    message = parse(
        mail(
            "i know where you live and what car you drive. would be a shame if something happened to it",
            subject="your car",
        )
    )
    decision = decide(blind, message, screen(message))
    assert decision.category == "enquiry" and decision.severity == blind.category("enquiry").severity
    assert decision.review.startswith("the learned model thinks this may be a threat (p=0.")
    moaning = parse(
        mail(
            "the bins have not been emptied for three weeks again. nothing has been done, it is not good "
            "enough and i am very disappointed",
            subject="bins",
        )
    )
    decision = decide(blind, moaning, screen(moaning))
    assert decision.category == "complaint" and "the learned model says complaint" in decision.reason
    assert decision.review == ""
    bounce = parse(
        mail("i know where you live", subject="Undelivered Mail Returned to Sender").replace(
            b"From: r@example.org", b"From: MAILER-DAEMON@example.org\r\nAuto-Submitted: auto-replied"
        )
    )
    assert decide(blind, bounce, screen(bounce)).review == ""  # automatic mail is the screen's, never the model's
    empty = parse(mail("", subject=""))
    assert decide(blind, empty, screen(empty)).review == ""  # with nothing to read the model's priors raise no doubt


@pytest.mark.parametrize(
    "spec, problem",
    [
        ("model: yes", "model must be a mapping"),
        ("model:\n  enabled: maybe", "model: enabled 'maybe' must be true or false"),
        ("model:\n  decide_above: 1.5", "model: decide_above 1.5 must be a probability"),
        ("model:\n  review_above: 0", "model: review_above 0 must be a probability"),
        ("model:\n  decide: [threat]", "the model may not decide 'threat' by itself"),
        ("model:\n  decide: [automated]", "the model may not decide 'automated' by itself"),
        ("model:\n  confirm: [complaint]", "model: confirm is for threat, hate and abuse, not 'complaint'"),
        ("model:\n  confirm_above: 2", "model: confirm_above 2 must be a probability"),
        ("model:\n  take: [complaint]", "model: take is for threat, hate and abuse, not 'complaint'"),
        ("model:\n  take_above: 0", "model: take_above 0 must be a probability"),
        ("model:\n  take_short_above: 1.5", "model: take_short_above 1.5 must be a probability"),
        ("model:\n  take_short_above: {threats: 0.6}", "model: take_short_above names 'threats', which is not a"),
        ("model:\n  take_short_above: {hate: high}", "model: take_short_above hate: 'high' must be a probability"),
        ("model:\n  take_short_cued_above: 0.7", "model: take_short_cued_above 0.7 must give a bar for each category"),
        ("model:\n  take_short_cued_above: {hat: 0.7}", "model: take_short_cued_above names 'hat', which is not a"),
        ("model:\n  take_above: {abuse: 0.35}", "model: take_above names 'abuse', which is not a category"),
        ("model:\n  unmake_above: 0", "model: unmake_above 0 must be a probability above 0 and at most 1"),
        ("model:\n  unmake_above: {hate: 2}", "model: unmake_above hate: 2 must be a probability"),
        ("model:\n  unmake_above: {complaint: 0.7}", "model: unmake_above names 'complaint': it is for the serious"),
        ("model:\n  keep_above: {complaint: 0.7}", "model: keep_above names 'complaint': it is for the serious"),
        ("model:\n  keep_above: 1.5", "model: keep_above 1.5 must be a probability above 0 and at most 1"),
        ("model:\n  keep_against: [threat]", "model: keep_against is for the ordinary categories the rules reach"),
        ("model:\n  keep_against: [complaints]", "model: keep_against names unknown category 'complaints'"),
        ("model:\n  decide_above: {complaint: 0}", "model: decide_above complaint: 0 must be a probability"),
        ("model:\n  alert_above: 0", "model: alert_above 0 must be a probability above 0 and at most 1"),
        ("model:\n  alert_above: {threats: 0.5}", "model: alert_above names 'threats', which is not a category"),
        ("model:\n  alert_above: {threat: yes}", "model: alert_above threat: True must be a probability"),
        ("model:\n  take_short_words: -1", "model: take_short_words -1 must be a whole number of words"),
        ("model:\n  take_short_words: 2.5", "model: take_short_words 2.5 must be a whole number of words"),
        (
            "model:\n  take_from: [threat]",
            "model: take_from is for the ordinary categories the rules reach, not 'threat'",
        ),
        ("model:\n  take_from: [automated]", "not 'automated'"),
        ("model:\n  take_from_above: 1.2", "model: take_from_above 1.2 must be a probability"),
        ("model:\n  take_from_above: {threat: 1.2}", "model: take_from_above threat: 1.2 must be a probability"),
        ("model:\n  overrule: [automated]", "may not overrule the rules with 'automated'"),
        ("model:\n  overrule: [complaints]", "model: overrule names unknown category 'complaints'"),
        ("model:\n  overrule_above: 0", "model: overrule_above 0 must be a probability"),
        ("model:\n  overrule_lead: -1", "model: overrule_lead -1 must be a number, 0 or more"),
        ("model:\n  overrule_lead: yes", "model: overrule_lead True must be a number, 0 or more"),
        ("model:\n  overrule_lead_above: 2", "model: overrule_lead_above 2 must be a probability"),
        ("model:\n  review_short_above: 1.5", "model: review_short_above 1.5 must be a probability from 0 to 1"),
        ("model:\n  take_short_words: 2.5", "model: take_short_words 2.5 must be a whole number of words, 0 or more"),
        ("model:\n  review: [threats]", "model: review names unknown category 'threats'"),
        ("model:\n  colour: blue", "model: unknown field 'colour'"),
    ],
)
def test_bad_model_settings_are_named_with_the_fix(tmp_path, spec, problem):
    with pytest.raises(RulesError) as caught:
        rules_with(tmp_path, spec)
    assert problem in str(caught.value) and "rules.yaml, line" in str(caught.value)
    assert caught.value.fix


def test_explain_shows_the_models_top_categories_and_what_pushed_it(agent, tmp_path):
    message = tmp_path / "m.eml"
    message.write_bytes(mail("I know where you live. Watch yourself.", subject="you"))
    out = agent("classify", "--explain", str(message)).stdout
    assert "learned model: threat " in out
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if "pushed most toward threat:" in line)
    pushed = [line.strip() for line in lines[start + 1 : start + 9]]
    assert len(pushed) == 8 and all(line.startswith("+") for line in pushed)
    assert any("'<you>'" in line or "word 'you'" in line or "live" in line for line in pushed)
    shown = json.loads(agent("classify", "--json", "--explain", str(message)).stdout)
    top = shown["model"]["top"]
    assert top[0][0] == "threat" and len(top) == 3 and top[0][1] >= top[1][1] >= top[2][1]
    assert shown["model"]["pushed_toward"] == "threat"
    assert all(len(entry) == 3 and entry[1] > 0 for entry in shown["model"]["features"])  # feature, push, word


def _script():
    loader = importlib.machinery.SourceFileLoader("train_model", str(ROOT / "scripts" / "train-model"))
    spec = importlib.util.spec_from_loader("train_model", loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_model"] = module
    try:
        loader.exec_module(module)
    finally:
        del sys.modules["train_model"]
    return module


def test_the_committed_weights_are_what_the_training_script_gives():
    """A changed corpus, text preparation, feature or training step without a retrain fails. The weights file records
    a digest of everything they are made of (each example's label and features, and the training code; see
    training_digest in scripts/train-model): training is deterministic (test_training_is_deterministic_...), so the
    same digest gives the same file, and checking it takes seconds where retraining took eight minutes of the
    suite's fifteen. `scripts/train-model --check` retrains in full."""
    script = _script()
    trained_on = json.loads(learned.WEIGHTS_FILE.read_text(encoding="utf-8"))["trained_on"]
    assert trained_on["corpus_sha256"] == script.corpus_digest(script.CORPUS), (
        "the corpus changed since the model was trained: run scripts/train-model"
    )
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    found = script.examples(script.CORPUS, rules, judged=False)
    assert trained_on["training_sha256"] == script.training_digest(found), (
        "what the model is trained from (text preparation, features or training code) changed: run scripts/train-model"
    )


def test_the_training_digest_moves_with_what_the_weights_are_made_of():
    """The digest the weights check reads is not a constant: a label, a word of a text or a feature's value moves it."""
    script = _script()
    found = [script.Example("complaint/a.eml", "complaint", "the bins were not emptied", None)]
    first = script.training_digest(found)
    assert first == script.training_digest(list(found))
    assert script.training_digest([dataclasses.replace(found[0], label="enquiry")]) != first
    assert script.training_digest([dataclasses.replace(found[0], text="the bins were emptied")]) != first
    automatic = script.Example("automated/b.eml", "automated", "out of office", None)
    assert script.training_digest([*found, automatic]) == first  # automatic mail is not trained on


def test_rules_test_scores_with_and_without_the_model(agent, tmp_path):
    folder = tmp_path / "labelled"
    for name in ("complaint", "threat", "enquiry"):
        (folder / name).mkdir(parents=True)
        for path in sorted((ROOT / "tests" / "corpus" / name).glob("*.eml"))[:6]:
            (folder / name / path.name).write_bytes(path.read_bytes())
    rules_with(tmp_path, "model:\n  enabled: false")
    with_model = json.loads(agent("rules", "test", "--json", str(folder)).stdout)
    without = json.loads(agent("rules", "test", "--json", "--without-model", str(folder)).stdout)
    disabled = json.loads(
        agent("rules", "test", "--json", str(folder), env={"RULES_FILE": str(tmp_path / "rules.yaml")}).stdout
    )
    assert without == disabled
    assert with_model["total"] == without["total"] == 18 and "reviewed" in with_model
    shown = agent("rules", "test", str(folder)).stdout
    assert "macro F1" in shown and "sent to the Clerk's review: " in shown


def test_a_reason_names_each_categorys_cue_in_english():
    assert [learned.a_cue(name) for name in ("threat", "hate", "abusive")] == [
        "a threat cue",
        "a hate cue",
        "an abusive cue",
    ]


def test_a_request_the_law_puts_a_clock_on_that_the_model_suspects_goes_to_review():
    """A subject access or FOI request the rules read as an enquiry or a complaint would miss its statutory deadline
    unseen: the shipped rules.yaml lets the model's suspicion of one, at review_above, send the decision to the
    Clerk's review, as a suspected threat is. The category stays as decided; what is already a request, or already
    for review, is left alone."""
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    settings = learned.for_text(rules.model, " ".join(["the figures for the play area this year"] * 4))
    assert {"subject_access", "foi_request"} <= set(settings.review) and settings.review_above == 0.2
    message = parse(mail("hello there"))
    plain = decide(dataclasses.replace(rules, model=None), message, screen(message))
    assert plain.category == "enquiry" and plain.review == ""
    suspected = revise(rules, settings, plain, Opinion((("enquiry", 0.7), ("foi_request", 0.24), ("complaint", 0.06))))
    assert suspected.category == "enquiry"
    assert suspected.review == "the learned model thinks this may be an FOI request (p=0.24)"
    own_data = revise(rules, settings, plain, Opinion((("enquiry", 0.74), ("subject_access", 0.21), ("hate", 0.05))))
    assert own_data.review == "the learned model thinks this may be a subject access request (p=0.21)"
    unsure = Opinion((("enquiry", 0.8), ("foi_request", 0.15), ("complaint", 0.05)))
    assert revise(rules, settings, plain, unsure).review == ""
    request = dataclasses.replace(plain, category="foi_request")
    assert revise(rules, settings, request, Opinion((("foi_request", 0.7), ("enquiry", 0.3)))).review == ""


def test_take_may_have_its_own_bar_for_each_category_in_longer_mail(tmp_path):
    """take_above: {abusive: 0.35}: in mail of take_short_words or more, abuse the model reads first is decided at
    0.35, a threat or hate only at their own bars; in a line or two the short bars still govern, as the higher."""
    rules = rules_with(
        tmp_path,
        "model:\n  take: [threat, hate, abusive]\n  take_above: {threat: 0.5, hate: 0.5, abusive: 0.35}\n"
        "  take_short_words: 30\n  take_short_above: 0.8",
    )
    settings = rules.model
    long = learned.for_text(settings, " ".join(["word"] * 30))
    assert [long.take_above_for(name) for name in ("threat", "hate", "abusive")] == [0.5, 0.5, 0.35]
    short = learned.for_text(settings, "You are a disgrace.")
    assert [short.take_above_for(name) for name in ("threat", "hate", "abusive")] == [0.8, 0.8, 0.8]
    enquiry = Decision("enquiry", "normal", (), (), "no category reached the threshold")
    insult = Opinion((("abusive", 0.4), ("enquiry", 0.35), ("complaint", 0.25)))
    hateful = Opinion((("hate", 0.4), ("enquiry", 0.35), ("complaint", 0.25)))
    taken = revise(rules, long, enquiry, insult)
    assert (taken.category, taken.severity) == ("abusive", rules.category("abusive").severity)
    assert "decided abusive on the learned model alone (p=0.40)" in taken.review
    assert revise(rules, long, enquiry, hateful).category == "enquiry"  # hate keeps 0.5
    assert revise(rules, short, enquiry, insult).category == "enquiry"
    # The whole path: a long insult no rule reads is decided abuse at 0.35 and not at 0.5.
    plain = rules_with(tmp_path, "model:\n  take: [threat, hate, abusive]\n  take_above: 0.5\n  take_short_words: 30")
    assert plain.model.take_above_for("abusive") == 0.5 and plain.model.take_above_of == ()


def test_the_model_unmakes_a_threat_hate_or_abuse_only_at_its_unmake_bar(tmp_path):
    """unmake_above: {hate: 0.65}: the model's first reading overrules a hate the rules decided only when at least
    0.65 sure; short of it, the hate stands and goes to the Clerk's review with both readings. A number is one bar
    for all three; a category it does not name keeps overrule_above."""
    rules = rules_with(
        tmp_path, "model:\n  overrule: [complaint, enquiry, hate]\n  overrule_above: 0.5\n  unmake_above: {hate: 0.65}"
    )
    settings = rules.model
    assert settings.unmake_above_of == (("hate", 0.65),)
    hate = Decision("hate", "high", (), (("hate", 6.0), ("complaint", 5.0)), "hate scored 6 (threshold 2)")
    kept = revise(rules, settings, hate, Opinion((("complaint", 0.6), ("hate", 0.3), ("enquiry", 0.1))))
    assert kept.category == "hate"
    assert (
        kept.review == "the rules read hate, the learned model complaint (p=0.60), short of the 0.65 it needs to"
        " overrule hate"
    )
    unmade = revise(rules, settings, hate, Opinion((("complaint", 0.7), ("hate", 0.2), ("enquiry", 0.1))))
    assert (
        unmade.category == "complaint" and unmade.review == "the rules read hate, the learned model complaint (p=0.70)"
    )
    threat = dataclasses.replace(hate, category="threat", severity="urgent")
    assert revise(rules, settings, threat, Opinion((("complaint", 0.6), ("threat", 0.4)))).category == "complaint"
    sure = revise(rules, settings, hate, Opinion((("hate", 0.6), ("complaint", 0.4))))
    assert sure.category == "hate" and sure.review == ""  # the model agrees: nothing to look at
    every = rules_with(tmp_path, "model:\n  unmake_above: 0.7").model
    assert every.unmake_above_of == (("threat", 0.7), ("hate", 0.7), ("abusive", 0.7))
    assert rules_with(tmp_path, "model:\n  overrule: [complaint]").model.unmake_above_for("hate") == 0.0


def test_a_threat_stands_where_the_model_reads_its_most_alarming_sentence_as_one(tmp_path):
    """keep_above: {threat: 0.7}, keep_against: [complaint]: the model reads a long complaint that ends in a threat as
    a complaint as a whole, and would unmake the rules' threat; where it reads the text's most alarming sentence alone
    as a threat at least 0.7 sure, the threat stands, for the Clerk's review with both readings. A report that quotes a
    threat (the model's abuse_report) is not kept, nor a threat whose sentence the model doubts."""
    rules = rules_with(
        tmp_path,
        "model:\n  overrule: [complaint, abuse_report, threat]\n  overrule_above: 0.5\n"
        "  keep_above: {threat: 0.7}\n  keep_against: [complaint]",
    )
    settings = rules.model
    assert settings.keep_above_of == (("threat", 0.7),) and settings.keep_against == ("complaint",)
    threat = Decision("threat", "urgent", (), (("threat", 3.0), ("complaint", 4.0)), "threat scored 3 (threshold 2)")
    whole = Opinion((("complaint", 0.63), ("threat", 0.21), ("enquiry", 0.16)))
    alarming = Opinion((("threat", 0.78), ("complaint", 0.2), ("enquiry", 0.02)))
    kept = revise(rules, settings, threat, whole, strongest=alarming)
    assert kept.category == "threat" and kept.severity == "urgent"
    assert kept.review == (
        "the rules read threat, the learned model complaint (p=0.63) for the whole message but threat (p=0.78) for its"
        " most alarming sentence"
    )
    doubted = Opinion((("threat", 0.69), ("complaint", 0.31)))
    assert revise(rules, settings, threat, whole, strongest=doubted).category == "complaint"
    assert revise(rules, settings, threat, whole).category == "complaint"  # no sentence read: as before
    report = Opinion((("abuse_report", 0.6), ("threat", 0.3), ("complaint", 0.1)))
    assert revise(rules, settings, threat, report, strongest=alarming).category == "abuse_report"
    hate = dataclasses.replace(threat, category="hate", severity="high")
    assert revise(rules, settings, hate, whole, strongest=Opinion((("hate", 0.9),))).category == "complaint"
    assert rules_with(tmp_path, "model:\n  keep_above: 0.8").model.keep_above_of == (
        ("threat", 0.8),
        ("hate", 0.8),
        ("abusive", 0.8),
    )


def test_a_complaint_that_ends_in_a_threat_stays_a_threat_against_the_models_whole_reading():
    """The whole path, with the shipped rules and weights: the model reads this long complaint as a complaint, and
    the rules' threat in its last lines stands, for review; not where the writer calls it a joke."""
    rules = load_rules(ROOT / "rules.yaml", ROOT / "templates")
    body = (
        "Dear Mrs Pryce,\r\n\r\nI am writing for the fourth time about the drain outside number 14 on Anstey Lane."
        " Every time it rains the water comes up over the pavement and into our front garden, and the gully has not"
        " been cleared since the spring. I reported it in March, in June and again in September, and each time I was"
        " told it had been passed to the county. Nothing has happened. My wife cannot get to the car without wading"
        " through it, and the smell in the summer was awful.\r\n\r\nPlease could someone from the council come"
        " and look at it, and tell me what is being done and when.\r\n\r\nAnd you can tell Councillor Dawson"
        " from me that I know where he parks his car, and if that drain floods my garden again he will be lucky to"
        " walk back to it in one piece.\r\n\r\nRegards,\r\nBrian Walsh\r\n"
    )
    message = parse(mail(body, "The drain on Anstey Lane, again"))
    decision = decide(rules, message, screen(message, frozenset()))
    assert decision.category == "threat", (decision.reason, decision.review, decision.opinion)
    assert "for its most alarming sentence" in decision.review
    # ... unless the writer says it was a joke (rules.yaml's `jest` cues): the whole text's complaint stands
    joking = body.replace("Regards,", "Seriously though, please just clear the drain.\r\n\r\nRegards,")
    message = parse(mail(joking, "The drain on Anstey Lane, again"))
    assert decide(rules, message, screen(message, frozenset())).category == "complaint"
