"""How threats, hate, abuse and complaints are said, one short sentence per form, with the look-alikes that are not
them. These sentences are written for the forms, not taken from the corpus: a rule that passes them has learned
the shape of what is said, which is what must hold on mail nobody here wrote."""

from __future__ import annotations

from collections import defaultdict

import pytest

from conftest import ROOT
from inbox_agent.normalise import parse
from inbox_agent.rules import decide, load_rules
from inbox_agent.screen import screen

RULES = load_rules(ROOT / "rules.yaml", ROOT / "templates")
RESULTS: dict[str, list[bool]] = defaultdict(list)


def decision(text: str, subject: str = "hello"):
    raw = f"From: Resident <resident@example.org>\r\nSubject: {subject}\r\nMessage-ID: <t@example.org>\r\n\r\n{text}\r\n"
    message = parse(raw.encode("utf-8"))
    return decide(RULES, message, screen(message))


def check(text: str, expected: str, family: str) -> None:
    got = decision(text)
    RESULTS[family].append(got.category == expected)
    assert got.category == expected, f"{text!r}: {got.category} ({got.reason}; {[(h.rule, h.matched) for h in got.hits]})"


THREATS = [
    # intent + harm + target, any order and register
    "I swear I'll deck him if he comes near me again",
    "someone's going to sort that clerk out",
    "i am going to punch the chairman next time I see him",
    "Frankly I would happily strangle Cllr Dawson",
    "ill batter u",
    "im gonna smash ur face in m8",
    "my lads will give him a kicking... sorry, my lads will kick his head in",
    "The clerk deserves a good slap.",
    "You're going to get hurt if this goes through.",
    "Cllr Moss should be shot for this.",
    "kill yourself",
    # conditional and fatalistic menace
    "You'll find out what happens to people who cross me.",
    "It'd be a pity if the new bench got damaged.",
    "Accidents happen, you know.",
    "Would hate for anything to happen to your car.",
    "something bad will happen to you",
    "You have been warned.",
    "watch ur back",
    "this is your last warning",
    "Nice house you've got there.",
    "You'll regret this.",
    # where people live or park, turning up at homes
    "I know where you live.",
    "i no where u live",
    "We know which car you drive and where you park it.",
    "I've been watching your house.",
    "I'll be round your house tonight.",
    "Expect a visit.",
    "I will pay the clerk a visit at home.",
    # property, fire
    "I'll burn the pavilion down.",
    "We will torch the hall if you approve this.",
    "someone will smash up your car",
    "petrol through your letterbox",
    # weapons
    "I've got a shotgun and I'm not afraid to use it.",
    "There's a bullet with your name on it.",
    "i'll bring my knife for you",
    # lower case, no punctuation, text-speak
    "ur dead",
    "u will get what's coming to u",
    "wait till i get my hands on him",
]

NOT_THREATS = [
    ("Someone will get killed on that bend if nothing is done.", "complaint"),
    ("That junction is dangerous, somebody is going to get hurt.", "complaint"),
    ("My neighbour said he'd burn it down, what should I do?", "enquiry"),
    ("He said he will kill the dog if it barks again, can the council help?", "enquiry"),
    ("I'll shoot you an email with the details tomorrow.", "enquiry"),
    ("We will cut the hedge back before the bird nesting season.", "enquiry"),
    ("I'll pop round to the office with the form on Monday.", "enquiry"),
    ("Can you tell me where the hall keys are kept?", "enquiry"),
    ("Accidents happen on that corner every week.", "complaint"),
    ("The kids were playing with a cricket bat near the swings.", "enquiry"),
    ("I'm dying to know when the fete is.", "enquiry"),
    ("I will find you the minutes from last year.", "enquiry"),
]

HATE = [
    # derogation and dehumanisation, statements, questions and opinions
    "Immigrants are vermin.",
    "travellers r scum",
    "Muslims are all terrorists.",
    "In my opinion women are too emotional to run a council.",
    "Why are gypsies always so dirty?",
    "Trans people are mentally ill.",
    "disabled people are a burden on the rest of us",
    "Gays are disgusting.",
    "filthy pikeys",
    "Refugees are parasites and nothing else.",
    # "I hate" and calls for harm
    "I hate Muslims.",
    "I really can't stand foreigners.",
    "Honestly asylum seekers make me sick.",
    "All the travellers should be shot.",
    "Gas the jews.",
    # exclusion
    "Gay people should not be allowed to use the hall.",
    "We don't want a Muslim councillor.",
    "Get rid of the immigrants.",
    "Send them back where they came from, these refugees.",
    "There is no place for a woman on the council.",
    # stereotypes
    "Immigrants steal our jobs and our houses.",
    "the travellers will rob everything",
    # pronoun reference
    "A trans woman spoke at the meeting. They are freaks.",
    "Those muslim families moved in next door. They should be banned from the village.",
    # slurs, plain and obfuscated
    "We don't want a paki on the council.",
    "p@ki",
    "f a g g o t s everywhere",
    "tr4nnies should keep out of our hall",
]

