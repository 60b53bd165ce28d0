"""How threats, hate, abuse and complaints are said, one short sentence per form, with the look-alikes that are not
them. These sentences are written for the forms, not taken from the corpus: a rule that passes them has learned
the shape of what is said, which is what must hold on mail nobody here wrote."""

from __future__ import annotations

from collections import defaultdict

import pytest
from conftest import ROOT

from inbox_agent.core.normalise import parse
from inbox_agent.core.rules import decide, load_rules
from inbox_agent.core.screen import screen

RULES = load_rules(ROOT / "rules.yaml", ROOT / "templates")
RESULTS: dict[str, list[bool]] = defaultdict(list)


def decision(text: str, subject: str = "hello"):
    raw = (
        f"From: Resident <resident@example.org>\r\nSubject: {subject}\r\nMessage-ID: <t@example.org>\r\n\r\n{text}\r\n"
    )
    message = parse(raw.encode("utf-8"))
    return decide(RULES, message, screen(message))


def check(text: str, expected: str, family: str) -> None:
    got = decision(text)
    RESULTS[family].append(got.category == expected)
    assert got.category == expected, (
        f"{text!r}: {got.category} ({got.reason}; {[(h.rule, h.matched) for h in got.hits]})"
    )


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
    "Shame if anybody's van went missing from outside the office.",
    "wud be a shame if summat happened to ur car innit",
    "I'm coming over to the clerk's house tonight and we will settle this.",
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
    # the forms of public threat test suites, in council mail
    "I'm going to find you and hurt you.",
    "You better watch out.",
    "You won't live to see next week.",
    "Your family will pay for this.",
    "I'll rip your head off.",
    "I hope someone shoots you.",
    "Go die in a fire.",
    "I'm coming for you.",
    "I'm going to beat the crap out of you.",
    "I'd love to put my fist through your face.",
    "I will cut you.",
    "I'll break every bone in your body.",
    "I'll hunt you down.",
    "I'll get you for this.",
    "one of these days someone is going to give that clerk what she deserves",
    "i will come to the next meeting and sort the lot of you out",
    "Don't be surprised if your windows get broken.",
    "Your car would look better on fire.",
    "I'd keep an eye on that pavilion if I were you.",
    "keep this up and you'll be sorry",
    "Pray you never meet me in a dark alley.",
    "The chairman had better watch himself.",
    "I want him dead.",
    "if the hall is closed ill burn it down",
    "Cross me again and see what happens.",
    "You don't know who you're dealing with.",
    "I could easily find out where you live.",
    "It would be a shame if your dog went missing.",
    # promised consequences, watching, ultimatums
    "Do that again and he'll be leaving the meeting in an ambulance.",
    "I've been watching you leave the office every night. Drop the objection.",
    "There is a device in the pavilion.",
    "The first person who touches my hedge will have an accident that he won't forget, I promise you.",
    "i'll put it through your office window",
    # dialect, terse one-liners, emoji and disguised spellings
    "you'd best watch it",
    "summat'll happen to yer",
    "Tick tock.",
    "🔪🔪 cllr smith",
    "i will k!ll you",
    "I will ki\u200bll you",
    "I will kïll you",
    "THERE WILL BE CONSEQUENCES FOR YOU PERSONALLY",
    "I will kill any immigrants that come near me.",
]

