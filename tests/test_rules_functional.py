"""Functional tests of the shipped rules: short cases per functionality, in registers the corpus does not use
(formal letters, dialect, dictated text without punctuation, capitals, terse one-liners, emoji, disguised spellings).

Written fresh, in the manner of HateCheck, so that a rule change is checked against how things are said in general
rather than against the corpus's own sentences. Each case names its functionality; `python -m tests.test_rules_functional`
is not needed: `pytest -q tests/test_rules_functional.py -rA` lists every case by functionality.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from inbox_agent.normalise import parse
from inbox_agent.rules import decide, load_rules
from inbox_agent.screen import screen

RULES = load_rules(ROOT / "rules.yaml")
SERIOUS = {"threat", "hate", "abusive"}

# (functionality, text, expected): expected is a category, or "not-serious" (anything but threat, hate, abusive).
CASES: list[tuple[str, str, str]] = [
    # --- threats: intent + harm + target, any order and register ---------------------------------------------
    ("threat.intent-harm-target", "I swear down I'll batter that clerk", "threat"),
    ("threat.intent-harm-target", "that councillor is getting a slap from me next time I see him", "threat"),
    ("threat.intent-harm-target", "i am going to hurt you", "threat"),
    ("threat.intent-harm-target", "I WILL PUNCH YOUR LIGHTS OUT", "threat"),
    ("threat.intent-harm-target", "cllr jones is going to get his head kicked in", "threat"),
    ("threat.intent-harm-target", "Be advised that I intend to cause you physical harm.", "threat"),
    ("threat.intent-harm-target", "im gonna smash ur face in m8", "threat"),
    ("threat.intent-harm-target", "I'll k1ll you", "threat"),
    ("threat.intent-harm-target", "next time i see the chairman i'll knock him out", "threat"),
    ("threat.intent-harm-target", "I will str@ngle you", "threat"),
    ("threat.someone-should", "Someone should give that clerk a good hiding.", "threat"),
    ("threat.someone-should", "somebody ought to shut that councillor up for good", "threat"),
    ("threat.someone-should", "someone needs to stab the lot of you", "threat"),
    ("threat.someone-should", "Someone's going to sort that clerk out.", "threat"),
    ("threat.weapon", "I'll be bringing a knife to the next meeting.", "threat"),
    ("threat.weapon", "i will bring my shotgun to tuesdays meeting", "threat"),
    ("threat.weapon", "Next meeting I'm coming armed.", "threat"),
    ("threat.weapon", "I keep a machete by the door for people like you", "threat"),
    ("threat.weapon", "🔪🔪 see you at the hall 🔪", "threat"),
    ("threat.property", "The new bench will get smashed up if it goes there.", "threat"),
    ("threat.property", "i will put every window in that hall through", "threat"),
    ("threat.property", "your car will get keyed tonight", "threat"),
    ("threat.property", "I will burn the pavilion down", "threat"),
    ("threat.property", "Shame if the village hall caught fire.", "threat"),
    ("threat.property", "A can of petrol and a match will sort that pavilion out.", "threat"),
    ("threat.property", "i'll torch ur van", "threat"),
    ("threat.property", "Your windows will go in one night.", "threat"),
    ("threat.conditional", "If you approve this then you will get what is coming to you.", "threat"),
    ("threat.conditional", "Pass that plan and you'll regret it.", "threat"),
    ("threat.conditional", "If that fence goes up, so does your house.", "threat"),
    ("threat.conditional", "you'll regret this", "threat"),
    ("threat.conditional", "You will regret the day you crossed me.", "threat"),
    ("threat.veiled", "Watch yourself.", "threat"),
    ("threat.veiled", "I know which house is yours.", "threat"),
    ("threat.veiled", "I'll be waiting.", "threat"),
    ("threat.veiled", "I know where you park your car.", "threat"),
    ("threat.veiled", "nice family you have, be a shame if something happened to them", "threat"),
    ("threat.veiled", "Accidents happen, Clerk.", "threat"),
    ("threat.veiled", "I'll be round yours tonight.", "threat"),
    ("threat.veiled", "We know where your kids go to school.", "threat"),
    ("threat.veiled", "you'll find out what happens to people who cross me", "threat"),
    ("threat.veiled", "Keep looking over your shoulder.", "threat"),
    ("threat.veiled", "I'll be outside your house when you get home", "threat"),
    ("threat.fire", "i'll put petrol through your letterbox", "threat"),
    ("threat.fire", "Your house would burn nicely.", "threat"),
    ("threat.fire", "I'm going to burn the hall to the ground", "threat"),
    ("threat.fire", "one match and that office is gone", "threat"),
    ("threat.textspeak", "ur dead m8", "threat"),
    ("threat.textspeak", "gna slap u wen i see u", "threat"),
    ("threat.textspeak", "i no where u live", "threat"),
    # not threats
    ("threat.not-danger-talk", "Someone will get killed on that bend before you do anything.", "complaint"),
    ("threat.not-danger-talk", "A child is going to be run over outside the school, it is dangerous.", "complaint"),
    ("threat.not-reported", "My neighbour said he would burn the hall down, I thought you should know.", "not-serious"),
    ("threat.not-reported", "He told me he'd kill the clerk. I am frightened and reporting it.", "not-serious"),
    ("threat.not-idiom", "I could kill for a cup of tea after that meeting.", "not-serious"),
    ("threat.not-idiom", "The hedge trimmer is killing my ears, please could it be done earlier?", "not-serious"),
    ("threat.not-idiom", "The quiz night was a smash hit, thank you.", "not-serious"),
    ("threat.not-idiom", "We will bring a knife and fork for the harvest supper.", "not-serious"),
    ("threat.not-negated", "I would never hurt anyone, I just want the lights fixed.", "not-serious"),
    ("threat.not-idiom", "The bonfire will be lit at 7pm on the green, please bring sparklers.", "not-serious"),
    # --- hate --------------------------------------------------------------------------------------------------
    ("hate.hate-verb", "I hate Muslims.", "hate"),
    ("hate.hate-verb", "i cant stand gypsies", "hate"),
    ("hate.hate-verb", "Honestly I despise gay people.", "hate"),
    ("hate.hate-verb", "I HATE IMMIGRANTS", "hate"),
    ("hate.hate-verb", "i really hate jews", "hate"),
    ("hate.dehumanise", "Travellers are vermin.", "hate"),
    ("hate.dehumanise", "asylum seekers are rats", "hate"),
    ("hate.dehumanise", "Disabled people are a burden on the village.", "hate"),
    ("hate.dehumanise", "Those migrants are nothing but animals", "hate"),
    ("hate.dehumanise", "Trans people are freaks.", "hate"),
    ("hate.exclusion", "Travellers should not be allowed to use the hall.", "hate"),
    ("hate.exclusion", "No more muslims in this village.", "hate"),
    ("hate.exclusion", "We don't want Gypsies on the playing field.", "hate"),
    ("hate.exclusion", "Immigrants should be kept out of the allotments.", "hate"),
    ("hate.exclusion", "women should not be on the parish council", "hate"),
    ("hate.harm-call", "Asylum seekers should be shot.", "hate"),
    ("hate.harm-call", "Someone should burn the mosque down.", "threat"),  # a call to burn: the threat alert wins
    ("hate.stereotype", "Why are all travellers thieves?", "hate"),
    ("hate.stereotype", "In my opinion immigrants are lazy and dirty.", "hate"),
    ("hate.stereotype", "Typical woman, can't make a decision.", "hate"),
    ("hate.stereotype", "Isn't it true that gypsies steal everything?", "hate"),
    ("hate.slur", "Get those p4kis off the green.", "hate"),
    ("hate.slur", "the pikeys are back on the rec", "hate"),
    ("hate.slur", "no more f@ggots running the council", "hate"),
    # not hate
    ("hate.not-negated", "I don't hate Muslims, I just want the car park fixed.", "not-serious"),
    ("hate.not-counter", "Saying travellers are vermin is racist and the council should say so.", "not-serious"),
    ("hate.not-counter", "It is wrong to say immigrants are lazy.", "not-serious"),
    ("hate.not-neutral", "The Muslim community would like to book the hall for Eid.", "not-serious"),
    ("hate.not-neutral", "Are there any grants for disabled people to adapt their homes?", "not-serious"),
    ("hate.not-neutral", "I love the Polish shop on the corner.", "not-serious"),
    ("hate.not-reclaimed", "As a gay man I would like the council to fly the pride flag.", "not-serious"),
    ("hate.not-neutral", "Travellers have arrived on the field, who do I contact?", "not-serious"),
    # --- abuse -------------------------------------------------------------------------------------------------
    ("abuse.second-person", "You are a useless waste of space.", "abusive"),
    ("abuse.second-person", "you absolute clown", "abusive"),
    ("abuse.second-person", "YOU ARE AN IDIOT", "abusive"),
    ("abuse.second-person", "ur a joke mate a complete muppet", "abusive"),
    ("abuse.second-person", "Frankly, you are a pompous little man.", "abusive"),
    ("abuse.second-person", "You stupid woman.", "abusive"),
    ("abuse.second-person", "You lot are a bunch of crooks and liars.", "abusive"),
    ("abuse.clerk", "The clerk is a lazy cow.", "abusive"),
    ("abuse.clerk", "your clerk is thick as pig shit", "abusive"),
    ("abuse.clerk", "The Clerk is an incompetent fool who should not be allowed near a keyboard.", "abusive"),
    ("abuse.councillor", "Cllr Patel is a corrupt liar.", "abusive"),
    ("abuse.councillor", "councillor smith is a complete tw@t", "abusive"),
    ("abuse.councillor", "Your councillors are brainless sheep.", "abusive"),
    ("abuse.profanity", "f off and die", "abusive"),
    ("abuse.profanity", "Go fuck yourselves.", "abusive"),
    ("abuse.profanity", "shove your precept up your arse", "abusive"),
    ("abuse.harassment", "I will keep emailing you every day until you resign.", "abusive"),
    ("abuse.harassment", "I'll ring the office every hour until someone answers me.", "abusive"),
    # not abuse
    ("abuse.not-things", "The bloody potholes on Mill Lane are still not fixed.", "complaint"),
    ("abuse.not-things", "this fucking streetlight has been out for three weeks", "complaint"),
    ("abuse.not-criticism", "I think the decision to close the toilets was a poor one and I am disappointed.", "complaint"),
    ("abuse.not-self", "I feel like an idiot for asking, but when is bin day?", "not-serious"),
    # --- reports of abuse ------------------------------------------------------------------------------------
    ("report.posted", "Someone posted horrible things about Cllr Brown on the village Facebook group.", "abuse_report"),
    ("report.posted", "A man wrote on the community page that the clerk should be sacked and called her a witch.", "abuse_report"),
    ("report.posted", "somebody has put racist comments under the council's post about the fete", "abuse_report"),
    ("report.want-to-report", "I want to report abusive messages I have received from another resident.", "abuse_report"),
    ("report.want-to-report", "I wish to report a neighbour who keeps shouting abuse at my elderly mother.", "abuse_report"),
    ("report.screenshot", "Please see the attached screenshots of what is being said about the chair online.", "abuse_report"),
    ("report.said-about", "A lad at the bus stop said some vile things about the Polish family at number 4.", "abuse_report"),
    ("report.said-about", "My neighbour said he would burn the hall down, I thought you should know.", "abuse_report"),
    ("report.graffiti", "Someone has sprayed a swastika on the bus shelter.", "abuse_report"),
    ("report.threatened", "The caretaker was threatened by a man in the car park last night.", "abuse_report"),
    # --- complaints without the word ---------------------------------------------------------------------------
    ("complaint.no-word", "I am really unhappy it has been left like this, please can someone sort it out.", "complaint"),
    ("complaint.no-word", "This was reported before and nothing was done, which is very disappointing.", "complaint"),
    ("complaint.no-word", "the streetlight on church lane is still out, 3rd time ive emailed", "complaint"),
    ("complaint.no-word", "Dear Sir, I write to express my dissatisfaction with the state of the playing field.", "complaint"),
    ("complaint.no-word", "Why has the grass on the green not been cut for six weeks?", "complaint"),
    ("complaint.no-word", "The dog bin by the school is overflowing again. Please empty it.", "complaint"),
    ("complaint.no-word", "I reported the broken swing a month ago and it is still broken.", "complaint"),
    ("complaint.no-word", "We were promised the footpath would be repaired by March. It has not been.", "complaint"),
    ("complaint.no-word", "Not happy at all with how the hall booking was handled.", "complaint"),
    ("complaint.no-word", "Nobody has got back to me about the flooding on Station Road.", "complaint"),
    # --- second round: the same functionalities in harder registers ------------------------------------------
    ("threat.intent-harm-target", "Mark my words, I will make that clerk bleed.", "threat"),
    ("threat.intent-harm-target", "if i ever see cllr harris again ill break his legs", "threat"),
    ("threat.intent-harm-target", "I am going to find you and I am going to hurt you", "threat"),
    ("threat.intent-harm-target", "I will end you.", "threat"),
    ("threat.intent-harm-target", "ILL RIP YOUR HEAD OFF", "threat"),
    ("threat.intent-harm-target", "You are going to get a proper kicking pal", "threat"),
    ("threat.intent-harm-target", "i wil h*rt u", "threat"),
    ("threat.intent-harm-target", "the chair wants a bullet", "threat"),
    ("threat.intent-harm-target", "I'll have you 👊", "threat"),
    ("threat.someone-should", "Somebody needs to take the clerk out.", "threat"),
    ("threat.someone-should", "Somebody should put the chairman in hospital.", "threat"),
    ("threat.weapon", "Bring a bat to the AGM lads, time to sort them out.", "threat"),
    ("threat.weapon", "my shotgun is loaded and ready", "threat"),
    ("threat.property", "That pavilion will be a pile of ash by the weekend.", "threat"),
    ("threat.property", "Don't be surprised if your car has four flat tyres.", "threat"),
    ("threat.property", "i'll smash every window in the hall", "threat"),
    ("threat.property", "The noticeboard is going in the river, and so are you.", "threat"),
    ("threat.conditional", "If this goes ahead I cannot be responsible for what happens to you.", "threat"),
    ("threat.conditional", "Vote yes on Tuesday or you will be sorry.", "threat"),
    ("threat.conditional", "Carry on like this and see what happens.", "threat"),
    ("threat.veiled", "Lovely house you've got on Mill Lane. Be a shame if anything happened to it.", "threat"),
    ("threat.veiled", "I know what car you drive.", "threat"),
    ("threat.veiled", "See you soon. I know where you live.", "threat"),
    ("threat.veiled", "We are watching you.", "threat"),
    ("threat.veiled", "You've been warned.", "threat"),
    ("threat.veiled", "It would be a terrible pity if your children got hurt.", "threat"),
    ("threat.fire", "Petrol's cheap, that hall would go up in seconds.", "threat"),
    ("threat.fire", "i'll set ur house on fire", "threat"),
    ("threat.textspeak", "ur gettin battered", "threat"),
    ("threat.textspeak", "im cumin 4 u", "threat"),
    ("threat.not-danger-talk", "Someone is going to die on that crossing unless you put lights in.", "complaint"),
    ("threat.not-idiom", "The sun is killing the flowers in the planters, can they be watered?", "not-serious"),
    ("threat.not-idiom", "We will burn the old bunting at the bonfire night event on the rec.", "not-serious"),
    ("threat.not-idiom", "The karate club would like to book the hall on Thursdays.", "not-serious"),
    ("threat.not-reported", "A man shouted that he would smash the clerk's car, I have reported it to the police.", "not-serious"),
    ("hate.hate-verb", "Can't stand these foreigners taking over the village.", "hate"),
    ("hate.hate-verb", "I detest travellers and I always will.", "hate"),
    ("hate.dehumanise", "Them pikeys are animals.", "hate"),
    ("hate.dehumanise", "refugees r scum", "hate"),
    ("hate.dehumanise", "Muslims are a disease on this country.", "hate"),
    ("hate.dehumanise", "Gay people are an abomination.", "hate"),
    ("hate.exclusion", "Gypsies not welcome here.", "hate"),
    ("hate.exclusion", "Disabled people shouldn't be allowed to run the parish council.", "hate"),
    ("hate.exclusion", "Keep the asylum seekers out of our hall.", "hate"),
    ("hate.exclusion", "Send them all back where they came from, the migrants.", "hate"),
    ("hate.harm-call", "all travellers should be put down", "hate"),
    ("hate.harm-call", "Muslims deserve to die.", "hate"),
    ("hate.stereotype", "Why do immigrants never pay tax?", "hate"),
    ("hate.stereotype", "Women are too emotional to chair a meeting.", "hate"),
    ("hate.stereotype", "Let's be honest, travellers are all criminals.", "hate"),
    ("hate.stereotype", "Jews control the banks, everyone knows that.", "hate"),
    ("hate.slur", "Keep the sp4stics away from the swings.", "hate"),
    ("hate.slur", "no p*kis on the committee", "hate"),
    ("hate.not-counter", "We must stand up to anyone who says refugees are vermin.", "not-serious"),
    ("hate.not-neutral", "Could the hall host a celebration for Diwali organised by Hindu families?", "not-serious"),
    ("hate.not-neutral", "Women in the village would like a safe walking group.", "not-serious"),
    ("hate.not-negated", "Immigrants are not a problem in this village at all.", "not-serious"),
    ("abuse.second-person", "You're pathetic.", "abusive"),
    ("abuse.second-person", "you thick useless lot", "abusive"),
    ("abuse.second-person", "Honestly, what a bunch of clowns.", "abusive"),
    ("abuse.second-person", "YOU PEOPLE ARE MORONS", "abusive"),
    ("abuse.second-person", "you are an absolute disgrace of a human being", "abusive"),
    ("abuse.second-person", "You're a total j0ke and a w@nker", "abusive"),
    ("abuse.clerk", "That clerk is a nasty piece of work.", "abusive"),
    ("abuse.clerk", "the clerk is a useless fat cow", "abusive"),
    ("abuse.councillor", "Councillor Green is a spineless coward.", "abusive"),
    ("abuse.councillor", "The chairman is a jumped up little hitler.", "abusive"),
    ("abuse.profanity", "stick your consultation where the sun don't shine", "abusive"),
    ("abuse.profanity", "F*** you and your council", "abusive"),
    ("abuse.harassment", "I will email every single councillor every day until this is reversed.", "abusive"),
    ("abuse.not-things", "The damn bins have not been emptied for three weeks.", "complaint"),
    ("abuse.not-criticism", "The council's handling of the car park has been incompetent and I want an explanation.", "complaint"),
    ("report.posted", "There is a post on Facebook calling the clerk a liar and a thief.", "abuse_report"),
    ("report.posted", "Somebody keeps leaving comments on the village page saying Cllr Ahmed should go home.", "abuse_report"),
    ("report.posted", "A resident messaged me on WhatsApp threatening the chair.", "abuse_report"),
    ("report.want-to-report", "I'd like to report some racist graffiti on the underpass.", "abuse_report"),
    ("report.want-to-report", "I am writing to report harassment of my daughter by a group of boys on the rec.", "abuse_report"),
    ("report.screenshot", "Screenshot attached of what he wrote about you.", "abuse_report"),
    ("report.said-about", "The man at number 12 keeps calling my son names because he is autistic.", "abuse_report"),
    ("report.said-about", "My husband was called a paki by a man outside the shop.", "abuse_report"),
    ("report.threatened", "Our lengthsman was threatened with a knife while cutting the verges.", "abuse_report"),
    ("report.threatened", "Some youths were shouting abuse at the volunteers on the green.", "abuse_report"),
    ("complaint.no-word", "Third time of asking: the hedge on Anstey Lane is blocking the pavement.", "complaint"),
    ("complaint.no-word", "Frankly this is not good enough and I expect better from the council.", "complaint"),
    ("complaint.no-word", "the drain outside no 5 floods every time it rains and nobody does anything", "complaint"),
    ("complaint.no-word", "I must say I am disappointed by the council's decision on the allotment rents.", "complaint"),
    ("complaint.no-word", "We have been waiting since June for the bench to be replaced.", "complaint"),
    ("complaint.no-word", "Please can somebody come and look at the broken gate, kids are getting out onto the road.", "complaint"),
    ("complaint.no-word", "Your contractor left the verge in a terrible state.", "complaint"),
    # --- third round: look-alikes that must stay apart, and more general forms ---------------------------------
    ("precision.complaint-stays", "I will be at the next meeting and I will be raising this, mark my words.", "not-serious"),
    ("precision.complaint-stays", "We are watching the council closely on this one.", "not-serious"),
    ("precision.complaint-stays", "I will fight this decision all the way to the ombudsman.", "not-serious"),
    ("precision.complaint-stays", "I'm coming to the meeting on Tuesday to object.", "not-serious"),
    ("precision.complaint-stays", "I'll be taking this further with the district council.", "not-serious"),
    ("precision.complaint-stays", "The kids will bring a bat and ball to the rec, is that allowed?", "not-serious"),
    ("precision.complaint-stays", "Please shoot me an email when the hall is free.", "not-serious"),
    ("precision.complaint-stays", "Could the contractor kill the weeds on the path?", "not-serious"),
    ("precision.complaint-stays", "The bloody council has done nothing about the flooding AGAIN.", "not-serious"),
    ("precision.complaint-stays", "This decision is a joke and frankly a waste of our money.", "not-serious"),
    ("precision.complaint-stays", "Someone is going to get hurt on that broken swing.", "complaint"),
    ("precision.complaint-stays", "I know where the clerk's office is, I will drop the form in.", "not-serious"),
    ("precision.complaint-stays", "We are following you on Facebook for updates.", "not-serious"),
    ("precision.complaint-stays", "Shame if the fete is cancelled again, the children love it.", "not-serious"),
    ("precision.complaint-stays", "The old pavilion will be demolished and rebuilt next spring, I understand.", "not-serious"),
    ("precision.complaint-stays", "I will keep emailing until I get a proper answer.", "not-serious"),
    ("precision.complaint-stays", "Your decision is stupid and I want it reviewed.", "not-serious"),
    ("precision.complaint-stays", "I'm taking the kids out for the day, can the allotment key wait?", "not-serious"),
    ("precision.complaint-stays", "THE STREETLIGHT IS STILL BROKEN. FIX IT.", "complaint"),
    ("precision.report-stays", "He said he would kill me if I reported him. I am scared.", "abuse_report"),
    ("hate.hate-verb", "i hate pakistanis", "hate"),
    ("hate.hate-verb", "Polish people disgust me.", "hate"),
    ("hate.dehumanise", "gypsys are dirty thieving scum", "hate"),
    ("hate.dehumanise", "The travellers on the field are subhuman.", "hate"),
    ("hate.exclusion", "We should ban Muslims from the village hall.", "hate"),
    ("hate.exclusion", "No gays at the village fete please.", "hate"),
    ("hate.stereotype", "Are all Romanians beggars or just the ones here?", "hate"),
    ("hate.stereotype", "Old people shouldn't have a vote on the future of this village.", "hate"),
    ("abuse.second-person", "You're a disgrace to this village and a lying little toad.", "abusive"),
    ("abuse.second-person", "you couldn't run a bath", "abusive"),
    ("abuse.clerk", "Tell that idiot clerk to do her job.", "abusive"),
    ("abuse.councillor", "Cllr Davies is a bent, lying crook.", "abusive"),
    ("report.posted", "There are nasty comments about the chair on the Cropston noticeboard Facebook page.", "abuse_report"),
    ("report.said-about", "My neighbour keeps telling people the clerk is a thief.", "abuse_report"),
    ("complaint.no-word", "Absolutely shocking state of the footpath by the church.", "complaint"),
    ("complaint.no-word", "Dear Clerk, the verges have not been cut since May and it is dangerous for drivers.", "complaint"),
]


def decided(text: str) -> str:
    message = parse(f"From: resident@example.org\r\nSubject: Message\r\n\r\n{text}\r\n".encode())
    return decide(RULES, message, screen(message)).category


def passes(text: str, expected: str) -> bool:
    got = decided(text)
    return got not in SERIOUS if expected == "not-serious" else got == expected


@pytest.mark.parametrize("functionality, text, expected", CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_functional_case(functionality: str, text: str, expected: str) -> None:
    assert passes(text, expected), f"{functionality}: {text!r} decided {decided(text)}, expected {expected}"


def pass_rates() -> dict[str, tuple[int, int]]:
    """Cases passed and cases run, per functionality (the figures the lead asked for)."""
    rates: dict[str, tuple[int, int]] = {}
    for functionality, text, expected in CASES:
        passed, total = rates.get(functionality, (0, 0))
        rates[functionality] = (passed + passes(text, expected), total + 1)
    return rates


def test_unmask_names_a_cue_family_and_fills_in_only_an_unambiguous_mask(tmp_path):
    from inbox_agent.errors import RulesError
    text = (ROOT / "rules.yaml").read_text()
    bad = tmp_path / "rules.yaml"
    bad.write_text(text.replace("unmask: [harm, weapon, insult]", "unmask: [harm, nope]"))
    with pytest.raises(RulesError, match="unmask names unknown cue family 'nope'"):
        load_rules(bad)
    assert {"hurt", "stab", "machete"} <= RULES.mask_set
    assert "hurt" not in RULES.mask_words  # read through the mask, never masked in excerpts
    assert decided("i will st*b you") == "threat"
    assert decided("i will *** you") == "enquiry"  # a mask that fits many words is left alone