NOT_HATE = [
    ("I don't hate Muslims, I just disagree with the mosque's parking plan.", "enquiry"),
    ("Immigrants are not vermin and it is wrong to say so.", "enquiry"),
    ("Saying that gypsies are thieves is racist.", "enquiry"),
    ("It's a myth that refugees are a burden.", "enquiry"),
    ("As a queer woman I'd like to help with the Pride picnic.", "enquiry"),
    ("The travellers' liaison officer will attend the next meeting.", "enquiry"),
    ("Women make brilliant councillors.", "enquiry"),
    ("Can the hall be booked for a Muslim wedding?", "enquiry"),
    ("Is the Gypsy and Traveller site consultation still open?", "enquiry"),
    ("Disabled people need a ramp at the pavilion.", "enquiry"),
    ("Someone called me a paki in the car park, I want to report it.", "abuse_report"),
    ("Someone posted that immigrants are vermin on the village page.", "abuse_report"),
    ("I hate paedophiles.", "enquiry"),
    ("Fuck, what a week.", "enquiry"),
]

ABUSE = [
    "You are a complete idiot.",
    "u r a useless twat",
    "your a stupid cow",
    "The clerk is an absolute moron.",
    "Cllr Price is a lying toad and a liar.",
    "What an idiot you are.",
    "Fuck off.",
    "go fuck yourself",
    "Shut your mouth.",
    "You lot are a bunch of clowns.",
    "you make me sick",
    "Nobody likes you.",
    "I will keep emailing you every day until you resign.",
    "I'll make your life hell.",
    "I'll post your address online.",
    "y0u are a usele55 1d10t",
    "idiot clerk",
]

NOT_ABUSE = [
    ("The bloody potholes on Mill Lane are still there.", "complaint"),
    ("The fucking bins haven't been emptied for three weeks.", "complaint"),
    ("Someone posted that the clerk is an idiot, please take it down.", "abuse_report"),
    ("What a load of rubbish was left by the bus stop.", "enquiry"),
    ("I will keep chasing this until it is fixed.", "enquiry"),
]

COMPLAINTS = [
    "I am really unhappy it has been left like this, please can someone sort it out.",
    "This was reported before and nothing was done, which is very disappointing.",
    "I have reported the street light three times and it is still not working.",
    "how many times do i have to ask for the hedge to be cut",
    "Nothing has been done about the flooding on Station Road.",
    "That footpath is an accident waiting to happen.",
    "The decision to close the toilets is a waste of money.",
    "i still havent had a reply and its been weeks now",
    "We are very frustrated that the play area is still closed.",
    "Poor service from the council yet again.",
]

NOT_COMPLAINTS = [
    ("Please can someone let me know when the bins are collected?", "enquiry"),
    ("Could you send me the minutes of the last meeting?", "enquiry"),
    ("Thank you for fixing the street light so quickly.", "enquiry"),
]


@pytest.mark.parametrize("text", THREATS)
def test_threats_are_caught_in_their_many_forms(text):
    check(text, "threat", "threat")


@pytest.mark.parametrize("text, expected", NOT_THREATS)
def test_danger_talk_reported_threats_and_ordinary_words_are_not_threats(text, expected):
    check(text, expected, "not threat")


@pytest.mark.parametrize("text", HATE)
def test_hate_is_caught_in_its_many_forms(text):
    check(text, "hate", "hate")


@pytest.mark.parametrize("text, expected", NOT_HATE)
def test_negation_counter_speech_reclaiming_and_mentions_are_not_hate(text, expected):
    check(text, expected, "not hate")


@pytest.mark.parametrize("text", ABUSE)
def test_abuse_aimed_at_people_is_caught(text):
    check(text, "abusive", "abusive")


@pytest.mark.parametrize("text, expected", NOT_ABUSE)
def test_swearing_about_things_and_reported_insults_are_not_abuse(text, expected):
    check(text, expected, "not abusive")


@pytest.mark.parametrize("text", COMPLAINTS)
def test_complaints_are_caught_without_the_word_complaint(text):
    check(text, "complaint", "complaint")


@pytest.mark.parametrize("text, expected", NOT_COMPLAINTS)
def test_questions_and_thanks_are_not_complaints(text, expected):
    check(text, expected, "not complaint")


@pytest.mark.parametrize("text, category", [
    ("My mate reckons he'd kill for a pint.", "threat"),
    ("The pensioners were shouted at by a drunk and called scum.", "hate"),
    ("what a bunch of idiots run this place", "abusive"),
])
def test_weak_cues_stay_below_the_threshold_but_show_in_the_scores(text, category):
    got = decision(text)
    scores = dict(got.scores)
    assert got.category not in ("threat", "hate", "abusive")
    assert 0 < scores.get(category, 0) < RULES.threshold, got.scores


def test_a_near_hit_shows_the_words_it_joined():
    got = decision("I swear down I will deck him")
    hit = next(h for h in got.hits if h.rule == "threat.intent-to-harm")
    assert hit.matched == "i swear down i will deck him"