NOT_THREATS = [
    ("Someone will get killed on that bend if nothing is done.", "complaint"),
    ("That junction is dangerous, somebody is going to get hurt.", "complaint"),
    (
        "My neighbour said he'd burn it down, what should I do?",
        "abuse_report",
    ),  # a reported threat: a case as a report, no alert
    ("He said he will kill the dog if it barks again, can the council help?", "enquiry"),
    ("I'll shoot you an email with the details tomorrow.", "enquiry"),
    ("We will cut the hedge back before the bird nesting season.", "enquiry"),
    ("I'll pop round to the office with the form on Monday.", "enquiry"),
    ("I'm coming over to the hall on Saturday to help set up the tables.", "enquiry"),
    ("It would be a shame if someone got hurt on the swings, the chains are rusted through.", "complaint"),
    ("Can you tell me where the hall keys are kept?", "enquiry"),
    ("Accidents happen on that corner every week.", "complaint"),
    ("The kids were playing with a cricket bat near the swings.", "enquiry"),
    ("I'm dying to know when the fete is.", "enquiry"),
    ("I will find you the minutes from last year.", "enquiry"),
    ("The new bypass will kill the village shops.", "enquiry"),
    ("I could murder a cup of tea.", "enquiry"),
    ("We need to kill off this silly idea.", "enquiry"),
    ("Kill the lights when you leave the pavilion please.", "enquiry"),
    ("I'm going to knock on doors to get signatures for the petition.", "enquiry"),
    ("We will beat them next year at the quiz.", "enquiry"),
    ("You will regret missing the fete, it was great!", "enquiry"),
    ("Be careful on the stairs in the hall.", "enquiry"),
    ("Don't be afraid to ask for help with the form.", "enquiry"),
    ("I'll get him to call you back.", "enquiry"),
    ("I will cut you a key for the pavilion.", "enquiry"),
    ("Could you permanently close the gate please, thank you.", "enquiry"),
    ("I will be at the bonfire night with the kids, see you there.", "enquiry"),
    ("The meeting won't start until you arrive.", "enquiry"),
    ("I've seen your post on Facebook and I will reply later.", "enquiry"),
    ("You'll be sorry to hear the fete is cancelled.", "enquiry"),
    ("I'll be waiting at the hall door for the delivery tomorrow.", "enquiry"),
    ("I have nothing to lose by asking you again.", "enquiry"),
    ("I will bring your children's forms to the school gate.", "enquiry"),
    ("Someone is calling the office about the hall keys.", "enquiry"),
    ("The fete was 🔥 thank you all", "enquiry"),
    ("There will be consequences at the ballot box in May.", "enquiry"),
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
    "What a pathetic little man you are.",
    "Cllr Hughes is a two-faced snake.",
    "Are you stupid or just lazy?",
    "Shove your precept up your arse.",
    "Stick your consultation where the sun don't shine.",
    "You sad excuse for a councillor.",
    "go and get a proper job you parasites",
    "Mrs Jenkins is a nasty old witch.",
    "Eat shit, clerk.",
    "Nobody voted for you, you clown.",
]

NOT_ABUSE = [
    ("The bloody potholes on Mill Lane are still there.", "complaint"),
    ("The fucking bins haven't been emptied for three weeks.", "complaint"),
    ("Someone posted that the clerk is an idiot, please take it down.", "abuse_report"),
    ("What a load of rubbish was left by the bus stop.", "enquiry"),
    ("I will keep chasing this until it is fixed.", "enquiry"),
    ("What the hell is going on with the bins?", "complaint"),
    ("This policy is idiotic.", "enquiry"),
    ("The idiot who parked on the verge has gone.", "enquiry"),
    ("I'm such an idiot, I forgot to attach the form.", "enquiry"),
    ("Drop dead gorgeous flowers at the memorial, thank you.", "enquiry"),
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
    "It's been three weeks and the bins still haven't been collected.",
    "I've rung four times about the dog bin and no one has bothered to reply.",
    "Why does nobody ever answer the phone at the office?",
    "Frankly I expected better from the council.",
    "The lights at the park have been broken since October, sort it out please.",
    "This is the third time I've written about the hedge on Mill Lane.",
    "Your contractor left the verge in a right state.",
    "The footpath is a disgrace and someone is going to break an ankle.",
    "The council is useless and the clerk is clearly out of her depth.",
    "I will fight this decision all the way.",
    "The councillors responsible should be sacked.",
    "Someone is going to get killed on that junction, you mark my words.",
    "It's a death trap and one day a child will die there.",
]

NOT_COMPLAINTS = [
    ("Please can someone let me know when the bins are collected?", "enquiry"),
    ("Could you send me the minutes of the last meeting?", "enquiry"),
    ("Thank you for fixing the street light so quickly.", "enquiry"),
]


# Functional tests in the manner of public hate-speech suites: each form with each target group.
IDENTITIES = [
    ("women", "woman"),
    ("trans people", "trans person"),
    ("gay people", "gay person"),
    ("black people", "black person"),
    ("disabled people", "disabled person"),
    ("Muslims", "Muslim"),
    ("immigrants", "immigrant"),
    ("travellers", "traveller"),
    ("asylum seekers", "asylum seeker"),
]
HATEFUL_FORMS = [
    "I hate {g}.",
    "I despise {g}.",
    "{G} disgust me.",
    "{G} are disgusting.",
    "All {g} are vile.",
    "{G} are repulsive.",
    "{G} are scum.",
    "{G} are nothing but vermin.",
    "{G} are a plague on society.",
    "{G} belong in a zoo.",
    "{G} are a lesser species.",
    "I am going to shoot the next {o} I see.",
    "{G} should all be killed.",
    "We should get rid of {g} once and for all.",
    "Fucking {g}.",
    "{G} are shit.",
    "I have met many {g} and I hate every single one of them.",
    "{G} think they're special. I hate them.",
    "{G} lives do not matter.",
    "{G} don't deserve to live.",
    "I don't respect {g}.",
    "Why is it that all {g} are repulsive?",
    "Why are {g} so lazy?",
    "I think that {g} should all be killed.",
    "I haet {g}.",
    "{G} are a cancr.",
    "I h a t e {g}.",
    "{G} are disgustin.",
    "No {o} should ever be allowed on the council.",
    "Keep {g} out of our village.",
    "{G} aren't welcome here.",
]
NOT_HATEFUL_FORMS = [
    "I don't hate {g}.",
    "No {o} deserves to die.",
    "We shouldn't let {g} suffer.",
    "We are a group of {g}.",
    "I live with two {g}.",
    "I love {g}.",
    "{G} are great.",
    "Statements like '{g} are scum' are deeply hurtful.",
    "Statements like {g} are scum are deeply hurtful.",
    "You have to stop calling {g} disgusting.",
    "I lost all respect for you when you said {g} are scum.",
    "Saying {g} are parasites is just wrong.",
    "{G} are not vermin.",
    "It is wrong to say {g} should be banned.",
    "Are there any events for {g} at the hall?",
    "{G} deserve respect.",
]


def _form(template: str, group: str, one: str) -> str:
    article = "an " if one[0] in "aeiouAEIOU" else "a "
    return (
        template.replace("{g}", group)
        .replace("{G}", group[0].upper() + group[1:])
        .replace("{o}", one)
        .replace("{a}", article)
    )


@pytest.mark.parametrize("template", HATEFUL_FORMS)
@pytest.mark.parametrize("group, one", IDENTITIES)
def test_hateful_forms_against_every_group(template, group, one):
    text = _form(template, group, one)
    got = decision(text)
    RESULTS["hate (functional)"].append(got.category in ("hate", "threat"))
    assert got.category in ("hate", "threat"), f"{text!r}: {got.category} {[(h.rule, h.matched) for h in got.hits]}"


@pytest.mark.parametrize("template", NOT_HATEFUL_FORMS)
@pytest.mark.parametrize("group, one", IDENTITIES)
def test_contrasting_forms_are_not_hate(template, group, one):
    text = _form(template, group, one)
    got = decision(text)
    RESULTS["not hate (functional)"].append(got.category not in ("hate", "threat", "abusive"))
    assert got.category not in ("hate", "threat", "abusive"), (
        f"{text!r}: {got.category} {[(h.rule, h.matched) for h in got.hits]}"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I really can't stand cauliflower.",
        "All cocktails like these are vile.",
        "Artists are parasites to our society.",
        "Death to all capitalists.",
        "Fuck yeah!",
        "Shit, I forgot to attach the form.",
        "The women at the desk were lovely.",
        "The travellers left the field in a mess, can it be cleaned?",
        "I had this queer feeling.",
        "We are queer and proud.",
        "Travellers have set up on the green again, please can the council move them on?",
    ],
)
def test_abuse_of_things_and_non_protected_groups_is_not_hate(text):
    assert decision(text).category not in ("hate", "threat", "abusive")


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


@pytest.mark.parametrize(
    "text, category",
    [
        ("My mate reckons he'd kill for a pint.", "threat"),
        ("The pensioners were shouted at by a drunk and called scum.", "hate"),
        ("what a bunch of idiots run this place", "abusive"),
    ],
)
def test_weak_cues_stay_below_the_threshold_but_show_in_the_scores(text, category):
    got = decision(text)
    scores = dict(got.scores)
    assert got.category not in ("threat", "hate", "abusive")
    assert 0 < scores.get(category, 0) < RULES.threshold, got.scores


def test_a_near_hit_shows_the_words_it_joined():
    got = decision("I swear down I will deck him")
    hit = next(h for h in got.hits if h.rule == "threat.intent-to-harm")
    assert hit.matched == "i swear down i will deck him"


def test_blame_disclaimed_for_a_danger_is_no_menace_but_harm_said_to_fall_elsewhere_is():
    """ "Somebody is going to get hurt, and it won't be my fault" disclaims blame for a danger; "... and it won't be
    me" says who will do the hurting."""
    disclaimed = decision("Somebody is going to get hurt on that lane, and it won't be my fault when they do.")
    assert "threat.menace" not in {h.rule for h in disclaimed.hits}
    menace = decision("Keep pushing me on this and somebody will get hurt, and it won't be me.")
    assert "threat.menace" in {h.rule for h in menace.hits} and menace.category == "threat"
