"""Functional tests of the shipped rules: short cases per functionality, in registers the corpus does not use
(formal letters, dialect, dictated text without punctuation, capitals, terse one-liners, emoji, disguised spellings).

Written fresh, in the manner of HateCheck, so that a rule change is checked against how things are said in general
rather than against the corpus's own sentences. Each case names its functionality;
`python -m tests.test_rules_functional` is not needed: `pytest -q tests/test_rules_functional.py -rA` lists every
case by functionality.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, unavailable
from hypothesis import given, settings
from hypothesis import strategies as st

from inbox_agent.core.normalise import _GLUE as GLUE
from inbox_agent.core.normalise import parse, restore_g, unjoin, unslip
from inbox_agent.core.rules import _misspellings, decide, load_rules
from inbox_agent.core.screen import screen

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
    ("threat.stock-menace", "if that mast goes up the councillors houses will be next to go up", "threat"),
    ("threat.stock-menace", "I have nothing left to lose, remember that when you vote on Tuesday.", "threat"),
    ("threat.where-you-live", "I am knowing where the clerk is living, I will visit her with my brothers.", "threat"),
    ("threat.stock-menace", "The Smiths' house will be next to be painted in the scheme.", "not-serious"),
    ("hate.stock-claim", "All these foreigners coming over here and taking our allotments.", "hate"),
    ("hate.stock-claim", "Black people are more likely to commit crime, it's just statistics.", "hate"),
    ("hate.stock-claim", "Migrants are more likely to be victims of crime than commit it.", "not-serious"),
    ("hate.stock-claim", "Polish builders coming over here to work on the new houses is great news.", "not-serious"),
    ("hate.exclusion", "Disabled people should not be using the hall at peak times, they slow everyone down.", "hate"),
    ("abuse.contempt", "Dear Sir/Madam (although you are neither), your incompetence is breathtaking.", "abusive"),
    ("abuse.contempt", "His incompetence is the real problem here.", "not-serious"),
    ("complaint.plain", "I want to know why my hedge was cut without permission.", "complaint"),
    ("abuse.contempt", "I see the council has once again hired the village idiot to answer its emails.", "abusive"),
    ("abuse.contempt", "Honestly, how you got that job is a mystery to everyone.", "abusive"),
    ("abuse.contempt", "Please forward this to someone with a brain, since you obviously don't have one.", "abusive"),
    ("abuse.contempt", "Your letter reads like a child wrote it.", "abusive"),
    ("abuse.contempt", "Nobody in this village can stand you, you know that?", "abusive"),
    ("abuse.contempt", "Go back to your knitting, dear, and leave the council to people who understand it.", "abusive"),
    ("abuse.harassment", "i'll keep ringing your mobile til you pick up, every night", "abusive"),
    (
        "abuse.harassment",
        "I'll be sending this same email to you every morning until you answer it properly.",
        "abusive",
    ),
    ("abuse.contempt", "The council hired a clown for the fun day, can we book him again?", "not-serious"),
    ("abuse.contempt", "How you got that job done so quickly is a mystery to me, well done!", "not-serious"),
    ("abuse.contempt", "Is English your first language? If not we can send the letter in Polish.", "not-serious"),
    ("complaint.plain", "You've made a real mess of the hall bookings this year.", "complaint"),
    ("complaint.plain", "Your contractor left the verge looking like a battlefield.", "complaint"),
    ("complaint.plain", "I'm sorry but the minutes are wrong and misrepresent what I said.", "complaint"),
    ("threat.stock-menace", "People who cross me tend to regret it.", "threat"),
    ("threat.stock-menace", "Accidents happen on dark lanes like yours.", "threat"),
    ("threat.stock-menace", "There are people in this village who would happily put you in hospital.", "threat"),
    ("threat.stock-menace", "Your windows look very breakable.", "threat"),
    ("threat.weapon", "I've still got my shotgun from the farm, just so you know.", "threat"),
    ("threat.reported", "He told me that people who cross him regret it.", "not-serious"),
    ("threat.danger-talk", "Accidents happen on that bend every month, please put a sign up.", "not-serious"),
    (
        "threat.danger-talk",
        "The pavilion windows look very breakable, please get them replaced with safety glass.",
        "not-serious",
    ),
    ("hate.same-sex-couple", "Two men kissing in the park is disgusting.", "hate"),
    ("hate.same-sex-couple", "Two men holding a wedding reception in our hall is disgusting and unnatural.", "hate"),
    ("hate.same-sex-couple", "Two women holding hands in the park, how lovely to see.", "not-serious"),
    ("hate.trans", "A bloke in a frock should not be in the ladies.", "hate"),
    ("hate.trans", "The man in the red dress at the fete was very kind to my mum.", "not-serious"),
    ("hate.religion", "Islam is a hostile ideology.", "hate"),
    ("hate.religion", "Islam is a religion of peace, whatever people say.", "not-serious"),
    ("abuse.figure", "Not surprised you got it wrong again, you never were the sharpest tool in the box.", "abusive"),
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
    ("threat.not-danger-talk", "speeders on station rd are gonna kill a kid one of these days", "not-serious"),
    ("threat.not-danger-talk", "The lorries rat-running through Cropston are going to kill someone.", "not-serious"),
    ("threat.not-reported", "My neighbour said he would burn the hall down, I thought you should know.", "not-serious"),
    ("threat.not-reported", "He told me he'd kill the clerk. I am frightened and reporting it.", "not-serious"),
    ("threat.not-idiom", "I could kill for a cup of tea after that meeting.", "not-serious"),
    ("threat.not-idiom", "The hedge trimmer is killing my ears, please could it be done earlier?", "not-serious"),
    ("threat.not-idiom", "The quiz night was a smash hit, thank you.", "not-serious"),
    ("threat.not-idiom", "We will bring a knife and fork for the harvest supper.", "not-serious"),
    ("threat.not-negated", "I would never hurt anyone, I just want the lights fixed.", "not-serious"),
    ("threat.not-idiom", "The bonfire will be lit at 7pm on the green, please bring sparklers.", "not-serious"),
    # --- threats, third round: the ways writers outside the project said them ---------------------------------
    ("threat.property-fate", "that village hall would look a lot nicer on fire", "threat"),
    ("threat.property-fate", "the day they start digging is the day the sports pavilion goes up in smoke", "threat"),
    ("threat.property-fate", "shut the club and the hall windows go in, every last one", "threat"),
    ("threat.property-fate", "ur office windows r gonna be gone by monday lol", "threat"),
    ("threat.property-fate", "THE NEW BENCH WILL BE IN THE CANAL BY THE WEEKEND", "threat"),
    ("threat.property-fate", "if the mower touches my verge it goes in the brook and so does the driver", "threat"),
    ("threat.property-fate", "If the nets find themselves slashed next week, don't come crying to me.", "threat"),
    ("threat.property", "im gonna torch the old cricket pavilion one of these nights", "threat"),
    ("threat.property", "we will burn your precious community hall to the ground", "threat"),
    ("threat.property", "i'll be slashing the tyres on every councillors car", "threat"),
    (
        "threat.property",
        "a can of petrol and a match. that is all it takes for your precious allotment sheds",
        "threat",
    ),
    ("threat.property", "sort the drains or ill sort ur car", "threat"),
    ("threat.property", "We shall take matters into our own hands with the council's property.", "threat"),
    ("threat.property", "We cannot promise the pavilion will stay in one piece.", "threat"),
    ("threat.fire", "next time i'm dumping the lot on the clerk's doorstep and setting fire to it", "threat"),
    ("threat.fire", "i will empty a bucket of slurry through the chairman's letterbox", "threat"),
    ("threat.weapon", "I am bringing a cricket bat to Monday's meeting.", "threat"),
    ("threat.weapon", "we're bringing machetes to the parish meeting", "threat"),
    ("threat.weapon", "I carry a knife and next time he mocks me he will find out", "threat"),
    ("threat.weapon", "i'm bringing a hammer to the meeting, consider that a promise", "threat"),
    (
        "threat.routine",
        "Cllr Moss walks his labrador along the towpath every morning at 6, always alone. Quiet spot.",
        "threat",
    ),
    ("threat.routine", "the clerk locks up on her own every thursday evening doesn't she", "threat"),
    ("threat.routine", "she should think about varying her route home", "threat"),
    ("threat.sent-round", "i've got a few mates who'll be paying him a visit one night", "threat"),
    ("threat.sent-round", "my lads will be calling on each of the councillors at home", "threat"),
    ("threat.sent-round", "you've got a lovely family. i'd hate for them to get caught up in all this.", "threat"),
    (
        "threat.where-you-live",
        "I now have Councillor Ahmed's home address and will be delivering my views in person",
        "threat",
    ),
    ("threat.veiled", "i'll be coming for your chairman and it won't be with a letter", "threat"),
    ("threat.veiled", "cut my hedge again or i will cut something of yours", "threat"),
    ("threat.veiled", "He won't see it coming. None of you will.", "threat"),
    ("threat.veiled", "she will have a big problem with me when i come", "threat"),
    ("threat.veiled", "don't say you weren't warned", "threat"),
    ("threat.veiled", "tyres don't last long round here, hope he likes walking", "threat"),
    ("threat.veiled", "does the clerk still park in the layby on thursdays? shame if it lost its tyres", "threat"),
    ("threat.veiled", "I will be delivering my complaint to him personally, when he least expects it.", "threat"),
    ("threat.veiled", "you should ask your wife and kids to stay indoors on saturday", "threat"),
    ("threat.veiled", "The club can no longer guarantee what some of our members might do.", "threat"),
    ("threat.veiled", "Kindly inform the Chair that his safety cannot be guaranteed after Thursday's vote.", "threat"),
    ("threat.veiled", "the clerk should watch herself", "threat"),
    ("threat.veiled", "Lovely little cottage you've got on Mill Lane, Mrs Lane.", "threat"),
    ("threat.textspeak", "he'll be goin home in an ambulance", "threat"),
    ("threat.dialect", "ay up me duck, if yer shut that park i'm gonna gi' the clerk a proper hidin", "threat"),
    ("threat.where-you-live", "WE KNOW WHERE YOU ALL LIVE", "threat"),
    ("threat.where-you-live", "i know where the chairman parks his car on a friday night", "threat"),
    ("threat.dialect", "ay up duck, you tell that clerk she wants to watch 'erself round 'ere", "threat"),
    ("threat.dialect", "tell cllr shah i'll swing for him if he laughs at me again", "threat"),
    ("threat.conditional", "if that phone mast goes up, so does the pavilion", "threat"),
    ("threat.conditional", "if he's at thursday's meeting he's getting it", "threat"),
    ("threat.conditional", "next time he shouts at me he'll get more than words", "threat"),
    (
        "threat.formal",
        "Should the allotments be sold, the committee will not be held responsible for the actions of its members.",
        "threat",
    ),
    ("threat.formal", "Our members are angry, and angry people do things they later regret.", "threat"),
    (
        "threat.formal",
        "It would be unfortunate if the councillors' cars were damaged on the night of the vote.",
        "threat",
    ),
    ("threat.formal", "We trust the Clerk values her safety.", "threat"),
    ("threat.formal", "The association will pursue this by all means, legal and otherwise.", "threat"),
    ("threat.formal", "I would strongly advise the councillor to reconsider, for the sake of his health.", "threat"),
    ("threat.veiled", "i hope u enjoy ur new car while it still has windows 😉", "threat"),
    ("threat.veiled", "s t a b b i n g s happen round here all the time, just saying", "threat"),
    ("threat.veiled", "it's only a matter of time before somebody gives the chairman a good kicking", "threat"),
    ("threat.veiled", "next meeting will be your last", "threat"),
    ("threat.veiled", "you'll get yours", "threat"),
    ("threat.veiled", "I'd sleep with the lights on if I were you.", "threat"),
    ("threat.veiled", "one way or another this ends with you in hospital", "threat"),
    ("threat.veiled", "I'm not saying I'll do anything. I'm saying someone will.", "threat"),
    ("threat.veiled", "People round here have long memories and short tempers.", "threat"),
    ("threat.veiled", "You've got kids, haven't you?", "threat"),
    ("threat.veiled", "this will not end well for you, clerk", "threat"),
    ("threat.injury", "he'll be picking his teeth up off the floor", "threat"),
    ("threat.injury", "next time he'll be eating through a straw", "threat"),
    ("threat.injury", "she won't get home in one piece", "threat"),
    ("threat.call-to-harm", "k1ll the clerk", "threat"),
    # near-misses: danger talk, vandalism reported, installation, advice, ordinary plans
    ("threat.not-idiom", "He's getting it fixed next week, the contractor said.", "not-serious"),
    ("threat.not-idiom", "The new bins? You're getting them on Monday.", "not-serious"),
    ("threat.not-idiom", "We support direct action against climate change.", "not-serious"),
    ("threat.not-idiom", "it will be a friendly chat over coffee, everyone welcome", "not-serious"),
    (
        "threat.not-idiom",
        "Please note the committee will not be held responsible for items left in the hall.",
        "not-serious",
    ),
    ("threat.not-idiom", "your days of free parking are numbered, the new charges start in april", "not-serious"),
    ("threat.not-idiom", "enjoy your last meeting as chairman, it's been a pleasure working with you", "not-serious"),
    ("threat.not-idiom", "I hope you enjoy your new office, congratulations on the move.", "not-serious"),
    ("threat.not-idiom", "if the precept goes up, so does the hall hire fee", "not-serious"),
    ("threat.not-danger-talk", "The pavilion roof is a fire risk, someone will get hurt.", "complaint"),
    (
        "threat.not-danger-talk",
        "Please reconsider the closure for the sake of the children who use the playground.",
        "not-serious",
    ),
    ("threat.not-plans", "Our members are angry about the rent increase and will raise it at the AGM.", "not-serious"),
    ("threat.not-plans", "I will make sure the councillors hear about this at the next meeting.", "not-serious"),
    ("threat.not-reported", "The bench is in the canal again, kids threw it in last night.", "not-serious"),
    (
        "threat.not-reported",
        "the hall windows were smashed by vandals last night, please can someone board them up",
        "complaint",
    ),
    ("threat.not-reported", "I'm worried kids will set fire to it, it's right by his house", "not-serious"),
    ("threat.not-idiom", "When do the new windows go in at the village hall?", "not-serious"),
    ("threat.not-idiom", "the streetlight will be out until tuesday while the contractor works", "not-serious"),
    ("threat.not-idiom", "We will smash our fundraising target for the new village hall roof!", "not-serious"),
    ("threat.not-idiom", "The old pavilion will be gone by spring once the new one is built, I hear?", "not-serious"),
    ("threat.not-idiom", "that pavilion would look so much better painted green", "not-serious"),
    ("threat.not-idiom", "I'd keep an eye on the weather if I were you before booking the fete.", "not-serious"),
    ("threat.not-idiom", "🔥🔥 what a fete, best one yet, well done the hall committee 🔥🔥", "not-serious"),
    ("threat.not-danger-talk", "you must be careful on the road at night there, it is pitch black", "not-serious"),
    (
        "threat.not-danger-talk",
        "We cannot guarantee the safety of pedestrians on that road without a crossing.",
        "not-serious",
    ),
    ("threat.not-danger-talk", "The playground is not safe for children, the swings are broken.", "complaint"),
    ("threat.not-plans", "i am bringing a cake to thursday's meeting", "not-serious"),
    ("threat.not-plans", "I'll be coming to the hall for the coffee morning with my knitting group.", "not-serious"),
    ("threat.not-plans", "I'll be waiting in reception for the clerk to reply to my question.", "not-serious"),
    (
        "threat.not-plans",
        "My grandson will be visiting me at home over christmas, can he park on the verge?",
        "not-serious",
    ),
    ("threat.not-plans", "I'd like to pay the clerk a visit at the office to discuss my allotment.", "not-serious"),
    (
        "threat.not-plans",
        "Cllr Moss walks his dog on the green every morning and lets it foul, please remind him.",
        "not-serious",
    ),
    (
        "threat.not-plans",
        "My neighbour keeps a shotgun for the rabbits, is that allowed on the allotment?",
        "not-serious",
    ),
    ("threat.not-plans", "We'd hate for the children to miss out on the summer scheme.", "not-serious"),
    ("threat.not-plans", "Please be advised that we will be taking the matter to the ombudsman.", "not-serious"),
    # --- threats and abuse, round 7: how writers who never saw the rules menace and insult, in wordings of no corpus
    # message: a fire foretold as a pity, slang and dialect, a weapon made ready, threats carried for someone else;
    # and the near-misses that must stay ordinary (danger talk, prices going up, reports, 💀 as laughter)
    ("threat.fire-foretold", "shame if that clubhouse went up in smoke some night, all that dry timber", "threat"),
    ("threat.fire-foretold", "Be a real pity if the pavilion burnt down, wouldn't it.", "threat"),
    (
        "threat.fire-foretold",
        "not saying anyone would but if the hall went up one night nobody round here would cry",
        "threat",
    ),
    ("threat.fire-foretold", "if that shed got torched, well, make of that what you will", "threat"),
    ("threat.fire-foretold", "🔥🏠", "threat"),
    ("threat.property-slang", "u lot are getting ur windows put in", "threat"),
    ("threat.property-slang", "every councillor getting their cars keyed if the park shuts", "threat"),
    ("threat.property-slang", "we know all your cars lol", "threat"),
    ("threat.property-slang", "🔪🚙", "threat"),
    ("threat.weapon-to", "I'll take a hammer to whoever signed that notice.", "threat"),
    ("threat.weapon-to", "im gonna take my bat to that fence and then to him", "threat"),
    (
        "threat.force",
        "Any officer who enters my land will find that I shall use whatever force is necessary.",
        "threat",
    ),
    ("threat.firearm-patience", "I own a shotgun. My patience with your contractors is wearing thin.", "threat"),
    ("threat.firearm-patience", "Just so you know, I have a firearms licence. This is your final warning.", "threat"),
    ("threat.who-stops-me", "Who's going to stop me chucking a brick through the pavilion window? You?", "threat"),
    ("threat.who-stops-me", "just try and stop me, I'll smash your office windows myself", "threat"),
    ("threat.see-how-brave", "Let's see how brave the chairman is without his committee round him.", "threat"),
    ("threat.see-how-brave", "we'll see how tough you lot are when it's dark", "threat"),
    ("threat.not-social-visit", "I'll pop round to see Cllr Dawson, and it won't be for a cuppa.", "threat"),
    ("threat.lucky", "He'll be lucky if his van has any windows left by Saturday.", "threat"),
    ("threat.lucky", "she'll be lucky if that's all she loses", "threat"),
    ("threat.dialect", "Ah'll be waitin for him, ah ken whit he drives", "threat"),
    ("threat.dialect", "ah know where he parks an all", "threat"),
    (
        "threat.passed-on",
        "My brother has asked for the home address of every councillor. He is not a man to be trifled with.",
        "threat",
    ),
    (
        "threat.passed-on",
        "My lads want to pay the chairman a visit. I have not tried to stop them, and I won't.",
        "threat",
    ),
    ("threat.passed-on", "The clerk's home address has been requested by my nephew, who has a short fuse.", "threat"),
    ("threat.literal", "There will be bloodshed over this, and I mean that literally.", "threat"),
    ("threat.veiled", "She had better stay out of my way at the fete.", "threat"),
    (
        "threat.veiled",
        "I drive past her house every day. I know how to deal with people like her.",
        "threat",
    ),
    (
        "threat.veiled",
        "I will be having words with Cllr Moss after the vote and he will not enjoy our little chat.",
        "threat",
    ),
    ("threat.veiled", "see him at the gate, cos I'll be waiting.", "threat"),
    ("threat.slang", "its on sight with that clerk no cap", "threat"),
    ("threat.slang", "we gonna catch the chairman lacking one of these nights", "threat"),
    ("threat.slang", "me n the lads will pull up on ur yard", "threat"),
    ("threat.dialect", "he's getting a doin next time ah see him", "threat"),
    ("threat.passed-on", "My husband asked me to tell you that he knows where you live.", "threat"),
    (
        "threat.passed-on",
        "I am writing on behalf of my son, who wants the chairman to know that he will be coming for him.",
        "threat",
    ),
    (
        "threat.passed-on",
        "Our Darren says to tell the clerk he'll be round her house on Friday and she'll regret it.",
        "threat",
    ),
    ("threat.prepared", "Day 6. No reply. Sharpened the axe.", "threat"),
    (
        "threat.amateur-law",
        "I will defend my land by any means necessary. Your contractors will be met with force.",
        "threat",
    ),
    (
        "threat.not-reported",
        "My neighbour told me he'd smash the pavilion windows. I thought you should know, I have rung 101.",
        "not-serious",
    ),
    (
        "threat.not-passed-on",
        "My husband asked me to tell you he will come round to the office to pay the hall fee.",
        "not-serious",
    ),
    (
        "threat.not-passed-on",
        "My son wants the clerk to know that he is grateful for the help with the allotment.",
        "not-serious",
    ),
    ("threat.not-idiom", "Thanks for the help sharpening the hedge trimmer blades at the repair cafe.", "not-serious"),
    ("threat.not-idiom", "The new skate park is on sight lines from the road, is that allowed?", "not-serious"),
    ("threat.not-idiom", "Would the chairman like to pull up a chair at the fete committee?", "not-serious"),
    # not threats: danger talk, reported, idioms, plans
    ("threat.question", "Your grandkids are at Rothley Primary, aren't they?", "threat"),
    ("threat.question", "do u even know where ur kids are tonight", "threat"),
    (
        "threat.not-question",
        "Do you know where your family are buried? The churchyard plan has no names.",
        "not-serious",
    ),
    ("threat.not-question", "My kids go to the school on Mill Lane, can the crossing be looked at?", "not-serious"),
    (
        "threat.not-danger-talk",
        "Someone will break their neck on those steps by the church, please fix them.",
        "not-serious",
    ),
    ("threat.not-danger-talk", "You'll break your ankle on that path, it is a disgrace.", "not-serious"),
    ("threat.not-danger-talk", "somebody's gonna break their leg on the ice outside the shop", "not-serious"),
    ("threat.not-idiom", "It would be a shame if the precept went up again next year.", "not-serious"),
    ("threat.not-idiom", "Shame if the hall hire goes up, just saying, it is already dear.", "not-serious"),
    ("threat.not-idiom", "We'll see how brave the council is at the ballot box in May.", "not-serious"),
    ("threat.not-idiom", "I'll pop in on Tuesday for a cup of tea and a chat about the fete.", "not-serious"),
    ("threat.not-idiom", "You'll be lucky to get a reply from the county before Christmas.", "not-serious"),
    ("threat.not-idiom", "I'm getting my tyres done on Monday so I can't bring the urn.", "not-serious"),
    ("threat.not-idiom", "The bonfire night display will go up in smoke if it rains, just saying.", "not-serious"),
    ("threat.not-plans", "My son, who is a big lad, will help carry the tables into the hall.", "not-serious"),
    (
        "threat.not-plans",
        "My grandson is ex-army and would like to visit the war memorial with the Legion.",
        "not-serious",
    ),
    (
        "threat.not-plans",
        "I will use every means at my disposal to get this decision reviewed, including the ombudsman.",
        "not-serious",
    ),
    ("threat.not-plans", "I'm running out of patience with the potholes on Mill Lane.", "not-serious"),
    (
        "threat.not-reported",
        "My neighbour says he has a shotgun and that his patience is running out with the kids, I am worried.",
        "not-serious",
    ),
    (
        "threat.not-reported",
        "A man at the bus stop said he'd put a brick through the parish office window. I have told the police.",
        "not-serious",
    ),
    ("threat.not-emoji", "lmao the hall website 💀 who made this", "not-serious"),
    ("threat.not-emoji", "😂💀 the minutes say the meeting ended before it started", "not-serious"),
    # --- threats, round 8: menace by context (a person's life known, a consequence hinted), the writer's way
    # obstructed, questions and text-speak; in wordings of no corpus message, with the look-alikes left alone -----
    (
        "threat.known-life",
        "That grey Qashqai on your drive is yours, isn't it. Shame if anything happened to it overnight.",
        "threat",
    ),
    ("threat.known-life", "nice blue corsa you drive councillor. mind how you go", "threat"),
    (
        "threat.known-life",
        "I know exactly when you leave the surgery on a Tuesday. Nobody would see a thing at that hour. Think on.",
        "threat",
    ),
    (
        "threat.known-life",
        "Your girls walk to St Anne's along the canal path every morning. Lovely girls. It would be such a "
        "pity if something happened.",
        "threat",
    ),
    (
        "threat.known-life",
        "we know where your husband parks his van of a night. tyres go flat round here. just saying",
        "threat",
    ),
    ("threat.hypothetical-advice", "u wanna watch ur car m8", "threat"),
    ("threat.hypothetical-advice", "If I were you I'd keep an eye on that motor of yours.", "threat"),
    (
        "threat.question",
        "how would you like it if your house got torched one night? nobody would see a thing",
        "threat",
    ),
    (
        "threat.at-home",
        "I'll pop round one evening for a proper chat about the allotment, just the two of us, no witnesses.",
        "threat",
    ),
    (
        "threat.known-life",
        "Do give my regards to your wife. She walks the dog past the church every evening, doesn't she. Lovely "
        "dog. Such a pity if she had a fall.",
        "threat",
    ),
    ("threat.in-my-way", "Anyone from the council who comes onto my land will be carried off it.", "threat"),
    ("threat.in-my-way", "The first one of you who votes for the mast will regret it.", "threat"),
    ("threat.intent-harm-target", "what if somebody turned up at the AGM with a knife, eh? I'll be there.", "threat"),
    (
        "threat.known-life",
        "Dear Councillor, I gather your son catches the 8.10 bus from the green. It would grieve me if any "
        "misfortune befell him. I trust I make myself understood.",
        "threat",
    ),
    ("threat.known-life", "ur missus leaves the co-op at 6 every night on her own dont she. be a shame.", "threat"),
    (
        "threat.at-home",
        "I shall call upon you at your home on Thursday evening and you will not enjoy the conversation.",
        "threat",
    ),
    (
        "threat.known-life",
        "that black audi he leaves outside the pub would look lovely with no windows. only joking. or am i",
        "threat",
    ),
    (
        "threat.known-life",
        "Fancy motor the chairman drives. Be a real pity if it went up in flames one night, wouldn't it?",
        "threat",
    ),
    (
        "threat.in-my-way",
        "i wont be responsible for what happens to your contractors if they come through my gate again",
        "threat",
    ),
    ("threat.known-life", "Somebody is going to do something about that clerk one of these dark nights.", "threat"),
    ("threat.known-life", "we know which cars are yours", "threat"),
    ("threat.property", "if that hedge is cut i will come down and put in every window of the pavilion", "threat"),
    ("threat.property", "every councillor's car in the hall car park will have its tyres slashed", "threat"),
    ("threat.veiled", "Mark my words, that clerk is going to get what's coming to her.", "threat"),
    ("threat.veiled", "One more letter like that and I'll be round to sort you out personally.", "threat"),
    ("threat.intent-harm-target", "i swear on my kids life ill do him", "threat"),
    ("threat.in-my-way", "I will not be responsible for my actions if I see Cllr Hart in the street.", "threat"),
    ("threat.veiled", "Keep pushing me and see what happens.", "threat"),
    ("threat.intent-harm-target", "Next time that woman speaks to me like that I'll put her on the floor.", "threat"),
    ("threat.veiled", "you'll get yours", "threat"),
    ("threat.intent-harm-target", "Youre going in the canal if u come near my boat again", "threat"),
    ("threat.at-home", "I'll wait for her in the car park after the meeting.", "threat"),
    ("threat.hypothetical-advice", "Lock your doors tonight.", "threat"),
    ("threat.known-life", "It's a long walk to your car after those late meetings, isn't it?", "threat"),
    ("threat.hypothetical-advice", "I'd sleep with the lights on if I were you.", "threat"),
    ("threat.veiled", "We'll see how brave you are without your councillors around you.", "threat"),
    ("threat.veiled", "ur days r numbered clerk", "threat"),
    ("threat.at-home", "gonna wait outside ur house 2nite", "threat"),
    ("threat.at-home", "see u at ur house x", "threat"),
    ("threat.veiled", "watch ur back bruv", "threat"),
    ("threat.veiled", "Carry on like this and you'll find out what happens to people who cross me.", "threat"),
    ("threat.veiled", "Don't say you weren't warned.", "threat"),
    ("threat.veiled", "Remember, I know your address.", "threat"),
    ("threat.veiled", "One of these days, when you least expect it, you'll pay for this.", "threat"),
    ("threat.property", "Perhaps the hall will burn down one night and save us all the bother.", "threat"),
    ("threat.property", "That pavilion would make a lovely bonfire come November.", "threat"),
    ("threat.property", "I've got a can of petrol with the pavilion's name on it.", "threat"),
    ("threat.known-life", "My lads know what your van looks like.", "threat"),
    ("threat.known-life", "I'd hate for your little boy to find out what his dad's really like, or worse.", "threat"),
    ("threat.question", "Keep voting like that and see how long your windows last.", "threat"),
    ("threat.at-home", "Tell the clerk I'll be waiting at the end of her road.", "threat"),
    ("threat.known-life", "i know wat time u finish work n which way u walk home", "threat"),
    (
        "threat.conditional",
        "If you close the library, don't be surprised when bad things start happening to the people who voted for it.",
        "threat",
    ),
    ("threat.question", "how would you like it if someone put a brick through your window?", "threat"),
    ("threat.question", "How would you feel if your car was torched outside your house?", "threat"),
    ("threat.question", "what would you say if your shed went up in flames one of these nights", "threat"),
    (
        "threat.known-life",
        "That red Golf of yours, reg ending in KP, is parked outside the Crown every Friday. Be careful.",
        "threat",
    ),
    (
        "threat.known-life",
        "You never know what might happen to your walk home from the hall these dark evenings.",
        "threat",
    ),
    ("threat.not-danger-talk", "Someone will get killed on that bend one of these dark nights.", "not-serious"),
    (
        "threat.not-danger-talk",
        "It would be a shame if a child got hurt because your van drivers speed past the school gate every morning.",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "Please ask your drivers to drive carefully past the school gate every morning.",
        "not-serious",
    ),
    (
        "threat.not-neighbourly",
        "I know where you live, I'm the one who dropped your post back last week.",
        "not-serious",
    ),
    ("threat.not-lawful-or-plain", "I'll see you at the next meeting.", "not-serious"),
    ("threat.not-lawful-or-plain", "You'll be hearing from my solicitor.", "not-serious"),
    ("threat.not-lawful-or-plain", "I will take this to the ombudsman if nothing is done.", "not-serious"),
    (
        "threat.not-idiom",
        "The deadline is killing me; I'll shoot you an email tomorrow. Watch this space.",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "It would be a shame if the verge were ruined by that silver Astra parked there every night.",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "We walk the dog along the lane every evening and it is pitch dark; nobody would see a child in the road.",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "I walk back from the hall on my own in the dark every Thursday and the lights are out. One of these "
        "nights I'll fall.",
        "not-serious",
    ),
    ("threat.not-danger-talk", "Shame if the fete is cancelled again, the kids love it.", "not-serious"),
    (
        "threat.not-danger-talk",
        "The red van that parks outside number 4 every night blocks the pavement. It's a shame nobody does anything.",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "How would you feel if your kids had to walk home along that unlit road in the dark?",
        "not-serious",
    ),
    ("threat.not-danger-talk", "How would you feel if your house flooded every winter like mine does?", "not-serious"),
    (
        "threat.not-neighbourly",
        "Your staff were lovely. Give my regards to your wife, councillor, it was good to see you both at the fete.",
        "not-serious",
    ),
    ("threat.not-reported", "He said he would burn the pavilion down. I thought you should know.", "not-serious"),
    ("threat.not-danger-talk", "Accidents happen on that junction every week and your kids use it too.", "not-serious"),
    (
        "threat.not-neighbourly",
        "Nice little red Fiesta you've got there - is it electric? I'm thinking of getting one for the school run.",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "What would happen if someone brought a knife into the hall? Your security at meetings is poor.",
        "not-serious",
    ),
    ("threat.not-danger-talk", "Anyone who walks on that rotten bridge will get hurt. Please fix it.", "not-serious"),
    (
        "threat.not-lawful-or-plain",
        "If the council won't stop me cutting the hedge, I'll do it on Saturday.",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "Councillor Reid parks his blue Volvo on the pavement outside the school gate every morning. It's "
        "dangerous and someone will get hurt.",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "Your kids go to the same school as mine, so you know how dangerous that crossing is. For your kids' "
        "sake, please fix it.",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "The pavilion is a fire risk: one cigarette and the whole thing would go up.",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "Lock your doors: there have been three burglaries on Mill Lane this month.",
        "not-serious",
    ),
    ("threat.not-idiom", "I'm going to kill this planning application at the meeting.", "not-serious"),
    ("threat.not-lawful-or-plain", "I'll be round to drop off the petition at your office on Monday.", "not-serious"),
    (
        "threat.not-lawful-or-plain",
        "If the council cuts the hedge while birds are nesting, I will report it to the police.",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "Somebody will end up in hospital if that pothole on Church Lane is not filled.",
        "not-serious",
    ),
    ("threat.not-danger-talk", "A child will be hurt before you act on the crossing.", "not-serious"),
    (
        "threat.not-danger-talk",
        "The streetlights go off at midnight and it's a long walk home in the dark for the shift workers.",
        "not-serious",
    ),
    ("threat.not-danger-talk", "Don't say we weren't warned: the bridge report said it would fail.", "not-serious"),
    ("threat.not-lawful-or-plain", "I'll see you at the next meeting, when I will raise this again.", "not-serious"),
    ("threat.not-idiom", "Watch this space for news of our fundraising.", "not-serious"),
    ("threat.not-reported", "He threatened to burn my shed down, I have reported it to the police.", "not-serious"),
    (
        "threat.not-neighbourly",
        "Nice house on Elm Road - is it the one the council is buying for the new surgery?",
        "not-serious",
    ),
    ("threat.not-danger-talk", "It would be a shame if the village lost its only bus.", "not-serious"),
    (
        "threat.not-danger-talk",
        "How would you feel if your mum was left waiting for a bus in the rain for an hour?",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "How would you feel if your house burned down because the fire engine could not get past the parked cars?",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "How would you like it if someone parked across your drive every single day?",
        "not-serious",
    ),
    ("threat.not-danger-talk", "How would you feel if your kids had to cross that road?", "not-serious"),
    (
        "threat.not-danger-talk",
        "Be careful: the path by the school gate is icy and your lollipop lady was nearly hit.",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "It would be terrible if your little boy got hit on that crossing, councillor. Please act.",
        "not-serious",
    ),
    (
        "threat.not-neighbourly",
        "Stay safe, and thank you for your help with my daughter's school bus pass.",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "The red Golf of the new tenant is parked on the verge every night. Be careful, it is blocking the "
        "view at the junction.",
        "not-serious",
    ),
    ("threat.in-my-way", "anyone who comes onto my drive to clamp the van gets a shovel round the head", "threat"),
    ("threat.known-life", "the clerk's car sat outside the Swan every Friday. shame if the windscreen went.", "threat"),
    ("threat.property", "We've got the petrol. The hall is next.", "threat"),
    (
        "threat.not-danger-talk",
        "We got the petrol mower out and cut the pavilion grass ourselves since the council won't.",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "The new pavilion is going up next spring and we have the petrol generator booked for the opening.",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "Your chairman's car was parked on the verge outside the school again. It is a shame nobody enforces "
        "the rules.",
        "not-serious",
    ),
    # --- abuse ---------------------------------------------------------------------------------------------------
    ("abuse.dialect", "tha's nowt but a gormless great lummox", "abusive"),
    ("abuse.dialect", "Yer chairman is a pompous wee bampot.", "abusive"),
    ("abuse.dialect", "yous are a disgrace, the lot o ye", "abusive"),
    ("abuse.dialect", "Cllr Reid's a right glaikit eejit.", "abusive"),
    ("abuse.apposition", "Your clerk, Mrs Hale, is a jumped-up little jobsworth.", "abusive"),
    ("abuse.textspeak", "ur a joke fr", "abusive"),
    ("abuse.textspeak", "ur an embarrassment m8", "abusive"),
    ("abuse.unknown-adjective", "You are a snivelling, whey-faced coward.", "abusive"),
    ("abuse.comparison", "I've had more sense out of a box of frogs than out of this council's clerk.", "abusive"),
    ("abuse.comparison", "an actual goldfish could run that office better than you", "abusive"),
    ("abuse.contempt", "How she is still in a job is beyond me.", "abusive"),
    ("abuse.contempt", "Maybe go back to flipping burgers, it's more your level.", "abusive"),
    ("abuse.contempt", "Go and jump in the canal. Nobody would miss you.", "abusive"),
    ("abuse.contempt", "I have never met anyone so idle in all my years.", "abusive"),
    ("abuse.contempt", "You are not a competent officer and never have been.", "abusive"),
    ("abuse.contempt", "Can you even read, or does someone do it for you?", "abusive"),
    (
        "abuse.harassment",
        "I shall telephone each of you every evening until the council does as it is told.",
        "abusive",
    ),
    (
        "abuse.harassment",
        "I will continue to remind you at 8am every day, and the day after, until you resign.",
        "abusive",
    ),
    ("abuse.harassment", "You can expect my calls every night until you resign.", "abusive"),
    # not abuse
    ("abuse.not-criticism", "You are not a competent authority for planning, so who should I ask?", "not-serious"),
    ("abuse.not-things", "The new gate is a joke, it doesn't latch.", "not-serious"),
    ("abuse.not-self", "I'm a daft old fool for losing the key again.", "not-serious"),
    ("abuse.not-plans", "I will be at the hall every morning until the fete to help set up.", "not-serious"),
    ("abuse.not-plans", "I'll email the minutes every week from now on, including weekends if needed.", "not-serious"),
    ("abuse.not-reported", "He called the clerk a useless cow at the meeting and I want it on record.", "not-serious"),
    ("abuse.not-praise", "You're a star, the others at county are clowns by comparison.", "not-serious"),
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
    (
        "abuse.not-criticism",
        "I think the decision to close the toilets was a poor one and I am disappointed.",
        "complaint",
    ),
    ("abuse.not-self", "I feel like an idiot for asking, but when is bin day?", "not-serious"),
    # --- abuse, second round: registers and constructions from writers outside the project --------------------
    ("abuse.targeted-insult", "tell that miserable old cow in the office to cheer up", "abusive"),
    ("abuse.targeted-insult", "you miserable old trout", "abusive"),
    ("abuse.targeted-insult", "the clerk is such a stuck up cow", "abusive"),
    ("abuse.targeted-insult", "tell whitlock he's still a dickhead", "abusive"),
    ("abuse.targeted-insult", "ps you're still a jumped-up little jobsworth", "abusive"),
    ("abuse.targeted-insult", "You are a smug, self-satisfied jobsworth.", "abusive"),
    ("abuse.targeted-insult", "every single one of you councillors is a bumbling old fool", "abusive"),
    ("abuse.targeted-insult", "you lot are an absolute shower of shite", "abusive"),
    ("abuse.targeted-insult", "the clerk's letter was written by a semi-literate buffoon", "abusive"),
    ("abuse.targeted-insult", "yer a daft mardy cow an always 'ave bin", "abusive"),
    ("abuse.formal", "Dear Sir, I consider your Clerk to be a thoroughly incompetent and dishonest woman.", "abusive"),
    (
        "abuse.formal",
        "On behalf of the allotment society, we consider the chairman a pompous, self-important buffoon.",
        "abusive",
    ),
    ("abuse.formal", "Please be advised that our members regard the Clerk as an imbecile.", "abusive"),
    ("abuse.traits", "you are lazy, rude and frankly clueless", "abusive"),
    ("abuse.traits", "1. you are incompetent. 2. you are lazy. 3. you are a disgrace.", "abusive"),
    ("abuse.comparison", "Cllr Dean has the intellect of a boiled potato.", "abusive"),
    ("abuse.comparison", "I've met more intelligent bollards than you.", "abusive"),
    ("abuse.comparison", "i've met slugs with more integrity than this council", "abusive"),
    ("abuse.comparison", "a reasonably bright ten-year-old could have done your job better", "abusive"),
    ("abuse.comparison", "my dog has more brains than the chairman", "abusive"),
    ("abuse.comparison", "You are a walking advert for why parish councils should be abolished.", "abusive"),
    ("abuse.contempt", "why are you so thick?", "abusive"),
    ("abuse.contempt", "honestly mate nobody can stand you", "abusive"),
    ("abuse.contempt", "who does she think she is", "abusive"),
    ("abuse.contempt", "your agenda is a joke, like you", "abusive"),
    ("abuse.contempt", "she's got nowt upstairs that one", "abusive"),
    ("abuse.contempt", "hope you all rot in your council offices", "abusive"),
    ("abuse.contempt", "🖕🖕 to the lot of you", "abusive"),
    (
        "abuse.harassment",
        "i will send you an email every single morning at 9 so i am the first thing you see",
        "abusive",
    ),
    ("abuse.harassment", "I'll be keeping an eye on how you spend your evenings, clerk.", "abusive"),
    (
        "abuse.harassment",
        "i'll be in the office every day you're open and at every meeting until you do your job",
        "abusive",
    ),
    ("abuse.emoji", "🤡 cllr baxter 🤡", "abusive"),
    ("abuse.emoji", "💩💩 the clerk 💩💩", "abusive"),
    ("abuse.dialect", "you great lummox", "abusive"),
    ("abuse.formal", "I have never dealt with a more incompetent, obstructive individual than your clerk.", "abusive"),
    ("abuse.formal", "You, madam, are a disgrace.", "abusive"),
    ("abuse.formal", "Dear Clueless,", "abusive"),
    ("abuse.contempt", "get back in the kitchen love and leave the planning to the men", "abusive"),
    ("abuse.contempt", "go and boil your head", "abusive"),
    ("abuse.contempt", "who voted for this clown?", "abusive"),
    ("abuse.contempt", "you're not fit to lick my boots", "abusive"),
    ("abuse.contempt", "you lot are a complete waste of council tax", "abusive"),
    ("abuse.contempt", "the clerk couldn't find her arse with both hands", "abusive"),
    ("abuse.contempt", "well Mr Useless, what now", "abusive"),
    ("abuse.harassment", "I will be outside the office every morning until you resign.", "abusive"),
    ("abuse.harassment", "i will find out everything about you, clerk", "abusive"),
    # near-misses: criticism of things and decisions, self-deprecation, insults reported, third parties
    ("abuse.not-emoji", "🤡🤡 great fun at the circus on the rec tonight 🤡🤡", "not-serious"),
    ("abuse.not-praise", "you are a great clerk, thank you", "not-serious"),
    ("abuse.not-praise", "never in my life have I seen such a wonderful fete", "not-serious"),
    ("abuse.not-plans", "I will be outside the hall at 9 every morning to open up for the playgroup.", "not-serious"),
    ("abuse.not-things", "The clown at the children's party was brilliant, can we book him again?", "not-serious"),
    ("abuse.not-things", "The new signs are a waste of council tax.", "complaint"),
    ("abuse.not-things", "Mr Usher will deliver the leaflets.", "not-serious"),
    ("abuse.not-criticism", "The minutes are a disgrace, half the items are missing.", "complaint"),
    ("abuse.not-criticism", "This decision is stupid and short-sighted.", "not-serious"),
    ("abuse.not-criticism", "The new bins are rubbish, they blow over in the wind.", "not-serious"),
    ("abuse.not-criticism", "the contractor did a shoddy job on the verge", "not-serious"),
    ("abuse.not-self", "I'm a daft old woman and I forgot my allotment key again!", "not-serious"),
    ("abuse.not-reported", "My neighbour called me a stupid cow over the hedge, I want to report it.", "not-serious"),
    ("abuse.not-reported", "Please can you stop the kids calling my son a moron at the bus stop.", "not-serious"),
    ("abuse.not-things", "The fox is a pest, it keeps tipping over the bins.", "not-serious"),
    ("abuse.not-things", "The cow field gate has been left open again.", "not-serious"),
    ("abuse.not-things", "a child could fall through those railings, they need fixing", "not-serious"),
    ("abuse.not-neighbour", "my neighbour is an idiot, the council must act on his hedge", "not-serious"),
    ("abuse.not-plans", "We'll be at every meeting until the playground is reopened.", "not-serious"),
    # --- reports of abuse ------------------------------------------------------------------------------------
    ("report.posted", "Someone posted horrible things about Cllr Brown on the village Facebook group.", "abuse_report"),
    (
        "report.posted",
        "A man wrote on the community page that the clerk should be sacked and called her a witch.",
        "abuse_report",
    ),
    ("report.posted", "somebody has put racist comments under the council's post about the fete", "abuse_report"),
    (
        "report.want-to-report",
        "I want to report abusive messages I have received from another resident.",
        "abuse_report",
    ),
    (
        "report.want-to-report",
        "I wish to report a neighbour who keeps shouting abuse at my elderly mother.",
        "abuse_report",
    ),
    (
        "report.screenshot",
        "Please see the attached screenshots of what is being said about the chair online.",
        "abuse_report",
    ),
    (
        "report.said-about",
        "A lad at the bus stop said some vile things about the Polish family at number 4.",
        "abuse_report",
    ),
    ("report.said-about", "My neighbour said he would burn the hall down, I thought you should know.", "abuse_report"),
    ("report.graffiti", "Someone has sprayed a swastika on the bus shelter.", "abuse_report"),
    ("report.threatened", "The caretaker was threatened by a man in the car park last night.", "abuse_report"),
    # --- complaints without the word ---------------------------------------------------------------------------
    (
        "complaint.no-word",
        "I am really unhappy it has been left like this, please can someone sort it out.",
        "complaint",
    ),
    ("complaint.no-word", "This was reported before and nothing was done, which is very disappointing.", "complaint"),
    ("complaint.no-word", "the streetlight on church lane is still out, 3rd time ive emailed", "complaint"),
    (
        "complaint.no-word",
        "Dear Sir, I write to express my dissatisfaction with the state of the playing field.",
        "complaint",
    ),
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
    (
        "threat.not-reported",
        "A man shouted that he would smash the clerk's car, I have reported it to the police.",
        "not-serious",
    ),
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
    (
        "abuse.not-criticism",
        "The council's handling of the car park has been incompetent and I want an explanation.",
        "complaint",
    ),
    ("report.posted", "There is a post on Facebook calling the clerk a liar and a thief.", "abuse_report"),
    (
        "report.posted",
        "Somebody keeps leaving comments on the village page saying Cllr Ahmed should go home.",
        "abuse_report",
    ),
    ("report.posted", "A resident messaged me on WhatsApp threatening the chair.", "abuse_report"),
    ("report.want-to-report", "I'd like to report some racist graffiti on the underpass.", "abuse_report"),
    (
        "report.want-to-report",
        "I am writing to report harassment of my daughter by a group of boys on the rec.",
        "abuse_report",
    ),
    ("report.screenshot", "Screenshot attached of what he wrote about you.", "abuse_report"),
    ("report.said-about", "The man at number 12 keeps calling my son names because he is autistic.", "abuse_report"),
    ("report.said-about", "My husband was called a paki by a man outside the shop.", "abuse_report"),
    ("report.threatened", "Our lengthsman was threatened with a knife while cutting the verges.", "abuse_report"),
    ("report.threatened", "Some youths were shouting abuse at the volunteers on the green.", "abuse_report"),
    ("complaint.no-word", "Third time of asking: the hedge on Anstey Lane is blocking the pavement.", "complaint"),
    ("complaint.no-word", "Frankly this is not good enough and I expect better from the council.", "complaint"),
    ("complaint.no-word", "the drain outside no 5 floods every time it rains and nobody does anything", "complaint"),
    (
        "complaint.no-word",
        "I must say I am disappointed by the council's decision on the allotment rents.",
        "complaint",
    ),
    ("complaint.no-word", "We have been waiting since June for the bench to be replaced.", "complaint"),
    (
        "complaint.no-word",
        "Please can somebody come and look at the broken gate, kids are getting out onto the road.",
        "complaint",
    ),
    ("complaint.no-word", "Your contractor left the verge in a terrible state.", "complaint"),
    # --- third round: look-alikes that must stay apart, and more general forms ---------------------------------
    (
        "precision.complaint-stays",
        "I will be at the next meeting and I will be raising this, mark my words.",
        "not-serious",
    ),
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
    (
        "precision.complaint-stays",
        "The old pavilion will be demolished and rebuilt next spring, I understand.",
        "not-serious",
    ),
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
    (
        "report.posted",
        "There are nasty comments about the chair on the Cropston noticeboard Facebook page.",
        "abuse_report",
    ),
    ("report.said-about", "My neighbour keeps telling people the clerk is a thief.", "abuse_report"),
    ("complaint.no-word", "Absolutely shocking state of the footpath by the church.", "complaint"),
    (
        "complaint.no-word",
        "Dear Clerk, the verges have not been cut since May and it is dangerous for drivers.",
        "complaint",
    ),
    # --- fifth round: also written and measured before any rule was changed for them -----------------------
    ("threat.round5", "Next time you cut our hedge without asking I'll put you through the hedge.", "threat"),
    ("threat.round5", "The clerk had better keep her doors locked.", "threat"),
    ("threat.round5", "I am not responsible for what my sons will do to you when they hear about this.", "threat"),
    ("threat.round5", "people have been hurt for less", "threat"),
    ("threat.round5", "I would lock your car up tonight if I were you.", "threat"),
    ("threat.round5", "Cancel the event or the marquee gets slashed.", "threat"),
    ("threat.round5", "We're going to make the chairman's life very painful.", "threat"),
    ("threat.round5", "i'll batter the lot of yous", "threat"),
    ("threat.round5", "Keep going and you'll end up in the river.", "threat"),
    ("threat.round5", "There's a brick with your name on it.", "threat"),
    ("hate.round5", "Asian families should live elsewhere, not in our village.", "hate"),
    ("hate.round5", "Travellers are parasites, every single one of them.", "hate"),
    ("hate.round5", "I'm sick of these foreigners, they're vermin.", "hate"),
    ("hate.round5", "We need fewer Muslims here, not more.", "hate"),
    ("hate.round5", "Gypsies should be banned from the shop.", "hate"),
    ("hate.round5", "Disabled people are useless and a drain on the council.", "hate"),
    ("abuse.round5", "You're a spineless little weasel and everyone knows it.", "abusive"),
    ("abuse.round5", "The whole council are idiots.", "abusive"),
    ("abuse.round5", "Piss off, clerk.", "abusive"),
    ("abuse.round5", "you are all corrupt scumbags", "abusive"),
    ("abuse.round5", "Mrs Hill is a nasty old witch.", "abusive"),
    ("report.round5", "My elderly neighbour has been getting abusive phone calls about her objection.", "abuse_report"),
    ("report.round5", "Someone keyed Cllr Patel's car and wrote 'go home' on it.", "abuse_report"),
    (
        "report.round5",
        "I wish to report that the chairman was verbally abused outside the shop on Saturday.",
        "abuse_report",
    ),
    (
        "report.round5",
        "Kids have been throwing eggs at the Polish family's house and shouting at them.",
        "abuse_report",
    ),
    ("report.round5", "This account keeps posting your home address online.", "abuse_report"),
    ("complaint.round5", "I am extremely unhappy with the way my allotment application was handled.", "complaint"),
    ("complaint.round5", "The playground gate has been broken for months now.", "complaint"),
    ("complaint.round5", "Can you explain why the toilets are locked again? This is the third weekend.", "complaint"),
    ("complaint.round5", "Again the grass cutters have left clippings all over the footpath.", "complaint"),
    ("complaint.round5", "The state of the bus shelter is a disgrace.", "complaint"),
    ("complaint.round5", "You promised to get back to me within a week. That was a month ago.", "complaint"),
    ("precision.round5", "The Asian supermarket has asked about a market stall at the fete.", "not-serious"),
    ("precision.round5", "We are killing ourselves laughing at the panto rehearsals!", "not-serious"),
    ("precision.round5", "I'll be at the meeting to argue against the plans.", "not-serious"),
    ("precision.round5", "If this goes ahead I will be writing to the MP.", "not-serious"),
    ("precision.round5", "My son was bitten by a dog on the rec, who do I tell?", "not-serious"),
    ("precision.round5", "The fireworks will be set off from the cricket pitch.", "not-serious"),
    ("precision.round5", "You are all doing a great job, thank you.", "not-serious"),
    ("precision.round5", "I hate how the potholes damage my tyres.", "not-serious"),
    # --- fourth round: written and measured before any rule was changed for them ---------------------------
    ("threat.round4", "I'm going to wring that clerk's neck.", "threat"),
    ("threat.round4", "You want to be careful walking to your car at night.", "threat"),
    ("threat.round4", "If the fence goes ahead, expect a visit.", "threat"),
    ("threat.round4", "i swear on my kids ill do u in", "threat"),
    ("threat.round4", "Cllr Webb won't be smiling after I've finished with him.", "threat"),
    ("threat.round4", "One more letter like that and I'll come down there and sort you out myself.", "threat"),
    ("threat.round4", "We'll torch the lot of your cars.", "threat"),
    ("threat.round4", "YOU WILL BE HURT", "threat"),
    ("threat.round4", "That hall won't be standing much longer.", "threat"),
    ("threat.round4", "I've got a crossbow and I know how to use it.", "threat"),
    ("threat.round4", "gonna stab the chair at the next meeting", "threat"),
    ("threat.round4", "Your kids walk home alone don't they.", "threat"),
    ("hate.round4", "Filthy gypsies ruin everything they touch.", "hate"),
    ("hate.round4", "Why should we pay for the disabled to have ramps? They contribute nothing.", "hate"),
    ("hate.round4", "Muslims are not welcome at the war memorial service.", "hate"),
    ("hate.round4", "i hate them asylum seekers", "hate"),
    ("hate.round4", "Gay people are sick and should keep away from children.", "hate"),
    ("hate.round4", "Black people are savages.", "hate"),
    ("hate.round4", "The Jews on the council should be removed.", "hate"),
    ("hate.round4", "Trans women are men in dresses and should be banned from the toilets.", "hate"),
    ("abuse.round4", "You lot are a bunch of useless parasites.", "abusive"),
    ("abuse.round4", "The clerk is a vile, nasty woman.", "abusive"),
    ("abuse.round4", "SHUT UP YOU STUPID COW", "abusive"),
    ("abuse.round4", "What a pathetic excuse for a council.", "abusive"),
    ("abuse.round4", "Cllr Ford, you are an utter moron.", "abusive"),
    ("abuse.round4", "dear clerk, you are thick as mince", "abusive"),
    ("report.round4", "A group of lads were shouting homophobic abuse at the couple by the pond.", "abuse_report"),
    ("report.round4", "Someone has been putting nasty notes through the clerk's door.", "abuse_report"),
    ("report.round4", "I want to make you aware of a threatening message I got from a resident.", "abuse_report"),
    ("report.round4", "Someone has written horrible things about Cllr Shah on the bus shelter.", "abuse_report"),
    ("report.round4", "My daughter is being bullied by kids on the play area every afternoon.", "abuse_report"),
    ("report.round4", "A man in a white van threatened to run me over when I asked him to slow down.", "abuse_report"),
    ("complaint.round4", "It has been six weeks and the bin still hasn't been replaced.", "complaint"),
    ("complaint.round4", "Very poor show from the council regarding the allotment water supply.", "complaint"),
    ("complaint.round4", "I'm fed up of asking for the hedge to be cut.", "complaint"),
    ("complaint.round4", "The new parking rules are ridiculous and nobody asked us.", "complaint"),
    ("complaint.round4", "Who decided to put the bench facing the bins? Whoever did needs to sort it.", "complaint"),
    ("complaint.round4", "I've phoned three times about the fly-tipping and still nothing.", "complaint"),
    ("precision.round4", "I could murder a pint after that meeting, it went on forever!", "not-serious"),
    ("precision.round4", "Someone is going to get killed crossing the A6 by the garden centre.", "not-serious"),
    ("precision.round4", "The Muslim women's group would like to use the hall on Fridays.", "not-serious"),
    ("precision.round4", "I hate to complain but the hedge needs cutting.", "not-serious"),
    ("precision.round4", "Our councillors are hardworking and I want to thank them.", "not-serious"),
    ("precision.round4", "He threatened to punch me, can you tell me how to report it to the police?", "not-serious"),
    ("precision.round4", "Could the gypsy and traveller liaison officer contact me please?", "not-serious"),
    ("precision.round4", "I'll be bringing the knives for the cake at the coffee morning.", "not-serious"),
    # --- hate, round 6: how a group is named, and what is said of it, in wordings from no corpus message -------
    ("hate.generalisation", "Why do the Romanian lads on Station Road always park on the verge?", "hate"),
    (
        "hate.generalisation",
        "Every time the travellers pitch up on the common, bikes go missing from the sheds.",
        "hate",
    ),
    ("hate.generalisation", "Do the Poles ever actually pay council tax?", "hate"),
    ("hate.generalisation", "whenever them gypsies settle anywhere the crime goes up", "hate"),
    (
        "hate.hedged",
        "I'm not racist but the Somali families have brought nothing but trouble to Church Street.",
        "hate",
    ),
    ("hate.hedged", "No offence but disabled people shouldn't be given jobs in the office.", "hate"),
    ("hate.dehumanise", "Latvians are like rats.", "hate"),
    ("hate.dehumanise", "Islam is a disease.", "hate"),
    ("hate.dehumanise", "The autistic children are feral.", "hate"),
    ("hate.dehumanise", "Eastern European trash everywhere now.", "hate"),
    ("hate.dehumanise", "ASYLUM PARASITES THE LOT OF THEM", "hate"),
    ("hate.age", "Anyone over 75 is senile and should be banned from the committee.", "hate"),
    ("hate.age", "them old codgers should be put down", "hate"),
    (
        "hate.people-like-that",
        "We have hired a blind woman for reception. People like that are useless in an office.",
        "hate",
    ),
    (
        "hate.people-like-that",
        "A wedding for two women in the pavilion is unnatural, that sort should do it elsewhere.",
        "hate",
    ),
    ("hate.exclusion", "Send em home, the lot of them immigrants.", "hate"),
    ("hate.exclusion", "Pregnant women shouldn't be given jobs at the council.", "hate"),
    ("hate.exclusion", "People of that religion should not hold office in this village.", "hate"),
    ("hate.exclusion", "the black lot from the estate should stay in their own area", "hate"),
    ("hate.trope", "A Kurdish family moved in and everybody knows what happens once they start arriving.", "hate"),
    ("hate.trope", "These civil partnerships are a perversion.", "hate"),
    ("hate.obfuscated", "i hate m*slims", "hate"),
    ("hate.obfuscated", "g a y s should be banned from the hall", "hate"),
    ("hate.obfuscated", "THE P 4 K I SHOP SHOULD BE SHUT DOWN", "hate"),
    (
        "hate.not-sympathetic",
        "Why do the travellers always get moved on without being offered a proper site?",
        "not-serious",
    ),
    ("hate.not-sympathetic", "Do the elderly residents ever get consulted about the bus timetable?", "not-serious"),
    ("hate.not-negated", "I don't think disabled people should be kept away from the playground.", "not-serious"),
    ("hate.not-neutral", "Just asking, is the hall free for the Muslim women's group on Friday?", "not-serious"),
    (
        "hate.not-neutral",
        "Every time the Polish families arrive at the hall the heating is broken, please fix it.",
        "not-serious",
    ),
    ("hate.not-neutral", "The feral cats by the Polish shop need rehoming.", "not-serious"),
    (
        "hate.not-neutral",
        "Could the council stop more lorries coming through, the elderly residents are scared to cross.",
        "not-serious",
    ),
    (
        "hate.not-neutral",
        "The old people's lunch club should be moved somewhere else because the hall roof leaks.",
        "not-serious",
    ),
    ("hate.not-counter", "It is a myth that immigrants steal our jobs.", "not-serious"),
    ("hate.not-counter", "These so-called experts say the pavilion is unsafe for disabled people.", "not-serious"),
    ("hate.not-reported", "My neighbour said Muslims are a disease and I want to report it.", "not-serious"),
    (
        "hate.not-complaint",
        "the contractors were useless, these people never finish, and the travellers' site gate is still broken",
        "not-serious",
    ),
    ("hate.not-phone-number", "ring me on 0 1 1 6 2 3 4", "enquiry"),
    # --- complaints without the word, round 6: promises not kept, nothing happening, asked to think again ------
    (
        "complaint.promise-broken",
        "We were told in June the swings would be mended. As far as I can see nothing has happened.",
        "complaint",
    ),
    ("complaint.promise-broken", "That is not what your office told me on the phone.", "complaint"),
    (
        "complaint.nothing-happens",
        "The gully floods every storm. I already sent three emails. Nothing changed.",
        "complaint",
    ),
    ("complaint.nothing-happens", "nobody ever rings back, what's the point of having an office", "complaint"),
    (
        "complaint.nothing-happens",
        "We raised the crossing at three parish meetings and still no sign of it.",
        "complaint",
    ),
    ("complaint.nothing-happens", "I first reported the leaning lamp post in March.", "complaint"),
    ("complaint.nothing-happens", "No action was taken after my report.", "complaint"),
    ("complaint.nothing-happens", "The hedge still hasn't been cut though.", "complaint"),
    ("complaint.nothing-happens", "I have not received back my deposit for the hall.", "complaint"),
    (
        "complaint.reconsider",
        "I would respectfully ask the council to think again about closing the toilets.",
        "complaint",
    ),
    ("complaint.reconsider", "Please reconsider the decision to close the car park.", "complaint"),
    ("complaint.rhetorical", "The new signage is not exactly helpful, is it.", "complaint"),
    ("complaint.rhetorical", "How are residents supposed to find the agenda when the website is down?", "complaint"),
    ("complaint.rhetorical", "Is anybody actually responsible for the drains on School Lane?", "complaint"),
    ("complaint.rhetorical", "I'm sure it's all terribly difficult, emptying one bin.", "complaint"),
    ("complaint.rhetorical", "Absolute shambles at the allotments this morning.", "complaint"),
    (
        "complaint.not-promise",
        "We were told the hall would be free on Saturday, can you confirm the key pickup time?",
        "enquiry",
    ),
    (
        "complaint.not-promise",
        "I was told you would send the allotment forms, could you post them to me please?",
        "enquiry",
    ),
    (
        "complaint.not-nothing",
        "Thank you, nothing has changed since my last email so no need to update the address.",
        "enquiry",
    ),
    ("complaint.not-sarcasm", "I'm sure it's all very hard work organising the fete, thank you.", "enquiry"),
    ("complaint.not-poor", "The poor families in the village would benefit from a food bank at the hall.", "enquiry"),
    # --- requests for information, round 6 ------------------------------------------------------------------
    ("foi.plain", "Kindly provide me the minutes and the hire charges for the pavilion for 2025.", "foi_request"),
    ("foi.plain", "Could you let me have the maintenance log for the play area?", "foi_request"),
    ("foi.plain", "How much is the clerk paid per hour?", "foi_request"),
    ("foi.plain", "Please may I have a copy of the gifts and hospitality register?", "foi_request"),
    ("foi.not-price", "How much does it cost to hire the hall for a birthday party?", "enquiry"),
    ("foi.not-form", "Could I have a copy of the hall booking form please?", "enquiry"),
    ("sar.plain", "Could I 'ave a copy of owt you've got on me?", "subject_access"),
    ("sar.plain", "I'd like copies of any emails that name me, from the chairman or the clerk.", "subject_access"),
    ("sar.plain", "Please send me notes of those calls I made to the office in May.", "subject_access"),
    ("sar.hedged", "ngl i kinda want to know what info you lot have on me", "subject_access"),
    ("sar.hedged", "What I'm wanting is to see everything the council has got about me.", "subject_access"),
    ("sar.footage", "Can I get the camera footage that has me in it from Saturday night?", "subject_access"),
    (
        "sar.footage",
        "I'd like the recording from the hall camera, you'll see me by the door at about six.",
        "subject_access",
    ),
    (
        "sar.held-for",
        "Could you tell me what personal details the council holds for me on the waiting list?",
        "subject_access",
    ),
    (
        "sar.for-another",
        "I hold power of attorney for my mother. Please send copies of everything the council has on mum.",
        "subject_access",
    ),
    (
        "foi.indirect",
        "Would you be able to send me what's gone back and forth with the county about the crossing?",
        "foi_request",
    ),
    (
        "foi.indirect",
        "What I want is copies of every letter the council has sent to the water company since 2024.",
        "foi_request",
    ),
    ("foi.indirect", "what i'm after is a copy of the lease for the pavilion", "foi_request"),
    ("foi.indirect", "Can I have a copy of the condition survey on the pavilion roof?", "foi_request"),
    ("foi.indirect", "I'd like to know how many complaints the council has had about the skate park.", "foi_request"),
    ("foi.indirect", "Is there any way I could have sight of the tender documents for the hall roof?", "foi_request"),
    ("foi.terse", "Hello. want to see the contract for the grass cutting if poss.", "foi_request"),
    # --- reports of abuse and conduct complaints, round 6 ---------------------------------------------------
    ("report.framed", 'Someone\'s pinned a poster on the noticeboard saying "No Muslims in our hall".', "abuse_report"),
    (
        "report.framed",
        "A man at the bus stop was shouting that he'd torch the pavilion. Police informed.",
        "abuse_report",
    ),
    ("report.framed", 'a man told my daughter (14) he\'d "knock her block off" if her dog came near', "abuse_report"),
    ("report.framed", "There's a lad on the village page slagging the chairman off.", "abuse_report"),
    ("report.not-flowers", "Someone's left a lovely bunch of flowers at the war memorial.", "enquiry"),
    ("report.not-cheering", "The lads were shouting that they'd won the cup, great night at the pavilion.", "enquiry"),
    ("report.not-promise", "The clerk told us she'd send the agenda by Friday.", "enquiry"),
    (
        "conduct.plain",
        "Cllr Brown was visibly drunk at the fete and shouted at the stallholders. I'd like it investigated.",
        "conduct_complaint",
    ),
    ("conduct.plain", "The groundsman was rude to my son and swore at him.", "conduct_complaint"),
    (
        "conduct.plain",
        "Cllr Price is using her council position to favour her own family's business.",
        "conduct_complaint",
    ),
    ("conduct.not-investigation", "I'd like it investigated whether the footpath is a public right of way.", "enquiry"),
    # --- round 6, terse, capitals and emoji: a group named without a verb ------------------------------------
    ("hate.terse", "Gypsies. Thieves, all of them.", "hate"),
    ("hate.terse", "POLES OUT!!!", "hate"),
    ("hate.terse", "migrants out now", "hate"),
    ("hate.emoji", "travellers 🤮🤮", "hate"),
    ("hate.emoji", "Gay pride flag on the hall 🤮", "hate"),
    ("hate.dialect", "They're nowt but trouble, them Romanians.", "hate"),
    ("hate.veiled", "a new mosque? lock up your daughters", "hate"),
    ("hate.not-terse", "The travellers moved out last week, the field needs clearing.", "not-serious"),
    ("hate.not-terse", "the field is full of rats. Travellers left it", "not-serious"),
    ("hate.not-terse", "the disgusting state the travellers left the field in", "not-serious"),
    ("hate.not-emoji", "Thank you for the lovely Diwali evening 😊", "not-serious"),
    ("hate.not-terse", "Thieves broke into the Polish shop last night.", "not-serious"),
    # --- complaints in business and organisational tone ----------------------------------------------------
    (
        "complaint.business",
        "The drainage issue on Church Walk remains unresolved despite our letter of 3 May.",
        "complaint",
    ),
    (
        "complaint.business",
        "The grounds maintenance this season has fallen well short of the agreed specification.",
        "complaint",
    ),
    ("complaint.business", "Our members have experienced repeated problems with the hall heating.", "complaint"),
    ("complaint.objection", "We wish to register our strongest objection to the new car park charges.", "complaint"),
    ("complaint.objection", "I'd like my objection noted to the closure of the toilets.", "complaint"),
    (
        "complaint.objection",
        "I do not understand how the council reached this decision on the allotments.",
        "complaint",
    ),
    ("complaint.noise", "The disco at the hall kept the whole street awake until gone midnight.", "complaint"),
    ("complaint.dialect", "its bin like that for weeks, the drain on Brook St, nowt done", "complaint"),
    ("complaint.not-business", "Please could the council confirm the date of the annual parish meeting?", "enquiry"),
    # --- hate, round 7: invented in the ten styles, with the near miss each construction must leave alone ------
    ("hate.blame", "The Polish workers at the farm are ruining the village with their drinking.", "hate"),
    ("hate.blame", "Asians have ruined Leicester and they'll ruin us too.", "hate"),
    ("hate.blame", "Black people commit most of the crime around here, fact.", "hate"),
    ("hate.blame", "Asian shopkeepers always overcharge, everyone knows it.", "hate"),
    ("hate.insult-group", "ay up, them travellers are back on the rec me duck, thieving gits the lot of em", "hate"),
    ("hate.insult-group", "Travellers are idiots.", "hate"),
    ("hate.exclusion", "Women have no business chairing the parish council.", "hate"),
    ("hate.exclusion", "Trans women are not women and should stay out of the ladies toilets at the hall.", "hate"),
    ("hate.exclusion", "There are too many foreigners in this village now.", "hate"),
    ("hate.exclusion", "Keep the Irish tinkers off our common.", "hate"),
    ("hate.harm-call", "It's time we cleansed the village of these people.", "hate"),
    ("hate.harm-call", "The gypsy site should be bulldozed and them with it.", "hate"),
    ("hate.trope", "Why are we letting refugees jump the housing queue ahead of local families?", "hate"),
    ("hate.trope", "Our village, our rules. Immigrants need to learn their place.", "hate"),
    ("hate.trope", "Jews and their money, pulling the strings on the planning committee again.", "hate"),
    ("hate.trope", "These lesbians flaunting themselves at the fete should be ashamed.", "hate"),
    (
        "hate.trope",
        "The asylum seekers at the hotel are all young men of fighting age, our girls are not safe.",
        "hate",
    ),
    ("hate.derogation", "Hindus worship cows and idols, they are backward.", "hate"),
    ("hate.not-blame", "The storm is ruining the hanging baskets the Polish workers planted.", "not-serious"),
    ("hate.not-blame", "The migrants were ruining nothing, the hotel was empty.", "not-serious"),
    ("hate.not-blame", "The rain ruined everything at the Diwali stall, can we rebook?", "not-serious"),
    ("hate.not-blame", "Asian shopkeepers always open on bank holidays, which is great.", "not-serious"),
    ("hate.not-blame", "Everyone knows the travellers are moving on next week.", "not-serious"),
    ("hate.not-insult", "The vandals who attacked the Polish family are idiots.", "not-serious"),
    (
        "hate.not-exclusion",
        "There are too many pensioners waiting for the community bus, can we add a second run?",
        "not-serious",
    ),
    ("hate.not-exclusion", "The disabled toilet should be kept out of use until the lock is fixed.", "not-serious"),
    ("hate.not-exclusion", "The women's group have no business plan yet, can the clerk help?", "not-serious"),
    (
        "hate.not-trope",
        "Elderly residents are not safe crossing the A6, our children are not safe either.",
        "not-serious",
    ),
    ("hate.not-trope", "The Jewish community and their rabbi thanked the council for the hall.", "not-serious"),
    ("hate.not-trope", "Please keep the teenagers' youth club open, they have nowhere else to go.", "not-serious"),
    # --- hate, round 8: emoji, flags, leet, dialect, organisations ----------------------------------------------
    ("hate.obfuscated", "musl1ms out of our hall", "hate"),
    ("hate.obfuscated", "k*kes run the council", "hate"),
    ("hate.emoji", "🏳️‍🌈 = 🤢", "hate"),
    ("hate.emoji", "🇵🇱🇷🇴 go home", "hate"),
    (
        "hate.organisation",
        "The Residents' Association objects to letting the hall to the Romanian community, "
        "whose members have no respect for our village.",
        "hate",
    ),
    (
        "hate.organisation",
        "On behalf of the bowls club committee: we do not want disabled members, they slow the game down.",
        "hate",
    ),
    ("hate.dialect", "ME DUCK THEM POLES AVE TEKEN OVER THE WHOLE STREET", "hate"),
    ("hate.dialect", "the blacks on the estate r trouble", "hate"),
    ("hate.formal", "I find it unacceptable that Traveller children are given free places while ours wait.", "hate"),
    ("hate.terse", "The gays get everything round here.", "hate"),
    ("hate.terse", "Travellers? Filth.", "hate"),
    ("hate.terse", "Another foreign name on the ballot paper. Vote British.", "hate"),
    ("hate.hedged", "Not being funny but the Indians at the corner shop smell.", "hate"),
    ("hate.site", "Those people from the site are animals.", "hate"),
    ("hate.harm-call", "Honestly the sooner the old biddies at the bowls club die off the better.", "hate"),
    ("hate.not-trope", "The new owners have taken over the Polish shop and it's lovely.", "not-serious"),
    (
        "hate.not-trope",
        "Could the elderly residents get special treatment at the flu clinic, like a seat?",
        "not-serious",
    ),
    ("hate.not-trope", "Our Pakistani neighbours get everything ready for the street party every year.", "not-serious"),
    (
        "hate.not-trope",
        "Wheelchair users have no respect for our ramp because it's too steep, it needs redoing.",
        "not-serious",
    ),
    (
        "hate.not-site",
        "The refugees from the hotel are helping with the litter pick, isn't that lovely!",
        "not-serious",
    ),
    ("hate.not-emoji", "Polish lessons at the hall, Romanians welcome too! 🇵🇱🇷🇴", "not-serious"),
    ("hate.not-emoji", "The gay and lesbian group wants the rainbow flag up, I'm all for it 🌈", "not-serious"),
    ("hate.not-terse", "The travellers left the gate open - animals got onto the road.", "not-serious"),
    ("hate.not-out", "Muslims out of work can get help at the job club.", "not-serious"),
    # --- hate, round 9: rhetoric - denial, questions, coded antisemitism; and hate passed on in a report ---------
    ("hate.rhetorical-negation", "Muslims aren't human, they're animals.", "hate"),
    ("hate.rhetorical-negation", "those travellers are not people, just vermin", "hate"),
    ("hate.rhetorical-negation", "the migrants at the hotel are an invasion, not guests", "hate"),
    ("hate.rhetorical-negation", "Gays? Not normal. Perverts.", "hate"),
    (
        "hate.rhetorical-negation",
        "Stop pretending the gypsies are residents like us when they're just thieves.",
        "hate",
    ),
    ("hate.rhetorical-negation", "Call them what they are: parasites, not refugees.", "hate"),
    ("hate.not-rhetorical", "Travellers are our neighbours, not criminals.", "not-serious"),
    ("hate.not-rhetorical", "They're families, not vermin, and the council should say so.", "not-serious"),
    ("hate.not-rhetorical", "The asylum seekers at the hotel are people, not a problem to be managed.", "not-serious"),
    ("hate.not-rhetorical", "It is wrong to say travellers aren't people, they're our neighbours.", "not-serious"),
    ("hate.question", "Who said the gays could be allowed to hold a wedding in our church hall?", "hate"),
    ("hate.question", "isnt it time them gypsies went back where they came from", "hate"),
    ("hate.question", "The Romanians on Station Road, isn't it time they all went back?", "hate"),
    ("hate.question", "Wouldn't we all be better off without the immigrants?", "hate"),
    ("hate.question", "Why should our village have to put up with the travellers every summer?", "hate"),
    ("hate.question", "Am I wrong to wonder why the Pakistanis never integrate?", "hate"),
    ("hate.question", "Is it racist to ask why Romanians always end up in court?", "hate"),
    ("hate.question", "Why is it always the blacks causing trouble on the estate?", "hate"),
    ("hate.question", "What is it with Romanians and stealing?", "hate"),
    ("hate.question", "How can a woman be expected to chair the council and look after kids?", "hate"),
    ("hate.question", "Half of them shouldn't even be in the country, why is the hall let to these people?", "hate"),
    ("hate.not-question", "Who decided that the bins should be collected on a Monday?", "not-serious"),
    ("hate.not-question", "Isn't it time the council fixed the potholes?", "not-serious"),
    ("hate.not-question", "Isn't it time they went home? The party next door is still going at 2am.", "not-serious"),
    ("hate.not-question", "Why should residents have to put up with the dog mess on the rec?", "not-serious"),
    ("hate.not-question", "Why is it always the travellers who get blamed for the mess?", "not-serious"),
    ("hate.not-question", "How can a disabled person be expected to get up that ramp?", "not-serious"),
    (
        "hate.not-question",
        "Who decided pensioners should be allowed the free bus on Sundays only? Ridiculous.",
        "not-serious",
    ),
    ("hate.not-question", "Are Muslim residents able to book the hall for Eid? What's the price?", "not-serious"),
    ("hate.coded", "Interesting how a certain community controls the media and the papers.", "hate"),
    ("hate.coded", "(((globalists))) run the council", "hate"),
    ("hate.coded", "Jewish bankers pull the strings at Westminster.", "hate"),
    ("hate.coded", "Funny how the globalists always get their way, Soros pulls the strings.", "hate"),
    ("hate.coded", "Don't they own enough already, the Jewish lot, the banks, the papers?", "hate"),
    ("hate.not-coded", "The Jewish community runs a lovely food bank at the synagogue.", "not-serious"),
    ("hate.not-coded", "It's an old antisemitic lie that Jews control the banks.", "not-serious"),
    ("hate.not-coded", "A Jewish family bought the old post office and runs it well.", "not-serious"),
    ("hate.dialect", "Them Poles want shippin' home.", "hate"),
    ("hate.exclusion", "pregnant women shouldn't be on councils at all", "hate"),
    ("hate.exclusion", "ppl like him shudnt b allowed on the council, the new cllr is a bender", "hate"),
    ("hate.not-slur", "we went on a bender after the fete lol", "not-serious"),
    ("hate.not-slur", "Can someone sharpen the spades in the allotment shed?", "not-serious"),
    ("hate.not-slur", "She went back home to Krakow for Christmas, so the Polish class is off.", "not-serious"),
    ("hate.sarcasm", 'oh lovely, a "multicultural food festival". what next, a goat sacrifice?', "hate"),
    ("hate.reported", "Someone has sprayed PAKIS OUT on the bus shelter, can you get it cleaned?", "abuse_report"),
    (
        "hate.reported",
        "Someone's spray-painted GAS THE JEWS on the war memorial, please get it cleaned off.",
        "abuse_report",
    ),
    ("hate.reported", "kids were shouting paki at my son outside the shop", "abuse_report"),
    (
        "hate.reported",
        'Please delete the comments under the fete post: "disgusting perverts". Screenshots attached.',
        "abuse_report",
    ),
    (
        "hate.reported",
        'Leaflets came through the doors reading "the gypsies are vermin,\ndrive them out".',
        "not-serious",
    ),
    ("hate.not-reported", "I don't care what anyone says, the travellers are scum.", "hate"),
    ("hate.not-reported", "Please remove the Pride posters from the hall, gays are disgusting perverts.", "hate"),
    ("hate.not-reported", "I've reported them to the police again, the gypsies are vermin.", "hate"),
    (
        "hate.reported",
        "I've passed the screenshots to the police: someone wrote that the gypsies are vermin.",
        "abuse_report",
    ),
    ("hate.understatement", "One does wonder whether the travellers might be happier somewhere else entirely.", "hate"),
    (
        "hate.understatement",
        "I'm not entirely convinced our new Romanian neighbours share our standards of cleanliness.",
        "hate",
    ),
    (
        "hate.not-understatement",
        "One does wonder whether the new bins might be happier somewhere else entirely.",
        "not-serious",
    ),
    ("hate.dialect", "thae gypsies are a pack o thieves, the lot o them", "hate"),
    (
        "hate.conspiracy",
        "They're replacing us. The great replacement is happening right here and the council is in on it.",
        "hate",
    ),
    ("hate.conspiracy", "The migrants are part of a plan to replace the English, everyone can see it.", "hate"),
    ("hate.conspiracy", "The Muslims are breeding us out.", "hate"),
    (
        "hate.not-conspiracy",
        "The great replacement theory is a racist conspiracy, please remove the leaflet.",
        "not-serious",
    ),
    (
        "hate.amateur-law",
        "Under common law I have the right to demand the removal of the gypsies from the parish.",
        "hate",
    ),
    (
        "hate.not-amateur-law",
        "Please arrange the removal of the caravans from the playing field by Friday.",
        "not-serious",
    ),
    ("hate.diary", "Monday: the Polish lot next door are drunk again. Filthy animals, the lot of them.", "hate"),
    ("hate.question", "how are the asylum seekers in the hotel even allowed near our kids?", "hate"),
    ("hate.terse", "Why do the council let the travellers camp wherever they like? Animals.", "hate"),
    ("hate.named-person", "Mrs Khan only got the job because she's Muslim, typical.", "hate"),
    ("hate.named-person", "he only got elected cos hes black", "hate"),
    ("hate.not-named-person", "She only got the job because she's the chair's niece.", "not-serious"),
    ("hate.not-named-person", "He only got the job because he is old friends with the chair.", "not-serious"),
    ("hate.terse", "The Romanians left rubbish everywhere again. Vermin, the lot of them!", "hate"),
    ("hate.not-terse", "The kids smashed the bus shelter again. Animals.", "not-serious"),
    (
        "hate.not-terse",
        "The travellers moved on yesterday. Vermin control is booked for the site on Monday.",
        "not-serious",
    ),
    (
        "hate.reported",
        "Someone has written on the shelter wall in huge red letters PAKIS GO HOME, it's vile.",
        "not-serious",
    ),
    # --- complaints and requests, round 8: formal, organisational and terse -------------------------------------
    (
        "complaint.formal",
        "Dear Sir, I write to bring to your attention the deplorable condition of the churchyard wall.",
        "complaint",
    ),
    (
        "complaint.organisation",
        "We, the committee of the Gardening Club, are dismayed by the council's decision on rents.",
        "complaint",
    ),
    (
        "complaint.terse",
        "The grit bin was empty all through the snow. Residents were slipping over. Not acceptable.",
        "complaint",
    ),
    (
        "complaint.danger",
        "The playground surface is coming up and a child tripped yesterday, please get someone out.",
        "complaint",
    ),
    (
        "complaint.business",
        "Our business has lost trade because the car park has been closed without notice.",
        "complaint",
    ),
    ("complaint.formal", "Frankly the council's handling of the flooding has been woeful.", "complaint"),
    (
        "complaint.not-conditional",
        "The hall will be closed without notice if the boiler fails, the caretaker says.",
        "enquiry",
    ),
    ("complaint.not-lost-dog", "My dog slipped his lead at the fete - has anyone found him?", "enquiry"),
    ("foi.formal", "I am writing to request the total spent on the village hall refurbishment.", "foi_request"),
    ("foi.terse", "how much did the new play equipment cost??", "foi_request"),
    ("foi.formal", "I would be grateful for a list of all contracts awarded over £5,000 since 2024.", "foi_request"),
    ("foi.plain", "What did the council pay the consultants for the village plan?", "foi_request"),
    ("foi.not-price", "How much does the hall cost to hire on a Saturday?", "enquiry"),
    ("foi.not-grateful", "I would be grateful if you could tell me the bin collection days.", "enquiry"),
    # --- round 6, ordinary categories: conduct said through role and process, reports of fakes and police, complaints
    # as questions, understatement and diaries, plainly worded requests; and the near-misses that must stay put
    # conduct: the member's own conduct, said through role and process
    (
        "conduct.interest",
        "Cllr Hadley voted on the planning application from his own son's company and never declared an interest.",
        "conduct_complaint",
    ),
    (
        "conduct.interest",
        "the chairman sat on the grants panel that gave money to her husband's firm, she didnt declare it",
        "conduct_complaint",
    ),
    (
        "conduct.interest",
        "Surely it is predetermination when Councillor Brook told the whole pub how he would vote before the meeting?",
        "conduct_complaint",
    ),
    (
        "conduct.role",
        "Cllr Dean was swearing at the bar in the social club on Friday night, calling people names. Is a "
        "councillor allowed to behave like that?",
        "conduct_complaint",
    ),
    (
        "conduct.role",
        "cllr moss shared my address in the village whatsapp. i thought there were rules for councillors "
        "about this stuff",
        "conduct_complaint",
    ),
    (
        "conduct.role",
        "Councillor Pike posted that objectors were 'idiots' on the village page. He is meant to represent "
        "us. I want to complain about his conduct.",
        "conduct_complaint",
    ),
    (
        "conduct.process",
        "Please pass this to the Monitoring Officer: Cllr Reed has been bullying the assistant clerk for months.",
        "conduct_complaint",
    ),
    (
        "conduct.behaviour",
        "The caretaker spoke to my mum like dirt when she dropped the hall keys back and then just hung up "
        "on her when she rang.",
        "conduct_complaint",
    ),
    (
        "conduct.behaviour",
        "At the meeting the chair talked over me three times and rolled her eyes when I asked about the accounts.",
        "conduct_complaint",
    ),
    (
        "conduct.behaviour",
        "Councillor Ash had a right go at me outside the shop, shouting and pointing, over my fence.",
        "conduct_complaint",
    ),
    (
        "conduct.leak",
        "Cllr Byrne told my landlord what I wrote in my confidential letter about the flat.",
        "conduct_complaint",
    ),
    # near-misses: a councillor as victim is a report; a question about the process is an enquiry
    (
        "report.councillor-victim",
        "Someone has been posting nasty comments about Cllr Moss on the village Facebook page, calling her a liar.",
        "abuse_report",
    ),
    (
        "conduct.not-procedure-question",
        "How do councillors declare interests at meetings, is there a form I can read?",
        "enquiry",
    ),
    ("conduct.not-thanks", "Cllr Jones was so helpful on the phone today, please pass on my thanks.", "enquiry"),
    # reports: fakes, police told, quoted menace
    (
        "report.fake",
        "Is the 'Parish Council Official' Facebook page yours? It's asking people for money and I think it's fake.",
        "abuse_report",
    ),
    (
        "report.fake",
        "someone is pretending to be the clerk by email, asking for bank details for allotment rent",
        "abuse_report",
    ),
    (
        "report.police-told",
        "A man shouted at my wife on the green that she'd be next. We've told the police. Please log it.",
        "abuse_report",
    ),
    (
        "report.quoted-menace",
        'A note came through the councillor\'s door last night: "we know which car is yours". Police informed.',
        "abuse_report",
    ),
    (
        "report.not-hypothetical",
        'We run training on what to do if someone says "I know where you live" to you. Would your clerk like a place?',
        "enquiry",
    ),
    (
        "report.not-police-speeding",
        "I've told the police about the speeding on Main Street but could the council ask for a speed sign?",
        "not-serious",
    ),
    # complaints asked as questions, in understatement, as diaries
    (
        "complaint.question",
        "How much longer do we have to wait for the streetlight on Elm Close to be fixed?",
        "complaint",
    ),
    ("complaint.question", "When are you actually going to fix the swings in the playground?", "complaint"),
    ("complaint.question", "Is anyone ever going to empty the dog bin by the church?", "complaint"),
    ("complaint.question", "Why is the footpath by the school still flooded?", "complaint"),
    (
        "complaint.question",
        "what exactly are we paying our council tax for when the verges look like this",
        "complaint",
    ),
    (
        "complaint.understatement",
        "The state of the bus shelter leaves a lot to be desired, if I may say so.",
        "complaint",
    ),
    (
        "complaint.understatement",
        "I was rather surprised that nobody told the allotment holders before the water was turned off. Not ideal.",
        "complaint",
    ),
    (
        "complaint.understatement",
        "I'm sure you're all very busy, but the hedge on Brook Lane is now across half the pavement.",
        "complaint",
    ),
    (
        "complaint.understatement",
        "It would have been courteous to tell the residents before the car park was closed.",
        "complaint",
    ),
    (
        "complaint.diary",
        "Day 1: reported the blocked drain. Day 9: still no one has come. Day 20: the road floods again.",
        "complaint",
    ),
    ("complaint.diary", "Street light outside no. 12 - third week now and it is pitch dark by five.", "complaint"),
    ("complaint.lack-of", "The complete lack of communication about the hall closure is the worst part.", "complaint"),
    (
        "complaint.correction",
        "The minutes say I supported the plan. I spoke against it and want them corrected.",
        "complaint",
    ),
    (
        "complaint.refund",
        "We arrived to find the hall double booked. I would like a full refund and an explanation.",
        "complaint",
    ),
    ("complaint.dialect", "they said theyd put a new bin by the bus stop last spring. nowt 'appened", "complaint"),
    # near-misses that stay enquiries
    (
        "complaint.not-question",
        "When are you going to publish the date of the next litter pick? I'd like to help.",
        "enquiry",
    ),
    (
        "complaint.not-understatement",
        "I'm sure you're busy, so no rush: could you send me the hall booking form?",
        "enquiry",
    ),
    (
        "complaint.not-suggestion",
        "It would be nice to have a bench by the pond, is there a form for suggestions?",
        "enquiry",
    ),
    # requests plainly worded
    # complaints: scare quotes, counted weeks, a young writer's danger talk, the wrong place; and what stays an enquiry
    ("complaint.scare-quotes", 'So the "repairs" to the bus shelter were one strip of tape. Lovely.', "complaint"),
    ("complaint.diary", "The street lamp on Hall Lane is still off after three weeks.", "complaint"),
    ("complaint.diary", "pavement by the school been blocked weeks now, pram has to go in the road", "complaint"),
    ("complaint.danger-young", "that junction by the chippy is gonna hurt someone fr, cars fly round it", "complaint"),
    (
        "complaint.danger-young",
        "someone is deffo getting knocked down by a van on school lane, pls put a crossing in",
        "complaint",
    ),
    ("complaint.wrong-place", "The new grit bin has been put on the wrong side of the road again.", "complaint"),
    ("complaint.put-back", "Could the bench be moved where it was before? Nobody can sit in the sun now.", "complaint"),
    (
        "report.not-community-group",
        "Our community group would like to book the hall for a coffee morning in May.",
        "enquiry",
    ),
    (
        "report.not-someone-on",
        "Someone on the allotment committee said I should email you about a vacant plot.",
        "enquiry",
    ),
    (
        "complaint.not-scare-quotes",
        'We are running a "summer fun day" on the green, could we borrow some tables?',
        "enquiry",
    ),
    # how long and who has not answered: only a failure is a complaint
    (
        "complaint.not-years-lived",
        "I've lived in the village for six years and I'd like to join the gardening club.",
        "enquiry",
    ),
    (
        "complaint.not-council-responded",
        "Has the council responded to the Borough's consultation on the local plan yet?",
        "enquiry",
    ),
    (
        "complaint.nobody-answers",
        "Nobody at the parish office has ever answered my emails about the verge.",
        "complaint",
    ),
    ("complaint.council-never", "The council has still not replied about the flooding on Mill Lane.", "complaint"),
    # reports passed on: forwarded menace, anonymous letters, the police given a copy; a conduct matter; and ordinary
    # forwarding
    (
        "report.forwarded-menace",
        "Forwarding this one, it's the second from the same address this week and it has really rattled "
        "me.\n\n---------- Forwarded message ---------\nFrom: nobody@example.net\nSubject: you\n\n"
        "you had it coming. we'll be round one night, you won't know when.",
        "abuse_report",
    ),
    (
        "report.anonymous",
        "We've had an anonymous letter through the door calling my husband a thief and a liar.",
        "abuse_report",
    ),
    (
        "report.police-passed",
        "Someone pushed a leaflet through the doors on our street calling the new families scroungers. We "
        "have given a copy to the police.",
        "abuse_report",
    ),
    (
        "conduct.matter",
        "Cllr Frost laughed at my daughter when she spoke at the meeting. Is this being dealt with as a "
        "conduct matter?",
        "conduct_complaint",
    ),
    (
        "report.not-forwarding-news",
        "I'm forwarding the email from the Borough about the bin changes, in case you hadn't seen it.",
        "enquiry",
    ),
    (
        "report.not-lost-property",
        "We found a purse on the green and have handed it in to the police station.",
        "enquiry",
    ),
    # one's own data asked in a learner's English; counts and anonymised totals are FOI even when they name the DPA
    (
        "sar.learner",
        "please i want know what informations of me the council keep, i give passport copy for the hall",
        "subject_access",
    ),
    (
        "foi.written-down",
        "can u send me whatever was written down when the council decided to shut the youth club, and what it cost",
        "foi_request",
    ),
    (
        "foi.sar-statistics",
        "How many subject access requests did the council receive last year, and how many were late?",
        "foi_request",
    ),
    (
        "foi.anonymised",
        "Under the Data Protection Act I request the number of complaints received in 2025. Anonymised totals will do.",
        "foi_request",
    ),
    (
        "sar.not-statistics",
        "Please send me copies of all the emails that mention me. I don't need the ones I sent you myself.",
        "subject_access",
    ),
    # the council's Facebook page is a place, not abuse; asking for a post to be taken down is a report
    (
        "complaint.on-page-not-report",
        "I asked on the council's Facebook page when the zip wire will be fixed and got no reply. It's been "
        "broken for six weeks.",
        "complaint",
    ),
    (
        "report.takedown",
        "Somebody write under my post on your Facebook page that my family are scroungers. Please can you delete it?",
        "abuse_report",
    ),
    (
        "report.not-takedown-booking",
        "I booked the hall twice by mistake, could you delete the second booking please?",
        "enquiry",
    ),
    ("report.not-takedown-list", "Please remove me from the mailing list, I have moved away.", "enquiry"),
    ("report.not-comment-question", "Someone left a comment on the village page asking when the fete is.", "enquiry"),
    (
        "report.framed",
        "some woman on the community page is slagging our clerk off again",
        "abuse_report",
    ),
    ("sar.plain", "I DEMAND TO SEE EVERYTHING YOU HAVE WRITTEN ABOUT ME", "subject_access"),
    ("sar.dialect", "can i 'ave a copy o' whatever you lot 'ave got on me", "subject_access"),
    ("sar.dialect", "Ah want to see every email that has me name on it.", "subject_access"),
    (
        "foi.plain",
        "Does the council still hold the plans for the recreation ground from the 1970s? If so could I have copies?",
        "foi_request",
    ),
    (
        "foi.plain",
        "Could you tell me how many planning applications the council has objected to since 2024?",
        "foi_request",
    ),
    (
        "foi.plain",
        "Kindly provide the following information: total income from allotment rents last year and the "
        "number of plots let.",
        "foi_request",
    ),
    ("foi.not-offer", "If the council holds any spare chairs we could borrow them for the fete.", "enquiry"),
    # --- hate and abuse, round 10: constructions, in wordings from no corpus message, with the near misses ----------
    ("hate.lack-capacity", "In my humble view Muslims lack the judgement to sit on a planning committee.", "hate"),
    ("hate.lack-capacity", "women just haven't got the backbone for leadership, simple as", "hate"),
    ("hate.lack-capacity", "Travellers simply aren't cut out for public office.", "hate"),
    ("hate.lack-capacity", "An expectant mother will not be able to do the job properly, surely.", "hate"),
    ("hate.lack-capacity", "Gay men get far too emotional to run anything.", "hate"),
    ("hate.lack-capacity", "It is a myth that women lack the temperament to chair a meeting.", "not-serious"),
    (
        "hate.lack-capacity",
        "Disabled residents can't get up the steps to the hall, please fix the ramp.",
        "not-serious",
    ),
    ("hate.lack-capacity", "The toilets are not suited to wheelchair users at all.", "not-serious"),
    (
        "hate.blame-ones",
        "Word is the Romanians on Mill Lane are the ones behind the burglaries. Can you confirm?",
        "hate",
    ),
    ("hate.blame-ones", "asylum seekers at the hotel - theyre the ones thats been pinching the bikes", "hate"),
    ("hate.blame-ones", "The Travellers pick pockets, isn't that what they're known for?", "hate"),
    ("hate.blame-ones", "The lads from the youth club are the ones behind the graffiti.", "not-serious"),
    ("hate.harm-lot", "Refugees again in the news. Machine gun the lot of them.", "hate"),
    ("hate.harm-lot", "the migrants keep coming, torpedo their dinghies and be done with it", "hate"),
    ("hate.harm-lot", "More migrant boats today. Leave them to drown.", "hate"),
    ("hate.perk", "Is it true the Polish families never pay council tax?", "hate"),
    ("hate.perk", "them immigrants get it all for nothing while my lad waits for a flat", "hate"),
    ("hate.perk", "The asylum seekers went straight to the top of the housing list.", "hate"),
    ("hate.perk", "Do disabled residents get free access to the pavilion on Sundays?", "enquiry"),
    ("hate.perk", "Pensioners get it free, could the youth club too?", "not-serious"),
    ("hate.exclusion-preference", "I would much rather the hall were not hired to the Hindu community.", "hate"),
    ("hate.exclusion-preference", "The Sikhs should stick to their own temple and leave our hall alone.", "hate"),
    ("hate.exclusion-preference", "How many more asylum seekers is the village expected to absorb?", "hate"),
    (
        "hate.exclusion-preference",
        "How many more Ukrainian families can the village host? We have two spare rooms.",
        "not-serious",
    ),
    ("hate.exclusion-preference", "Thurcaston should stay a proper English village, nothing foreign.", "hate"),
    (
        "hate.since-arrived",
        "Ever since the Kurds were housed on Station Road the sheds keep getting broken into.",
        "hate",
    ),
    ("hate.since-arrived", "Since the Syrian family arrived the school fete has raised more than ever.", "not-serious"),
    (
        "hate.practice",
        "The rainbow crowd and their proclivities are an abomination and a danger to our children.",
        "hate",
    ),
    ("hate.practice", "Those who engage in it are unnatural, and no gay disco should be held in our hall.", "hate"),
    (
        "hate.practice",
        "It is not true that their lifestyle is a danger to children; the pride picnic is welcome.",
        "not-serious",
    ),
    ("hate.fed-up", "we are proper fed up with foriegners on our allotments", "hate"),
    ("hate.fed-up", "Im sick and tired of imigrants getting everything", "hate"),
    ("hate.fed-up", "I'm sick of teenagers racing their mopeds down the lane.", "not-serious"),
    ("hate.fed-up", "I am not fed up with the refugees at all, they are lovely neighbours.", "not-serious"),
    ("hate.typical-of", "Typical of the Albanians to leave the bins like that.", "hate"),
    ("hate.typical-of", "It isn't typical of the refugees to miss a meeting, is everything all right?", "not-serious"),
    ("abuse.collective", "ur all a pack of useless muppets", "abusive"),
    ("abuse.collective", "wasters, the lot o yez", "abusive"),
    ("abuse.collective", "District councillors are crooks and liars.", "abusive"),
    ("abuse.collective", "Every last one of you is a hypocrite.", "abusive"),
    ("abuse.collective", "Councillors are not liars; they are volunteers and I thank them.", "not-serious"),
    ("abuse.collective", "People say the councillors are crooks, but I have always found them honest.", "not-serious"),
    ("abuse.what-a", "What an embarrassment you are to this parish.", "abusive"),
    ("abuse.what-a", "What a help you are, thank you for sorting the bins.", "enquiry"),
    ("abuse.mockery", "the entire office is sniggering at you, you know", "abusive"),
    ("abuse.harassment", "I will text every blessed evening until the vice chair resigns.", "abusive"),
    ("abuse.harassment", "I will write every week until the footpath is mended.", "not-serious"),
    ("hate.hedged-slant", "No offence, but the Albanians by the garage, aren't they all on benefits?", "hate"),
    (
        "hate.hedged-slant",
        "call me old-fashioned but is it the travellers nicking the lead off the church roof?",
        "hate",
    ),
    (
        "hate.hedged-slant",
        "Just asking, are the refugee children being offered places at the primary school?",
        "not-serious",
    ),
    ("hate.hedged-slant", "Genuine question: is the Jewish community hall free for our quiz night?", "not-serious"),
    ("hate.slur-misspelt", "muzzeis out of cropston", "hate"),
    ("hate.slur-misspelt", "the pkieys are on the rec again", "hate"),
    ("hate.negated-virtue", "Somalis are never any good at running anything.", "hate"),
    ("hate.negated-virtue", "honestly lesbians r not to be trusted", "hate"),
    ("hate.negated-virtue", "Refugees are not criminals and I am glad they are here.", "not-serious"),
    (
        "hate.negated-virtue",
        "Disabled residents are not able to reach the noticeboard from a wheelchair.",
        "not-serious",
    ),
    ("hate.profanity-at-group", "f**k the gypsies", "hate"),
    ("hate.profanity-at-group", "The council does fuck all for the refugees in the hotel, shameful.", "not-serious"),
    ("hate.distrust-one", "I would never trust a Jew with the parish accounts.", "hate"),
    ("hate.distrust-one", "I would never trust a builder with the parish accounts.", "not-serious"),
    ("hate.no-x-in-charge", "Not one Muslim should ever be on our council.", "hate"),
    ("abuse.sexualised", "Mrs Hale might get more votes if she showed a bit more leg at the AGM.", "abusive"),
    (
        "abuse.sexualised",
        "The clerk ought to wear something lower-cut to the budget meeting, might liven it up.",
        "abusive",
    ),
    ("abuse.sexualised", "She wore a short dress to the summer fete and looked lovely.", "not-serious"),
    ("hate.person-for-identity", "We really don't need a Sikh chairing the remembrance committee.", "hate"),
    ("hate.person-for-identity", "A gay man has no business teaching at the Sunday school.", "hate"),
    ("hate.person-for-identity", "How could a Jew possibly represent a Christian parish?", "hate"),
    ("hate.person-for-identity", "Cllr Kowalski isn't even British and he votes on our precept.", "hate"),
    ("hate.person-for-identity", "That councillor will never be one of us, born here or not.", "hate"),
    ("hate.person-for-identity", "Our new chair is a trans woman and should not be allowed near the brownies.", "hate"),
    ("hate.person-for-identity", "How can a deaf resident follow the meeting without a hearing loop?", "not-serious"),
    ("hate.exclusion-stop", "Stop any more of the migrants from settling in Cropston.", "hate"),
    (
        "hate.exclusion-stop",
        "Close the toilets and the pensioners will simply stop coming to the market.",
        "not-serious",
    ),
    ("hate.person-for-identity", "She is not British; can she still vote in the parish election?", "not-serious"),
    (
        "hate.person-for-identity",
        "The new clerk is a woman and shouldn't have to stack the chairs alone.",
        "not-serious",
    ),
    (
        "hate.person-for-identity",
        "A woman has no business being out alone on that unlit path, please fix the lights.",
        "not-serious",
    ),
    (
        "abuse.sexualised",
        "If you wore shorter sleeves in the hall you would not be so hot, the heating is stuck on.",
        "not-serious",
    ),
    # --- automatic mail without headers: bulk scams that borrow a threat's words stay automated ---------------
    (
        "automated.extortion",
        "Greetings. Your laptop was infected with spyware months ago and I filmed you through the camera. "
        "Send 650 EUR in Litecoin to the wallet below or the clip goes to everyone you know.",
        "automated",
    ),
    (
        "automated.extortion",
        "i got control of ur phone and i know your password. pay 0.05 btc by friday or i will send the "
        "footage to all ur contacts",
        "automated",
    ),
    (
        "automated.phishing",
        "ATTENTION: Your webmail quota has been exceeded. Verify your account now or it will be "
        "deactivated. Click here to keep your mailbox.",
        "automated",
    ),
    (
        "automated.phishing",
        "Dear user, your Office 365 password expires tonight. Keep your current password using the "
        "button below. Failure to act will result in suspension. You have been warned.",
        "automated",
    ),
    (
        "automated.prize",
        "Dear Beneficiary, your organisation has been selected in the online sweepstakes promotion. "
        "Contact our claims officer with a copy of your passport to release the funds.",
        "automated",
    ),
    (
        "automated.sales",
        "Hi, I noticed your parish site is not on the first page of Google. We have helped 120 councils "
        "improve their search rankings. Can I send a free no-obligation audit?",
        "automated",
    ),
    (
        "automated.acknowledgement",
        "Thank you for contacting us. Your enquiry has been logged and assigned to a case "
        "officer. Please quote your reference number in any correspondence. This inbox is unmonitored.",
        "automated",
    ),
    (
        "automated.away",
        "Je suis absent jusqu'au 4 janvier. I am on annual leave with limited access to email and will "
        "reply on my return.",
        "automated",
    ),
    # Near misses: a resident's own threat that mentions money or the internet stays a threat; one mark is not enough;
    # a complaint that quotes an auto-reply stays a complaint.
    (
        "automated.not-a-resident-threat",
        "I know where you live and I will burn your house down unless the council pays me back my 200 pounds",
        "threat",
    ),
    (
        "automated.not-a-resident-threat",
        "Pay my deposit back or I will put a brick through the clerk's car, I mean it",
        "threat",
    ),
    ("automated.one-mark", "Does the council accept payment for allotments in bitcoin?", "enquiry"),
    (
        "automated.pasted-ack",
        "I reported the flooded drain three times and all I got was 'your report has been logged, "
        "this mailbox is not monitored'. Nothing has been done. It is a disgrace.",
        "complaint",
    ),
    (
        "automated.pasted-ack",
        "Still not fixed. I rang again and got an automated message saying do not reply to this "
        "email. Not good enough.",
        "complaint",
    ),
    # --- hate: the group named far from the derogation, or only hinted at (round 5) ------------------------------
    (
        "hate.group-far",
        "The new people on Mill Lane are from the camp. I have lived here forty years and never seen the like. "
        "Honestly they are vermin, every last one.",
        "hate",
    ),
    (
        "hate.group-far",
        "A lot more of them at the old barracks since the summer, undocumented, the lot. They should never be allowed "
        "near the school gates.",
        "hate",
    ),
    ("hate.group-far", "the hotel lot were in the co-op again. leave them to rot in there i say", "hate"),
    ("hate.group-far", "Them off the site are rats, every one of them.", "hate"),
    ("hate.group-far", "We never had this trouble before the caravans came. theyre savages.", "hate"),
    ("hate.group-far", "Those people off the site were at the shop again. Filthy animals, thats all they are.", "hate"),
    (
        "hate.group-far",
        "The boats keep coming and the hotel lot keep multiplying. Let them drown next time.",
        "hate",
    ),
    (
        "hate.group-far",
        "There's a family moved into number 4, I gather they are Bulgarian. We all know what that means for the "
        "allotment sheds. I would like to know how we keep that sort out.",
        "hate",
    ),
    (
        "hate.group-far",
        "The flats above the chemist have been let to a family that are Somali. Funny how the parcels started going "
        "missing the week they moved in.",
        "hate",
    ),
    (
        "hate.group-hint",
        "Not being funny but people not from round here are vermin and should be kept out of the village.",
        "hate",
    ),
    (
        "hate.group-hint",
        "Military-aged men wandering the lanes at night. They should be locked up, not housed here.",
        "hate",
    ),
    ("hate.group-hint", "The headscarf brigade have taken over the play park. They're parasites.", "hate"),
    ("hate.group-hint", "they are all from the camp down the lane, dirty thieving dogs the lot", "hate"),
    ("hate.group-hint", "i'm not one to judge but them romanians are all thieves", "hate"),
    (
        "hate.disability",
        "The wheelchair lot from Elm Court take up the whole bus. They are a burden on everyone and should stay in "
        "the home where they belong.",
        "hate",
    ),
    (
        "hate.disability",
        "The special ones from the day centre shouldn't be allowed in the cafe, they frighten the customers.",
        "hate",
    ),
    (
        "hate.sex-pregnancy",
        "A woman with a baby on the way shouldn't be chairing the finance committee. Find a man.",
        "hate",
    ),
    (
        "hate.trans-no-slur",
        "He calls himself a woman and wants to use the ladies at the pavilion. Not in our hall.",
        "hate",
    ),
    ("hate.obfuscated-slur", "watch your sheds, the pi keys have pulled onto Holt Lane", "hate"),
    ("hate.group-hint", "They're not from round here and never will be. Animals, the lot of them.", "hate"),
    ("hate.group-hint", "The hotel lot were outside the Spar again. Vermin.", "hate"),
    # ... and what must not fire: encampment complaints, neutral and positive mentions, counter-speech, reports.
    ("hate.group-hint", "Someone left a dead rat by the hotel bins. Vermin.", "not-serious"),
    (
        "hate.group-hint",
        "The caravans are back on the rec. Vermin everywhere, the rats love the rubbish.",
        "not-serious",
    ),
    (
        "hate.group-far",
        "The people from the site left rubbish all over the verge again. Please can the council clear it and speak "
        "to them about the bins.",
        "not-serious",
    ),
    ("hate.group-far", "There are three caravans on the rec again and they have left the gate open.", "not-serious"),
    ("hate.group-far", "The camp on the common has gone; they left it tidy, credit to them.", "not-serious"),
    (
        "hate.group-far",
        "Caravans should not be allowed to park on the rec overnight, it churns up the pitch.",
        "not-serious",
    ),
    (
        "hate.group-far",
        "The travellers have gone now but they left a terrible mess by the lay-by. Can the council arrange a clear-up?",
        "not-serious",
    ),
    (
        "hate.group-far",
        "It is wrong to say the people at the hotel are animals; they are families who need our help.",
        "not-serious",
    ),
    (
        "hate.group-far",
        "It's racist to call the hotel residents animals and I want the council to say so.",
        "not-serious",
    ),
    (
        "hate.group-far",
        'Someone sprayed "hotel lot are vermin" on the bus shelter. I have reported it to the police.',
        "not-serious",
    ),
    (
        "hate.group-far",
        "The new family at number 9 are Polish and they are lovely, they brought us a cake.",
        "not-serious",
    ),
    ("hate.group-far", "The foxes are vermin, they have ripped open every bin on Elm Road.", "not-serious"),
    (
        "hate.group-far",
        "They are vermin, the rats in the bin store behind the hotel. Please send pest control.",
        "not-serious",
    ),
    ("hate.group-far", "Leave them to rot, I say about the old benches, nobody uses them.", "not-serious"),
    ("hate.group-hint", "I'm not one to judge but the new bus timetable is a mess.", "not-serious"),
    ("hate.group-hint", "We all know what that means: another rise in the precept for the hall.", "not-serious"),
    (
        "hate.group-hint",
        "The undocumented payments in the accounts should be explained; they should not be allowed to pass.",
        "not-serious",
    ),
    ("hate.group-hint", "Those people from the site office were very helpful about the hoarding.", "not-serious"),
    (
        "hate.group-hint",
        "Nobody from round here would park like that, it must be visitors. Please put up a sign.",
        "not-serious",
    ),
    ("hate.group-hint", "Our own kind of bunting is on sale at the fete, proceeds to the hall.", "not-serious"),
    (
        "hate.group-hint",
        "I run the support group for people at the asylum hotel and we need the hall on Tuesdays.",
        "not-serious",
    ),
    ("hate.group-hint", "The day centre lot are lovely, they sang at the fete.", "not-serious"),
    ("hate.disability", "The wheelchair ramp at the bus shelter is a good idea, thank you.", "not-serious"),
    (
        "hate.disability",
        "My husband is in a wheelchair and the ramp is too steep; he should not be kept at home because of it.",
        "not-serious",
    ),
    (
        "hate.disability",
        "Please keep dogs out of the play area; owners should keep them on a lead where they belong.",
        "not-serious",
    ),
    (
        "hate.sex-pregnancy",
        "She is pregnant and will be off having the baby in May, so she can't chair the June meeting.",
        "not-serious",
    ),
    # --- abuse without insult words, harassment, and who did it (round 5) ---------------------------------------
    ("abuse.belittling", "Who on earth do you think you are, lecturing residents like that?", "abusive"),
    ("abuse.belittling", "You should be ashamed of yourself, Mrs Lane.", "abusive"),
    ("abuse.belittling", "Oh well done, genius, another masterpiece of clerking.", "abusive"),
    ("abuse.belittling", "Bravo Einstein, truly the sharpest tool in the parish shed.", "abusive"),
    ("abuse.belittling", "Councillor Do-Nothing Dodd strikes again.", "abusive"),
    ("abuse.belittling", "Lady Muck at the parish office has spoken.", "abusive"),
    ("abuse.belittling", "Not the sharpest knife in the drawer, are you?", "abusive"),
    ("abuse.belittling", "You haven't got the sense you were born with.", "abusive"),
    ("abuse.belittling", "Your mother must be so proud of you.", "abusive"),
    ("abuse.belittling", "Brains of a rocking horse, that one.", "abusive"),
    ("abuse.belittling", "Do the village a favour and pack it in.", "abusive"),
    ("abuse.belittling", "Nobody at home listens to you, so you come and bore us at meetings.", "abusive"),
    ("abuse.belittling", "Sad, really. Try a personality.", "abusive"),
    ("abuse.belittling", "You are the weakest link in this council.", "abusive"),
    ("abuse.belittling", "a trained seal could do your job better than you", "abusive"),
    ("abuse.belittling", "She would not last a week in a real job.", "abusive"),
    ("abuse.belittling", "couldnt sell ice cream in a sweet shop that one", "abusive"),
    ("abuse.belittling", "The most idle, two-faced clerk this parish has ever had to pay for.", "abusive"),
    (
        "abuse.harassment",
        "I will be at every meeting filming you, and you will see my camera every time you look up.",
        "abusive",
    ),
    (
        "abuse.harassment",
        "I will copy every councillor, the MP and the paper into every email until you go.",
        "abusive",
    ),
    (
        "abuse.harassment",
        "I will post about Cllr Hart on the village page every single day until she quits.",
        "abusive",
    ),
    ("abuse.harassment", "I'll be following you at every parish event from now on.", "abusive"),
    (
        "abuse.not-a-person",
        "The new booking system is not the sharpest tool we have, can it be replaced?",
        "not-serious",
    ),
    ("abuse.not-a-person", "Thanks, genius idea about the recycling bins, I support it.", "not-serious"),
    ("abuse.not-a-person", "Get a life jacket for the lake rescue point, please.", "not-serious"),
    ("abuse.not-a-person", "My mother must be so proud of the new garden.", "not-serious"),
    ("abuse.not-a-person", "Do us a favour and fix the streetlight.", "not-serious"),
    ("abuse.not-a-person", "Who do you think is responsible for the hedge?", "not-serious"),
    ("abuse.criticism", "The council should be ashamed of this decision.", "not-serious"),
    ("abuse.criticism", "This is the worst service I have ever had from any council.", "not-serious"),
    ("abuse.criticism", "The council has handled this badly and I want a review.", "not-serious"),
    ("abuse.own-frustration", "I am ashamed of myself for not raising this sooner.", "not-serious"),
    ("abuse.own-frustration", "I'm sick of asking about this pothole.", "not-serious"),
    ("abuse.persistence", "I will email every week until the pothole is filled.", "not-serious"),
    ("abuse.persistence", "I will copy my MP into every email until this is fixed.", "not-serious"),
    ("abuse.persistence", "I will be at every council meeting until the decision is reversed.", "not-serious"),
    ("abuse.persistence", "I'll be recording every meeting I attend, as the law allows.", "not-serious"),
    ("abuse.persistence", "Day 40 of waiting for the bin to be emptied. Please sort it.", "not-serious"),
    (
        "abuse.quoted",
        "Someone on the village page called the clerk Lady Muck and said she was not the sharpest tool.",
        "not-serious",
    ),
    ("abuse.quoted", "A neighbour told me the chair was the weakest link, which I thought was unfair.", "not-serious"),
    (
        "report.who-did-it",
        "Someone keeps posting about the clerk on the village page and it is bullying. Screenshots attached.",
        "abuse_report",
    ),
    (
        "report.who-did-it",
        "A fake account has been trolling Cllr Hart every night; screenshots attached.",
        "abuse_report",
    ),
    ("report.who-did-it", "My daughter is being bullied by a boy on the bus who films her every day.", "abuse_report"),
    (
        "conduct.who-did-it",
        "Councillor Bates mocked me on Facebook and I have screenshots. Is that allowed for a councillor?",
        "conduct_complaint",
    ),
    (
        "conduct.who-did-it",
        "Bullying by the chair at last night's meeting: she shouted me down and laughed.",
        "conduct_complaint",
    ),
    (
        "conduct.who-did-it",
        "The chair was bullying me at the meeting and I want the monitoring officer told.",
        "conduct_complaint",
    ),
    (
        "conduct.who-did-it",
        "Cllr Dodd posted my address on his page; this is bullying and a breach of the code.",
        "conduct_complaint",
    ),
    (
        "conduct.who-did-it",
        "The chairman speaks to the clerk like dirt; it is bullying and it should stop.",
        "conduct_complaint",
    ),
    # --- threats with no violent word (round 5): figures of speech, endorsed plans, deadlines, a life watched ----
    (
        "threat.figure-sport",
        "Pass that planning decision and you'll be taken out, councillor, I promise you.",
        "threat",
    ),
    ("threat.figure-sport", "carry on like this clerk and ur getting an early bath, mark my words", "threat"),
    ("threat.figure-sport", "Mr Dale, you won't be getting up before the count of ten when I'm done.", "threat"),
    ("threat.figure-sport", "The gloves are off. I'm going to square up to Cllr Rowe outside the Co-op.", "threat"),
    ("threat.figure-hunting", "Cllr Barnes wants putting down and I know who'll do it.", "threat"),
    (
        "threat.figure-hunting",
        "Every one of you on that committee has a hiding coming and I'll be the one to give it.",
        "threat",
    ),
    (
        "threat.figure-reckoning",
        "A day of reckoning is coming for you, madam chairman, I will see to it myself.",
        "threat",
    ),
    (
        "threat.figure-reckoning",
        "WOE UNTO YOU CLERK. YOUR TIME IS COMING AND I WILL BE THE INSTRUMENT OF HIS WRATH",
        "threat",
    ),
    ("threat.figure-reckoning", "You won't see Christmas, councillor, mark my words.", "threat"),
    (
        "threat.endorsed-plan",
        "A few of the regulars at the Bell are going round to the chairman's house on Saturday, and they "
        "have my blessing.",
        "threat",
    ),
    ("threat.endorsed-plan", "some of the lads are gonna pay that clerk a visit. cant say id blame them", "threat"),
    (
        "threat.endorsed-plan",
        "I hear the neighbours intend to go round to Cllr Shah's on Friday. I won't be ringing the police.",
        "threat",
    ),
    ("threat.deadline", "You have until Monday to reverse it. After that it will be dealt with my way.", "threat"),
    ("threat.deadline", "You've got till the end of the week. Then things get personal.", "threat"),
    (
        "threat.deadline",
        "Vote it through or it's a brick through every window of that pavilion. Your choice.",
        "threat",
    ),
    ("threat.deadline", "Drop the enforcement notice, otherwise there'll be a match to your shed.", "threat"),
    ("threat.watched", "I know your routine now, councillor. I will be waiting.", "threat"),
    ("threat.watched", "Your porch, your bins, your lights go off at eleven. Nobody would see a thing.", "threat"),
    ("threat.washed-hands", "We cannot answer for what might happen to the clerk after the vote.", "threat"),
    ("threat.no-violent-word-near-miss", "You'll be taken out to the site by the ranger on Tuesday.", "not-serious"),
    (
        "threat.no-violent-word-near-miss",
        "Our keeper got an early bath on Saturday and the referee was right.",
        "not-serious",
    ),
    (
        "threat.no-violent-word-near-miss",
        "The old barn is on borrowed time; please can the council list it before it collapses.",
        "not-serious",
    ),
    ("threat.no-violent-word-near-miss", "We cull the deer in November and the guns are licensed.", "not-serious"),
    (
        "threat.no-violent-word-near-miss",
        "The vet had to put our dog down, so we will not need the dog bin any longer.",
        "not-serious",
    ),
    (
        "threat.no-violent-word-near-miss",
        "Our new flats are in the crosshairs of the developers again, please object.",
        "not-serious",
    ),
    (
        "threat.no-violent-word-near-miss",
        "The Lord will judge us all, and I pray for the council's wisdom on the cemetery.",
        "not-serious",
    ),
    (
        "threat.no-violent-word-near-miss",
        "As ye sow, so shall ye reap: underfunding the drains has given us floods.",
        "not-serious",
    ),
    (
        "threat.no-violent-word-near-miss",
        "You have until Friday to send your comments on the draft plan.",
        "not-serious",
    ),
    (
        "threat.no-violent-word-near-miss",
        "You have until Friday to respond, after which I will refer this to the Ombudsman.",
        "not-serious",
    ),
    (
        "threat.no-violent-word-near-miss",
        "My neighbour told me some of the lads are going round the clerk's house. I am worried for her.",
        "not-serious",
    ),
    (
        "threat.no-violent-word-near-miss",
        "He said the lads would pay the chairman a visit; I reported it to the police.",
        "not-serious",
    ),
    ("threat.no-violent-word-near-miss", "I'll shoot you an email with the minutes.", "not-serious"),
    ("threat.no-violent-word-near-miss", "Break a leg at the pantomime, councillors!", "not-serious"),
    ("threat.no-violent-word-near-miss", "This deadline is killing me, apologies for the late return.", "not-serious"),
    ("threat.no-violent-word-near-miss", "You'll pay for this at the ballot box in May.", "not-serious"),
    (
        "threat.no-violent-word-near-miss",
        "The cricket club's new bowler took him out first ball, what a match.",
        "not-serious",
    ),
    (
        "threat.no-violent-word-near-miss",
        "Someone will get killed on that bend one day, please put up a sign.",
        "not-serious",
    ),
    (
        "threat.no-violent-word-near-miss",
        "Your gate, your fence and your hedge are all on the footpath, please move them.",
        "not-serious",
    ),
    (
        "threat.no-violent-word-near-miss",
        "The gloves are off in the debate about the precept, and I welcome it.",
        "not-serious",
    ),
    ("threat.no-violent-word-near-miss", "I say we put the bench by the pond.", "not-serious"),
    (
        "threat.mixed-message",
        "The potholes on Mill Lane were reported four times and nothing has been done, which is disgraceful. "
        "You have until Friday, then it gets dealt with my way.",
        "threat",
    ),
    (
        "threat.mixed-message",
        "I have complained about the bins for months. Councillor Hale has a kicking coming and I'll be the "
        "one to give it.",
        "threat",
    ),
    ("threat.obfuscated", "I'll b.u.r.n your pavilion down", "threat"),
    ("threat.obfuscated", "i am going to s t a b the chairman", "threat"),
    ("threat.obfuscated-near-miss", "S T O P the closure of the library, sign the petition!", "not-serious"),
    # --- threats, round 6: means with no verb, text-speak, a complaint that turns, verse and acrostics; each with
    # --- the near misses it must leave alone (stored or dumped fuel, lawful warnings, danger talk, reported threats)
    ("threat.means-no-verb", "A jerry can of diesel. Councillor Patel's bungalow. Work it out.", "threat"),
    ("threat.means-no-verb", "got a lighter and a bottle of meths and i know where the clerk lives", "threat"),
    ("threat.means-no-verb", "Crossbow in the boot. Your drive is very dark at night, Mr Hussain.", "threat"),
    ("threat.means-no-verb", "My air rifle, the chairman's front door, Saturday.", "threat"),
    ("threat.means-no-verb", "There's a crowbar in my van and I know which car is hers.", "threat"),
    ("threat.means-no-verb", "Two litres of paraffin and that wooden pavilion of yours.", "threat"),
    ("threat.means-no-verb", "a box of matches n ur shed. simple as", "threat"),
    (
        "threat.means-no-verb-near-miss",
        "Someone has dumped two jerry cans of petrol behind the village hall, please can they be removed.",
        "not-serious",
    ),
    (
        "threat.means-no-verb-near-miss",
        "The police found a knife in the hedge by the pavilion last week and the parents are worried.",
        "not-serious",
    ),
    (
        "threat.means-no-verb-near-miss",
        "Can I store a can of petrol for the mower in the allotment shed, or is that against the rules?",
        "not-serious",
    ),
    (
        "threat.means-no-verb-near-miss",
        "The bonfire committee will bring matches and the guy to the village hall on the 5th.",
        "not-serious",
    ),
    (
        "threat.means-no-verb-near-miss",
        "Fly-tipped tyres and an old petrol can are on the verge outside the clerk's office again.",
        "not-serious",
    ),
    (
        "threat.means-no-verb-near-miss",
        "Our football matches at the pavilion clash with the cricket this summer.",
        "not-serious",
    ),
    (
        "threat.means-no-verb-near-miss",
        "The pest control man uses an air rifle for the pigeons in the church tower, is that allowed near the hall?",
        "not-serious",
    ),
    (
        "threat.means-no-verb-near-miss",
        "Please could your contractor not leave his chainsaw and a can of fuel by the playground gate.",
        "not-serious",
    ),
    ("threat.textspeak", "i no wer u liv cllr", "threat"),
    ("threat.textspeak", "wch ur back m8", "threat"),
    ("threat.textspeak", "ill b round ur house 2nite", "threat"),
    ("threat.textspeak", "ur gonna regret this big time", "threat"),
    ("threat.textspeak", "shame if sumthing happend 2 ur motor", "threat"),
    ("threat.textspeak-near-miss", "c u at the meeting on tues, ill b there early to set up chairs", "not-serious"),
    ("threat.textspeak-near-miss", "plan b is the village hall if the church is booked", "not-serious"),
    (
        "threat.complaint-turns",
        "The streetlight on Elm Row has been out for six weeks and nobody has come. If it isn't fixed by "
        "Friday, don't say nobody told you.",
        "threat",
    ),
    (
        "threat.complaint-turns",
        "Third email about the drains. Fix it this week or I won't be held responsible for what happens next.",
        "threat",
    ),
    (
        "threat.complaint-turns",
        "The hedge is still blocking the path, reported twice. If I were whoever signs these things off I "
        "wouldn't walk home alone after dark.",
        "threat",
    ),
    (
        "threat.complaint-turns-near-miss",
        "The streetlight has been out for six weeks. If it isn't fixed by Friday I will take this to the ombudsman.",
        "not-serious",
    ),
    (
        "threat.complaint-turns-near-miss",
        "Nothing has been done about the potholes. You'll be hearing from my solicitor, and I'll see you at "
        "the meeting.",
        "not-serious",
    ),
    (
        "threat.complaint-turns-near-miss",
        "Reported the flooding three times. Remember this at the ballot box in May, councillors.",
        "not-serious",
    ),
    (
        "threat.complaint-turns-near-miss",
        "The bus shelter glass is broken again and someone will be hurt on it, please send someone.",
        "not-serious",
    ),
    (
        "threat.acrostic",
        "Knowing how you voted\nIs all it took\nLong after the meeting\nLights in your window",
        "threat",
    ),
    (
        "threat.acrostic",
        "Bright the summer evening\nUnder the old oak tree\nRemember what you did\nNow wait and see",
        "threat",
    ),
    (
        "threat.acrostic-near-miss",
        "Dear Clerk\nIs the hall free on Saturday\nEvening for a party\nThanks, Jo",
        "not-serious",
    ),
    (
        "threat.acrostic-near-miss",
        "Roses by the gate\nIvy on the wall\nPoppies in the border\nThank you for the lovely planting",
        "not-serious",
    ),
    ("threat.verse", "Roses are red\nyour car is blue\nthe petrol is ready\nand so are you", "threat"),
    ("threat.lynch", "The traitors on that council will swing from the lampposts, mark my words.", "threat"),
    (
        "threat.bonfire-person",
        "Any councillor who tries to stop our bonfire can go on top of it with the guy.",
        "threat",
    ),
    (
        "threat.bonfire-near-miss",
        "The old pallets from the hall can go on the bonfire this year, can't they?",
        "not-serious",
    ),
    ("threat.how-if", "How would Councillor Ross feel if her garage went up one night?", "threat"),
    ("threat.next-one", "I will flatten the next jobsworth from the council who comes on my land.", "threat"),
    (
        "threat.next-one-near-miss",
        "I will kill any slugs that come near my plot, so please don't ban pellets.",
        "not-serious",
    ),
    (
        "threat.tinder",
        "The scout hut is all timber and there's no CCTV on the back. Make of that what you will.",
        "threat",
    ),
    (
        "threat.tinder-near-miss",
        "The scout hut is all timber and has no fire alarm, it is a fire risk and someone could be hurt. "
        "Please inspect it.",
        "not-serious",
    ),
    ("threat.accident", "Made to look like an accident, these things usually are. Think on, clerk.", "threat"),
    (
        "threat.hesitate",
        "I keep a shotgun and I shall not hesitate to use it on anyone from the council who comes on my land.",
        "threat",
    ),
    (
        "threat.hesitate-near-miss",
        "We will not hesitate to use the complaints procedure if this is not resolved.",
        "not-serious",
    ),
    ("threat.means-no-verb", "Cllr Hobbs. Shotgun. Enough said.", "threat"),
    ("threat.means-no-verb", "i have a machete and ur address", "threat"),
    ("threat.means-no-verb", "Acid. Your daughter's face. Think about it before Tuesday's vote.", "threat"),
    (
        "threat.means-no-verb",
        "Just so you know, I've filled two jerry cans and the clerk's cottage has a thatched roof.",
        "threat",
    ),
    ("threat.means-no-verb", "baseball bat in the car, chairman's house on the way home. funny that", "threat"),
    ("threat.means-no-verb", "The lighter fluid is in my coat pocket and the pavilion door is never locked.", "threat"),
    (
        "threat.means-no-verb-near-miss",
        "I found a rusty crowbar in the hedge near the village hall, shall I hand it in?",
        "not-serious",
    ),
    (
        "threat.means-no-verb-near-miss",
        "Do you know if the hall has a first aid kit? One of the children spilt acid from the science kit.",
        "not-serious",
    ),
    (
        "threat.means-no-verb-near-miss",
        "The shooting club would like to book the village hall for its annual dinner.",
        "not-serious",
    ),
    (
        "threat.means-no-verb-near-miss",
        "There is a strong smell of petrol by the pavilion, I think a car is leaking.",
        "not-serious",
    ),
    (
        "threat.means-no-verb-near-miss",
        "A lighter and some cigarette ends were left by the swings near the hall again.",
        "not-serious",
    ),
    (
        "threat.means-no-verb-near-miss",
        "Thank you Cllr Grant for the knife and fork set raffle prize at the hall.",
        "not-serious",
    ),
    (
        "threat.means-no-verb-near-miss",
        "Why was my son's cricket bat confiscated at the pavilion? He is ten.",
        "not-serious",
    ),
    ("threat.textspeak", "we no were u live cllr ali", "threat"),
    ("threat.textspeak", "c u soon clerk. real soon. we no ur car", "threat"),
    ("threat.textspeak", "ur gna regret votin 4 that m8", "threat"),
    ("threat.textspeak-near-miss", "thx 4 sortin the bins, c u at the fete", "not-serious"),
    (
        "threat.complaint-turns",
        "I've asked four times for the trees to be cut back. Do it by Friday or things will get nasty.",
        "threat",
    ),
    ("threat.complaint-turns", "The car park charges are a scandal. You've been warned, councillors.", "threat"),
    (
        "threat.complaint-turns",
        "Reported the broken gate in March. Still broken. I won't be responsible for what happens if I see "
        "the contractor.",
        "threat",
    ),
    (
        "threat.complaint-turns-near-miss",
        "Reported the broken gate in March. Still broken. I am copying this to the local paper and to my MP.",
        "not-serious",
    ),
    (
        "threat.complaint-turns-near-miss",
        "If the pothole is not fixed, someone will be badly hurt and the council will be liable.",
        "not-serious",
    ),
    (
        "threat.complaint-turns-near-miss",
        "You have been warned about this junction by three residents now. Please act before there is an accident.",
        "not-serious",
    ),
    (
        "threat.reported-near-miss",
        "My neighbour said he'd burn the pavilion down if they close the bar; I thought you should know.",
        "not-serious",
    ),
    (
        "threat.idiom-near-miss",
        "Break a leg at the panto, Clerk, and I'll shoot you an email about the raffle.",
        "not-serious",
    ),
    ("threat.idiom-near-miss", "This budget is killing me, can we talk after the meeting?", "not-serious"),
    (
        "threat.farm-near-miss",
        "We will be shooting rabbits on the top field on Saturday, please let walkers know.",
        "not-serious",
    ),
    ("threat.means-no-verb", "Dear Clerk, I have a shotgun. That is all.", "threat"),
    ("threat.means-no-verb", "Firelighters, a gallon of diesel, and your shed. Lovely evening for it.", "threat"),
    ("threat.means-no-verb", "knife. ur kids. school gate. think on", "threat"),
    ("threat.means-no-verb", "A noose for you, councillor.", "threat"),
    ("threat.means-no-verb", "I've got a revolver from my army days, Mrs Clarke.", "threat"),
    (
        "threat.means-no-verb-near-miss",
        "Can the scouts use the hall for knife skills and first aid badges?",
        "not-serious",
    ),
    (
        "threat.means-no-verb-near-miss",
        "Dear Clerk, fuel poverty in the village is rising; could the council fund a winter warm space?",
        "not-serious",
    ),
    ("threat.means-no-verb-near-miss", "Bring a knife for the cake to the hall on Saturday, Clerk!", "not-serious"),
    (
        "threat.means-no-verb-near-miss",
        "The re-enactment society would like to display muskets and a pistol in the village hall.",
        "not-serious",
    ),
    (
        "threat.means-no-verb-near-miss",
        "Dear Councillor, the gas canisters behind the pavilion are a fire hazard, please remove them.",
        "not-serious",
    ),
    (
        "threat.means-no-verb-near-miss",
        "The clerk's car was hit by a brick thrown by kids, the police are investigating.",
        "not-serious",
    ),
    (
        "threat.complaint-turns",
        "The lorries are still using our lane as a rat run. Somebody is going to get hurt over this, and it "
        "won't be me.",
        "threat",
    ),
    ("threat.complaint-turns", "Six weeks for a streetlight. Next time it won't be a polite email.", "threat"),
    (
        "threat.complaint-turns",
        "I've written three times about the noise from the hall. I can't promise I'll stay calm if I see the "
        "organiser again.",
        "threat",
    ),
    ("threat.complaint-turns", "The verge is still a mess. Don't make me come down there.", "threat"),
    (
        "threat.complaint-turns-near-miss",
        "The lorries are a danger. Somebody is going to get hurt on that corner, please put in a weight limit.",
        "not-serious",
    ),
    (
        "threat.complaint-turns-near-miss",
        "Next time it won't be a polite email, it will be a formal complaint to the ombudsman.",
        "not-serious",
    ),
    (
        "threat.complaint-turns-near-miss",
        "I won't be so polite next time I write, I'll copy in the press.",
        "not-serious",
    ),
    ("threat.where-you-live", "I ken where ye stay, councillor.", "threat"),
    ("threat.where-you-live", "we know ur addy now clerk", "threat"),
    (
        "threat.where-you-live-near-miss",
        "Do you know where the Syrian family will stay when they arrive? We'd like to help.",
        "not-serious",
    ),
    ("threat.where-you-live-near-miss", "Could you send me your address so I can post the signed form?", "not-serious"),
    # --- hate and abuse, round 11: a characteristic named by a thing, a role or a belief; hate put as a booking or
    # allotment request; contempt through questions and lists. Invented wordings, each with the near miss it must
    # leave alone (an access request, a Pride picnic, maternity cover, a rubbish complaint, a question about a file).
    (
        "hate.by-marker",
        "Folk in wheelchairs are a burden, they contribute nothing and cost us a fortune in ramps.",
        "hate",
    ),
    (
        "hate.by-marker",
        "Why is a woman in a wheelchair on the planning committee? People like that should stay at home and leave it "
        "to those who can get about.",
        "hate",
    ),
    ("hate.by-marker", "I don't want a lassie chairing the council. She should be at hame wi the bairns.", "hate"),
    (
        "hate.by-marker",
        "The new clerk is off on maternity again. Women like her should be at home with the baby, not taking a "
        "council salary.",
        "hate",
    ),
    ("hate.by-marker", "We shouldn't be appointing women of childbearing age to the clerk's post.", "hate"),
    (
        "hate.by-marker",
        "Heathens, the lot of them. Their prayers have no place in our village hall and they should go back where "
        "they came from.",
        "hate",
    ),
    (
        "hate.by-marker",
        "Those infidels want the hall for their festival. They don't belong here and never will.",
        "hate",
    ),
    (
        "hate.by-marker",
        "That rainbow rubbish on the bandstand wants taking down. People like that should keep it behind closed doors.",
        "hate",
    ),
    ("hate.by-marker", "The Pride lot want the green again. They're perverts and shouldn't be near children.", "hate"),
    ("hate.by-marker", "why do gay people always have to shove it in everyones faces at the fete", "hate"),
    (
        "hate.by-marker",
        "People with learning difficulties should be kept away from the play area, they are not safe around normal "
        "kids.",
        "hate",
    ),
    ("hate.by-marker", "we dont want them care home lot on the allotments they arent all there", "hate"),
    ("hate.by-marker", "The crippled and the infirm should stay at home instead of costing us a lift.", "hate"),
    ("hate.by-marker", "They've nae business in this village, they dinnae mix. The mosque can keep them.", "hate"),
    (
        "hate.by-marker-near-miss",
        "Could the mosque youth group book the hall on Friday evenings? They would like it every week if possible.",
        "not-serious",
    ),
    (
        "hate.by-marker-near-miss",
        "The kissing gate keeps wheelchairs and mobility scooters out. It should be replaced, nobody in a wheelchair "
        "can use it.",
        "not-serious",
    ),
    (
        "hate.by-marker-near-miss",
        "The disabled toilet at the pavilion has been locked for a month. People in wheelchairs should not have to "
        "go home to use a loo.",
        "not-serious",
    ),
    (
        "hate.by-marker-near-miss",
        "We would like to book the green for a Pride picnic in June. Rainbow bunting and music, all welcome.",
        "not-serious",
    ),
    (
        "hate.by-marker-near-miss",
        "Who is covering the assistant clerk's maternity leave? I need the allotment forms signed.",
        "not-serious",
    ),
    (
        "hate.by-marker-near-miss",
        "Please can the hearing loop in the hall be fixed, my wife uses a hearing aid and cannot hear the meetings.",
        "not-serious",
    ),
    (
        "hate.by-marker-near-miss",
        "Our lass is chairing the WI meeting on Tuesday, can she borrow the projector?",
        "not-serious",
    ),
    ("hate.by-marker-near-miss", "She should stay at home until the infection clears, the GP said.", "not-serious"),
    (
        "hate.by-marker-near-miss",
        "It is wrong to say women can't run a budget; our chair has done it brilliantly for years.",
        "not-serious",
    ),
    (
        "hate.by-marker-near-miss",
        "My neighbour shouted that the Pride lot should keep it behind closed doors. I have reported it to the police.",
        "not-serious",
    ),
    (
        "hate.by-marker-near-miss",
        "The care home residents would love two plots on the allotments, could they have them?",
        "not-serious",
    ),
    (
        "hate.by-marker-near-miss",
        "We shouldn't be hiring more consultants when the budget is this tight.",
        "not-serious",
    ),
    (
        "hate.as-request",
        "Can you make sure the pavilion isn't let to that lot from the traveller site again this summer.",
        "hate",
    ),
    ("hate.as-request", "Is there a rule against their sort on the allotments? Asking before I renew my plot.", "hate"),
    ("hate.as-request", "Do we really have to take applicants from the site for the new bungalows?", "hate"),
    (
        "hate.as-request",
        "Could the booking secretary quietly tell them the hall is fully booked? We don't want the mosque crowd in "
        "there.",
        "hate",
    ),
    ("hate.as-request", "Please ensure the hall is never rented out to those people from the hotel.", "hate"),
    (
        "hate.as-request",
        "The Polish families have put in for the hall again. Could you find an excuse to cancel the booking?",
        "hate",
    ),
    (
        "hate.as-request-near-miss",
        "Can you make sure the hall isn't let to anyone on the day of the fete? We need it for the teas.",
        "not-serious",
    ),
    ("hate.as-request-near-miss", "Is there a rule against dogs on the allotments?", "not-serious"),
    (
        "hate.as-request-near-miss",
        "Do we have to take applicants from outside the parish for the almshouses?",
        "not-serious",
    ),
    (
        "hate.as-request-near-miss",
        "Could you quietly tell them the hall is fully booked that weekend? We have the flower show.",
        "not-serious",
    ),
    (
        "hate.as-request-near-miss",
        "The travellers left the rec in a terrible state, there is rubbish everywhere and the bins have not been "
        "emptied. Please clear it.",
        "not-serious",
    ),
    (
        "hate.as-request-near-miss",
        "The lads from the site helped clear the flood debris on Saturday, credit where it is due.",
        "not-serious",
    ),
    (
        "hate.as-request-near-miss",
        "Should we have a rule to stop people parking on the verge outside the school?",
        "not-serious",
    ),
    ("abusive.mockery", "Is the chairman even capable of reading?", "abusive"),
    ("abusive.mockery", "Did your mother drop you on your head, Councillor?", "abusive"),
    ("abusive.mockery", "Does the incompetence come with the badge or did you bring it from home?", "abusive"),
    ("abusive.mockery", "Is there a single person on that committee with a functioning brain cell?", "abusive"),
    ("abusive.mockery", "How do you manage to cross the road without someone holding your hand?", "abusive"),
    ("abusive.mockery", "Have you any idea how pathetic you sound at these meetings?", "abusive"),
    ("abusive.mockery", "Nobody believes a single word the clerk says any more.", "abusive"),
    ("abusive.mockery", "You lie as easily as you breathe.", "abusive"),
    ("abusive.mockery", "Who in their right mind thought you were qualified for that post?", "abusive"),
    ("abusive.mockery", "I genuinely wonder how someone that dim ended up in charge of the parish purse.", "abusive"),
    ("abusive.mockery", "Every time you open your mouth the whole chamber cringes.", "abusive"),
    ("abusive.mockery", "What you are: lazy, two-faced and a liar.", "abusive"),
    ("abusive.mockery", "You are a vindictive, sly little man.", "abusive"),
    ("abusive.mockery", "What a gutless, two-faced, useless specimen of a councillor.", "abusive"),
    ("abusive.harassment", "This is my thirtieth email. I will email you every day until you resign.", "abusive"),
    ("abusive.mockery-near-miss", "Is the new software even capable of reading the old files?", "not-serious"),
    ("abusive.mockery-near-miss", "Are you able to read the attached plan? It is a scan.", "not-serious"),
    ("abusive.mockery-near-miss", "Who decided the car park was fit for use? It is full of potholes.", "not-serious"),
    ("abusive.mockery-near-miss", "How ridiculous the new parking rules look to visitors.", "not-serious"),
    (
        "abusive.mockery-near-miss",
        "This is my fifteenth email about the streetlight and nobody has replied. Please fix it.",
        "not-serious",
    ),
    (
        "abusive.mockery-near-miss",
        "Nobody believes the council's figures on the precept any more, please publish the workings.",
        "not-serious",
    ),
    (
        "abusive.mockery-near-miss",
        "Is there anyone on the committee with experience of drainage? We need advice.",
        "not-serious",
    ),
    ("abusive.mockery-near-miss", "Things you are welcome to bring: a chair, a flask, a picnic.", "not-serious"),
    ("abusive.mockery-near-miss", "The council's decision is pathetic and I want it reviewed.", "not-serious"),
    ("abusive.harassment-count", "Day 31. I will keep this up until you resign, Councillor.", "abusive"),
    (
        "abusive.harassment-count",
        "Letter number 14, Mrs Hale. There will be another tomorrow, and the day after, until you go.",
        "abusive",
    ),
    (
        "abusive.harassment-count",
        "This is the twentieth consecutive morning I have written to you. Resign and it stops.",
        "abusive",
    ),
    ("abusive.harassment-count", "That is my ninth letter, and there will be a tenth tomorrow at seven.", "abusive"),
    (
        "abusive.harassment-count-near-miss",
        "This is my third email about the streetlight. I will keep chasing until it is fixed.",
        "not-serious",
    ),
    (
        "abusive.harassment-count-near-miss",
        "This is the fifteenth time I have reported the pothole on Mill Lane. I will continue to report it.",
        "not-serious",
    ),
    (
        "abusive.harassment-count-near-miss",
        "It is day 12 of the road closure and nobody has told us when it reopens.",
        "not-serious",
    ),
    (
        "abusive.harassment-count-near-miss",
        "I have written on eleven occasions about the hedge. Please reply.",
        "not-serious",
    ),
    ("hate.go-back", "That new councillor can go back to wherever her parents came from.", "hate"),
    ("hate.go-back", "send them back where their families originally came from, simple as", "hate"),
    ("hate.blamed-on-arrival", "Funny how the shoplifting shot up the week the Romanians moved in.", "hate"),
    ("hate.blamed-on-arrival", "the break-ins started as soon as them asylum seekers were put in the hotel", "hate"),
    ("hate.by-hint", "Lads from those countries don't respect our girls, everyone knows it.", "hate"),
    (
        "hate.by-hint",
        "Put refugees in the old school and wait for our daughters to be attacked on the way home.",
        "hate",
    ),
    ("hate.coded", "Keep the village as it was. We must secure the existence of our people. 1488", "hate"),
    (
        "hate.blamed-on-arrival-near-miss",
        "The burglaries started when the new estate was built and the streetlights were switched off at midnight.",
        "not-serious",
    ),
    (
        "hate.blamed-on-arrival-near-miss",
        "Trouble started when the travellers were moved on by the police and nobody cleared the verge.",
        "not-serious",
    ),
    ("hate.blamed-on-arrival-near-miss", "Vandalism went up after the youth club closed.", "not-serious"),
    (
        "hate.coded-near-miss",
        "Our planning reference is 1488. Please can you tell me when it will be decided.",
        "not-serious",
    ),
    ("hate.coded-near-miss", "Please quote invoice 1488 when you pay.", "not-serious"),
    (
        "hate.by-hint-near-miss",
        "My neighbour said that men from those countries do not respect our women. I have reported it to the police.",
        "not-serious",
    ),
    (
        "hate.by-hint-near-miss",
        "Members asked how many people from other countries use the food bank; the answer was 40.",
        "not-serious",
    ),
    (
        "hate.quoted-after-colon",
        'The note pushed through my door read: "gyppos go home". I have kept it for the police.',
        "not-serious",
    ),
    (
        "hate.quoted-after-colon",
        'Someone has painted the underpass again and I will tell you what it says: "pakis out". Please clean it.',
        "not-serious",
    ),
    ("hate.quoted-after-colon-near-miss", 'My view is simple: "pakis out".', "hate"),
    # --- complaints, requests, reports and automatic mail, round 7: neglect dated, tallies, objections, requests
    # in dialect and the passive, data held about a relative, clipped reported speech, calendar slots; with the
    # near misses (thanks for a fix, a first question, a hire price, a landowner's right of access) ------------
    (
        "complaint.without-the-word",
        "The bus shelter on Church Lane is in a sorry state and the glass has been missing since the spring.",
        "complaint",
    ),
    (
        "complaint.without-the-word",
        "I find it hard to understand how the parish has let the churchyard wall be left to fall into disrepair.",
        "complaint",
    ),
    (
        "complaint.without-the-word",
        "The footbridge rail has been broken since Christmas. Somebody will go in the brook.",
        "complaint",
    ),
    ("complaint.without-the-word", "noticeboard. glass gone since march. nobody bothered.", "complaint"),
    ("complaint.without-the-word", "Hedge on Back Lane not trimmed. Again. Cannot see round the corner.", "complaint"),
    (
        "complaint.without-the-word",
        "The litter bins by the shop were not emptied this week and the contractor is not turning up. Pay "
        "someone who will.",
        "complaint",
    ),
    ("complaint.without-the-word", "Your grass man hasn't shown up in a month. Get a firm that will.", "complaint"),
    ("complaint.without-the-word", "Lay-by on the A47 flooded again. Fourth time this winter.", "complaint"),
    ("complaint.without-the-word", "Streetlight outside 14 out. Second time in a fortnight.", "complaint"),
    (
        "complaint.without-the-word",
        "You told us in the spring that the potholes would be filled. They have not been.",
        "complaint",
    ),
    (
        "complaint.without-the-word",
        "The clerk assured residents at the March meeting that the swings would be repaired by Easter. Nothing "
        "has happened.",
        "complaint",
    ),
    (
        "complaint.without-the-word",
        "I wish to put on record my strong objection to the new charges for the car park, and ask that the "
        "decision be reconsidered.",
        "complaint",
    ),
    (
        "complaint.without-the-word",
        "Spending four thousand pounds on a logo is a waste of the parish's money.",
        "complaint",
    ),
    (
        "complaint.without-the-word",
        "Is it really too much to ask that the toilets are open on a bank holiday?",
        "complaint",
    ),
    (
        "complaint.without-the-word",
        "Who exactly is responsible for the state of the pond? Because it is certainly not being looked after.",
        "complaint",
    ),
    (
        "complaint.without-the-word",
        "I would be grateful to learn what the council proposes to do about the drain, and when.",
        "complaint",
    ),
    (
        "complaint.without-the-word",
        "My father has asked me to write. The path to his bungalow has been flooded for weeks and he cannot get out.",
        "complaint",
    ),
    (
        "complaint.near-miss",
        "Who is responsible for cutting the hedge by the school? I would like to offer to help.",
        "enquiry",
    ),
    ("complaint.near-miss", "Could you let me know the hire charge for the hall on a Saturday afternoon?", "enquiry"),
    (
        "complaint.near-miss",
        "We have booked the pavilion twice before for the cricket tea and would love to again in July.",
        "enquiry",
    ),
    (
        "complaint.near-miss",
        "Thank you for fixing the streetlight so quickly, it has made a real difference.",
        "enquiry",
    ),
    (
        "complaint.near-miss",
        "The hall will be closed for the summer while the floor is sanded; the next coffee morning is in September.",
        "enquiry",
    ),
    (
        "complaint.near-miss",
        "I would like to volunteer for the litter pick on Saturday. What time should I arrive?",
        "enquiry",
    ),
    ("complaint.near-miss", "Is there a waiting list for allotments, and how long is it at the moment?", "enquiry"),
    (
        "foi.other-words",
        "Can ye send me all the records the council has on the play area inspections since 2019?",
        "foi_request",
    ),
    (
        "foi.other-words",
        "Could you kindly let me know, for the last three financial years, how much was spent on legal advice?",
        "foi_request",
    ),
    (
        "foi.other-words",
        "How much was paid to the contractor for resurfacing the car park? Please send the invoice.",
        "foi_request",
    ),
    ("foi.other-words", "could yous send us the minutes and the quotes for the new benches", "foi_request"),
    (
        "sar.other-words",
        "As my mother's attorney under a lasting power of attorney, I ask for everything the council holds on her.",
        "subject_access",
    ),
    (
        "sar.near-miss",
        "Any implied right of access to my land is hereby revoked and the council's men are not to cross my fields.",
        "enquiry",
    ),
    ("sar.near-miss", "Does the public have a right of access over the field behind the church?", "enquiry"),
    (
        "report.clipped-or-chat",
        "Chap in a grey pickup stopped me at the yard. Said he'd burn the hay barn if the path stays shut. "
        "Rang 101, they gave me a reference.",
        "abuse_report",
    ),
    (
        "report.clipped-or-chat",
        "somebody in the parents group chat shared a photo of the clerk with horrible stuff written on it",
        "abuse_report",
    ),
    (
        "report.clipped-or-chat",
        "Told me he'd smash the bus shelter again tonight. Thought you should know.",
        "abuse_report",
    ),
    (
        "complaint.without-the-word",
        "The bins by the school were not emptied. Rang the council twice. Said they'd send someone. Nobody came.",
        "complaint",
    ),
    (
        "automated.calendar",
        "Parish Liaison Meeting\nWhen: Tue 3 Mar 2026 14:00 - 15:00 (GMT)\nWhere: Village Hall\nOrganiser: "
        "clerk@example.org\nAccept / Decline / Maybe",
        "automated",
    ),
    (
        "automated.calendar",
        "Annual Parish Meeting\nThu 14 May 2026 19:00 - 20:30\nThis event has been cancelled.",
        "automated",
    ),
    (
        "complaint.near-miss",
        "What does the council intend to do with the old phone box? Our group would like to use it as a book swap.",
        "enquiry",
    ),
    ("complaint.without-the-word", "it was reported before and nothing was done, very disappointing", "complaint"),
    (
        "complaint.near-miss",
        "My mother has asked me to write to ask whether she can still have her plot next year.",
        "enquiry",
    ),
    (
        "complaint.without-the-word",
        "Dear Sirs, I wonder whether it might be possible, at some point, for someone to look at the drain "
        "outside number 4 again; it has flooded for the third time this month.",
        "complaint",
    ),
    (
        "complaint.near-miss",
        "Many thanks to whoever fixed the bench by the pond, it had been broken since the spring and it looks "
        "lovely now.",
        "enquiry",
    ),
    (
        "complaint.near-miss",
        "Thank you for the quick reply. The light that had been out since Tuesday is working again.",
        "enquiry",
    ),
    (
        "complaint.near-miss",
        "I'm writing on behalf of my neighbour, who is 90, to ask when the next coffee morning is.",
        "enquiry",
    ),
    ("complaint.near-miss", "Could you send me the dates of the next three council meetings?", "enquiry"),
    (
        "complaint.near-miss",
        "Could you tell me who I should ask about hiring the pavilion for a birthday party?",
        "enquiry",
    ),
    (
        "complaint.near-miss",
        "The Scouts would like to offer to help tidy the churchyard on 12 April. Who should we speak to?",
        "enquiry",
    ),
    (
        "complaint.near-miss",
        "Could you let me know the total cost of hiring the main hall for a wedding in June, and whether it is free?",
        "enquiry",
    ),
    ("foi.other-words", "How much money was spent on the consultants for the neighbourhood plan?", "foi_request"),
    (
        "sar.other-words",
        "Under data protection I want the recording of the call I made to the office in May and any notes that "
        "were made on me during it.",
        "subject_access",
    ),
    (
        "sar.other-words",
        "I am my father's attorney. Please send me copies of everything the council is storing about my dad, "
        "including his allotment letters.",
        "subject_access",
    ),
    (
        "sar.other-words",
        "i want every photo of me off them new cameras on the green. every one. as is my right.",
        "subject_access",
    ),
    (
        "sar.other-words",
        "I'm entitled to my own records. Please send me every email where my name appears since the planning row.",
        "subject_access",
    ),
    (
        "complaint.near-miss",
        "Do you keep a record of who has booked the hall? I would like to know if the 12th is taken.",
        "enquiry",
    ),
    ("complaint.near-miss", "Could you send me a photo of the new bench for our newsletter?", "enquiry"),
    (
        "report.aimed-material",
        "Somebody has put up leaflets in the shop window ridiculing the clerk and her family. I took one down.",
        "abuse_report",
    ),
    (
        "report.aimed-material",
        "There is a lot of nasty stuff being shared on the village page about Councillor Mendes and her children.",
        "abuse_report",
    ),
    (
        "report.aimed-material",
        "An account calling itself Parish Truth has started posting photos of the councillors' cars.",
        "abuse_report",
    ),
    (
        "report.aimed-material",
        "Overnight someone daubed the word TRAITOR across the chairman's garage door.",
        "abuse_report",
    ),
    (
        "report.aimed-material",
        "a lad on the estate group has wrote the clerk's home address with a picture of her house",
        "abuse_report",
    ),
    (
        "conduct.plain-words",
        "At the annual meeting Cllr Prowse was obviously the worse for drink and heckled a resident.",
        "conduct_complaint",
    ),
    (
        "conduct.plain-words",
        "Councillor Hoyle smirked at my accent when I asked about the bins. It is not proper behaviour for a "
        "councillor.",
        "conduct_complaint",
    ),
    (
        "conduct.plain-words",
        "I demand that Cllr Byrne be investigated. He told me to sit down and be quiet in front of everyone.",
        "conduct_complaint",
    ),
    (
        "conduct.plain-words",
        "The chair treated residents like dirt at Tuesday's meeting and I want to know the process for "
        "complaining about him.",
        "conduct_complaint",
    ),
    (
        "report-conduct.near-miss",
        "Could you put up a poster for the Scouts' jumble sale on the noticeboard?",
        "enquiry",
    ),
    (
        "report-conduct.near-miss",
        "We are making a short video about the village for the festival. May we film councillors at the meeting?",
        "enquiry",
    ),
    (
        "report-conduct.near-miss",
        "The leaflets about the new parking charges were confusing and nobody was consulted. Very poor.",
        "complaint",
    ),
    (
        "conduct.plain-words",
        "Cllr Ward posted a meme mocking residents who objected to the car park.",
        "conduct_complaint",
    ),
    ("report-conduct.near-miss", "I laughed at the panto last year - is it on again this December?", "enquiry"),
    (
        "automated.more-forms",
        "Good news! Your order has been dispatched.\nOrder number: 448-1192-33\nTrack your parcel with the link below.",
        "automated",
    ),
    (
        "automated.more-forms",
        "Thank you for visiting Anstey Library. How did we do? Please take our short survey, it should take "
        "two minutes.",
        "automated",
    ),
    (
        "automated.near-miss",
        "Website contact form submission\nName: Jo Bloggs\nEmail: jo@example.org\nPhone: 07700 "
        "900111\nMessage: The bins on Mill Lane were not emptied again. Fourth time this month.",
        "complaint",
    ),
    (
        "automated.more-forms",
        "Ich bin bis zum 12. Mai nicht im B\u00fcro und habe keinen Zugriff auf meine E-Mails. In dringenden "
        "F\u00e4llen wenden Sie sich bitte an meine Kollegin.",
        "automated",
    ),
    (
        "automated.more-forms",
        "Je suis absente du bureau jusqu'au 4 avril. Je r\u00e9pondrai \u00e0 votre message \u00e0 mon retour.",
        "automated",
    ),
    (
        "automated.more-forms",
        "Thank you for your email. I am out of the office until Monday 9 March. In my absence please contact "
        "the deputy clerk.",
        "automated",
    ),
    (
        "automated.near-miss",
        "Could you confirm my booking of the small hall for the 12th? I paid the deposit on Friday.",
        "enquiry",
    ),
    ("automated.near-miss", "I ordered a replacement key from the office last week. Has it come in yet?", "enquiry"),
    (
        "automated.near-miss",
        "Our survey of the footpaths is finished; would the council like a copy of the results?",
        "enquiry",
    ),
    (
        "automated.near-miss",
        "I will be away next week, so could the clerk give the hall key to my daughter in my absence?",
        "enquiry",
    ),
    (
        "automated.near-miss",
        "My booking was confirmed and then cancelled without explanation, which is unacceptable.",
        "complaint",
    ),
    (
        "automated.near-miss",
        "Website contact form submission\nName: Sam Lee\nEmail: sam@example.org\nMessage: When is the next "
        "parish council meeting?",
        "enquiry",
    ),
    (
        "complaint.decision-judged",
        "The choice to shut the library on Saturdays is plainly misguided and was made with no thought for "
        "working families.",
        "complaint",
    ),
    ("complaint.decision-judged", "What a short-sighted, high-handed decision to fell the lime trees.", "complaint"),
    ("complaint.decision-judged", "Road flooded outside the school again. Simply not good enough.", "complaint"),
    (
        "complaint.decision-judged",
        "With respect, the council has got this badly wrong on the car park, and I urge you to look again.",
        "complaint",
    ),
    (
        "complaint.decision-judged",
        "Nobody is emptying the dog bin by the stile and the sign has fallen down. The council is not taking "
        "this seriously.",
        "complaint",
    ),
    (
        "complaint.decision-judged",
        "Who thought it was a good idea to paint the bus shelter bright orange? Are you all mad? Put it right.",
        "complaint",
    ),
    (
        "complaint.near-miss",
        "Could you explain how the council decided the date of the fete? Our group would like to run a stall.",
        "enquiry",
    ),
    (
        "complaint.near-miss",
        "Would the council consider putting a second dog bin by the stile? It would help the dog walkers.",
        "enquiry",
    ),
    (
        "complaint.near-miss",
        "We would like our deposit back after the christening on Sunday; the hall was left clean. What do we "
        "need to do?",
        "enquiry",
    ),
    ("complaint.near-miss", "Is the budget for 2027 going to be discussed at the January meeting?", "enquiry"),
    (
        "complaint.near-miss",
        "Is the pavilion booked for summer 2027 yet? We would like it for the cricket club's anniversary.",
        "enquiry",
    ),
    ("complaint.near-miss", "Will the hall be available for Christmas? We are planning a family party.", "enquiry"),
    # --- threats, round 7: veiled fate with no weapon, intimidation without violence, a weapon's purpose, and the
    # near-misses that must stay ordinary (danger talk, lawful warnings, idioms, reports, illness, insurance claims)
    ("threat.veiled-fate", "Don't come crying to me when your car gets damaged.", "threat"),
    ("threat.veiled-fate", "dont come running to us when ur shed ends up on fire", "threat"),
    ("threat.veiled-fate", "I'd watch myself if I were you.", "threat"),
    ("threat.veiled-fate", "Won't end well for him either way. Tell him that.", "threat"),
    ("threat.veiled-fate", "This will end badly for you, Councillor.", "threat"),
    ("threat.veiled-fate", "People round here have accidents, you know.", "threat"),
    ("threat.veiled-fate", "Things have a way of catching fire round here.", "threat"),
    ("threat.veiled-fate", "Funny how windows get broken when people cross us.", "threat"),
    ("threat.veiled-fate", "I'd hate for anything to spoil that lovely garden of yours.", "threat"),
    ("threat.veiled-fate", "Something might happen to that pavilion of yours if the fees go up.", "threat"),
    ("threat.veiled-fate", "Your tyres won't survive the week if the parking scheme goes ahead.", "threat"),
    ("threat.veiled-fate", "You cut down my hedge, so something of yours will go too.", "threat"),
    (
        "threat.veiled-fate",
        "If my roof comes in because of your tree, then Cllr Smith's roof comes down next.",
        "threat",
    ),
    ("threat.veiled-fate", "Councillor Ahmed will be off his feet for a good while, I promise you.", "threat"),
    ("threat.veiled-fate", "What do you call a councillor who votes for the car park? An inpatient.", "threat"),
    ("threat.veiled-fate", "Voting yes would be a very bad idea for your health, Councillor.", "threat"),
    (
        "threat.veiled-fate",
        "It is not beyond the realms of possibility that certain councillors may come to physical harm should this "
        "decision stand.",
        "threat",
    ),
    (
        "threat.veiled-fate",
        "One might reasonably expect that the chairman's safety could not be assured if the scheme proceeds.",
        "threat",
    ),
    ("threat.veiled-fate", "I hope your home insurance is up to date, Councillor.", "threat"),
    ("threat.veiled-fate", "The next time a parish official sets foot on my land, he leaves on a stretcher.", "threat"),
    ("threat.veiled-fate", "If the site goes ahead, there'll be a body count. Not ours.", "threat"),
    ("threat.veiled-fate", "I've dug a hole in my back garden about your size, Councillor.", "threat"),
    ("threat.veiled-fate", "Burglars aren't the only thing that comes at night, Councillor.", "threat"),
    ("threat.veiled-fate", "The clerk has a nice car. It would look better with four flat tyres.", "threat"),
    (
        "threat.veiled-fate",
        "You've got a lovely little girl, Councillor. It'd be awful if she didn't come home one day.",
        "threat",
    ),
    ("threat.veiled-fate", "the person who signed that order can expect a visit of their own", "threat"),
    ("threat.veiled-fate", "nobody's leaving that hall till the chairman resigns. nobody.", "threat"),
    ("threat.veiled-fate", "hall car park. sat 9pm. come alone", "threat"),
    ("threat.veiled-fate", "u think 22 mill rd is hard 2 find?", "threat"),
    ("threat.veiled-fate", "my brother just got out and he's been asking about the chairman", "threat"),
    ("threat.intimidation", "Your kids go to St Mary's. We know which school.", "threat"),
    (
        "threat.intimidation",
        "I have put the clerk's home address on the village group so people can pay her a visit.",
        "threat",
    ),
    ("threat.intimidation", "Unless you drop the enforcement, everyone will see the photos of your affair.", "threat"),
    ("threat.intimidation", "We've taken some nice pictures of your children, Councillor.", "threat"),
    (
        "threat.intimidation",
        "We have the addresses of every councillor who voted yes. We will be making house calls.",
        "threat",
    ),
    ("threat.intimidation", "We'll be paying the chairman's house a little visit after the vote.", "threat"),
    ("threat.intimidation", "I know which cottage on Brook Lane is Cllr Ward's.", "threat"),
    ("threat.intimidation", "we know where all of u park", "threat"),
    (
        "threat.intimidation",
        "Drove past the chairman's house at two. Lights off, back gate left open. Think about that.",
        "threat",
    ),
    ("threat.weapon-purpose", "I hold a firearms licence and she will find out what it's for.", "threat"),
    (
        "threat.weapon-purpose",
        "I keep a crowbar by the door and I'll use it on the next councillor who knocks.",
        "threat",
    ),
    ("threat.near-miss", "If I were you I'd watch the planning portal, the decision is due next week.", "not-serious"),
    (
        "threat.near-miss",
        "Don't say nobody warned you about the potholes when the insurance claims come in.",
        "not-serious",
    ),
    ("threat.near-miss", "You'll be off your feet for some time after the operation, so rest up.", "not-serious"),
    (
        "threat.near-miss",
        "Cllr Patel will be out of action for some time after his knee operation, please contact the clerk instead.",
        "not-serious",
    ),
    ("threat.near-miss", "I will use my discretion on the next application that comes in.", "not-serious"),
    ("threat.near-miss", "Park on that verge yourself and see how you like it.", "not-serious"),
    ("threat.near-miss", "If my house floods again, the council's insurers will hear from me too.", "not-serious"),
    ("threat.near-miss", "This won't end well for the council at the next election.", "not-serious"),
    (
        "threat.near-miss",
        "Accidents happen on that junction every winter; people round here have accidents on it all the time.",
        "not-serious",
    ),
    ("threat.near-miss", "Things have a way of getting lost in the council's post, it seems.", "not-serious"),
    (
        "threat.near-miss",
        "Hay bales have a way of catching fire in a drought, so please move them off the verge.",
        "not-serious",
    ),
    (
        "threat.near-miss",
        "We took photographs of the flooded houses and the children's playground for the report.",
        "not-serious",
    ),
    ("threat.near-miss", "Unless you fix the lights, everyone will see how little this council cares.", "not-serious"),
    ("threat.near-miss", "I know which school the bus serves, and it is always late.", "not-serious"),
    (
        "threat.near-miss",
        "My neighbour says someone has posted the clerk's address online so people can visit her, which frightened me.",
        "not-serious",
    ),
    (
        "threat.near-miss",
        "I hope your insurance is up to date, because my daughter was hurt on the swings.",
        "not-serious",
    ),
    (
        "threat.near-miss",
        "It would be a tragedy if your son didn't make it home because of the speeding on that road.",
        "not-serious",
    ),
    ("threat.near-miss", "Please bring whoever you like to the quiz night on Saturday at 7pm.", "not-serious"),
    ("threat.near-miss", "I stand by what I said at the meeting about the precept.", "not-serious"),
    ("threat.near-miss", "The storm will flatten the marquee if it isn't pegged down properly.", "not-serious"),
    ("threat.near-miss", "We'll be shooting pigeons on the farm this weekend, keep the dogs in.", "not-serious"),
    ("threat.near-miss", "Break a leg at the panto on Saturday!", "not-serious"),
    ("threat.near-miss", "I'll be standing at the next election and the voters will decide.", "not-serious"),
    ("threat.near-miss", "Someone will be killed on that bend if you don't put a sign up.", "not-serious"),
    ("threat.near-miss", "He said he'd burn the pavilion down. I thought you should know.", "not-serious"),
    (
        "threat.near-miss",
        "My dad just got out of hospital and he's been asking about the chairman's health.",
        "not-serious",
    ),
    # --- threats, round 7: a complaint whose last lines turn to menace, and its lawful endings (the ombudsman, an
    # election, a meeting, a solicitor, a petition) that must stay ordinary
    (
        "threat.complaint-ends-in-menace",
        "The bins have not been emptied for three weeks. Sort it by Friday or I'll sort it myself, and you "
        "won't like how.",
        "threat",
    ),
    (
        "threat.complaint-ends-in-menace",
        "Third time I've reported the streetlight. Next time I won't be writing, I'll be knocking on the "
        "chairman's door.",
        "threat",
    ),
    (
        "threat.complaint-ends-in-menace",
        "The verge is ruined again. If it happens once more, I can't promise the contractor's van will still "
        "have its windows.",
        "threat",
    ),
    (
        "threat.complaint-ends-in-menace",
        "Still no reply about the drain. Whoever comes to fix it had better come in a group.",
        "threat",
    ),
    (
        "threat.complaint-ends-in-menace",
        "The hedge was cut without consent again. Do it once more and the next one holding the trimmer goes "
        "in the ditch with the cuttings.",
        "threat",
    ),
    (
        "threat.complaint-ends-in-menace",
        "I've complained about the dog mess for months. The next dog walker I catch is going to regret it.",
        "threat",
    ),
    (
        "threat.complaint-ends-in-menace",
        "Nobody has fixed the play area. Things are going to happen that you won't be able to blame on me.",
        "threat",
    ),
    (
        "threat.complaint-ends-in-menace",
        "This is the fourth email about the parking. If it isn't sorted, the chairman will have a very "
        "unpleasant weekend.",
        "threat",
    ),
    (
        "threat.complaint-ends-in-menace",
        "Your contractor left my gate open and my dog got out. Let him come back and see what my dog does to him now.",
        "threat",
    ),
    (
        "threat.complaint-ends-in-menace",
        "The noise from the hall is unbearable. If it happens again I'll go round there myself and it won't "
        "be to ask nicely.",
        "threat",
    ),
    (
        "threat.complaint-ends-in-menace",
        "Fix it, or I'll be round with my lads, and we won't be bringing flowers.",
        "threat",
    ),
    (
        "threat.complaint-ends-in-menace",
        "the grass hasn't been cut in weeks. one more week and i'm cutting more than grass",
        "threat",
    ),
    (
        "threat.near-miss",
        "The bins have not been emptied for three weeks. Sort it by Friday or I'll report you to the ombudsman.",
        "not-serious",
    ),
    (
        "threat.near-miss",
        "Third time I've reported the streetlight. Next time I won't be writing, I'll be standing for election myself.",
        "not-serious",
    ),
    (
        "threat.near-miss",
        "Still no reply about the drain. My patience has gone. I will be raising it at the annual parish meeting.",
        "not-serious",
    ),
    (
        "threat.near-miss",
        "If it isn't fixed I'll go round to the office myself and ask to see the clerk.",
        "not-serious",
    ),
    (
        "threat.near-miss",
        "Keep ignoring me and I'll make sure the whole village knows at the next meeting.",
        "not-serious",
    ),
    ("threat.near-miss", "This is the last polite letter; next I will instruct my solicitor.", "not-serious"),
    (
        "threat.near-miss",
        "the grass hasn't been cut in weeks. one more week and i'm cutting it myself and sending you the bill",
        "not-serious",
    ),
    (
        "threat.near-miss",
        "Your contractor left my gate open and my dog got out; he could have been killed on the road.",
        "not-serious",
    ),
    (
        "threat.near-miss",
        "If the chairman doesn't answer I'll see him at the meeting and ask him in front of everyone.",
        "not-serious",
    ),
    ("threat.near-miss", "I'll be round the office on Monday with the petition.", "not-serious"),
    (
        "threat.near-miss",
        "I'm sure you won't like it, but the hedge on the corner really must be cut back.",
        "not-serious",
    ),
    ("threat.near-miss", "Whoever comes to fix the boiler had better bring a long ladder.", "not-serious"),
    (
        "threat.near-miss",
        "I'll be knocking on doors in Mill Lane to collect signatures for the petition.",
        "not-serious",
    ),
    # --- threats, round 7: the styles of writers the rules were not tuned on (third person and minutes, a reporter's
    # questions, an open letter, easy-read, jokes, late-night mail, a heartfelt story, the school run, academic
    # hedging), and near-misses in the same registers
    (
        "threat.third-person-and-minutes",
        "The resident stated that, should the hedge be cut again, the Clerk would not be safe in her own home.",
        "threat",
    ),
    (
        "threat.third-person-and-minutes",
        "Minutes of the residents' group: AGREED that members would attend Cllr Barr's house on Friday evening.",
        "threat",
    ),
    (
        "threat.third-person-and-minutes",
        "Item 3: the chairman. Action: the lads to deal with him after the meeting. Owner: me.",
        "threat",
    ),
    (
        "threat.third-person-and-minutes",
        "Mr Dunn wishes the council to know that he has not forgotten where Councillor Hale lives.",
        "threat",
    ),
    (
        "threat.question",
        "Question 1: How many councillors have had their tyres slashed this year? Question 2: Would Cllr "
        "Webb like to be next?",
        "threat",
    ),
    (
        "threat.question",
        "Hypothetically, if someone were to put sugar in the chairman's petrol tank, who would the police "
        "even suspect?",
        "threat",
    ),
    (
        "threat.open-letter",
        "Open letter to Cllr Moss (copied to the Echo): you have until Friday. After that, what happens to "
        "you is on your own head.",
        "threat",
    ),
    (
        "threat.easy-read",
        "I am not happy. I know the clerk's house. I will go there at night. I will break things.",
        "threat",
    ),
    (
        "threat.joke",
        "Jokes aside, if the chairman signs that order, he won't be signing anything else with those hands.",
        "threat",
    ),
    ("threat.joke", "lol imagine if the pavilion just happened to burn down the night before the vote 🤔🔥", "threat"),
    (
        "threat.late-night",
        "3am and I'm still awake thinking about how easy it would be to end this. Starting with Cllr Shaw.",
        "threat",
    ),
    (
        "threat.heartfelt",
        "My son cried for a week when you closed the youth club. Mark my words, you'll cry a lot longer.",
        "threat",
    ),
    ("threat.school-run", "I see your wife at the school gate every morning. Tell her I said hello.", "threat"),
    (
        "threat.academic",
        "It may be worth the councillor considering the possibility that his family's safety is not "
        "something he can take for granted.",
        "threat",
    ),
    (
        "threat.academic",
        "The data suggest a non-trivial probability of harm to Cllr Ross should the vote proceed.",
        "threat",
    ),
    (
        "threat.intent-harm-target",
        "If they close the school crossing, I'll run the chairman over myself and see how he likes it.",
        "threat",
    ),
    ("threat.near-miss", "Action: the clerk to deal with him and report back to the next meeting.", "not-serious"),
    ("threat.near-miss", "Would Cllr Webb like to be next to speak on the precept?", "not-serious"),
    (
        "threat.near-miss",
        "I know your house has flooded twice this year, so you will understand how we feel.",
        "not-serious",
    ),
    ("threat.near-miss", "Let's sort this out properly, starting with Cllr Shaw's expenses claim.", "not-serious"),
    ("threat.near-miss", "You'll cry when you see what the new bins cost.", "not-serious"),
    (
        "threat.near-miss",
        "The lone working policy should cover the risk of harm to the clerk when she opens the hall at night.",
        "not-serious",
    ),
    ("threat.near-miss", "Residents will picket the council office on Friday if the library closes.", "not-serious"),
    (
        "threat.near-miss",
        "Someone put sugar in my petrol tank outside the hall last week and I want the CCTV checked.",
        "not-serious",
    ),
    ("threat.near-miss", "If the crossing closes, a lorry will run a child over, mark my words.", "not-serious"),
    # --- plain categories, round 7: complaints as exasperation and rhetoric, abuse described rather than quoted,
    # conduct without the code named, requests said plainly (a list under a colon, an attorney's or executor's
    # request); written fresh, with the near misses each must leave alone (thanks, offers, bookings, prices) -----
    ("complaint.exasperation", "My patience is wearing thin with the council over the blocked drain.", "complaint"),
    ("complaint.exasperation", "I'm at my wits' end with the noise from the pavilion every weekend.", "complaint"),
    ("complaint.exasperation", "It beggars belief that the footpath is still closed.", "complaint"),
    (
        "complaint.exasperation",
        "We've had enough. The field floods every time it rains and the council does nothing.",
        "complaint",
    ),
    ("complaint.exasperation", "sick of chasing you lot about the pothole", "complaint"),
    ("complaint.exasperation", "How hard can it be to empty a bin?", "complaint"),
    (
        "complaint.exasperation",
        "Why should residents have to put up with lorries on the lane every morning?",
        "complaint",
    ),
    (
        "complaint.exasperation",
        "Is this really the best the council can do? The new bench is already falling apart.",
        "complaint",
    ),
    ("complaint.exasperation", "This is not the level of service residents should expect.", "complaint"),
    (
        "complaint.exasperation",
        "Frankly embarrassing that the war memorial looks like this for Remembrance Sunday.",
        "complaint",
    ),
    ("complaint.exasperation", "The new parking charges are daylight robbery and I want them scrapped.", "complaint"),
    (
        "complaint.exasperation",
        "Dear Sir, I must protest at the closure of the public toilets without notice.",
        "complaint",
    ),
    ("complaint.exasperation", "It's ridiculous that nobody can tell me who owns the hedge.", "complaint"),
    (
        "complaint.exasperation",
        "I swear the hedge on Back Lane has grown a foot since I reported it in March, and still nothing.",
        "complaint",
    ),
    (
        "complaint.exasperation",
        "Is anyone at the council actually going to do anything about the speeding on Main Street?",
        "complaint",
    ),
    ("complaint.impatience", "Who is responsible for this mess on the green after the fair?", "complaint"),
    (
        "complaint.impatience",
        "what do we even pay council tax for round here, the lights have been off for a month",
        "complaint",
    ),
    ("complaint.impatience", "Honestly, the state of the play park. My kids can't use half of it.", "complaint"),
    (
        "complaint.impatience",
        "I rang on Monday and again on Wednesday about the street light. No call back.",
        "complaint",
    ),
    ("complaint.impatience", "its a joke mate, the bins by the shop aint been emptied in a fortnight", "complaint"),
    ("complaint.impatience", "Not for the first time, the minutes on the website are months behind.", "complaint"),
    ("complaint.impatience", "I'm sorry but the way the hall bookings are handled is chaotic.", "complaint"),
    ("complaint.impatience", "I am writing, once more, about the street light outside number 12.", "complaint"),
    (
        "complaint.near-miss",
        "No reply needed, just letting you know the Scouts will use the hall on Friday.",
        "enquiry",
    ),
    ("complaint.near-miss", "I am writing once more to thank the council for the new benches.", "enquiry"),
    ("complaint.near-miss", "We have had enough volunteers for Saturday, thank you all.", "enquiry"),
    ("complaint.near-miss", "How hard is it to get an allotment? I'm new to the village.", "enquiry"),
    ("complaint.near-miss", "Is the council going to do anything for the jubilee? We'd love to help.", "enquiry"),
    (
        "complaint.near-miss",
        "I rang on Monday about the hall booking - could you call me back when you have a moment?",
        "enquiry",
    ),
    ("complaint.near-miss", "What a lovely job the volunteers did on the churchyard, frankly amazing.", "enquiry"),
    (
        "complaint.near-miss",
        "Who is responsible for the village hall Christmas tree this year? I'd like to donate lights.",
        "enquiry",
    ),
    (
        "complaint.near-miss",
        "Thank you so much for sorting the gate, I can't believe how quickly it was done.",
        "enquiry",
    ),
    (
        "complaint.near-miss",
        "Another month and the new play area will be open - exciting! When is the opening?",
        "enquiry",
    ),
    ("foi.plain", "How much did you pay for the new play equipment?", "foi_request"),
    (
        "foi.plain",
        "Could you also send me copies of any emails or letters between the council and the developer about the field?",
        "foi_request",
    ),
    (
        "foi.plain",
        "Please can you provide:\n- the total cost of the new bus shelter\n- the quotes received\n"
        "- the minute recording the decision",
        "foi_request",
    ),
    ("foi.plain", "I would like:\n1. the contract for grass cutting\n2. what it cost last year", "foi_request"),
    ("foi.plain", "Who got the contract for the hall roof, and what was it worth?", "foi_request"),
    ("foi.plain", "Can I see the report the tree surgeon did on the oak before it was felled?", "foi_request"),
    (
        "foi.plain",
        "I'd like a copy of the minutes where the council decided to close the toilets, and any reports they used.",
        "foi_request",
    ),
    ("foi.plain", "How many complaints about dog fouling has the council had this year?", "foi_request"),
    ("foi.plain", "Can you tell me what the clerk is paid?", "foi_request"),
    (
        "foi.plain",
        "Want a copy of that survey on the brook. And any letters with the Environment Agency about it.",
        "foi_request",
    ),
    ("foi.near-miss", "How much does it cost to hire the hall on a Saturday?", "enquiry"),
    ("foi.near-miss", "Please can you provide:\n- a table for the fete\n- two chairs\n- access to power", "enquiry"),
    ("foi.near-miss", "Could you send me the phone numbers for the hall committee?", "enquiry"),
    ("foi.near-miss", "Could you tell me how long the allotment waiting list is and how much it costs?", "enquiry"),
    ("sar.plain", "I want the CCTV of me at the pavilion on Saturday night.", "subject_access"),
    ("sar.plain", "Show me everything in your files about me and my allotment.", "subject_access"),
    ("sar.plain", "I'd like to see the notes the clerk took when I rang about my neighbour.", "subject_access"),
    ("sar.plain", "I require copies of all correspondence that refers to me by name.", "subject_access"),
    (
        "sar.for-another",
        "As executor of my late mother's estate I am asking for her records held by the council.",
        "subject_access",
    ),
    (
        "sar.for-another",
        "I hold lasting power of attorney for my dad. Please send me copies of any letters or emails about him "
        "since 2023.",
        "subject_access",
    ),
    (
        "sar.for-another",
        "I'm her mum and she's 12. Can I have the footage showing her at the skate park on Friday?",
        "subject_access",
    ),
    (
        "sar.near-miss",
        "As executor of my father's estate, can I please have a copy of the hall booking form so we can hold his wake?",
        "enquiry",
    ),
    (
        "sar.near-miss",
        "I act for my mother under a power of attorney. Could you tell me when her allotment rent is due?",
        "enquiry",
    ),
    ("report.described", "Someone spat at our warden outside the shop yesterday.", "abuse_report"),
    (
        "report.described",
        "A group of lads followed the youth worker to her car after the club and filmed her on their phones.",
        "abuse_report",
    ),
    (
        "report.described",
        "There's a video going round on TikTok of the clerk leaving the office, with horrible captions.",
        "abuse_report",
    ),
    (
        "report.described",
        "I'm passing on what was said to me at the bus stop: a woman told me people like me should go back home.",
        "abuse_report",
    ),
    (
        "report.described",
        "I was harassed all the way home from the meeting by a chap who kept shouting that I was a traitor.",
        "abuse_report",
    ),
    (
        "report.described",
        "Just so you are aware, someone has been leaving nasty notes on the volunteer's car at the hall.",
        "abuse_report",
    ),
    (
        "report.described",
        "The caretaker had a torrent of abuse from a hall user on Friday when he asked them to leave.",
        "abuse_report",
    ),
    (
        "report.described",
        "Someone going by the name Village Watcher has been commenting on every post about the clerk's family.",
        "abuse_report",
    ),
    (
        "report.described",
        "Could you ask the group admins to take down the post about Mrs Khan? It is very unkind.",
        "abuse_report",
    ),
    ("report.described", "fake acct again on fb pretending to be cllr jones, pls report it", "abuse_report"),
    (
        "report.not-threat",
        "A man at the bus stop told me he'd burn the pavilion down if the skate park goes ahead. I thought you "
        "should know.",
        "not-serious",
    ),
    (
        "report.near-miss",
        "Our WhatsApp group for the litter pick has 40 members now - could the council lend us grabbers?",
        "enquiry",
    ),
    ("report.near-miss", "Someone using the name Jo booked the hall for the 14th - is that you, Jo?", "enquiry"),
    ("report.near-miss", "I've been calling her all week about the hall key. Could someone ring me?", "enquiry"),
    (
        "report.near-miss",
        "The youth club is filming a short video for the festival; can we film outside the hall?",
        "enquiry",
    ),
    (
        "conduct.plain",
        "Cllr Heath sneered at me and said my question was stupid in front of the whole meeting.",
        "conduct_complaint",
    ),
    (
        "conduct.plain",
        "Is a councillor supposed to laugh at residents in a public meeting? Because that is what Cllr Orme did.",
        "conduct_complaint",
    ),
    (
        "conduct.plain",
        "Councillor Ames was incredibly rude to me at the surgery and dismissed my concerns without listening.",
        "conduct_complaint",
    ),
    (
        "complaint.thanks-not-complaint",
        "I just wanted to say thank you for mending the swings. My grandson had been asking about them for weeks.",
        "enquiry",
    ),
    (
        "complaint.thanks-not-complaint",
        "Just a quick note to say thanks - the drain that flooded every winter has finally been cleared.",
        "enquiry",
    ),
    (
        "complaint.thanks-not-complaint",
        "I write simply to thank the council for the new lights; for years that corner was pitch black.",
        "enquiry",
    ),
    (
        "complaint.thanks-then-complaint",
        "I just wanted to say thanks for fixing the light, but the bins are still overflowing for the third week "
        "running.",
        "complaint",
    ),
    (
        "conduct.plain",
        "Councillor Price has been making fun of residents on the village Facebook page, calling us moaners.",
        "conduct_complaint",
    ),
    (
        "conduct.plain",
        "The chairman refused to let me speak and then made a snide remark about my age.",
        "conduct_complaint",
    ),
    (
        "conduct.plain",
        "At the meeting the vice chair called residents 'a rabble' and told us to go home.",
        "conduct_complaint",
    ),
    (
        "conduct.plain",
        "I would like to raise a concern about the behaviour of one of your councillors at the fete.",
        "conduct_complaint",
    ),
    (
        "conduct.plain",
        "Cllr Finch has been posting about me on his Facebook, saying I'm a troublemaker.",
        "conduct_complaint",
    ),
    ("complaint.other-registers", "Great job on the new bus shelter. Shame it leaks.", "complaint"),
    ("complaint.other-registers", "Who signed off on this? The new fence is already leaning.", "complaint"),
    (
        "complaint.other-registers",
        "The grass on the rec. Two foot high. Kids can't play. Who do we pay for this?",
        "complaint",
    ),
    (
        "complaint.other-registers",
        "We were promised a reply within 10 working days. We are now on day 25.",
        "complaint",
    ),
    (
        "complaint.other-registers",
        "the hall heating didnt work AGAIN at our class, 20 pensioners sat in coats. want a refund",
        "complaint",
    ),
    (
        "complaint.other-registers",
        "I really don't think it's too much to ask for the toilets to be open on a Sunday.",
        "complaint",
    ),
    ("complaint.near-miss", "Great job on the new bus shelter. The kids love it.", "enquiry"),
    ("complaint.near-miss", "Who signed off the grant for the cricket club? I'd like to thank them.", "enquiry"),
    ("complaint.near-miss", "Sorry to bother you again but could I also book the small room on the 5th?", "enquiry"),
    (
        "conduct.near-miss",
        "Cllr Webb laughed so much at the panto! Could we have the photos for the newsletter?",
        "enquiry",
    ),
    (
        "conduct.near-miss",
        "Could Councillor Price come and speak to our WI group about the neighbourhood plan?",
        "enquiry",
    ),
    (
        "conduct.near-miss",
        "I want to shout from the rooftops how bad the potholes are on Mill Lane - third time I've reported them.",
        "complaint",
    ),
    # --- hate and abuse, round 12: hate made the writer's own after a hedge or a report, a person run down for a
    # --- characteristic, hate as a joke, a regret or a preference; contempt by talking down, figure or aside; each
    # --- with the near misses it must leave alone (counter-speech, criticism of things, sincere wording) -----------
    ("hate.own-claim", "They always say Albanians are crooks, and honestly they're spot on.", "hate"),
    (
        "hate.own-claim",
        "i know you're not supposed to say it but people reckon the travellers are thieves and it's true",
        "hate",
    ),
    (
        "hate.own-claim",
        "Now I'm not saying every single one of the refugees at the hotel is a criminal, but most of them are.",
        "hate",
    ),
    ("hate.own-claim", "My husband says, and I couldn't agree more, that the Romanian lot are filthy.", "hate"),
    ("hate.own-claim", "Everyone round here says the Pakistanis are dirty - can't argue with that.", "hate"),
    (
        "hate.own-claim-near-miss",
        "Some people say the travellers are thieves, and that is simply not true.",
        "not-serious",
    ),
    (
        "hate.own-claim-near-miss",
        "My neighbour says, and I agree with her, that the Polish families have been a credit to the village.",
        "not-serious",
    ),
    (
        "hate.own-claim-near-miss",
        "The vicar said, and I quite agree, that describing asylum seekers as vermin is disgraceful.",
        "not-serious",
    ),
    ("hate.own-claim-near-miss", "People say the new clerk is brilliant, and they're right.", "not-serious"),
    ("hate.person", "What else do you expect when you appoint a foreigner as clerk?", "hate"),
    (
        "hate.person",
        "Mrs Patel should be back in the kitchen looking after her children, not chairing meetings.",
        "hate",
    ),
    ("hate.person", "Cllr Briggs is well past his sell-by date and should go.", "hate"),
    ("hate.person", "A chairman ought to be a proper Englishman, not whatever we have now.", "hate"),
    ("hate.person", "Pregnant women shouldn't be holding senior posts like that.", "hate"),
    ("hate.person", "we need officers who speak proper English on the phone", "hate"),
    (
        "hate.person-near-miss",
        "The chairwoman is at home with her children this week, so Cllr Dunn will chair.",
        "not-serious",
    ),
    ("hate.person-near-miss", "What did you expect from the contractor after the price they quoted?", "not-serious"),
    (
        "hate.person-near-miss",
        "The clerk is past the deadline for the accounts, please can this be chased.",
        "not-serious",
    ),
    (
        "hate.person-near-miss",
        "The Polish shop on the green speaks better English than the council website.",
        "not-serious",
    ),
    (
        "hate.implied",
        "How many asylum seekers does it take to fill a hotel? Ask the council, they keep counting.",
        "hate",
    ),
    ("hate.implied", "did you hear the one about the gypsy and the lawnmower", "hate"),
    ("hate.implied", "You all know exactly what those travellers are really like.", "hate"),
    ("hate.implied", "This parish was a happier place to live before the Muslims started moving in.", "hate"),
    (
        "hate.implied",
        "The allotments are meant for ordinary village families, not the likes of them from the camp.",
        "hate",
    ),
    ("hate.implied", "Wouldn't lose a wink of sleep if the whole boatload of migrants sank.", "hate"),
    ("hate.implied", "Honestly the parish would be far better off without the Roma.", "hate"),
    ("hate.implied", "The disabled don't even deserve a say in how the hall is run.", "hate"),
    ("hate.implied", "i'd sooner eat my own hat than sit in church beside a muslim", "hate"),
    (
        "hate.implied-near-miss",
        "How many councillors does it take to change a lightbulb? None, they form a working party.",
        "not-serious",
    ),
    (
        "hate.implied-near-miss",
        "The footpath was much nicer before the contractors turned up with their diggers.",
        "not-serious",
    ),
    ("hate.implied-near-miss", "The hall should be kept for local groups, not for commercial bookings.", "not-serious"),
    ("hate.implied-near-miss", "I wouldn't shed a tear if the old bus shelter was pulled down.", "not-serious"),
    (
        "hate.implied-near-miss",
        "Refugees deserve a proper welcome and the hall is ideal for the coffee morning.",
        "not-serious",
    ),
    ("hate.implied-near-miss", "We would be better off without the parking charges on the green.", "not-serious"),
    (
        "hate.implied-near-miss",
        "The Roma families don't deserve to be treated like that by the council.",
        "not-serious",
    ),
    (
        "hate.implied-academic",
        "It is hard to ignore the link between the numbers of Somalis on the estate and the rate of burglary.",
        "hate",
    ),
    ("hate.implied-academic", "Since the influx of Romanians there has been a marked jump in shoplifting.", "hate"),
    ("hate.implied-always", "its always the pakistanis dumping rubbish behind the shops", "hate"),
    ("hate.implied-unfit", "Muslims are, frankly, temperamentally unsuited to public office.", "hate"),
    (
        "hate.implied-near-miss",
        "The influx of visitors for the fete led to a rise in parking complaints on Mill Lane.",
        "not-serious",
    ),
    (
        "hate.implied-near-miss",
        "Older residents are not suited to the steep ramp at the pavilion; could a handrail be added?",
        "not-serious",
    ),
    (
        "hate.implied-near-miss",
        "It's always the Travellers who get the blame when a bike goes missing, and that is not fair.",
        "not-serious",
    ),
    ("hate.counter-not-hedge", "I'm no bigot, but Gypsies simply don't belong here.", "hate"),
    ("hate.counter-not-hedge", "not being prejudiced, but the Somalis are all scroungers", "hate"),
    (
        "hate.counter-not-hedge-near-miss",
        "That leaflet was bigoted: travellers are not thieves and never have been.",
        "not-serious",
    ),
    ("hate.glued", "I cant stand gaypeople near the playground", "hate"),
    (
        "hate.formal-exclusion",
        "Persons of that sort ought never to be permitted in the pavilion; I refer to the travellers.",
        "hate",
    ),
    (
        "abusive.talk-down",
        "I shall spell this out in words of one syllable, since the last letter clearly defeated you.",
        "abusive",
    ),
    ("abusive.talk-down", "Do I need to draw you a picture, Mrs Grey?", "abusive"),
    ("abusive.talk-down", "Maybe ask one of the reception class to explain the budget to you.", "abusive"),
    ("abusive.talk-down", "The clerk obviously has trouble with anything longer than a sentence.", "abusive"),
    ("abusive.talk-down", "Oh look, the chairman has finally worked out how to use his email.", "abusive"),
    ("abusive.figure", "Cllr Moss is about as useful as an ashtray on a motorbike.", "abusive"),
    ("abusive.figure", "You are a complete waste of a salary.", "abusive"),
    ("abusive.figure", "he's dead weight and always has been", "abusive"),
    ("abusive.aside", "You are, without a shadow of doubt, a buffoon.", "abusive"),
    ("abusive.aside", "The chairman is, let's be frank, a coward.", "abusive"),
    ("abusive.initials", "RB is a two-faced snake.", "abusive"),
    ("abusive.shorthand", "cllr pegg = clown", "abusive"),
    ("abusive.foreign", "Señora Lane, eres una idiota.", "abusive"),
    ("abusive.harassment", "You can expect an email every day from me until the fence is moved.", "abusive"),
    ("abusive.what-a", "What a rude, arrogant woman you are.", "abusive"),
    ("abusive.contempt-turn", "Another tour de force of incompetence from our illustrious chairwoman.", "abusive"),
    ("abusive.contempt-turn", "I really pity anybody who has to sit next to you at meetings.", "abusive"),
    ("abusive.contempt-turn", "how does he even find his way to the office in the morning", "abusive"),
    ("abusive.contempt-turn", "Is there a single person on that council with an ounce of common sense?", "abusive"),
    ("abusive.contempt-turn", "You are not a kind person and everyone in the village knows it.", "abusive"),
    ("abusive.contempt-turn", "The chairman is a bully and a coward.", "abusive"),
    ("abusive.contempt-turn", "cllr jones 🐷🐷", "abusive"),
    ("abusive.near-miss", "I feel so sorry for anyone who has to drive down that lane in winter.", "not-serious"),
    ("abusive.near-miss", "The newsletter was a masterclass in clarity from our clerk, thank you.", "not-serious"),
    ("abusive.near-miss", "He is a councillor and a school governor, so he may know the answer.", "not-serious"),
    ("abusive.near-miss", "Is there anyone in the office with a spare key to the scout hut?", "not-serious"),
    ("abusive.near-miss", "The new noticeboard is about as useful as a chocolate teapot.", "not-serious"),
    ("abusive.near-miss", "The consultants' report was a total waste of our money.", "not-serious"),
    (
        "abusive.near-miss",
        "Could you explain the precept slowly at the meeting? Some of us are new to it.",
        "not-serious",
    ),
    ("abusive.near-miss", "My grandson has more sense than to ride his bike on that road.", "not-serious"),
    ("abusive.near-miss", "The decision is, frankly, a disgrace and I want it reviewed.", "not-serious"),
    ("abusive.near-miss", "Shall I draw you a map of where the fly-tipping is?", "not-serious"),
    (
        "abusive.near-miss",
        "I know reading small print is hard for some residents, so could the notices be larger?",
        "not-serious",
    ),
    ("abusive.near-miss", "the bloody streetlight is out again on Mill Lane", "not-serious"),
    (
        "abusive.near-miss",
        "Someone posted that the clerk is a two-faced snake; I thought you should know.",
        "not-serious",
    ),
    # --- threats, round 8: knowledge of a routine, questions about safety, metaphor, menace with no act named ----
    ("threat.r8-knowing", "The blue Corsa outside number 12 is yours, isn't it?", "threat"),
    ("threat.r8-knowing", "You leave the office at half five every day. Just so you know that I know.", "threat"),
    ("threat.r8-knowing", "Your lights go off at eleven. Mine stay on.", "threat"),
    ("threat.r8-knowing", "What time does the clerk usually lock up on a Wednesday? Asking for a friend.", "threat"),
    ("threat.r8-knowing", "Are your windows double glazed, councillor? Just wondering.", "threat"),
    (
        "threat.r8-near-miss",
        "The blue Corsa outside number 12 has been parked on the pavement for a week, please can "
        "you ask them to move it.",
        "not-serious",
    ),
    (
        "threat.r8-near-miss",
        "What time does the hall usually lock up on a Wednesday? I left my scarf there.",
        "not-serious",
    ),
    ("threat.r8-near-miss", "Are the hall windows double glazed? The heating bills are huge.", "not-serious"),
    ("threat.r8-near-miss", "Do your staff still go to St Mary's for the school crossing patrol?", "not-serious"),
    ("threat.r8-near-miss", "Word at the school gate is that the new play area is lovely, isn't it?", "not-serious"),
    ("threat.r8-euphemism", "Bonfire night might come early at the pavilion this year.", "threat"),
    ("threat.r8-euphemism", "Time your lot got the chop, and I don't mean at the ballot box.", "threat"),
    (
        "threat.r8-euphemism",
        "A few of us will be giving Cllr Hayes's house a bit of a spring clean on Friday night, if you catch my drift.",
        "threat",
    ),
    (
        "threat.r8-euphemism",
        "I'd hate for your roses to get trampled, or your greenhouse to get a brick through it.",
        "threat",
    ),
    ("threat.r8-near-miss", "The pavilion bonfire night display will be on 5 November.", "not-serious"),
    ("threat.r8-near-miss", "We need a spring clean of the village green, the litter is terrible.", "not-serious"),
    ("threat.r8-near-miss", "The chairman should get the chop at the next election.", "not-serious"),
    ("threat.r8-near-miss", "A hard frost is forecast; please grit the hall car park.", "not-serious"),
    (
        "threat.r8-near-miss",
        "One spark is all it takes in this heat, please ban barbecues on the green.",
        "not-serious",
    ),
    ("threat.r8-polite-end", "I would hate to think what might happen to the clerk if this goes ahead.", "threat"),
    ("threat.r8-polite-end", "I shan't be responsible for my actions if the hedge is cut again.", "threat"),
    (
        "threat.r8-polite-end",
        "I know some people who would pay the chairman a visit for a lot less than this.",
        "threat",
    ),
    ("threat.r8-polite-end", "Mark my words, the councillor who signs this will not be sleeping easy.", "threat"),
    (
        "threat.r8-polite-end",
        "Please do pass on my regards to Councillor Hale's wife; I see her at the school gate most mornings.",
        "threat",
    ),
    ("threat.r8-polite-end", "You might want to check your brakes before the next meeting, Mr Dobbs.", "threat"),
    ("threat.r8-polite-end", "I wonder how long that new glass door at your house would last.", "threat"),
    (
        "threat.r8-polite-end",
        "I'm sure your children enjoy playing out the front. It would be awful if anything happened to them.",
        "threat",
    ),
    ("threat.r8-polite-end", "People have ended up in the canal for less.", "threat"),
    ("threat.r8-polite-end", "Your little shop on the high street has a lot of glass, doesn't it.", "threat"),
    (
        "threat.r8-polite-end",
        "Thank you for your letter. I will be seeing Councillor Ash in person on Saturday, at his home, whether he "
        "likes it or not.",
        "threat",
    ),
    (
        "threat.r8-polite-end",
        "Kind regards, and do tell your husband to drive carefully on that dark lane home.",
        "threat",
    ),
    ("threat.r8-near-miss", "Someone will get hurt on that bend, mark my words.", "not-serious"),
    (
        "threat.r8-near-miss",
        "I would hate to think what might happen if a child fell into that open drain.",
        "not-serious",
    ),
    ("threat.r8-near-miss", "Please drive carefully on the lane, it is very dark and there are deer.", "not-serious"),
    (
        "threat.r8-near-miss",
        "It would be a terrible pity if the garden at the hall was neglected this summer.",
        "not-serious",
    ),
    (
        "threat.r8-near-miss",
        "I will be visiting Councillor Ash at his home on Saturday for his advice surgery.",
        "not-serious",
    ),
    (
        "threat.r8-near-miss",
        "I cannot be held responsible for the state of the verge; it is the highway authority's.",
        "not-serious",
    ),
    (
        "threat.r8-routine",
        "Your chairman locks up the pavilion on a Thursday around half ten, on his own, and there are no lights "
        "along that path.",
        "threat",
    ),
    (
        "threat.r8-routine",
        "The clerk leaves the office at about 5 on a Friday, always by herself, down the ginnel where the camera "
        "doesn't reach.",
        "threat",
    ),
    (
        "threat.r8-routine",
        "Cllr Oakes walks his dog gone eleven on a Sunday, on his own, along the unlit stretch by the canal.",
        "threat",
    ),
    (
        "threat.r8-known-life",
        "Does your husband still leave his grey Astra round the back of the Co-op every Saturday night? If I were "
        "him I'd start parking somewhere else.",
        "threat",
    ),
    (
        "threat.r8-known-life",
        "I know which bungalow on Hollins Close is yours. Funny how things have a nasty habit of happening to people "
        "who cross this village.",
        "threat",
    ),
    (
        "threat.r8-known-life",
        "It's so easy to find out where someone lives these days. Councillor Pratt lives on Fern Road, doesn't he. "
        "I'd have a think about that if I were him.",
        "threat",
    ),
    (
        "threat.r8-known-life",
        "Monday: drove past her house twice. Tuesday: her bedroom light went off at ten. Next time I won't just be "
        "driving past.",
        "threat",
    ),
    (
        "threat.r8-known-life",
        "Your kitchen light goes on at six. Back gate on the latch. You'll never be able to prove a thing.",
        "threat",
    ),
    ("threat.r8-question", "Do you still leave your car on the drive at night, Mrs Lane?", "threat"),
    (
        "threat.r8-question",
        "Does the chairman always leave his back door unlocked when he goes out on a Friday?",
        "threat",
    ),
    ("threat.r8-question", "Are you sure your house is insured, councillor?", "threat"),
    ("threat.r8-question", "Do you know where your kids are right now?", "threat"),
    ("threat.r8-question", "What would happen to your car if it caught fire one night?", "threat"),
    (
        "threat.r8-question",
        "How would you feel if someone was waiting for you after the meeting? Who would notice if you didn't get home?",
        "threat",
    ),
    ("threat.r8-question", "Would a couple of burnt-out cars in the hall car park get your attention?", "threat"),
    ("threat.r8-question", "Will it take a few smashed windows at the pavilion to make you listen?", "threat"),
    ("threat.r8-lucky", "You're lucky I don't come round and put a brick through your window.", "threat"),
    ("threat.r8-lucky", "ur lucky me and the lads dont torch that pavilion tbh", "threat"),
    (
        "threat.r8-end-of-complaint",
        "If the precept goes up again there will be bloodshed at the next meeting, and it won't be mine.",
        "threat",
    ),
    (
        "threat.r8-end-of-complaint",
        "If you evict us, councillors might find their cars have some nasty scratches down the side one morning.",
        "threat",
    ),
    (
        "threat.r8-end-of-complaint",
        "If the bins aren't collected by Friday something will happen to Councillor Lyle's greenhouse.",
        "threat",
    ),
    (
        "threat.r8-end-of-complaint",
        "It would be such a shame if that lovely pavilion had a little accident one night.",
        "threat",
    ),
    ("threat.r8-end-of-complaint", "Cancel the bonfire and the hall burns instead.", "threat"),
    ("threat.r8-end-of-complaint", "one more cancellation and the clubhouse goes up", "threat"),
    (
        "threat.r8-tool",
        "Anyone from the council comes on my land again, I'll be waiting by the gate with the chainsaw running.",
        "threat",
    ),
    (
        "threat.r8-tool",
        "next inspection ill be sat in the shed with the shears ready and I won't be aiming for the hedge.",
        "threat",
    ),
    (
        "threat.r8-tool",
        "I have got a pickaxe under the seat of the truck and I'm taking it along with me on Monday.",
        "threat",
    ),
    ("threat.r8-tool", "I'll be bringing my old cricket bat along on Thursday, just for show.", "threat"),
    ("threat.r8-tool", "I've painted the mayor's name on the handle of my axe.", "threat"),
    (
        "threat.r8-doorstep",
        "All forty of us will be on your doorstep on Sunday morning, and your children can watch.",
        "threat",
    ),
    ("threat.r8-scare", "Fancy giving the clerk a proper fright on her way home? Bring your brother.", "threat"),
    ("threat.r8-scare", "shall we give that councillor a scare he won't forget", "threat"),
    (
        "threat.r8-scare",
        "if they cut the youth club again that chairman is gonna get jumped outside the chippy",
        "threat",
    ),
    ("threat.r8-scare", "keep it up and ur gonna get done over", "threat"),
    ("threat.r8-metaphor", "Some weeds need pulling up by the root, and I know where Cllr Hart keeps his.", "threat"),
    ("threat.r8-metaphor", "People like you will be pruned back hard this winter, I'll see to it.", "threat"),
    ("threat.r8-metaphor", "A storm is coming for you, Mrs Lane, and I'll be the one bringing it.", "threat"),
    ("threat.r8-metaphor", "You'll be pushing up daisies by spring, I promise you.", "threat"),
    (
        "threat.r8-near-miss",
        "My daughter walks home from the bus stop on a Tuesday at about 6, on her own, and there are no streetlights "
        "on that path since you switched them off.",
        "not-serious",
    ),
    (
        "threat.r8-near-miss",
        "The street lights on Church Lane go off at midnight and my mum walks home alone from her shift, please can "
        "this be reviewed.",
        "not-serious",
    ),
    (
        "threat.r8-near-miss",
        "The clerk leaves the office at 5 on a Friday so please send any forms before then.",
        "not-serious",
    ),
    (
        "threat.r8-near-miss",
        "It's easy to find out where the polling station is, it is on the council website.",
        "not-serious",
    ),
    ("threat.r8-near-miss", "You are lucky I did not take this to the ombudsman, frankly.", "not-serious"),
    ("threat.r8-near-miss", "You're lucky I don't charge the council for my time.", "not-serious"),
    (
        "threat.r8-near-miss",
        "How many more smashed windows at the bus shelter before the council acts? It has happened three times this "
        "month.",
        "not-serious",
    ),
    ("threat.r8-near-miss", "Does someone have to get killed on that bend before you listen?", "not-serious"),
    ("threat.r8-near-miss", "There will be a lively debate at the meeting on Thursday.", "not-serious"),
    ("threat.r8-near-miss", "The blood donor session will be at the hall on Thursday.", "not-serious"),
    ("threat.r8-near-miss", "I came back to find my car scratched in the hall car park, is there CCTV?", "not-serious"),
    (
        "threat.r8-near-miss",
        "Residents returning from work have found their cars damaged by the potholes on Mill Road.",
        "not-serious",
    ),
    (
        "threat.r8-near-miss",
        "I will be waiting at the gate with the keys ready for the inspection on Tuesday.",
        "not-serious",
    ),
    (
        "threat.r8-near-miss",
        "Someone from the group will be at your door to collect the petition on Friday.",
        "not-serious",
    ),
    ("threat.r8-near-miss", "The fireworks gave my dog a fright again last night, please ban them.", "not-serious"),
    (
        "threat.r8-near-miss",
        "My son got jumped outside the chippy last week and the police did nothing.",
        "not-serious",
    ),
    ("threat.r8-near-miss", "Something will have to happen to the drainage on Mill Road before winter.", "not-serious"),
    ("threat.r8-near-miss", "It would be a shame if the pavilion had to close because of the budget.", "not-serious"),
    ("threat.r8-near-miss", "The dead wood on this council needs clearing out at the next election.", "not-serious"),
    ("threat.r8-near-miss", "The deadline is a dead loss and the consultation was a dead end.", "not-serious"),
    ("threat.r8-near-miss", "A storm is coming on Friday, please make sure the drains are cleared.", "not-serious"),
    ("threat.r8-near-miss", "The hedge needs pulling up by the roots, it is blocking the footpath.", "not-serious"),
    ("threat.r8-near-miss", "The council will be pruning the trees on the green in March.", "not-serious"),
    ("threat.r8-near-miss", "The hall boiler burns oil and it smells terrible.", "not-serious"),
    ("threat.r8-near-miss", "I'm telling you now, the crossing is dangerous and a child will be hurt.", "not-serious"),
    (
        "threat.r8-near-miss",
        "Is that a threat? No, it is a formal complaint, and I will go to the ombudsman.",
        "not-serious",
    ),
    ("threat.r8-near-miss", "Do you lock the hall at night? I saw it open at 11pm on Tuesday.", "not-serious"),
    (
        "threat.r8-near-miss",
        "Councillor Birch has been sharpening his knives for the chairman on Facebook again.",
        "not-serious",
    ),
    ("threat.r8-near-miss", "Are you sure you're insured to run the fete on the green?", "not-serious"),
    (
        "threat.r8-near-miss",
        "Who would notice if the bins were not emptied for a month? Nobody at the council, clearly.",
        "not-serious",
    ),
    ("threat.r8-near-miss", "What would happen if the hall flooded again, is it insured?", "not-serious"),
    (
        "threat.r8-near-miss",
        "Do you leave your car in the station car park overnight? I am asking about the permit scheme.",
        "not-serious",
    ),
    (
        "threat.r8-near-miss",
        "One more rise and the hall hire goes up to thirty pounds an hour, which is too much for the toddler group.",
        "not-serious",
    ),
    ("threat.r8-near-miss", "I'll be bringing my cricket bat along to the nets on Thursday.", "not-serious"),
    (
        "threat.r8-near-miss",
        "The brakes on the community minibus are funny things; please have them checked.",
        "not-serious",
    ),
    # --- hate and abuse, round 8: hate put politely (out of sight "where they can be looked after", not the right
    # fit, the character of the village, people of that kind, a group spreading like a weed), a person run down for
    # their age, accent, headscarf or partner, a doubt about them near children; abuse in text-speak, by figure and
    # condescension, and forwarded or quoted under a cover note that makes it the sender's own. Invented wordings,
    # with the near misses each must leave alone (a report of the same forwarded abuse, planning objections, sincere
    # thanks, DBS checks) ----------------------------------------------------------------------------------------------
    ("round8.abusive", "ur pathetic honestly", "abusive"),
    ("round8.abusive", "youre useless. like genuinely useless", "abusive"),
    ("round8.abusive", "u r so pathetic it's unreal", "abusive"),
    ("round8.abusive", "ur a joke mate and everyone knows it", "abusive"),
    ("round8.near-miss", "ur pathetic excuse for a footpath is still flooded", "not-serious"),
    ("round8.near-miss", "ur useless website won't load the minutes", "not-serious"),
    ("round8.abusive", "The chairman has the judgement of a boiled egg.", "abusive"),
    ("round8.abusive", "She has the vocabulary of a parking meter and the tact of a brick.", "abusive"),
    ("round8.abusive", "Your vice-chair is an empty suit who nods along.", "abusive"),
    ("round8.abusive", "Councillor Dean is an intellectual pygmy.", "abusive"),
    (
        "round8.abusive",
        "I cannot imagine many employers would be so patient with someone of your evident capacities.",
        "abusive",
    ),
    (
        "round8.abusive",
        "Do let me know if you'd like it explained again, perhaps more slowly, or with pictures.",
        "abusive",
    ),
    ("round8.abusive", "Bless your heart, you really did try to read the budget, didn't you.", "abusive"),
    ("round8.abusive", "I had not realised quite how limited a person could be and still draw a salary.", "abusive"),
    (
        "round8.near-miss",
        "Could the planning officer explain the map again with pictures at the next meeting? It was hard to follow.",
        "not-serious",
    ),
    ("round8.near-miss", "Someone of your experience will know the footpath rules better than I do.", "not-serious"),
    (
        "round8.abusive",
        "My thoughts exactly.\n\n---------- Forwarded message ---------\nFrom: Dave <dave@example.org>\nSubject: "
        "the clerk\n\nThe clerk is a useless lazy cow and everyone knows it.",
        "abusive",
    ),
    (
        "round8.abusive",
        "Couldn't have put it better myself.\n\n---------- Forwarded message ---------\nFrom: Ann "
        "<ann@example.org>\n\nYou lot are a shower of idiots.",
        "abusive",
    ),
    ("round8.hate", "The disabled would be far happier if they stayed at home where they can be looked after.", "hate"),
    ("round8.hate", "Frankly, wheelchair users ought to be kept indoors, not clogging up the buses.", "hate"),
    ("round8.hate", "Women in her condition belong at home. Next time appoint a man.", "hate"),
    ("round8.hate", "The Travellers belong on their own sites, out of sight of decent folk.", "hate"),
    ("round8.near-miss", "Mum is disabled and would be happier if the bus stop had a bench.", "not-serious"),
    ("round8.near-miss", "Could the disabled bay be kept clear of bins?", "not-serious"),
    ("round8.hate", "People of that kind aren't welcome here and the council should say so.", "hate"),
    ("round8.hate", "Thurcaston doesn't need that sort, before house prices suffer.", "hate"),
    ("round8.near-miss", "Dogs off leads are not welcome on the playing field.", "not-serious"),
    (
        "round8.hate",
        "Should someone like that really be left alone with our girls? She's a lesbian, after all.",
        "hate",
    ),
    ("round8.hate", "Is a gay man really the right person to be running the Scouts with young boys?", "hate"),
    (
        "round8.near-miss",
        "Is the new youth worker DBS checked before being left alone with the children?",
        "not-serious",
    ),
    (
        "round8.hate",
        "The migrants are spreading through the village like Japanese knotweed and need rooting out.",
        "hate",
    ),
    ("round8.hate", "Immigrants are an infestation and the parish should be cleared of them.", "hate"),
    ("round8.hate", "a tide of asylum seekers is washing over this village", "hate"),
    ("round8.near-miss", "The knotweed by the brook is spreading and needs rooting out.", "not-serious"),
    ("round8.near-miss", "The rats at the allotments are an infestation, please send pest control.", "not-serious"),
    ("round8.hate", "We must think of the character of the village before we let the Travellers settle.", "hate"),
    ("round8.hate", "A mosque would not really be the right fit for a family area like ours.", "hate"),
    (
        "round8.near-miss",
        "The new estate would change the character of the village; I object to the planning application.",
        "not-serious",
    ),
    ("round8.hate", "Is it true that the Travellers don't pay a penny in council tax?", "hate"),
    ("round8.hate", "Why is it always the Romanians at the food bank first thing?", "hate"),
    ("round8.hate", "Genuine question: do the Muslims on Mill Road ever actually work?", "hate"),
    ("round8.hate", "Is it just me or do Polish families never learn English?", "hate"),
    (
        "round8.hate",
        "Shouldn't someone of Cllr Brown's age be retired and leave the chairing to the men who know what they're "
        "doing?",
        "hate",
    ),
    ("round8.hate", "A man of his age has no business sitting on a youth committee, he should be in a home.", "hate"),
    (
        "round8.hate",
        "I can't understand a word she says with that accent; the council should employ someone who was born here.",
        "hate",
    ),
    (
        "round8.hate",
        "She wears that thing on her head to meetings; the parish council is a Christian body, not a mosque.",
        "hate",
    ),
    ("round8.hate", "Cllr Adeyemi should go back to wherever he came from and leave our parish to us.", "hate"),
    (
        "round8.hate",
        "The chair is deaf as a post and a wheelchair user; he should stand down and let a normal person do it.",
        "hate",
    ),
    ("round8.hate", "We didn't vote for a councillor who lives with another man.", "hate"),
    (
        "round8.near-miss",
        "Cllr Brown has chaired the committee for twenty years and I think it is time for new blood; I will stand "
        "against her in May.",
        "not-serious",
    ),
    ("round8.near-miss", "Is it true the Travellers' site has no water supply? It should be fixed.", "not-serious"),
    ("round8.near-miss", "Why is it always the disabled who lose out when the bus timetable changes?", "not-serious"),
    (
        "round8.near-miss",
        "Could the council provide an interpreter for the Polish families at the consultation?",
        "not-serious",
    ),
    ("round8.near-miss", "The mosque's open day was lovely; thank you for the grant.", "not-serious"),
    ("round8.hate", "Them lot off the site are nowt but thieves, every last one.", "hate"),
    ("round8.hate", "Yon foreigners want shipping back where they came from, the lot of them.", "hate"),
    ("round8.hate", "Divvent let them gypsies anywhere near the hall, man.", "hate"),
    ("round8.abusive", "As a clerk you'd make a decent doorstop.", "abusive"),
    ("round8.abusive", "I'll keep writing every single day until you resign.", "abusive"),
    ("round8.near-miss", "The dead wood in the churchyard yew needs cutting back before it falls.", "not-serious"),
    ("round8.near-miss", "I'll keep writing until the pothole is fixed.", "not-serious"),
    ("round8.abusive", "Forgive me, but I had assumed even you could manage a simple agenda.", "abusive"),
    ("round8.abusive", "Honestly, I don't know how you manage to dress yourself in the morning.", "abusive"),
    ("round8.abusive", "Cllr Moss is dead wood and always has been.", "abusive"),
    (
        "round8.abuse-report",
        "Look what was posted about the clerk on the village page, I was shocked to see this.\n\n---------- "
        "Forwarded message ---------\nFrom: Dave <dave@example.org>\n\nThe clerk is a useless lazy cow and "
        "everyone knows it.",
        "abuse_report",
    ),
    (
        "round8.near-miss",
        "Please see the complaint below from my neighbour; I agree the hedge needs cutting.\n\n---------- "
        "Forwarded message ---------\nFrom: Ann <ann@example.org>\n\nThe hedge on Mill Lane is blocking the "
        "footway again.",
        "not-serious",
    ),
    (
        "round8.abusive",
        "Hear, hear.\n\n> On Monday, Ann wrote:\n> You are a spineless coward, Councillor Reid, and the whole "
        "village knows it.",
        "abusive",
    ),
    (
        "round8.near-miss",
        "Well said, Ann.\n\n> On Monday, Ann wrote:\n> The bins on Mill Lane have not been emptied for three weeks.",
        "not-serious",
    ),
    ("round8.near-miss", "Bless your heart, you did so much for the fete, thank you.", "not-serious"),
    ("round8.hate", "Frankly a synagogue isn't the right fit for a quiet residential close like ours.", "hate"),
    (
        "round8.near-miss",
        "The skate ramp isn't the right fit for the playing field; could it go by the pavilion instead?",
        "not-serious",
    ),
    ("round8.hate", "Old folk like him belong in a home, not on the planning committee.", "hate"),
    ("round8.near-miss", "My grandad is 90 and would be happier if the bus stopped nearer his home.", "not-serious"),
    ("round8.hate", "Asylum seekers are multiplying like rats in that hotel.", "hate"),
    ("round8.near-miss", "The rats are multiplying in the bins behind the hotel.", "not-serious"),
    (
        "round8.hate",
        "The sooner the council clears them out, root and branch, the better; the Travellers spread like bindweed.",
        "hate",
    ),
    (
        "round8.near-miss",
        "Is it right that volunteers are left alone with children without a DBS check?",
        "not-serious",
    ),
    (
        "round8.hate",
        "Is a man who wears a dress really safe to be left alone with the Brownies? He's trans, you know.",
        "hate",
    ),
    ("round8.near-miss", "Our trans support group would like to book the small hall on Thursdays.", "not-serious"),
    # --- round 8: stereotypes put as questions and asides about "they" after the group is named (do they even pay,
    # before they nick owt else, is that the sort of thing we can expect), crime laid at a group's door, a group as an
    # invasive species or cuckoos in the nest, land kept for good English stock; with near misses --------------------
    ("round8.hate-question", "There are Travellers on the rec again. Do they even pay council tax, I wonder?", "hate"),
    (
        "round8.hate-question",
        "Isn't it a fact that most of the burglaries round here are down to the people on the site?",
        "hate",
    ),
    (
        "round8.hate-question",
        "How many of the Romanians at Hill Farm actually work for a living, would you say?",
        "hate",
    ),
    (
        "round8.hate-question",
        "Has anyone asked whether the Muslim families really want to integrate, or do they prefer to keep "
        "themselves apart?",
        "hate",
    ),
    (
        "round8.hate-question",
        "One hears the new Somali family keep goats in the back garden; is that the sort of thing we can expect now?",
        "hate",
    ),
    (
        "round8.hate-question",
        "An ecosystem can only take so many invasive species, and the village is no different with all these "
        "Eastern Europeans.",
        "hate",
    ),
    ("round8.hate-question", "The Travellers are cuckoos in the nest and the village is paying for it.", "hate"),
    (
        "round8.hate-question",
        "The village needs a good weeding, and we all know which families I mean: the ones from the site.",
        "hate",
    ),
    (
        "round8.hate-question",
        "Brethren, the Lord made man and woman, and these so-called trans folk are a sickness in our midst.",
        "hate",
    ),
    (
        "round8.hate-question",
        "We the undersigned ask that the allotments be reserved for families of good English stock.",
        "hate",
    ),
    (
        "round8.hate-question",
        "Our Jewish neighbours always seem to do very well out of the council, funny that.",
        "hate",
    ),
    (
        "round8.hate-question",
        "Nowt against 'em personally but them lot from the site want moving on before they nick owt else.",
        "hate",
    ),
    (
        "round8.near-miss",
        "Do the Travellers on the rec have access to water and toilets? The council has a duty.",
        "not-serious",
    ),
    ("round8.near-miss", "The Himalayan balsam by the brook is an invasive species and needs pulling.", "not-serious"),
    ("round8.near-miss", "The Polish club would like to book the hall for a christening on the 12th.", "not-serious"),
    (
        "round8.near-miss",
        "Is it true the council pays for the Travellers' water? I'd like to see the figures under FOI.",
        "not-serious",
    ),
    (
        "round8.near-miss",
        "Lock up your bikes, there have been three thefts from the station this month.",
        "not-serious",
    ),
    (
        "round8.near-miss",
        "Most of the fly-tipping on Mill Lane is down to cowboy builders from out of town.",
        "not-serious",
    ),
    (
        "round8.near-miss",
        "The football club booked the hall again. Do they even pay for it? Please check the invoices.",
        "not-serious",
    ),
    (
        "round8.near-miss",
        "The allotments need a good weeding before the show; could the council lend a strimmer?",
        "not-serious",
    ),
    ("round8.near-miss", "How many of the councillors actually read the consultation responses?", "not-serious"),
    (
        "round8.near-miss",
        "The Syrian families at Hill Farm would like help to learn English; is there a class at the library?",
        "not-serious",
    ),
    # --- round 8: one person run down for a faith, a same-sex partner, an age or a disability, or praised "for a"
    # group; condescension with no insult word (do try to keep up, dear; your way out of a paper bag); with near
    # misses (a send-off at his age, a Polish wedding display, a long consultation, traffic calming) ----------------
    (
        "round8.hate-person",
        "Scripture is plain that what Cllr Hughes and his so-called husband do is an abomination, and he should "
        "not lead prayers at the Remembrance service.",
        "hate",
    ),
    (
        "round8.hate-person",
        "With the greatest respect, a man of his faith cannot be expected to put the parish first; his loyalties "
        "lie elsewhere.",
        "hate",
    ),
    (
        "round8.hate-person",
        "She only got the job because she's in a wheelchair; tick a box and never mind the work.",
        "hate",
    ),
    (
        "round8.hate-person",
        "Let's be honest, a lass her age can't possibly understand planning law; she's barely out of school.",
        "hate",
    ),
    (
        "round8.hate-person",
        "He's very pleasant for a Pakistani, I'll give him that, but the chair should be one of us.",
        "hate",
    ),
    (
        "round8.near-miss",
        "Cllr Hughes and his husband hosted a lovely Remembrance tea; please pass on our thanks.",
        "not-serious",
    ),
    (
        "round8.near-miss",
        "The new clerk has asked whether the office can be closed on Eid; I support that.",
        "not-serious",
    ),
    (
        "round8.near-miss",
        "Our chair uses a wheelchair and the hall ramp is too steep for her; please fix it.",
        "not-serious",
    ),
    ("round8.near-miss", "The young councillor did a great job explaining planning law at the meeting.", "not-serious"),
    (
        "round8.condescension",
        "With respect, you couldn't organise your way out of a paper bag and the whole parish knows it.",
        "abusive",
    ),
    (
        "round8.condescension",
        "Every time you open your mouth the village loses a little more faith in you, and I say that kindly.",
        "abusive",
    ),
    ("round8.condescension", "Oh, you poor thing, was the spreadsheet too hard for you again?", "abusive"),
    ("round8.condescension", "Do try to keep up, dear.", "abusive"),
    (
        "round8.near-miss",
        "Do try to keep up with the hedge cutting this year, it was very late last summer.",
        "not-serious",
    ),
    (
        "round8.near-miss",
        "At his age he has earned a rest, and I hope the council gives him a proper send-off.",
        "not-serious",
    ),
    (
        "round8.near-miss",
        "That's a very nice photo for a Polish wedding display; could we borrow the easel?",
        "not-serious",
    ),
    (
        "round8.near-miss",
        "Was the consultation too long for residents to finish? Several of us gave up halfway.",
        "not-serious",
    ),
    ("round8.near-miss", "Calm down the traffic on Mill Lane, please; it is a danger to the school.", "not-serious"),
    # --- round 8: a place kept for local or English families "before" or "over" a named group; near misses that
    # keep a hall or a waiting list for local people with no group set against them ------------------------------------
    ("round8.local-first", "The hall should serve local people first, not the Romanian lot from Hill Farm.", "hate"),
    (
        "round8.local-first",
        "Surely the allotments ought to go to proper village families before the asylum seekers at the hotel.",
        "hate",
    ),
    ("round8.local-first", "Priority for the new bungalows should go to English families, not immigrants.", "hate"),
    (
        "round8.near-miss",
        "The hall should serve local people first; the out-of-town wedding bookings are crowding out the clubs.",
        "not-serious",
    ),
    (
        "round8.near-miss",
        "Priority for the new bungalows should go to local families on the waiting list.",
        "not-serious",
    ),
    # --- plain categories, round 8: conduct said plainly, abuse described, complaints in odd forms, offers and
    # disclaimers. Wordings of no corpus message, and the near-misses that must stay where they are.
    ("conduct.plain", "Cllr Bryant was bullying the volunteers again on Saturday.", "conduct_complaint"),
    ("conduct.plain", "Our chairman keeps belittling anyone who disagrees with him at meetings.", "conduct_complaint"),
    ("conduct.plain", "Harassment by the vice-chair has to stop.", "conduct_complaint"),
    (
        "conduct.plain",
        "Is it acceptable for a councillor to laugh at a resident who is asking a question?",
        "conduct_complaint",
    ),
    ("conduct.plain", "Is it normal for the clerk to hang up on a resident?", "conduct_complaint"),
    (
        "conduct.plain",
        "I wish to complain about the way I was treated by the parish clerk on the phone.",
        "conduct_complaint",
    ),
    ("conduct.plain", "Cllr Webb pushed me out of the way after the meeting.", "conduct_complaint"),
    ("conduct.plain", "The clerk cussed me out on the phone.", "conduct_complaint"),
    (
        "conduct.not-a-member-deed",
        "Councillor Price has been threatened online and we want it reported.",
        "abuse_report",
    ),
    ("conduct.not-a-member-deed", "The clerk was cursed at by a man in the car park.", "abuse_report"),
    (
        "conduct.not-a-member-deed",
        "Is it normal for the hall to be locked on a Monday? The clerk said it would be open.",
        "complaint",
    ),
    (
        "report.described",
        'A man walking his dog called the litter pickers "do-gooders" and squared up to one of our volunteers. '
        "We would like the council to have a note of it.",
        "abuse_report",
    ),
    (
        "report.described",
        "Some guy at the skatepark cussed us out and flipped us off when we asked him to turn his music down.",
        "abuse_report",
    ),
    (
        "report.described",
        "A neighbour was effing and blinding at the volunteers on the green, using language I won't repeat.",
        "abuse_report",
    ),
    (
        "complaint.odd-form",
        "How much longer do we have to wait for the streetlight on Mill Lane to be fixed?",
        "complaint",
    ),
    (
        "complaint.odd-form",
        "Why hasn't the bench by the pond been repaired yet? Am I ever going to get an answer?",
        "complaint",
    ),
    (
        "complaint.odd-form",
        "We, the undersigned residents of Elm Close, call on the council to reverse the closure of the footpath.",
        "complaint",
    ),
    ("complaint.odd-form", "The sidewalk outside my house is cracked and nobody has fixed it in months.", "complaint"),
    ("complaint.odd-form", "The verges on Station Road have turned into a jungle.", "complaint"),
    ("complaint.odd-form", "You could lose a small child in the potholes on Church Lane.", "complaint"),
    ("complaint.odd-form", "With the greatest respect, the state of the play area is less than ideal.", "complaint"),
    (
        "complaint.odd-form",
        "Q: Has the streetlight been fixed? A: No. Q: Has anyone replied? A: Of course not.",
        "complaint",
    ),
    (
        "complaint.odd-form",
        "Reported the blocked drain on 3 March. Chased on 17 March - no reply. Chased again in April, still nothing.",
        "complaint",
    ),
    ("complaint.odd-form", "Who decided it was a good idea to put the new bench facing the bins?", "complaint"),
    (
        "complaint.not-serious",
        "The verges have turned into a jungle and someone will trip and get hurt.",
        "not-serious",
    ),
    ("foi.odd-form", "This is a public records request for the town board minutes.", "foi_request"),
    (
        "enquiry.stays",
        "I'd be delighted to give a talk on the flooding along the brook at the annual meeting, "
        "and thank you for the new bench.",
        "enquiry",
    ),
    (
        "enquiry.stays",
        "We would be happy to repaint the broken bench by the pond if the council would like us to.",
        "enquiry",
    ),
    (
        "enquiry.stays",
        "Dear Clerk, is the hall free on 14 June? "
        "This email and any attachments may contain confidential information and are intended solely for the "
        "addressee. If you are not the intended recipient, please notify the sender and delete it.",
        "enquiry",
    ),
    (
        "enquiry.stays",
        "The clerk kindly sent me the booking forms, thank you. "
        "This email and any attachments may contain confidential information and are intended solely for the "
        "addressee. If you are not the intended recipient, please notify the sender and delete it.",
        "enquiry",
    ),
    ("enquiry.stays", "Why is the hall closed on Mondays?", "enquiry"),
    ("enquiry.stays", "When is the next litter pick? The verge by the school is a bit of a mess.", "enquiry"),
    (
        "enquiry.stays",
        "I would like the council to know that our street party on the green was a great success.",
        "enquiry",
    ),
    ("report.described", "She has been hassling my mum for weeks over the boundary fence.", "abuse_report"),
    ("conduct.plain", "Cllr Dean walked out of the meeting while I was speaking.", "conduct_complaint"),
    ("conduct.plain", "The chair refused to answer any residents' questions.", "conduct_complaint"),
    ("conduct.plain", "Cllr Frost has been mocking objectors on Facebook.", "conduct_complaint"),
    ("conduct.plain", "Cllr Moss made disparaging remarks about me at the meeting.", "conduct_complaint"),
    ("conduct.not-a-member-deed", "The clerk did not answer my question about the bins, could you?", "enquiry"),
    ("complaint.odd-form", "I'm none too pleased about the state of the bus shelter.", "complaint"),
    ("complaint.odd-form", "It would be lovely if the bins were emptied for once.", "complaint"),
    ("complaint.odd-form", "I couldn't help noticing that the grit bin is still not filled.", "complaint"),
    ("sar.odd-form", "I'm requesting all records pertaining to me under the Privacy Act.", "subject_access"),
    ("sar.odd-form", "Do you keep notes on the calls I made to the office? I'd like to see them.", "subject_access"),
    ("enquiry.stays", "I'd like to see the minutes of the meetings about the skate park.", "enquiry"),
    ("enquiry.stays", "It would be lovely to see you all at the summer fete.", "enquiry"),
    ("enquiry.stays", "I noticed the hall is still available on the 3rd - can we book it?", "enquiry"),
    ("conduct.plain", "The chairman called me a liar in front of the whole meeting.", "conduct_complaint"),
    (
        "conduct.not-a-member-deed",
        "A man in the car park called the clerk a liar and I thought you should know.",
        "abuse_report",
    ),
    (
        "foi.not-sar",
        "I request copies of all correspondence, emails, letters and notes of meetings with the developer.",
        "foi_request",
    ),
    # --- threats, round 9: the gravest violence with any words between the speaker and the act, aimed at a person or
    # --- at a whole group; joy at harm seen, and harm held up as the answer for a group; with the near misses
    ("threat.violent-act", "I honestly am going to murder the next councillor who votes for this", "threat"),
    ("threat.violent-act", "we absolutely will butcher every last one of you", "threat"),
    ("threat.violent-act", "I am seriously about to strangle that woman in the office", "threat"),
    ("threat.violent-act", "i'm gonna slaughter them all, every single family on that site", "threat"),
    ("threat.violent-act", "We are planning to torture those people until they leave the field.", "threat"),
    ("threat.violent-act", "Rest assured I shall execute any councillor who signs it.", "threat"),
    ("threat.violent-act", "i'll have to stab one of those travellers before anyone listens", "threat"),
    ("threat.violent-act", "I'll cut their filthy throats if they set foot in the hall", "threat"),
    ("threat.violent-act", "I really will end that man's miserable life", "threat"),
    ("threat.violent-act", "That clerk will suffer a slow death at my hands.", "threat"),
    ("threat.violent-act", "every one of those migrants will die at my own hands", "threat"),
    ("threat.violent-act", "I would love to watch you suffer, and I will.", "threat"),
    ("threat.violent-act", "I'd pay good money to see those foreigners strung up", "threat"),
    ("threat.violent-act", "can't wait to see that councillor get what's coming", "threat"),
    ("threat.violent-act", "We want to wipe out every last one of those gypsies.", "threat"),
    ("hate.harm-answer", "Honestly a bullet is the only answer for asylum seekers", "hate"),
    ("hate.harm-answer", "the village would be a better place if all the muslims were wiped out", "hate"),
    ("hate.harm-answer", "I pray every immigrant in that hotel gets shot", "hate"),
    ("hate.harm-answer", "Hanging would be the best solution for the travellers on the rec.", "hate"),
    ("hate.harm-answer", "kill all the gays", "hate"),
    ("threat.violent-act", "We'll slaughter them on Saturday at the cricket, mark my words!", "not-serious"),
    ("threat.violent-act", "I'll shoot you over the minutes once they're typed up.", "not-serious"),
    ("threat.violent-act", "The oilseed rape in the field behind us has set off my hay fever again.", "not-serious"),
    ("threat.violent-act", "We are going to attack the brambles on the allotments this weekend.", "not-serious"),
    ("threat.violent-act", "Someone is going to break their neck on that broken kerb.", "not-serious"),
    (
        "threat.violent-act",
        "My neighbour told me he is going to murder that woman next door; please tell the police.",
        "not-serious",
    ),
    (
        "threat.violent-act",
        "I would never hurt anyone, and I am not going to attack the clerk, whatever they say.",
        "not-serious",
    ),
    ("threat.violent-act", "The bypass would end the life of this village as we know it.", "not-serious"),
    ("threat.violent-act", "I'd love to see those asylum seekers settled and welcomed in the village.", "not-serious"),
    ("hate.harm-answer", "Education is the only solution for the litter problem at the rec.", "not-serious"),
    ("threat.violent-act", "There is a wasps nest by the pavilion door; we will gas them tomorrow.", "not-serious"),
    (
        "threat.violent-act",
        "The rats are back and the contractor says he will exterminate them next week.",
        "not-serious",
    ),
    ("threat.violent-act", "The rabbits are eating the allotments, we need to cull them.", "not-serious"),
    ("threat.violent-act", "We are going to put an end to all immigrants.", "threat"),
    ("hate.harm-answer", "We would all be better off if the potholes were filled.", "not-serious"),
    ("hate.harm-answer", "I hope all the refugees at the hotel get the welcome they deserve.", "not-serious"),
    # --- threats, round 9 (after reading the tenth held-out part's misses): blows said in everyday words, a lesson
    # --- or a beating with an adjective, fire set to a named building, a victim put flat; with the near misses
    ("threat.blows", "If this happens again we will set that hall on fire.", "threat"),
    ("threat.blows", "I'll set the pavilion alight myself.", "threat"),
    ("threat.blows", "next time he speaks to me like that i will put him flat on his back", "threat"),
    ("threat.blows", "I'll lay into the next one who tries it.", "threat"),
    ("threat.blows", "i'll flatten every last one of you", "threat"),
    ("threat.blows", "I will flatten that councillor.", "threat"),
    ("threat.blows", "Someone needs to give him a proper belting.", "threat"),
    ("threat.blows", "somebody ought to give the clerk a right thrashing", "threat"),
    ("threat.blows", "Somebody should teach Mr Kaye a proper lesson.", "threat"),
    ("threat.blows", "I'll teach that man a hard lesson he won't forget.", "threat"),
    ("threat.blows", "I know exactly where to hit so it doesn't show.", "threat"),
    ("threat.blows", "I'll wallop him.", "threat"),
    ("threat.blows", "I'll clobber the next person who parks there.", "threat"),
    ("threat.blows", "Keep this up and I'll rearrange your face.", "threat"),
    ("threat.blows", "The jazz band will set the hall alight with their music on Saturday.", "not-serious"),
    ("threat.blows", "The contractors will set about the repairs next week.", "not-serious"),
    ("threat.blows", "I'll belt out a few songs at the fete if you want.", "not-serious"),
    ("threat.blows", "We'll flatten them at bowls on Sunday.", "not-serious"),
    ("threat.blows", "We will flatten the ground by the pavilion before the fete.", "not-serious"),
    ("threat.blows", "I'll go at the brambles with the strimmer tomorrow.", "not-serious"),
    ("threat.blows", "Our team will give them a proper thrashing at the cricket on Saturday.", "not-serious"),
    ("threat.blows", "I know exactly where to find the minutes.", "not-serious"),
    (
        "threat.blows",
        "My husband said he will lay into the clerk at the meeting; I am worried, please record it.",
        "not-serious",
    ),
    ("hate.dehumanise", "The asylum seekers at the hotel just multiply like an infestation.", "hate"),
    # --- complaints, round 9 (after reading the tenth held-out part's misses): a count that says it keeps happening,
    # --- money back for a service that failed, "nobody asked us", "cheesed off"; with the near misses
    (
        "complaint.plain",
        "The party at the pavilion went on past midnight again. That's the third this summer.",
        "complaint",
    ),
    (
        "complaint.plain",
        "The heating in the hall didn't come on at all for our booking. "
        "We would like a partial refund of the hire fee.",
        "complaint",
    ),
    (
        "complaint.plain",
        "I'm pretty cheesed off that my booking was cancelled at a week's notice. I'd like it reinstated or a refund.",
        "complaint",
    ),
    (
        "complaint.plain",
        "The grass in the churchyard was up to my knees on Sunday. It looks like nobody cares. "
        "Please can somebody see to it.",
        "complaint",
    ),
    ("complaint.plain", "The allotment rent has nearly doubled in one year and nobody asked the tenants.", "complaint"),
    ("complaint.plain", "Could you tell me how refunds work if we have to cancel the hall booking?", "enquiry"),
    ("complaint.plain", "If we cancel a month ahead, do we get our deposit back?", "enquiry"),
    ("complaint.plain", "This is the third year we have run the fete and it's getting bigger every time.", "enquiry"),
    ("complaint.plain", "That's the second grant we've had this year, thank you so much!", "enquiry"),
    ("complaint.plain", "We would like to book the hall for the third Saturday in May.", "enquiry"),
    ("abusive.contempt", "The misspelt notice makes the parish a laughing stock; please replace it.", "not-serious"),
    ("abusive.contempt", "You have made yourself a laughing stock, you useless woman.", "abusive"),
    # --- threats, round 9 (after reading the tenth held-out part's misses): presence at a home, lying in wait, "just
    # --- you and me", "every single one of you"; "fag end" and "poof!" are not slurs; with the near misses
    ("threat.presence", "I've been standing outside your house a few evenings this week.", "threat"),
    ("threat.presence", "I'll wait until you come out, however long it takes.", "threat"),
    (
        "threat.presence",
        "I sat in my car outside the clerk's house last night and watched the lights go off.",
        "threat",
    ),
    ("threat.presence", "Just you and me in the car park after the meeting, chair. Don't bring anyone.", "threat"),
    ("threat.presence", "we are going to batter every single one of you on that top table", "threat"),
    ("threat.presence", "Somebody needs to go round there and give him a proper going-over.", "threat"),
    (
        "threat.presence",
        "I waited outside your house to drop off the parish magazine but nobody answered.",
        "not-serious",
    ),
    ("threat.presence", "I'll wait until you come back from holiday before booking.", "not-serious"),
    ("threat.presence", "I'll wait for you to confirm the date before paying.", "not-serious"),
    ("threat.presence", "It's just you and me on the rota this week, so I'll do Tuesday.", "not-serious"),
    (
        "threat.presence",
        "Please don't tell anyone yet, the surprise party is on Friday at 7pm in the car park.",
        "not-serious",
    ),
    ("hate.slurs", "The kids are having a fag behind the shelter again.", "not-serious"),
    ("hate.slurs", "There are fag ends all over the playground.", "not-serious"),
    ("hate.slurs", "and then poof! the money was gone.", "not-serious"),
    ("hate.slurs", "You absolute poof.", "hate"),
    ("hate.slurs", "Poofs like him should not be councillors.", "hate"),
    # --- hate, round 13 (after reading the tenth held-out part's misses): a group sent elsewhere as a question or a
    # --- suggestion, children shielded from seeing a group, "some of us still have standards"; with the near misses
    (
        "hate.send-elsewhere",
        "I see the hall is booked for a Muslim prayer group from May. Parking is already bad on the lane. "
        "I just think the hall is meant for the village, and this isn't the village.",
        "hate",
    ),
    (
        "hate.send-elsewhere",
        "There is a civil partnership booked at the hall for two men from Station Road. The playgroup meets there. "
        "Couldn't they hire somewhere in Leicester that would suit them better?",
        "hate",
    ),
    (
        "hate.send-elsewhere",
        "I hear the hall has an Eid celebration booked. Isn't there a mosque in Leicester they could use instead?",
        "hate",
    ),
    (
        "hate.send-elsewhere",
        "A gay couple have moved in at number 9. Some of us still have standards, and the children shouldn't have "
        "to see that sort of thing.",
        "hate",
    ),
    (
        "hate.send-elsewhere",
        "The youth disco at the hall is far too loud for the street. "
        "Couldn't they hire somewhere in Leicester instead?",
        "not-serious",
    ),
    (
        "hate.send-elsewhere",
        "The Polish family at number 4 asked me to pass on that the bus is late again. The kids shouldn't have to wait "
        "in the rain.",
        "not-serious",
    ),
    (
        "hate.send-elsewhere",
        "The Muslim prayer group has asked whether the heating can be left on on Fridays. Could they book the small "
        "room instead of the main hall if it's cheaper?",
        "not-serious",
    ),
    (
        "hate.send-elsewhere",
        "We welcome the Eid celebration at the hall; the children should see how other faiths celebrate.",
        "not-serious",
    ),
    (
        "hate.send-elsewhere",
        "The wedding for two women from Mill Road was lovely. Could they use the garden too next time?",
        "not-serious",
    ),
    (
        "hate.send-elsewhere",
        "The Travellers asked about the school bus. Isn't there a bus stop nearer the site they could use?",
        "not-serious",
    ),
    # --- threats, round 9: the gravest violence in text-speak, capitals and emphatic intent, written for no corpus;
    # --- with the near misses in the same words
    ("threat.violent-act", "im literally gonna murder that clerk", "threat"),
    ("threat.violent-act", "ima slaughter every1 of u", "threat"),
    ("threat.violent-act", "we r def going to torture those ppl", "threat"),
    ("threat.violent-act", "I AM GOING TO EXECUTE EVERY COUNCILLOR WHO VOTED FOR THIS", "threat"),
    ("threat.violent-act", "I really do intend to make you all suffer.", "threat"),
    ("threat.violent-act", "I'd love nothing more than to watch the clerk suffer.", "threat"),
    (
        "threat.violent-act",
        "Thank you all for a lovely evening; we do intend to make the fete even better next year.",
        "not-serious",
    ),
    ("threat.violent-act", "I'd love nothing more than to see the playground finished by summer.", "not-serious"),
    ("threat.violent-act", "We r def going to book the hall again.", "not-serious"),
    ("threat.violent-act", "Every one of you has been so helpful, thank you.", "not-serious"),
    # --- abuse, round 9 (after reading the tenth held-out part's misses): a pet does the person's job better, "your
    # --- mother must be proud of you; somebody has to be"; with the near misses
    ("abusive.sarcasm", "My grandson's hamster keeps better records than you.", "abusive"),
    ("abusive.sarcasm", "My dog writes better minutes than the clerk.", "abusive"),
    ("abusive.sarcasm", "I'm sure your mother is very proud of you. Somebody has to be.", "abusive"),
    (
        "abusive.sarcasm",
        "My neighbour's dog keeps the verge tidier than the contractor does, to be fair.",
        "not-serious",
    ),
    ("abusive.sarcasm", "It takes real skill to bake a cake like the one at the fete, well done!", "not-serious"),
    (
        "abusive.sarcasm",
        "It takes real talent to take eleven weeks to answer a two-line email and still get it wrong.",
        "not-serious",
    ),
    # --- round 11, before reading its part: whose unease, and which gun -----------------------------------------
    ("threat.veiled-fate", "Would hate for anything to happen to that lovely car of yours.", "threat"),
    ("threat.veiled-fate", "I'd hate for anything to happen to you on the way home.", "threat"),
    (
        "threat.not-danger-talk",
        "I'm sure the council would hate for anything to happen to one of its elderly residents, so please fix the"
        " light.",
        "not-serious",
    ),
    (
        "threat.not-danger-talk",
        "We would hate for anything to happen to a child on that crossing before the lights are mended.",
        "not-serious",
    ),
    ("threat.weapon", "I've got a gun and I know where you live.", "threat"),
    ("threat.weapon", "I'll bring my gun to the next meeting and we'll see who laughs then.", "threat"),
    (
        "threat.not-weapon",
        "Dear Clerk, I borrowed the community speedwatch gun and clocked forty cars over 40 on the bend by your house.",
        "not-serious",
    ),
    (
        "threat.not-weapon",
        "Could the glue gun from the craft cupboard come to the hall on Saturday for you?",
        "not-serious",
    ),
    # --- round 11, from its misses: the veiled forms in new words, and their look-alikes ---------------------------
    (
        "threat.known-life",
        "Cllr Patel has two little girls at the village school. I'd keep that in mind when you vote.",
        "threat",
    ),
    (
        "threat.known-life",
        "Your daughter goes to the primary school and comes out of the side gate at about twenty past three. Bear that"
        " in mind when you decide.",
        "threat",
    ),
    (
        "threat.known-life",
        "Many things can happen to a car in a dark car park, who knows. I see you park your blue car there every"
        " Tuesday.",
        "threat",
    ),
    (
        "threat.not-known-life",
        "I have two children at the primary school and they are collected from the gate at 3.15pm, so please bear this"
        " in mind when deciding the new crossing times.",
        "not-serious",
    ),
    ("threat.not-known-life", "Please bear this in mind when voting on the footpath.", "not-serious"),
    (
        "threat.arms-wink",
        "My grandad's old service revolver is still in the loft, cleaned and oiled. I mention this purely as a point of"
        " family history.",
        "threat",
    ),
    ("threat.arms-wink", "I've a shotgun in the cabinet, not that I'm saying anything by that.", "threat"),
    (
        "threat.arms-wink",
        "I hold a firearms licence and I'm a very good shot. You can take that how you like.",
        "threat",
    ),
    (
        "threat.not-arms-wink",
        "I have a shotgun certificate and I'm a licensed pest controller, happy to help with the rabbits on the field,"
        " just saying.",
        "not-serious",
    ),
    (
        "threat.not-arms-wink",
        "I hold a firearms certificate for clay shooting. Make of that what you will, but the range is fully insured.",
        "not-serious",
    ),
    (
        "threat.hired-hands",
        "There are lads in the Red Lion who'd sort him out for a pint, and I'll not be stopping them.",
        "threat",
    ),
    (
        "threat.hired-hands",
        "Someone wants a quiet word with that warden, round the back of the hall where there's no cameras.",
        "threat",
    ),
    (
        "threat.not-hired-hands",
        "The lads in the Red Lion who'd do it for a pint have offered to help clear the brambles on Saturday.",
        "not-serious",
    ),
    ("threat.intent-harm-target", "Somebody should teach him proper lesson.", "threat"),
    ("threat.intent-harm-target", "Someone should give him a kicking so he can't walk for a few weeks.", "threat"),
    (
        "threat.not-danger-talk",
        "My mum broke her hip on that kerb so that she cannot walk for a few weeks.",
        "not-serious",
    ),
    (
        "threat.washed-hands",
        "I will not be answerable for who gets hurt if the caravans are still there on Monday.",
        "threat",
    ),
    (
        "threat.washed-hands",
        "We'll go down there Sunday night and put the lot of them off by force, and won't be answerable for who gets"
        " hurt.",
        "threat",
    ),
    (
        "threat.not-washed-hands",
        "The school will not be responsible for who gets injured if parents park on the zigzags.",
        "not-serious",
    ),
    (
        "threat.tinder",
        "The pavilion has burned before and history has a habit of repeating itself, so I wouldn't count on it"
        " standing.",
        "threat",
    ),
    (
        "threat.not-tinder",
        "The old hall had burned down before, in 1921, and history has a habit of repeating itself if nobody fixes the"
        " wiring.",
        "not-serious",
    ),
    ("threat.not-reported", "I must say, I was told the bins would be collected on Monday.", "not-serious"),
    # --- round 11, from its hate misses: exclusion and stereotype said politely, and their look-alikes ---------
    (
        "hate.trope",
        "Travellers pulled onto the field last night. That lot are thieves from the cradle, every last one of them.",
        "hate",
    ),
    ("hate.trope", "Those Somali families moved into Mill Road. Thieving is in their genes, the lot of them.", "hate"),
    (
        "hate.not-trope",
        "The Travellers on the field have been no trouble at all. Music is in their blood, and the kids were lovely.",
        "not-serious",
    ),
    (
        "hate.not-trope",
        "My family are Romanian; music is in the blood for us, so could we book the hall for a ceilidh?",
        "not-serious",
    ),
    (
        "hate.stereotype-question",
        "The Romanian families moved in last spring. We all know how it goes with Romanians, don't we?",
        "hate",
    ),
    ("hate.not-stereotype", "We all know how it goes with the bins in this village: never on time.", "not-serious"),
    ("hate.stereotype", "Wherever the Travellers set up, crime follows. Get them moved on.", "hate"),
    ("hate.not-stereotype", "Wherever the new bus shelter goes, litter follows, so please add a bin.", "not-serious"),
    (
        "hate.exclusion",
        "Can they not have their own session on a different day? The wheelchairs take up too much room at the coffee"
        " morning.",
        "hate",
    ),
    (
        "hate.not-exclusion",
        "Can the toddler group not have their own session on a different day? The hall is too crowded on Wednesdays.",
        "not-serious",
    ),
    (
        "hate.exclusion",
        "Some of the group have learning disabilities. People like that belong in places designed for them, not our"
        " hall.",
        "hate",
    ),
    (
        "hate.exclusion",
        "The old dears in the lunch club are bed blockers who should be in a home, not hogging the hall.",
        "hate",
    ),
    (
        "hate.not-exclusion",
        "My mum should be in a home, not stuck on a waiting list for a year - please can the council write to the"
        " county?",
        "not-serious",
    ),
    (
        "hate.exclusion",
        "The two men who run the youth club live together. Their sort shouldn't be let anywhere near lads of twelve.",
        "hate",
    ),
    (
        "hate.not-exclusion",
        "Children shouldn't be let near the pond without an adult, so please put a fence up.",
        "not-serious",
    ),
    (
        "hate.exclusion",
        "Muslim families have started praying by the reservoir. This is a nature reserve, not a mosque.",
        "hate",
    ),
    (
        "hate.stereotype-question",
        "A group of Muslims were praying on the east bank. These people never really integrate, do they?",
        "hate",
    ),
    (
        "hate.stereotype-question",
        "Should they really be allowed on the reservoir path, given where they come from? I mean the Romanian"
        " families.",
        "hate",
    ),
    (
        "hate.counter-speech",
        "The refugee families asked whether they should really be allowed to use the allotments; of course they"
        " should, and we've told them so.",
        "not-serious",
    ),
    ("hate.not-exclusion", "Dog walkers should not really be allowed on the cricket square at all.", "not-serious"),
    # --- round 11, from its abuse misses: contempt with a straight face, and its look-alikes -------------------
    ("abusive.mockery", "You are the least competent clerk in the county, and everybody knows it.", "abusive"),
    ("abusive.mockery", "Must be exhausting doing so little so badly, Marianne.", "abusive"),
    ("abusive.mockery", "Never has one person done so little, so slowly, for so much of our money.", "abusive"),
    ("abusive.mockery", "How can one person be so consistently useless and still keep her job?", "abusive"),
    ("abusive.mockery", "The chairman showed the intellectual capacity of a garden gnome again last night.", "abusive"),
    ("abusive.mockery", "Her continued employment is a standing joke in both villages.", "abusive"),
    ("abusive.mockery", "Forward my email to someone in the council who has a brain.", "abusive"),
    ("abusive.talk-down", "Perhaps ask a grown-up in the office to help you with the difficult words.", "abusive"),
    ("abusive.talk-down", "Stick to making the tea, love. It's clearly your level.", "abusive"),
    (
        "abusive.not-mockery",
        "The council manages to do so little so badly on the potholes, please sort Station Road out.",
        "not-serious",
    ),
    (
        "abusive.not-mockery",
        "Our new volunteer is the most competent treasurer in the county, we are lucky to have her.",
        "not-serious",
    ),
    (
        "abusive.not-mockery",
        "She is the least experienced councillor on the council, so please give her time to learn.",
        "not-serious",
    ),
    (
        "abusive.not-talk-down",
        "Could you ask an adult to help you carry the tables? The children can't manage them on their own.",
        "not-serious",
    ),
    (
        "abusive.not-talk-down",
        "The easy-read leaflet should help you with the difficult words in the consultation.",
        "not-serious",
    ),
    ("abusive.not-talk-down", "That walk is about your level if you have a bad knee: flat and short.", "not-serious"),
    (
        "abusive.not-mockery",
        "Please forward my email to someone who has a clue about drainage, as I don't know who deals with it.",
        "not-serious",
    ),
    (
        "abusive.not-mockery",
        "The bus shelter is a standing joke in the village: it's been broken since March.",
        "not-serious",
    ),
    # --- round 11, its other misses: danger said with emphasis, a slur quoted from a wall, complaints of state ---
    (
        "threat.not-danger-talk",
        "Someone is going to get killed on that bend. I mean it. Please get the speed survey done.",
        "not-serious",
    ),
    ("threat.conditional", "Fix the bend or you'll regret it. I mean it.", "threat"),
    (
        "report.quoted-slur",
        'Someone has sprayed graffiti on the bus shelter. It reads "P*KIS OUT", in red paint. Please record it.',
        "abuse_report",
    ),
    (
        "report.quoted-slur",
        'A man in the car park called me "a dirty gyppo" in front of my kids. Can the council record this?',
        "abuse_report",
    ),
    ("hate.slur", "P*kis out of our village.", "hate"),
    (
        "complaint.condition",
        "Both bins at the start of the reservoir path are full to the brim and spilling over. Weekly isn't enough in"
        " summer.",
        "complaint",
    ),
    (
        "complaint.condition",
        "I nearly went over with the pram on Leicester Road. One of these days that pavement will be the death of"
        " somebody.",
        "complaint",
    ),
    # a person's routine known, beside a hinted consequence (round 14, written fresh; contrasts beside them)
    (
        "threat.routine-known",
        "I know he leaves his car at the station every morning and roughly when he comes back for it. People"
        " who cost me money learn the hard way.",
        "threat",
    ),
    (
        "threat.routine-known",
        "She walks the dog past the reservoir every evening on her own. It would be a shame if something"
        " happened to her out there.",
        "threat",
    ),
    (
        "threat.routine-known",
        "I see the chairman most mornings taking his kids to school, so he's not hard to find if anyone wanted a word.",
        "threat",
    ),
    (
        "threat.routine-known",
        "Cllr Dunn is in the Plough most Thursdays till closing. Easy enough to catch on his own.",
        "threat",
    ),
    (
        "threat.routine-known",
        "She shops at the Co-op every Saturday morning. Men who treat my family like this learn the hard way.",
        "threat",
    ),
    (
        "threat.routine-known",
        "He washes his van on the drive every Sunday. If somebody fancied a little chat with him, that's"
        " where he'd be.",
        "threat",
    ),
    ("threat.routine-known", "The clerk might want to reflect on that as she walks back to her car tonight.", "threat"),
    (
        "threat.routine-known",
        "Tell Cllr Fenwick she might want to think about that on her walk home after the next meeting.",
        "threat",
    ),
    (
        "threat.intent-harm-target",
        "He's at home on Saturday mornings washing his car, and a couple of my lads would be happy to come"
        " and sort him out.",
        "threat",
    ),
    (
        "contrast.routine-known",
        "I see the chairman most mornings at the school gates, could you ask him to call me about the fete?",
        "not-serious",
    ),
    (
        "contrast.routine-known",
        "Cllr Dunn is in the Plough most Thursdays, so I'll catch him there about the footpath.",
        "not-serious",
    ),
    (
        "contrast.routine-known",
        "I learnt the hard way that the hall car park floods every winter, please get the drain fixed.",
        "not-serious",
    ),
    (
        "contrast.routine-known",
        "My brother and his mates would be happy to help set up the chairs for the fete.",
        "not-serious",
    ),
    (
        "contrast.routine-known",
        "If anyone wanted a word about the allotments I'm at the hall most mornings.",
        "not-serious",
    ),
    (
        "contrast.routine-known",
        "She walks the dog every morning and would like to volunteer for the footpath survey.",
        "not-serious",
    ),
    # a provocation and what it will cost the body or the car; a weapon beside nothing to lose; and what is not
    ("threat.provocation-weapon", "Carry on like this and you'll be needing a new windscreen.", "threat"),
    ("threat.provocation-weapon", "Do that again and you'll need a dentist.", "threat"),
    ("threat.provocation-weapon", "Push me any further and you'll be needing a new front door.", "threat"),
    ("threat.provocation-weapon", "One more letter like that and you'll need new teeth.", "threat"),
    ("threat.provocation-weapon", "I've got an axe and nothing to lose.", "threat"),
    ("threat.provocation-weapon", "I keep a machete by the door and a very long memory.", "threat"),
    ("threat.provocation-weapon", "We keep an air rifle in the house and nothing to lose now.", "threat"),
    (
        "contrast.provocation-weapon",
        "Keep parking on the verge and you'll be needing a new exhaust, the ruts are that deep.",
        "not-serious",
    ),
    (
        "contrast.provocation-weapon",
        "Carry on ignoring the potholes and we'll all be needing new tyres.",
        "not-serious",
    ),
    ("contrast.provocation-weapon", "Do that again and you'll need to put it in writing.", "not-serious"),
    ("contrast.provocation-weapon", "Keep it up and you'll need a good solicitor.", "not-serious"),
    ("contrast.provocation-weapon", "I've got an allotment and nothing to plant in it yet.", "not-serious"),
    (
        "contrast.provocation-weapon",
        "I own a chainsaw and can help clear the fallen tree on the footpath.",
        "not-serious",
    ),
    # hatred said over a quantifier, in the past, as a feeling held, or of living beside a group; and what is not
    ("hate.emotion-forms", "I have nothing but hatred for trans people.", "hate"),
    ("hate.emotion-forms", "I feel nothing but contempt for immigrants.", "hate"),
    ("hate.emotion-forms", "I despise every single one of those refugees.", "hate"),
    ("hate.emotion-forms", "Travellers fill me with disgust.", "hate"),
    ("hate.emotion-forms", "I've always hated Jews and I always will.", "hate"),
    ("hate.emotion-forms", "Honestly gays make my skin crawl.", "hate"),
    ("hate.emotion-forms", "We've always despised the travellers and always will.", "hate"),
    ("hate.emotion-forms", "I have such loathing for those immigrants.", "hate"),
    ("hate.emotion-forms", "I detest all of the Muslims in this village.", "hate"),
    ("hate.emotion-forms", "I hate living among foreigners.", "hate"),
    ("contrast.emotion-forms", "I have nothing but respect for the travellers who camped by the green.", "not-serious"),
    ("contrast.emotion-forms", "I feel nothing but sympathy for the refugees at the hotel.", "not-serious"),
    (
        "contrast.emotion-forms",
        "I have nothing but contempt for the people who sprayed racist graffiti on the mosque.",
        "not-serious",
    ),
    (
        "contrast.emotion-forms",
        "I have always hated the way disabled people are ignored by this council.",
        "not-serious",
    ),
    (
        "contrast.emotion-forms",
        "The hatred for asylum seekers on the village Facebook page is shocking.",
        "not-serious",
    ),
    ("contrast.emotion-forms", "I hate living next to the bypass, the noise is unbearable.", "not-serious"),
    ("contrast.emotion-forms", "The potholes fill me with despair.", "not-serious"),
    # Round 21: chasing - a tally of reports, weeks gone by with nothing, a fault that never gets seen to - is a
    # complaint's sign beside the service it names; asking twice where to find a form is not.
    ("complaint.chasing", "Reported the broken swing twice now and it's still hanging off.", "complaint"),
    ("complaint.chasing", "Three times I have asked for the hedge by the school to be cut.", "complaint"),
    (
        "complaint.chasing",
        "The drain on Mill Road never gets cleared, the road floods every time it rains.",
        "complaint",
    ),
    ("complaint.chasing", "Every winter the same thing, the footpath by the brook is a mud bath.", "complaint"),
    ("complaint.chasing", "Six weeks and still nothing about the pothole outside number 12.", "complaint"),
    (
        "complaint.chasing",
        "rang the office bout the leakin roof on the pavilion loads of times, nobody got back",
        "complaint",
    ),
    ("complaint.chasing", "It took you five weeks to reply about my allotment water. Very slow.", "complaint"),
    (
        "complaint.not-chasing",
        "I asked twice at the shop where to get a hall booking form, could you send me one?",
        "enquiry",
    ),
    (
        "complaint.not-chasing",
        "Could you tell me when the grass on the green is next cut? We moved here in March.",
        "enquiry",
    ),
    # How long a fault has lasted is a complaint's sign; how long someone has done something, or a fault that had
    # lasted before it was mended, is not.
    ("complaint.lasting", "The bin on Mill Lane has been overflowing since Christmas.", "complaint"),
    ("complaint.lasting", "the light by the school has been out for two weeks", "complaint"),
    (
        "complaint.not-lasting",
        "I've been volunteering at the litter pick for six months and would like to help organise the next one.",
        "enquiry",
    ),
    ("complaint.not-lasting", "I've been a resident for twenty years and would like to join the council.", "enquiry"),
    (
        "complaint.not-lasting",
        "We had been members of the bowls club for ten years before it closed; is there another club nearby?",
        "enquiry",
    ),
    # Round 21: exclusion as a wish that a group be sent home or shipped back; a report that some were sent home is
    # not one.
    ("hate.sent-home", "the polish lot should all be sent home", "hate"),
    ("hate.sent-home", "Muslims should be sent home.", "hate"),
    ("hate.sent-home", "send them all home, the travellers on the rec", "hate"),
    ("hate.sent-home", "ship em all back, the asylum seekers at the hotel", "hate"),
    (
        "hate.not-sent-home",
        "The Polish workers were sent home early because of the rain, so the fete needs volunteers.",
        "not-serious",
    ),
    ("hate.not-sent-home", "Could you send the Polish translation back to me when it is checked?", "not-serious"),
    # A group that "shouldn't be" something: kept from a place or a post is exclusion; spared something is not.
    ("hate.kept-from-post", "Gay people shouldn't be teachers.", "hate"),
    ("hate.kept-from-post", "Immigrants shouldn't be councillors.", "hate"),
    ("hate.kept-from-post", "Jews shouldn't be here.", "hate"),
    (
        "hate.not-kept-from-post",
        "The Polish children shouldn't be sent home early from the holiday club just because the bus is late.",
        "not-serious",
    ),
    ("hate.not-kept-from-post", "Disabled people shouldn't be left out of the consultation.", "not-serious"),
    ("hate.not-kept-from-post", "Women shouldn't be here after dark, the park is unlit.", "not-serious"),
    (
        "hate.not-kept-from-post",
        "Muslim families shouldn't be charged more for the hall than anyone else.",
        "not-serious",
    ),
    # Round 21: two tropes (they come over here and take; a group that controls or owns it all) and a masked slur.
    ("hate.trope", "the immigrants come over here and take our allotments", "hate"),
    ("hate.trope", "Typical, the Romanians come over here and get everything handed to them.", "hate"),
    ("hate.trope", "Jews control all the developers, that is why every housing plan gets through.", "hate"),
    ("hate.masked-slur", "i hate g*pos, pls dont let em camp by the reservoir again", "hate"),
    ("hate.not-trope", "Our Ukrainian guests come over here and get a warm welcome from the church.", "not-serious"),
    ("hate.not-trope", "The Sikh community own half the shops on the high street and do a great job.", "not-serious"),
    ("hate.not-trope", "The g*ps between the fence panels need filling.", "not-serious"),
    # Round 21: harm to whoever is there, an ultimatum's missile, a vehicle through the doors, and whoever tries to
    # stop it; beside them a brick that was thrown, windows a football may break, and a van delivering chairs.
    ("threat.anyone", "Coming to the meeting Tuesday and I swear I will hurt somebody this time.", "threat"),
    ("threat.anyone", "first cllr i see at the shop im putting him on the floor", "threat"),
    ("threat.ultimatum", "Cut the hedge by Friday or a brick goes through the parish office window.", "threat"),
    ("threat.ultimatum", "Ignore me again and your office windows might all go in one night.", "threat"),
    ("threat.ultimatum", "Close the footpath and I'll ram my truck into the bus shelter.", "threat"),
    ("threat.ultimatum", "I'll pull the fence down myself and God help anyone who gets in my way.", "threat"),
    (
        "threat.not-ultimatum",
        "Someone threw a brick through the pavilion window last night, can you board it up?",
        "not-serious",
    ),
    (
        "threat.not-ultimatum",
        "The hall windows will get broken if the kids keep playing football there.",
        "not-serious",
    ),
    ("threat.not-ultimatum", "I'll drive the van through the gates at 8 to deliver the chairs.", "not-serious"),
    ("threat.not-ultimatum", "I'm going to put someone on the rota for the Saturday.", "not-serious"),
    # Round 23: hatred felt for a group, in any words (a noun, a piled adverb, what the group stirs, a wish it were
    # gone), and harm promised through others or aimed at the reader's own; beside each, the same words about a
    # thing, a wrong done to a group, or a danger.
    ("hate.felt", "I have so much disdain for these women.", "hate"),
    ("hate.felt", "All I feel for black people is hatred.", "hate"),
    ("hate.felt", "There is nothing in the world I like less than an immigrant.", "hate"),
    ("hate.felt", "My hatred for gay people knows no bounds.", "hate"),
    ("hate.felt", "Immigrants make me so angry.", "hate"),
    ("hate.felt", "I really really hate the black people round here.", "hate"),
    ("hate.felt", "I've had it up to here with these disabled people.", "hate"),
    ("hate.felt", "I wish all immigrants would disappear.", "hate"),
    ("hate.felt", "Seeing two gay men holding hands makes me want to vomit.", "hate"),
    ("hate.felt", "Black people will never be as smart as white people.", "hate"),
    ("hate.felt", "i honestly just fucking hate muslims", "hate"),
    ("hate.felt", "Nothing but contempt from me for the travellers at the quarry.", "hate"),
    ("hate.felt", "My contempt for Muslims grows every day.", "hate"),
    ("hate.felt", "I can't tell you how much I despise the Polish lot on Station Road.", "hate"),
    ("hate.felt", "Trans people make my blood boil.", "hate"),
    ("hate.felt", "Honestly, gypsies are the thing I hate most about this village.", "hate"),
    ("hate.felt", "The only thing I hate more than potholes is foreigners.", "hate"),
    ("hate.felt", "What I feel about asylum seekers is pure disgust.", "hate"),
    ("hate.felt", "Gay people sicken me.", "hate"),
    ("hate.felt", "Muslims turn my stomach.", "hate"),
    ("hate.felt", "I'm disgusted that disabled people get the front spaces, they revolt me.", "hate"),
    ("hate.felt", "Jews make me feel physically sick.", "hate"),
    ("hate.felt", "no one hates immigrants more than me", "hate"),
    ("hate.felt", "I genuinely cannot bear being around trans people.", "hate"),
    ("hate.felt", "i wish every single muslim in this country would just vanish", "hate"),
    ("hate.felt", "Women will never be as good at this job as men.", "hate"),
    ("hate.felt", "I'd be happy never to see another black person in Cropston.", "hate"),
    ("hate.felt", "immigrants r the worst thing to happen 2 this village", "hate"),
    ("hate.felt", "I loathe and despise every asylum seeker in that hotel.", "hate"),
    ("hate.felt", "You know what I hate? Gypsies.", "hate"),
    ("hate.felt", "Trans people, I can't stand them.", "hate"),
    ("hate.felt", "Black people? Can't stand them.", "hate"),
    ("hate.felt", "I've got no time for gay people, never have.", "hate"),
    ("hate.felt", "Muslims are the people I hate most.", "hate"),
    ("hate.felt", "I'd rather die than live next to a Romanian.", "hate"),
    ("hate.felt", "My disgust for travellers is total.", "hate"),
    ("hate.felt", "deep down i just hate immigrants", "hate"),
    ("hate.felt", "Disabled people are a waste of space and I resent every penny spent on them.", "hate"),
    ("hate.felt", "I HATE GAY PEOPLE", "hate"),
    ("hate.felt", "Sorry but I really do hate immigrants.", "hate"),
    ("hate.not-felt", "The hatred for Muslims in those comments makes me sick.", "not-serious"),
    ("hate.not-felt", "I hate how trans people are treated in this village.", "not-serious"),
    ("hate.not-felt", "Immigrants make me proud of how welcoming Cropston is.", "not-serious"),
    ("hate.not-felt", "I wish all the immigrants in the village would come to the summer fair.", "not-serious"),
    ("hate.not-felt", "I hate the way people talk about gay people online.", "not-serious"),
    ("hate.not-felt", "I have nothing but admiration for the Polish builders who did the hall.", "not-serious"),
    ("hate.not-felt", "Women will never be treated equally until the council changes its hiring.", "not-serious"),
    ("hate.not-felt", "I despise racism and I will not stand for it against our black residents.", "not-serious"),
    ("hate.not-felt", "I can't stand people who are rude to disabled people.", "not-serious"),
    ("hate.not-felt", "Nothing makes me happier than seeing the travellers' children at the school.", "not-serious"),
    ("hate.not-felt", "My contempt is for the councillors who ignored the immigrants' letter.", "not-serious"),
    ("hate.not-felt", "I'm sick of seeing Muslims abused on the village Facebook page.", "not-serious"),
    ("hate.not-felt", "I've had it up to here with the potholes.", "not-serious"),
    ("hate.not-felt", "The only thing I hate more than potholes is the council's silence.", "not-serious"),
    ("hate.not-felt", "I hate the new bins and the bin men know it.", "not-serious"),
    ("hate.not-felt", "The disabled spaces make me angry because they are always blocked by vans.", "not-serious"),
    ("hate.not-felt", "Gay people are welcome at the hall and always will be.", "not-serious"),
    ("hate.not-felt", "I don't hate immigrants, I just want the surgery to cope.", "not-serious"),
    ("hate.not-felt", "Seeing two dogs fighting on the green made me want to vomit.", "not-serious"),
    ("hate.not-felt", "Our Muslim neighbours make the best samosas.", "not-serious"),
    ("hate.not-felt", "Black people have been part of this village for decades.", "not-serious"),
    ("hate.not-felt", "People say they hate Gypsies but they have never met one.", "not-serious"),
    ("hate.not-felt", "He told me he hates immigrants, which I found appalling.", "not-serious"),
    ("hate.not-felt", "I would never say I hate trans people, that is disgusting.", "not-serious"),
    ("hate.not-felt", "What I feel about the new car park is pure disgust.", "not-serious"),
    (
        "hate.not-felt",
        "Immigrants will never be as welcome as they should be while the hall stays shut to them.",
        "not-serious",
    ),
    ("hate.not-felt", "I'd be happy never to see another pothole in Cropston.", "not-serious"),
    ("hate.not-felt", "My disgust at the state of the toilets is total.", "not-serious"),
    ("hate.not-felt", "I cannot bear being around the smell of the tip.", "not-serious"),
    ("hate.not-felt", "Polish people make up a fifth of the allotment society.", "not-serious"),
    ("threat.third-party", "My lads will be paying you a visit.", "threat"),
    ("threat.third-party", "I can't be held responsible for what my sons do when they hear about this.", "threat"),
    (
        "threat.third-party",
        "There are people in this village who would happily sort you out, and I won't stop them.",
        "threat",
    ),
    ("threat.third-party", "Some of the lads down the pub are talking about giving the clerk a kicking.", "threat"),
    ("threat.third-party", "Don't be surprised if someone puts a brick through your window.", "threat"),
    ("threat.third-party", "Others won't be as patient as me, and they know where you live.", "threat"),
    ("threat.third-party", "I'd hate for my boys to find out who made this decision.", "threat"),
    (
        "threat.third-party",
        "Word is some folk are planning to burn the pavilion down, and I won't be telling them not to.",
        "threat",
    ),
    ("threat.third-party", "There's a few round here who'd like five minutes alone with that councillor.", "threat"),
    ("threat.third-party", "I won't do anything myself, but I can't speak for my mates.", "threat"),
    ("threat.third-party", "someone's gonna do the clerk in one of these days and it won't be me", "threat"),
    ("threat.third-party", "Some people will deal with you if the council doesn't.", "threat"),
    ("threat.third-party", "Half the village wants that clerk hurt.", "threat"),
    ("threat.third-party", "I know a few lads who'd torch that bench for a tenner.", "threat"),
    ("threat.third-party", "People round here have long memories and short tempers, councillor.", "threat"),
    (
        "threat.not-third-party",
        "My lads will be at the match on Saturday so we cannot attend the meeting.",
        "not-serious",
    ),
    ("threat.not-third-party", "My sons will come round and clear the hedge for you.", "not-serious"),
    ("threat.not-third-party", "Some of the lads down the pub are talking about starting a petition.", "not-serious"),
    ("threat.not-third-party", "Others won't be as patient as me and will complain to the ombudsman.", "not-serious"),
    ("threat.not-third-party", "I know a few lads who'd help paint the pavilion for free.", "not-serious"),
    ("threat.not-third-party", "Someone is going to get hurt on that bend one of these days.", "not-serious"),
    ("threat.not-third-party", "Someone's going to sort that drain out eventually, I hope.", "not-serious"),
    (
        "threat.not-third-party",
        "My neighbour said someone would put a brick through his window, so I've reported it to the police.",
        "not-serious",
    ),
    (
        "threat.not-third-party",
        "People round here have long memories, and they remember the old hall fondly.",
        "not-serious",
    ),
    ("threat.not-third-party", "My brother-in-law is a joiner and he can fix the bench.", "not-serious"),
    ("threat.misfortune-aimed", "seen ur kid in the park, would be awful if anythin happened", "threat"),
    ("threat.misfortune-aimed", "It would be awful if anything happened to your lovely family, councillor.", "threat"),
    (
        "threat.not-misfortune-aimed",
        "It would be a shame if anything happened to a child on that crossing, please fix the lights.",
        "not-serious",
    ),
    ("threat.not-misfortune-aimed", "It would be sad if anything happened to the ducks on the pond.", "not-serious"),
    (
        "threat.not-misfortune-aimed",
        "Would be terrible if something happened to one of the kids at that junction before you act.",
        "not-serious",
    ),
    (
        "threat.accidents-to-opponents",
        "People who block my planning application sometimes have accidents. Just saying.",
        "threat",
    ),
    ("threat.accidents-to-opponents", "people like u have accidents on dark lanes, remember that", "threat"),
    (
        "threat.accidents-to-opponents",
        "Councillors who voted for Travellers site should be careful where they walk at night.",
        "threat",
    ),
    (
        "threat.not-accidents-to-opponents",
        "Children should be careful where they walk on the green, there is broken glass everywhere.",
        "not-serious",
    ),
    (
        "threat.not-accidents-to-opponents",
        "Elderly people often have accidents on that uneven pavement.",
        "not-serious",
    ),
    ("threat.not-accidents-to-opponents", "People who report potholes often have to wait months.", "not-serious"),
    # Round 23: a promise the council made and did not keep is a complaint; a promise kept, or asked after, is not.
    (
        "complaint.promise-unkept",
        "parkin on the reservoir verges is wreckin the grass, u said youd put bollards in. nothin",
        "complaint",
    ),
    ("complaint.promise-unkept", "Where are the dog bins you promised in the spring?", "complaint"),
    ("complaint.promise-unkept", "You said you would ring me back on Monday. You didn't.", "complaint"),
    (
        "complaint.promise-unkept",
        "they said the grit bin would be refilled before the frost, no sign of it",
        "complaint",
    ),
    (
        "complaint.not-promise-unkept",
        "You said you would send the agenda, could you send it again please as I deleted it by mistake?",
        "enquiry",
    ),
    (
        "complaint.not-promise-unkept",
        "You promised to let me know the date of the fete, has it been decided yet?",
        "enquiry",
    ),
    (
        "complaint.not-promise-unkept",
        "My neighbour said the council would be cutting the verges next week, is that right?",
        "enquiry",
    ),
    # Round 23: where someone lives or walks alone, known and said formally or plainly, and menace in stock forms
    # (the hall gets it, there will be blood, a gun for vermin); beside them the same words meant plainly.
    (
        "threat.stock-menace",
        "I am fully aware of the address at which the Clerk resides and I shall be calling upon her there in person.",
        "threat",
    ),
    (
        "threat.stock-menace",
        "Be advised that your vehicle registration and your usual parking place are known to me.",
        "threat",
    ),
    ("threat.stock-menace", "I know the house where you are living, I will come there and you will see.", "threat"),
    ("threat.stock-menace", "i know u walk the dog up bradgate rd every nite at 10 on ur own", "threat"),
    (
        "threat.stock-menace",
        "Your husband's van is parked outside number 14 every night. Nice van. Be a shame.",
        "threat",
    ),
    ("threat.stock-menace", "I'll be waiting outside your front door when you get home tonight councillor", "threat"),
    ("threat.stock-menace", "we know which house is yours and we will be visiting", "threat"),
    (
        "threat.stock-menace",
        "The pavilion is only wood. Wood burns. Think about that before Thursday's vote.",
        "threat",
    ),
    ("threat.stock-menace", "That bench will not be there long if it goes in, I promise you that.", "threat"),
    ("threat.stock-menace", "if the houses get approved the hall gets it simple as", "threat"),
    ("threat.stock-menace", "Them new planters won't last the night, me and the lads will see to that.", "threat"),
    ("threat.stock-menace", "I will smash every window in that office if I do not get my refund.", "threat"),
    (
        "threat.stock-menace",
        "Dictated message the council will pay for this and so will you I will make sure you get what is coming to you",
        "threat",
    ),
    ("threat.stock-menace", "Mark my words, there will be blood spilt over this decision.", "threat"),
    ("threat.stock-menace", "You will not see the end of this month if you carry on.", "threat"),
    ("threat.stock-menace", "I keep a shotgun for vermin and I consider you vermin.", "threat"),
    ("threat.stock-menace", "Tell the chairman to sleep with one eye open.", "threat"),
    ("threat.stock-menace", "Should the council proceed, I cannot guarantee the safety of its members.", "threat"),
    ("threat.stock-menace", "Your days on this council are numbered, and I don't mean the election.", "threat"),
    (
        "threat.not-stock-menace",
        "I am fully aware of the address at which the hall is registered, please update the website.",
        "not-serious",
    ),
    (
        "threat.not-stock-menace",
        "Your registration is known to me as I sold you the car, please call about the warranty.",
        "not-serious",
    ),
    (
        "threat.not-stock-menace",
        "I know the house where you are living used to be the old post office, lovely building.",
        "not-serious",
    ),
    (
        "threat.not-stock-menace",
        "I know you walk the dog up Bradgate Road every morning, could you check the stile there?",
        "not-serious",
    ),
    ("threat.not-stock-menace", "If the grant comes through the hall gets it first, then the pavilion.", "not-serious"),
    (
        "threat.not-stock-menace",
        "There will be blood tests at the surgery on Thursday for the over-sixties.",
        "not-serious",
    ),
    (
        "threat.not-stock-menace",
        "You will not see the end of this month's roadworks before Christmas, I'm told.",
        "not-serious",
    ),
    ("threat.not-stock-menace", "I keep a shotgun for vermin on the farm and have a licence for it.", "not-serious"),
    (
        "threat.not-stock-menace",
        "We cannot guarantee the safety of children on that crossing without a lollipop person.",
        "not-serious",
    ),
    ("threat.not-stock-menace", "The consultation closes on Friday, and I don't mean next Friday.", "not-serious"),
    # Round 23: a promise kept and thanked for is no complaint; "thanks for nothing" and a promise broken still are.
    ("complaint.not-promise-kept", "Thank you, you said you'd fix the gate and you did, within a week.", "enquiry"),
    (
        "complaint.not-promise-kept",
        "The clerk said the bench would be replaced by Easter and it was, thank you so much.",
        "enquiry",
    ),
    ("complaint.promise-unkept", "Thanks for nothing, you said you'd fix the gate and you didn't.", "complaint"),
    (
        "complaint.promise-unkept",
        "The clerk said the bench would be replaced by Easter and it wasn't, thanks a lot.",
        "complaint",
    ),
    # Round 24: complaints said plainly - a service that fails, a decision disagreed with, money, process, sarcasm,
    # a grievance in a stock phrase - and beside them a first report of a fault, thanks, questions and offers; danger
    # tied to a place is no threat, and a threat that ends a one-line complaint is one.
    ("complaint.plain", "I have now chased this three times and I am getting nowhere.", "complaint"),
    (
        "complaint.plain",
        "The grass on the green was cut on Monday and the cuttings have just been left lying everywhere, it's a mess.",
        "complaint",
    ),
    ("complaint.plain", "Frankly I expected more from the council than a two line reply.", "complaint"),
    ("complaint.plain", "The precept has gone up again and I can't see a single thing that has improved.", "complaint"),
    ("complaint.plain", "We were never consulted about the new parking bays outside our houses.", "complaint"),
    (
        "complaint.plain",
        "The footpath sign has been lying in the hedge since the summer. Does anybody check these things?",
        "complaint",
    ),
    ("complaint.plain", "Honestly, what is the council for if it can't keep the toilets open?", "complaint"),
    ("complaint.plain", "I'm at my wits' end with the flooding on Mill Lane.", "complaint"),
    (
        "complaint.plain",
        "The hall was double booked and our party had nowhere to go. Not the first time either.",
        "complaint",
    ),
    (
        "complaint.plain",
        "Your contractor damaged my fence while strimming and nobody has offered to pay for it.",
        "complaint",
    ),
    (
        "complaint.plain",
        "The bins at the rec have not been emptied for three weeks and the foxes are having a field day.",
        "complaint",
    ),
    ("complaint.plain", "i keep ringing the office and no one ever picks up", "complaint"),
    (
        "complaint.plain",
        "Could someone explain why the agenda was only put up the day before the meeting?",
        "complaint",
    ),
    ("complaint.plain", "The state of the churchyard is a disgrace to the village.", "complaint"),
    (
        "complaint.plain",
        "This is the worst the verges have ever looked in the 30 years I have lived here.",
        "complaint",
    ),
    ("complaint.plain", "Really disappointing to see the play area still closed over half term.", "complaint"),
    ("complaint.plain", "I've given up reporting the potholes because nothing ever happens.", "complaint"),
    ("complaint.plain", "Such a shame the council couldn't find the money to keep the library bus.", "complaint"),
    ("complaint.plain", "The new bench faces the bins. Who thought that was a good idea?", "complaint"),
    (
        "complaint.plain",
        "I am writing to register my unhappiness with the way my planning comments were handled.",
        "complaint",
    ),
    (
        "complaint.plain",
        "The lights in the car park have been on all day every day for a month. Who pays for that? We do.",
        "complaint",
    ),
    ("complaint.plain", "You close the toilets in winter and then wonder why people go behind the hedge.", "complaint"),
    ("complaint.plain", "The consultation closed before most of us even heard it had opened.", "complaint"),
    ("complaint.plain", "If I ran my business like the council runs the hall I'd be bankrupt.", "complaint"),
    ("complaint.plain", "Twelve weeks to replace a light bulb. Twelve.", "complaint"),
    ("complaint.plain", "It's hardly rocket science to empty a bin once a week.", "complaint"),
    (
        "complaint.plain",
        "That speed sign has been flashing 30 at nobody because it's facing the wrong way for months.",
        "complaint",
    ),
    (
        "complaint.plain",
        "We pay our precept like everyone else and get nothing in return on our side of the village.",
        "complaint",
    ),
    ("complaint.plain", "The stile is still broken. I first mentioned it at the annual parish meeting.", "complaint"),
    ("complaint.plain", "Would it be too much trouble for someone to reply to my letter of 4 March?", "complaint"),
    ("complaint.plain", "I'm sorry but the new charges for the allotments are outrageous.", "complaint"),
    ("complaint.plain", "The hedge cutting has left the footpath impassable with thorns everywhere.", "complaint"),
    ("complaint.plain", "Nobody from the council turned up to the site meeting you arranged.", "complaint"),
    (
        "complaint.plain",
        "I'm not one to complain but the noise from the pavilion every weekend is unbearable.",
        "complaint",
    ),
    ("complaint.plain", "Once again the gritting lorry missed our road entirely.", "complaint"),
    ("complaint.plain", "It's a joke that the bus shelter still has no roof.", "complaint"),
    (
        "complaint.plain",
        "I don't think it's right that councillors get a new laptop while the youth club closes.",
        "complaint",
    ),
    ("complaint.plain", "I was promised a call back last Tuesday and I'm still waiting.", "complaint"),
    (
        "complaint.plain",
        "The minutes of the last three meetings are still not on the website, which is against the rules as"
        " I understand them.",
        "complaint",
    ),
    (
        "complaint.plain",
        "hi there just to say the grass by the school has not been cut all summer and its up to my knees now"
        " really not good",
        "complaint",
    ),
    (
        "complaint.plain",
        "As per my previous three emails, the drain outside the post office is STILL blocked.",
        "complaint",
    ),
    (
        "complaint.plain",
        "Points: / - the noticeboard is out of date / - the website is out of date / - nobody answers the"
        " phone / Is anyone actually running things?",
        "complaint",
    ),
    (
        "complaint.plain",
        "Per my last email, which I note remains unanswered, the overflow car park is a quagmire.",
        "complaint",
    ),
    (
        "complaint.plain",
        "I must say I'm rather surprised the council saw fit to spend £3,000 on a survey of the pond.",
        "complaint",
    ),
    ("complaint.plain", "It would be nice to think somebody reads these emails.", "complaint"),
    (
        "complaint.plain",
        "No doubt this will be ignored like the last one, but the gate to the play area still doesn't shut.",
        "complaint",
    ),
    ("complaint.plain", "So the toilets are closed again. Marvellous. Just what the walkers needed.", "complaint"),
    (
        "complaint.plain",
        "i am very sorry to say the service of the hall booking is not good, three times my booking was lost",
        "complaint",
    ),
    (
        "complaint.plain",
        "the man came to fix the light and it was broken again next day, this is not proper work",
        "complaint",
    ),
    (
        "complaint.plain",
        "I note with regret that the hedge outside the school was cut during nesting season despite assurances.",
        "complaint",
    ),
    (
        "complaint.plain",
        "Well that's another month gone and the railings are still hanging off. Shall I fix them myself?",
        "complaint",
    ),
    (
        "complaint.plain",
        "After 40 years in this village I have never seen the war memorial looking so neglected.",
        "complaint",
    ),
    ("complaint.plain", "Any chance of an answer this side of Christmas?", "complaint"),
    (
        "complaint.plain",
        "Good to see the council has its priorities right - new signs for the car park and no grit for the hill.",
        "complaint",
    ),
    (
        "complaint.plain",
        "Can't say I'm surprised the bus shelter is still smashed, nothing round here gets fixed.",
        "complaint",
    ),
    (
        "complaint.plain",
        "Quite frankly the handling of the allotment rent increase has been shambolic from start to finish.",
        "complaint",
    ),
    (
        "complaint.plain",
        "I was charged twice for the hall deposit and still haven't had the refund I was promised.",
        "complaint",
    ),
    ("complaint.plain", "lights out on station rd again 3rd time this month sort it out", "complaint"),
    (
        "complaint.plain",
        "Hello, I hate to be a nuisance but the leaking tap at the pavilion has now been dripping since April.",
        "complaint",
    ),
    (
        "complaint.plain",
        "You have had my photographs of the damage since June. What exactly are you waiting for?",
        "complaint",
    ),
    ("complaint.plain", "I'm fed up of walking my kids in the road because the pavement is overgrown.", "complaint"),
    ("complaint.plain", "This is now the fourth winter running that the bottom of Mill Lane has flooded.", "complaint"),
    ("complaint.plain", "The churchyard path is a sheet of ice and no one has bothered to grit it.", "complaint"),
    (
        "complaint.plain",
        "Why should residents of Cropston pay the same precept when everything gets spent in Thurcaston?",
        "complaint",
    ),
    (
        "complaint.not-plain",
        "Not the first time I've written to say thank you, but the hall looks wonderful after the repaint.",
        "enquiry",
    ),
    (
        "complaint.not-plain",
        "What a shame the fete was rained off, it was shaping up so well. Will there be another date?",
        "enquiry",
    ),
    (
        "complaint.not-plain",
        "Could you please stop the newsletter being sent to my old address? I moved to Leicester in June.",
        "enquiry",
    ),
    ("complaint.not-plain", "I'd like to book the hall for my daughter's 18th, is the 14th free?", "enquiry"),
    (
        "complaint.not-plain",
        "Who pays for the Christmas tree each year, the council or the church? Just curious.",
        "enquiry",
    ),
    (
        "complaint.not-plain",
        "The worst of the flooding seems to have gone down now, the road is passable again.",
        "enquiry",
    ),
    ("complaint.not-plain", "Please could you explain how the allotment waiting list works?", "enquiry"),
    (
        "complaint.not-plain",
        "We don't think it's right to bother the Clerk at the weekend so this can wait until Monday.",
        "enquiry",
    ),
    (
        "complaint.not-plain",
        "Nobody has offered to run the tombola this year, would the council put a note in the newsletter?",
        "enquiry",
    ),
    ("complaint.not-plain", "Your contractors did a lovely job on the verges, thank you.", "enquiry"),
    ("complaint.not-plain", "The bench on the green has a loose slat, thought you'd want to know.", "enquiry"),
    (
        "complaint.not-plain",
        "There's a fallen branch across the footpath behind the church after last night's wind.",
        "enquiry",
    ),
    ("complaint.not-plain", "I'm writing to ask whether the council has a policy on memorial benches.", "enquiry"),
    (
        "complaint.not-plain",
        "Can I ask when the next meeting is? I'd like to come and hear about the play area plans.",
        "enquiry",
    ),
    ("complaint.not-plain", "Thank you for sorting the drain so quickly, it's made a real difference.", "enquiry"),
    (
        "complaint.not-plain",
        "My late husband always said the worst thing about winter was the dark evenings. Could the council"
        " consider another light on the path?",
        "enquiry",
    ),
    ("complaint.not-plain", "The dog bin by the stile is full, might need emptying.", "enquiry"),
    (
        "complaint.not-plain",
        "Is the parish council responsible for the hedges on Mill Lane or is it the county?",
        "enquiry",
    ),
    ("complaint.not-plain", "We would love to get involved with the litter pick. Who should we speak to?", "enquiry"),
    (
        "complaint.not-plain",
        "It's 2025 next month and we'd like to plan the village calendar - any dates for council events?",
        "enquiry",
    ),
    (
        "complaint.not-plain",
        "Come on Thurcaston! Great turnout at the litter pick yesterday, thank you to everyone from the"
        " council who helped.",
        "enquiry",
    ),
    (
        "complaint.not-plain",
        "I heard from a neighbour that the hall has a new kitchen. Can we see it before booking?",
        "enquiry",
    ),
    ("complaint.not-plain", "Please could someone send me the minutes of the September meeting?", "enquiry"),
    ("complaint.not-plain", "The new bins look great, much better than the old ones.", "enquiry"),
    (
        "complaint.not-first-report",
        "The stile on the field path has a cracked step, thought you'd want to know.",
        "enquiry",
    ),
    (
        "complaint.not-first-report",
        "For information: the fingerpost at the reservoir end of the footpath is leaning badly.",
        "enquiry",
    ),
    (
        "complaint.not-first-report",
        "Grandad asked me to pass on that the bus shelter light wasn't working last night.",
        "enquiry",
    ),
    (
        "complaint.first-report-still",
        "Thought you'd want to know the stile is still broken, three months after I first reported it.",
        "complaint",
    ),
    (
        "threat.not-danger-place",
        "hi the zip wire at the rec has a frayed cable, someone is going to get hurt on it, can you close it?",
        "not-serious",
    ),
    ("threat.not-danger-place", "A child will be killed on that bend one of these days.", "not-serious"),
    ("threat.danger-not-place", "Keep ignoring me and someone is going to get hurt, and it won't be me.", "threat"),
    (
        "threat.ends-a-complaint",
        "no response to my 4 emails about the tree its gonna fall on my kids bedroom ill be ur worst"
        " nightmare clerk ull need police protection",
        "threat",
    ),
    (
        "complaint.not-haven-t-got-round",
        "When does the consultation on the footpath close? I want to respond but haven't got round to it yet.",
        "enquiry",
    ),
    (
        "complaint.grievance",
        "Sorry to moan, but the grass on the little green hasn't been cut since June.",
        "complaint",
    ),
    (
        "complaint.grievance",
        "The council has not honoured last year's undertaking to put dog bins at the reservoir.",
        "complaint",
    ),
    (
        "complaint.grievance",
        "Nine grand on planters but apparently there's 'no money' for the youth shelter.",
        "complaint",
    ),
    (
        "complaint.not-grievance",
        "We don't think it's right to bother the Clerk at the weekend, so this can wait until Monday.",
        "enquiry",
    ),
    (
        "complaint.cost-to-me",
        "Nobody told the shops on Station Road it would be shut and we lost a whole day's trade.",
        "complaint",
    ),
    (
        "complaint.not-cost-to-me",
        "We lost a whole day's trade to the snow, so could the quiz night move to next week?",
        "enquiry",
    ),
    # Round 26: menace, hate, smears and complaints in forms a development suite in new voices showed missing, each
    # written afresh here with the near misses beside it (none is a sentence of that suite).
    ("round26.menace", "Someone ought to teach Cllr Grey a lesson with a baseball bat.", "threat"),
    ("round26.menace", "I've got a golf club that would suit Cllr Grey's kneecaps.", "threat"),
    ("round26.menace", "Next time we won't write letters, we'll talk with our fists.", "threat"),
    ("round26.menace", "I will break the nose of the man who cut down my hedge.", "threat"),
    ("round26.menace", "Your van won't stay in one piece for long if you park it outside my house again.", "threat"),
    ("round26.menace", "Keep ignoring me and I'll show the council what real trouble looks like.", "threat"),
    ("round26.menace", "Cllr Grey's daughters won't be safe at the bus stop if this goes through.", "threat"),
    ("round26.menace", "I know where the office is. We won't be coming to talk.", "threat"),
    ("round26.menace", "Tell the chairman to enjoy his remaining good health.", "threat"),
    ("round26.menace", "Councillors like Mr Hale tend to have accidents round here.", "threat"),
    ("round26.menace", "Odd how bad things happen to people who cross my family.", "threat"),
    ("round26.menace", "I've made my peace with what I'm going to do to him.", "threat"),
    ("round26.menace", "The Clerk is going to need a good dentist after Friday.", "threat"),
    ("round26.menace", "It would be so sad if the chairman's retirement party ended in A&E.", "threat"),
    ("round26.menace", "I'll go round and make her listen, whatever it takes.", "threat"),
    ("round26.menace", "One of you on that council is going to get glassed if the pub licence is refused.", "threat"),
    ("round26.menace", "I keep a machete in the shed for people who come on my land uninvited.", "threat"),
    ("round26.menace", "The lads know where he drinks. Not my problem what they do to him.", "threat"),
    ("round26.not-menace", "She will teach them some respect for the game with a bat and ball.", "not-serious"),
    (
        "round26.not-menace",
        "My knees and kneecaps are not what they were, so I can't do the litter pick.",
        "not-serious",
    ),
    ("round26.not-menace", "Can we settle the boundary dispute with a chat rather than fists?", "not-serious"),
    (
        "round26.not-menace",
        "Your car won't stay in one piece on that road surface, the potholes are so bad.",
        "not-serious",
    ),
    ("round26.not-menace", "You'll need a good dentist if you eat those toffees at the fete.", "not-serious"),
    (
        "round26.not-menace",
        "It would be a shame if the evening ended in A&E for one of the kids on the bouncy castle.",
        "not-serious",
    ),
    (
        "round26.not-menace",
        "Someone at the council is going to get hurt if they keep working in that damp office.",
        "not-serious",
    ),
    ("round26.not-menace", "We keep a spare walking stick for anyone who needs one at the hall.", "not-serious"),
    ("round26.not-menace", "I've handed the keys back; not my problem what they do after that.", "not-serious"),
    ("round26.hate", "I've never met a Bulgarian who was honest, and I've lived here fifty years.", "hate"),
    ("round26.hate", "In all my years I have not known a single disabled man who wasn't on the fiddle.", "hate"),
    ("round26.hate", "Get the Travellers out of our village.", "hate"),
    ("round26.hate", "Polish families must leave this country for good.", "hate"),
    ("round26.hate", "They should send her back to whatever part of Africa she came from.", "hate"),
    ("round26.hate", "No more of their kind on the allotment committee.", "hate"),
    ("round26.hate", "Is it true that the Romanians will be stealing from the allotments again this summer?", "hate"),
    ("round26.hate", "Why's it always the Muslims behind these things?", "hate"),
    ("round26.hate", "No stalls for Travellers at the Christmas market, please.", "hate"),
    ("round26.hate", "Not one of those asylum seekers has done an honest day's work.", "hate"),
    ("round26.hate", "Why does the council let h0m0s book the hall?", "hate"),
    ("round26.not-hate", "I've never met a Polish builder who wasn't brilliant at his job.", "not-serious"),
    ("round26.not-hate", "Why's it always the Travellers who get blamed for everything?", "not-serious"),
    ("round26.not-hate", "Is it true that the refugees will be helping at the allotments this summer?", "not-serious"),
    (
        "round26.not-hate",
        "Can we get the refugees out of the cold this winter? The church hall could open.",
        "not-serious",
    ),
    ("round26.not-hate", "No stalls for traders who haven't paid, the committee says.", "not-serious"),
    ("round26.not-hate", "The Travellers must leave the field by Friday, the court order says.", "not-serious"),
    ("round26.not-hate", "Homo sapiens first appeared 300,000 years ago, the talk at the library says.", "not-serious"),
    (
        "round26.abuse",
        "I've told every neighbour on The Ridgeway that Cllr Grey is a liar, and I'll tell the rest.",
        "abusive",
    ),
    ("round26.abuse", "We've printed posters saying the Clerk is a crook and they're going up tomorrow.", "abusive"),
    ("round26.abuse", "I shall keep writing until Cllr Grey resigns.", "abusive"),
    ("round26.abuse", "My labrador has more sense than Cllr Grey.", "abusive"),
    ("round26.abuse", "The chairman is behaving like a little hitler again.", "abusive"),
    (
        "round26.not-abuse",
        "Someone has been telling everyone that the Clerk is a liar; it's upsetting her.",
        "abuse_report",
    ),
    ("round26.not-abuse", "I keep telling everyone the Clerk is brilliant.", "not-serious"),
    ("round26.not-abuse", "Please tell everyone at the WI that Mrs Hale is retiring.", "not-serious"),
    ("round26.weapon-offered", "We have a hammer and nails for anyone who wants to help build the stage.", "enquiry"),
    ("round26.weapon-offered", "I've got a spare axe for you to borrow for the hedge.", "not-serious"),
    ("round26.menace", "We've got a bat for anyone who turns up uninvited.", "threat"),
    ("round26.menace", "I keep a knife for whoever crosses me.", "threat"),
    ("round26.not-abuse", "My dog has more sense than to chase the ducks on the green.", "not-serious"),
    ("round26.abuse", "My dog has more sense than the whole council put together.", "abusive"),
    ("round26.complaint", "Closing the library on Saturdays is a daft decision.", "complaint"),
    ("round26.complaint", "Scrapping the Christmas lights is heavy-handed.", "complaint"),
    ("round26.complaint", "The parking permit scheme is a total rip-off.", "complaint"),
    ("round26.complaint", "I'm very unsatisfied with the answer I got about the hedge.", "complaint"),
    (
        "round26.complaint",
        "I rang the borough and they said it was county; county said it was the parish.",
        "complaint",
    ),
    ("round26.not-complaint", "The library's new Saturday opening is a great idea.", "enquiry"),
    (
        "round26.not-complaint",
        "Could you have another look at the map I sent? I think I attached the wrong one.",
        "enquiry",
    ),
    ("round26.not-complaint", "Please send the minutes to the press, they asked for them.", "enquiry"),
    (
        "round26.not-report",
        "A man shouted at the landlord of the Plough last night; the police came and took him away."
        " Is the quiz still on Thursday?",
        "enquiry",
    ),
    # Round 27: hate said as a ranking, a denial of any good, to a group's face, as a feeling or an infestation; the
    # stock jibes at councillors; threats that end a complaint. Written afresh, with the near misses beside them
    # (none is a sentence of the round's development sets).
    ("round27.ranked-worst", "Frankly, Romanians are the very worst neighbours a village could get.", "hate"),
    ("round27.ranked-worst", "Muslims are, without doubt, the greatest blight on this country.", "hate"),
    ("round27.ranked-worst", "Is there anything lower than a Traveller? I doubt it.", "not-serious"),
    ("round27.ranked-worst", "There's nothing worse than a Gypsy, trust me.", "hate"),
    ("round27.not-ranked", "Disabled residents are the worst affected by the bus cuts.", "not-serious"),
    ("round27.not-ranked", "Women are the lowest paid staff at the leisure centre, which is shameful.", "not-serious"),
    ("round27.not-ranked", "The potholes are the biggest problem in Cropston.", "not-serious"),
    ("round27.none-good", "Not a single Romanian I've hired has ever done an honest day's work.", "hate"),
    ("round27.none-good", "The asylum seekers at the hotel. Name me one of them who pays their way.", "hate"),
    ("round27.none-good", "Them Travellers have never put a penny into this parish.", "hate"),
    ("round27.none-good", "Those migrants? Not an honest bone in any of their bodies.", "hate"),
    ("round27.not-none-good", "I've never met a Polish builder who wasn't honest with me.", "not-serious"),
    ("round27.not-none-good", "Not one of the refugee families has been offered a school place yet.", "not-serious"),
    (
        "round27.not-none-good",
        "Is there a single councillor who has lifted a finger for the Travellers' site?",
        "not-serious",
    ),
    ("round27.addressed", "You Poles think you own the whole of Anstey Lane.", "hate"),
    ("round27.addressed", "Immigrants like you should be grateful we let you in.", "hate"),
    ("round27.addressed", "u muslims need to learn how things work round here", "hate"),
    ("round27.not-addressed", "Thank you, Polish community, for the wonderful food stall.", "not-serious"),
    ("round27.not-addressed", "Women like you are the reason I joined the parish council.", "not-serious"),
    ("round27.feeling", "Gay people in this village fill me with pure rage.", "hate"),
    ("round27.feeling", "The loathing we feel for the Travellers is hard to describe.", "hate"),
    ("round27.feeling", "Utterly disgusted by all the asylum seekers in Cropston.", "hate"),
    ("round27.feeling", "I abhor Muslims and always will.", "hate"),
    ("round27.not-feeling", "Utterly disgusted by the way the asylum seekers were treated at the fete.", "not-serious"),
    ("round27.not-feeling", "Disgusted by the racist graffiti on the bus shelter; can it be cleaned?", "not-serious"),
    ("round27.not-feeling", "I abhor the new parking charges at the reservoir.", "not-serious"),
    ("round27.infestation", "Refugees are nothing but parasites.", "hate"),
    ("round27.infestation", "The Travellers are bleeding this parish dry.", "hate"),
    ("round27.infestation", "Romanians have already taken over half the shops in Anstey.", "hate"),
    ("round27.infestation", "Migrants only come here for the free houses.", "hate"),
    ("round27.not-infestation", "Immigrants are people, not animals, and deserve respect.", "not-serious"),
    ("round27.not-infestation", "The Travellers' dogs are lovely; is there a dog bin by the site?", "not-serious"),
    ("round27.keep-out", "Asylum seekers must be kept out of the village hall.", "hate"),
    ("round27.keep-out", "Foreigners should be sent back on the next boat.", "hate"),
    ("round27.keep-out", "No Travellers, no Gypsies. Put that on the pavilion door.", "hate"),
    ("round27.not-keep-out", "Dogs should be kept out of the children's play area.", "not-serious"),
    ("round27.not-keep-out", "The Travellers out at the common asked about water.", "not-serious"),
    ("round27.threat", "If those lads come near my shop again I'm going to knife one.", "threat"),
    ("round27.threat", "I'll make sure that pavilion goes up in flames.", "threat"),
    ("round27.threat", "We'll give that clerk a hiding she won't forget.", "threat"),
    ("round27.threat", "The chairman will get his head kicked in if he shows his face.", "threat"),
    ("round27.threat", "Mend the fence or there'll be more than a fence to worry about.", "threat"),
    ("round27.threat", "Lovely wooden pavilion, that. Shame if it caught.", "threat"),
    ("round27.threat", "Next time I'll bring the lads and we'll ask the hard way.", "threat"),
    ("round27.not-threat", "I'm going to kill one of these wasps' nests with the spray.", "not-serious"),
    ("round27.not-threat", "We gave Anstey a hiding at cricket on Saturday.", "not-serious"),
    ("round27.not-threat", "It would be a pity if the sparks caught the hedge too.", "not-serious"),
    ("round27.not-threat", "I'll bring the lads from the Scouts to help put the marquee up.", "not-serious"),
    ("round27.not-threat", "I'll make sure the bonfire burns safely behind the barrier.", "not-serious"),
    ("round27.mockery", "Cllr Dunn wouldn't know a spreadsheet if it bit him.", "abusive"),
    ("round27.mockery", "If brains were chocolate, Cllr Pike wouldn't fill a Smartie.", "abusive"),
    ("round27.mockery", "My six-year-old could run a meeting better than Cllr Pike.", "abusive"),
    ("round27.mockery", "Cllr Royce has all the backbone of a jellyfish.", "abusive"),
    ("round27.mockery", "Your minutes look like they were drafted by a chimp.", "abusive"),
    ("round27.mockery", "A round of applause for our crack team of geniuses on the council.", "abusive"),
    ("round27.not-mockery", "My grandson could organise the fete, he loves that sort of thing.", "not-serious"),
    ("round27.not-mockery", "Cllr Royce has all the warmth of a summer's day, we love her.", "not-serious"),
    ("round27.not-mockery", "The new bins are as much use as a chocolate teapot.", "not-serious"),
    # Round 28 (tests/data/hate-dev3): a key word's usual slip read as the word; a group denied any good; a group put
    # in its "place"; every one of a group called a thief; a group said to have no business here.
    ("round28.slip", "I hate immigrnats.", "hate"),
    ("round28.slip", "Blakc people are animals.", "hate"),
    ("round28.slip", "Refguees are parasites.", "hate"),
    ("round28.slip", "The clerk is a complete idoit.", "abusive"),
    ("round28.slip", "I'm going to brun down the pavilion.", "threat"),
    ("round28.not-slip", "The metal railings by the hall need painting.", "not-serious"),
    ("round28.not-slip", "Could you send me the part of the minutes about the drains?", "not-serious"),
    ("round28.not-slip", "My neighbour Brian has left his water butt on the verge.", "not-serious"),
    ("round28.none-good", "There's no such thing as an honest Romanian, in my experience.", "hate"),
    ("round28.none-good", "You'll never meet a Gypsy who isn't on the fiddle.", "hate"),
    ("round28.none-good", "Jews don't know the meaning of honesty.", "hate"),
    ("round28.none-good", "Trans women will never be real women.", "hate"),
    ("round28.none-good", "A woman has never been fit to chair this council.", "hate"),
    ("round28.none-good", "There isn't a Pole in that house with an ounce of decency.", "hate"),
    ("round28.none-good", "I can't name one good thing an immigrant has ever done for this village.", "hate"),
    ("round28.none-good", "Refugees aren't worth the food we give them.", "hate"),
    ("round28.not-none-good", "There's no such thing as a free lunch, as the precept shows.", "not-serious"),
    ("round28.not-none-good", "I've never met a Polish builder who wasn't on time.", "not-serious"),
    ("round28.not-none-good", "Trans women are real women, and the hall policy should say so.", "not-serious"),
    ("round28.not-none-good", "Not a single councillor has shown an ounce of sense over the car park.", "not-serious"),
    ("round28.kept-place", "Muslims belong back in the desert, not in our hall.", "hate"),
    ("round28.kept-place", "Women should remember their place and leave the council to the men.", "hate"),
    ("round28.kept-place", "The refugees would be more at home in a cage than a hotel.", "hate"),
    ("round28.kept-place", "Put the Romanians on the bins, it's what they're built for.", "hate"),
    ("round28.not-kept-place", "The bins belong in the yard, not on the pavement.", "not-serious"),
    (
        "round28.not-kept-place",
        "Please put the chairs back where they belong after the Polish club's event.",
        "not-serious",
    ),
    ("round28.every-one", "Every Albanian I've had working for me was a thief.", "hate"),
    ("round28.every-one", "I've met plenty of Travellers and every one of them was a liar.", "hate"),
    ("round28.every-one", "The Gypsies have been a plague on this parish for years.", "hate"),
    ("round28.not-every-one", "Every Polish family on the estate has been a credit to the village.", "not-serious"),
    ("round28.not-every-one", "The new parking charges have been a plague on this village.", "not-serious"),
    ("round28.no-business", "Migrants have no business living in an English village.", "hate"),
    ("round28.no-business", "Travellers have no right to exist.", "hate"),
    ("round28.not-no-business", "Residents have no right to park on the green, says the deed.", "not-serious"),
    (
        "round28.not-no-business",
        "The travellers have no right to camp on the recreation ground without permission.",
        "not-serious",
    ),
    ("round29.fate-of-others", "Lads who crossed my brother ended up in the canal, Councillor.", "threat"),
    ("round29.fate-of-others", "Folk who went against the Hendersons wound up at the bottom of the quarry.", "threat"),
    ("round29.not-fate-of-others", "People who cross the A6 at that bend have ended up in hospital.", "not-serious"),
    ("round29.deal-with", "We know exactly how to deal with people like you in this village.", "threat"),
    ("round29.not-deal-with", "The council knows how to deal with fly-tipping, so please report it.", "not-serious"),
    ("round29.long-memories", "Folk round here have long memories, Mrs Lane. Remember that when you vote.", "threat"),
    ("round29.not-long-memories", "People in this village have long memories of the 1968 flood.", "not-serious"),
    ("round29.wont-be-pretty", "One day someone will lose their temper with you and it won't be pretty.", "threat"),
    (
        "round29.wont-be-pretty",
        "Vote it through and there will be consequences, and they won't be in writing.",
        "threat",
    ),
    (
        "round29.not-wont-be-pretty",
        "There will be consequences for the budget, and they won't be pleasant for anyone.",
        "not-serious",
    ),
    (
        "round29.alone-after-dark",
        "Be careful walking your dog alone after dark, Marianne, given how many people you've annoyed.",
        "threat",
    ),
    (
        "round29.not-alone-after-dark",
        "Please be careful walking alone after dark on Mill Lane until the lights are fixed.",
        "not-serious",
    ),
    ("round29.if-then-damage", "If the council sells the field I burn the pavilion, simple as that.", "threat"),
    (
        "round29.not-if-then-damage",
        "If the drains aren't cleared, the rain will flood the pavilion again.",
        "not-serious",
    ),
    (
        "round29.address-visit",
        "Got your home address from the planning file, Councillor. I'll be calling round.",
        "threat",
    ),
    (
        "round29.not-address-visit",
        "Got your address from the parish magazine; I'll be dropping round with the raffle tickets.",
        "not-serious",
    ),
    (
        "round29.family-chat",
        "Your wife works at the surgery, doesn't she. Might have a quiet word with her about you.",
        "threat",
    ),
    ("round29.lucky-to-walk", "Whoever sprayed my hedge will be lucky to walk again when I'm done with him.", "threat"),
    ("round29.fists", "Since letters get nowhere, I'll settle this with the chairman using my fists.", "threat"),
    ("round29.not-fists", "I'll settle the hall bill with the treasurer using my card.", "not-serious"),
    ("round29.head-down", "Next time I'll shove that councillor's head down the drain he won't fix.", "threat"),
    ("round29.not-head-down", "Please don't stick your head in the sand about the drains.", "not-serious"),
    ("round29.capable", "Ignore me again and you'll soon find out what I'm capable of.", "threat"),
    ("round29.not-capable", "You'll soon see what the new mower is capable of on the green.", "not-serious"),
    ("round29.responsible-for", "I won't be held responsible for what the lads do to Cllr Patel.", "threat"),
    (
        "round29.nickname",
        "Please pass this to Cllr Dawson, or Councillor Do-Nothing as the whole street now calls him.",
        "abusive",
    ),
    (
        "round29.not-nickname",
        "Please pass this to Cllr Dawson, or Bob as everyone calls him, with our thanks.",
        "not-serious",
    ),
    (
        "round29.award",
        "I nominate Cllr Webb for a lifetime achievement award for services to doing nothing.",
        "abusive",
    ),
    ("round29.not-award", "I nominate Mrs Shaw for an award for services to the village hall.", "not-serious"),
    ("round29.shoelaces", "Frankly I'm surprised the chairman can tie his own shoelaces.", "abusive"),
    ("round29.allowed-out", "Is Cllr Webb allowed out on his own?", "abusive"),
    ("round29.not-allowed-out", "Is my mother allowed out on her own from the care home?", "not-serious"),
    ("round29.run-a-bath", "I wouldn't trust the clerk to run a bath.", "abusive"),
    (
        "round29.not-run-a-bath",
        "I wouldn't trust the clerk's figures without seeing the bank statements.",
        "not-serious",
    ),
    ("round29.hard-adjectives", "Cllr Ross is a petty, spiteful, self-important little man.", "abusive"),
    ("round29.not-hard-adjectives", "Cllr Ross is a quiet, careful man who reads every paper.", "not-serious"),
    ("round29.so-are-you", "The minutes are a disgrace and, frankly, so are you.", "abusive"),
    ("round29.filming", "I'll keep filming you at every play area inspection until the swings are fixed.", "abusive"),
    ("round29.not-filming", "I've been filming the flooding on Mill Lane for the drainage report.", "not-serious"),
    ("round29.doorstep", "I'll be reading my complaints out on your doorstep every evening.", "abusive"),
    ("round29.sign", "I've put your name and phone number on a poster in the shop window.", "abusive"),
    ("round29.not-sign", "I've put the hall's name and phone number on a poster in the shop window.", "not-serious"),
    ("round29.compound-insult", "You lot are jumped-up nobodies.", "abusive"),
    ("round29.since-they-came", "We never had any thefts on the allotments before the Romanians moved in.", "hate"),
    ("round29.since-they-came", "The trouble only started when the asylum seekers arrived.", "hate"),
    ("round29.since-they-came", "My bike was stolen the very week the Travellers pitched up.", "hate"),
    (
        "round29.not-since-they-came",
        "We never had any trouble with the drains before the new estate was built.",
        "not-serious",
    ),
    (
        "round29.not-since-they-came",
        "The choir only started when the Polish families arrived, and it's wonderful.",
        "not-serious",
    ),
    ("round29.grooming", "Those trans activists are grooming kids at the library.", "hate"),
    ("round29.shut-away", "Old people should be shut away in homes, not clogging up the surgery.", "hate"),
    ("round29.say-no", "The clerk said no, so I'll smash her windows.", "threat"),
    ("round29.say-no", "If you say no again I'll smash your windows.", "threat"),
    (
        "round29.still-reported",
        "My neighbour said he'd smash the clerk's windows, so I'm letting you know.",
        "not-serious",
    ),
    # round 30: what an animal or a thing does to a thing is no menace; what it does to a person is
    ("round30.not-held-responsible", "I can't be held responsible for what my dog does to the lawn.", "not-serious"),
    (
        "round30.not-held-responsible",
        "I cannot be held responsible for what my roots do to the wall, the oak was there first.",
        "not-serious",
    ),
    (
        "round30.held-responsible",
        "I can't be held responsible for what my dog does to you if you come round again.",
        "threat",
    ),
    ("round30.held-responsible", "I won't be responsible for what my lads do to the clerk.", "threat"),
    # round 33: ridicule aimed at a person (a comparison, the help one gives a child, a failing made a figure of
    # speech), and the same turns aimed at a thing or said kindly
    (
        "round33.ridicule",
        "Watching Cllr Hunt chair a meeting is like watching a hamster try to drive a bus.",
        "abusive",
    ),
    ("round33.ridicule", "the clerk is about as organised as a startled chicken", "abusive"),
    ("round33.ridicule", "Honestly your chairman reminds me of a nodding dog on a parcel shelf.", "abusive"),
    ("round33.ridicule", "Somebody buy Cllr Patel some crayons so he can follow the budget.", "abusive"),
    ("round33.ridicule", "Mrs Okafor is the village's leading authority on doing nothing.", "abusive"),
    ("round33.ridicule", "He gets paid for doing sod all, your clerk.", "abusive"),
    ("round33.ridicule", "Which planet is she on? The clerk has lost my form three times.", "abusive"),
    ("round33.ridicule", "Cllr Dale is a walking foghorn with a lanyard.", "abusive"),
    ("round33.not-ridicule", "My grandson slept like a baby after the fun day, thank you all.", "not-serious"),
    ("round33.not-ridicule", "Cllr Reid worked like a trojan at the litter pick, please thank him.", "not-serious"),
    ("round33.not-ridicule", "The clerk treated me like a child on the phone and I want to complain.", "not-serious"),
    ("round33.not-ridicule", "The new play area looks like a building site, when will it be finished?", "not-serious"),
    (
        "round33.not-ridicule",
        "Could the clerk explain the precept to me in simple words? I am new to all this.",
        "not-serious",
    ),
    (
        "round33.not-ridicule",
        "There was a plank over the ditch where Mr Bell says the footbridge used to be.",
        "not-serious",
    ),
    # hate as a place to be kept white or English, a language mocked, a village lost to another country
    ("round33.nativist", "We should keep Thurcaston English, whatever the council says.", "hate"),
    ("round33.nativist", "I miss the days when this was a white village.", "hate"),
    ("round33.nativist", "All you hear at the bus stop now is foreign gibberish.", "hate"),
    ("round33.nativist", "At this rate the estate is turning into a little Pakistan.", "hate"),
    (
        "round33.not-nativist",
        "Please keep the village green English oak, not the foreign trees the contractor suggested.",
        "not-serious",
    ),
    (
        "round33.not-nativist",
        "Back when the hall was white with green doors it looked lovely; could it be repainted?",
        "not-serious",
    ),
    (
        "round33.not-nativist",
        "Is there an English class in the village for the families who arrived last year?",
        "not-serious",
    ),
    # plainly worded complaints that say what a fault stops people doing
    (
        "round33.complaint",
        "The gate to the rec is padlocked and my wife can't get her mobility scooter through. Please sort it.",
        "complaint",
    ),
    (
        "round33.complaint",
        "There is no ramp at the pavilion so wheelchair users cannot get in. This needs fixing.",
        "complaint",
    ),
    (
        "round33.complaint",
        "Vans park across our dropped kerb every market day and the council does nothing.",
        "complaint",
    ),
    # others' words told at one remove are counter-speech or a report, not the writer's hate
    (
        "round33.one-remove",
        "At the fete one man came out with 'immigrants are all scroungers' and we told him to stop. Can we have a"
        " stall for the refugee support group?",
        "not-serious",
    ),
    # round 34: praise said with a straight face beside the same person's failing; genuine thanks that mention a slip
    (
        "round34.ironic-praise",
        "Splendid work from Cllr Nash as ever. He turned up without the papers and voted the wrong way twice. Bravo.",
        "abusive",
    ),
    (
        "round34.ironic-praise",
        "What a find the new clerk is: she can't open a spreadsheet and sent the agenda to the wrong people."
        " Take a bow.",
        "abusive",
    ),
    (
        "round34.ironic-praise",
        "Truly a gift, our chairman. Lost the hall keys a second time this month. Give him a medal.",
        "abusive",
    ),
    (
        "round34.ironic-praise",
        "You have a rare talent for losing my letters, Mrs Dunn. Three times now. Real genius.",
        "abusive",
    ),
    (
        "round34.not-ironic-praise",
        "Brilliant effort by Cllr Ward at the fete. She couldn't find the float tin at first but we managed fine.",
        "not-serious",
    ),
    (
        "round34.not-ironic-praise",
        "Well done to Cllr Hale for getting the potholes filled. The council still can't keep the website up to"
        " date though.",
        "not-serious",
    ),
    (
        "round34.not-ironic-praise",
        "Outstanding job on the Christmas lights. Shame the contractor forgot to switch them on until the 10th.",
        "not-serious",
    ),
    # contempt for the person written to (people like you, unfit for a trivial task), spoof awards, insults heaped on a
    # named person; and the same words about a bridge, a real award or a kind word
    (
        "round34.contempt",
        "Men like you have never done an honest day's work. You're not fit to run a whelk stall.",
        "abusive",
    ),
    ("round34.contempt", "Cllr Lyle is not fit to organise a coffee morning, let alone a parish budget.", "abusive"),
    (
        "round34.contempt",
        "We are giving Cllr Orme the Golden Snore award for the budget meeting. He's earned it.",
        "abusive",
    ),
    ("round34.contempt", "Mr Tandy is a pompous, lazy and thoroughly useless man.", "abusive"),
    (
        "round34.not-contempt",
        "People like you, who give up their evenings for the village, are why we love living here.",
        "not-serious",
    ),
    ("round34.not-contempt", "The footbridge is not fit to carry a tractor, let alone a lorry.", "not-serious"),
    (
        "round34.not-contempt",
        "Our clerk received the silver volunteer award from the county, well deserved.",
        "not-serious",
    ),
    (
        "round34.not-contempt",
        "Cllr Ash won the wooden spoon at the pancake race and raised 300 pounds for the hall.",
        "not-serious",
    ),
    # a group denied a job, a home or the hall, and hate by insinuation; a group protected, developers, a panto
    ("round34.exclusion", "Muslims should not be hired by the parish council.", "hate"),
    ("round34.exclusion", "Travellers shouldn't get council houses round here.", "hate"),
    ("round34.exclusion", "Gay couples should not be given the hall for their parties.", "hate"),
    ("round34.insinuation", "The refugees are in the old hotel now. We all know what some of them get up to.", "hate"),
    (
        "round34.insinuation",
        "A trans group has booked the pool. Everyone knows why men like that want to be near girls.",
        "hate",
    ),
    ("round34.not-exclusion", "Pensioners should not be charged for the minibus.", "not-serious"),
    ("round34.not-exclusion", "Refugees should not be housed in the old barracks, it is inhumane.", "not-serious"),
    ("round34.not-insinuation", "We all know what the developers are after: more houses on the green.", "not-serious"),
    (
        "round34.not-insinuation",
        "The panto has men in dresses as always, can we book the hall for rehearsals?",
        "not-serious",
    ),
    # harm through others primed and pointed at a person, a window broken "one night"; big rugby fans, a banging latch
    (
        "round34.others",
        "My cousins are less patient than me. They know where Cllr Boyd parks and would like a quiet word with him.",
        "threat",
    ),
    (
        "round34.others",
        "I've told some friends who are very angry about it. I can't stop them and I won't try.",
        "threat",
    ),
    ("round34.others", "Fix the drain or your office window might get smashed one night.", "threat"),
    (
        "round34.not-others",
        "My brother and his mates are very big rugby fans; could they book the pavilion for a quiz?",
        "not-serious",
    ),
    (
        "round34.not-others",
        "Your office window will be broken if the latch isn't fixed, it bangs in every wind.",
        "not-serious",
    ),
    # the polite complaint about a fault that has lasted
    (
        "round34.long-standing",
        "I wonder whether someone might look at the bench by the pond, which has been wobbly since last summer.",
        "complaint",
    ),
    (
        "round34.long-standing",
        "Could somebody possibly mend the hall clock when there's a moment? It has been stuck at ten past four"
        " since Easter.",
        "complaint",
    ),
    (
        "round34.not-long-standing",
        "I wonder if the hall will reopen soon after the works? Do let me know.",
        "not-serious",
    ),
    # the menace at the end of a complaint: others who will have a word while the writer stands aside, think of his
    # little girl before he ignores me, a fall with a little help, regret the writer will make sure of; and the same
    # words meant kindly, as danger talk, or as a lawful step
    (
        "round34.complaint-ending",
        "Fix the flooding on Mill Lane. My nephews have offered to go round and have a word with Cllr Pike, and I"
        " won't be stopping them.",
        "threat",
    ),
    (
        "round34.complaint-ending",
        "The hedge is still not cut. Cllr Dodd might want to think about his little girl before he ignores me again.",
        "threat",
    ),
    (
        "round34.complaint-ending",
        "Please reply about the parking fine. I would hate for anything to happen to that lovely new car the"
        " chairman drives.",
        "threat",
    ),
    (
        "round34.complaint-ending",
        "Grit the hill please. It would be a pity if Mrs Crane took a nasty fall there, with a little help.",
        "threat",
    ),
    (
        "round34.complaint-ending",
        "Cllr Shaw will regret this decision on the allotments, and I will make sure he does.",
        "threat",
    ),
    (
        "round34.complaint-ending",
        "If the tree isn't down by Monday I'll deal with whoever signed it off, and I don't mean with a letter.",
        "threat",
    ),
    (
        "round34.not-complaint-ending",
        "My sons have offered to go round and help Cllr Pike clear the ditch on Saturday, if that suits him.",
        "not-serious",
    ),
    (
        "round34.not-complaint-ending",
        "The council might want to think about that before it approves more houses on the flood plain.",
        "not-serious",
    ),
    (
        "round34.not-complaint-ending",
        "Please grit the hill. It would be a pity if someone took a nasty fall there this winter.",
        "not-serious",
    ),
    (
        "round34.not-complaint-ending",
        "Cllr Shaw will regret this decision when the village floods again, mark my words, and so will we all.",
        "not-serious",
    ),
    (
        "round34.not-complaint-ending",
        "My brothers are very angry about the closure. They've said they'll write to the paper and I won't stop them.",
        "not-serious",
    ),
    (
        "round34.not-complaint-ending",
        "My dad is 90 and I'd hate for anything to happen to him on that icy path by the shop. Please grit it.",
        "not-serious",
    ),
    (
        "round34.not-complaint-ending",
        "I'd hate for anything to happen to her car on that icy hill, please grit it.",
        "not-serious",
    ),
    (
        "round34.not-complaint-ending",
        "She'll get a shock she won't forget when she sees the new bins, they're lovely.",
        "not-serious",
    ),
    # Round 35: written fresh for the forms of tests/data/hfdev's misses, in other words than that set uses
    ("round35.group-called-low", "Honestly, Bulgarians are shifty, the whole lot.", "hate"),
    ("round35.group-called-low", "muslims r basically all fanatics", "hate"),
    ("round35.group-called-low", "Gay men are predators and the scout hut should know it.", "hate"),
    ("round35.group-called-low", "Asylum seekers are leeches on this parish.", "hate"),
    ("round35.group-called-low", "Polish people are a blight on Cropston.", "hate"),
    ("round35.group-called-low", "We've got Somalis on the estate now. They're a disgrace to the place.", "hate"),
    ("round35.group-called-low", "Jews are such grasping people.", "hate"),
    (
        "round35.not-group-called-low",
        "The Travellers' dogs are a nuisance on the green, can someone speak to them?",
        "not-serious",
    ),
    (
        "round35.not-group-called-low",
        "The toilets used by the disabled are disgusting, please get them cleaned.",
        "not-serious",
    ),
    (
        "round35.not-group-called-low",
        "Disabled residents are entitled to a blue badge bay outside the surgery.",
        "not-serious",
    ),
    (
        "round35.not-group-called-low",
        "Muslims are not extremists, and the leaflet saying so should be taken down.",
        "not-serious",
    ),
    (
        "round35.not-group-called-low",
        "Refugees are bitter about how the council treated them, and who can blame them.",
        "not-serious",
    ),
    (
        "round35.not-group-called-low",
        "The Polish family at number 9 have two dogs. They're lovely and very quiet.",
        "not-serious",
    ),
    ("round35.every-one-met", "Had dozens of Romanians through my car wash and every one was a cheat.", "hate"),
    ("round35.every-one-met", "I've lived beside Travellers most of my life and to a man they were thieves.", "hate"),
    ("round35.every-one-met", "worked with loads of women over the years, all of them useless", "hate"),
    (
        "round35.not-every-one-met",
        "I've met plenty of Travellers and every one was polite and kind to me.",
        "not-serious",
    ),
    (
        "round35.not-every-one-met",
        "I've taught hundreds of deaf children and every one deserved better than this council gave them.",
        "not-serious",
    ),
    ("round35.denied-good", "Gypsies will never make decent neighbours.", "hate"),
    ("round35.denied-good", "Lesbian couples can never be proper parents.", "hate"),
    ("round35.denied-good", "Immigrants don't deserve a say on the parish plan.", "hate"),
    ("round35.denied-good", "No Sikh has ever been trustworthy in my book.", "hate"),
    ("round35.denied-good", "Trans people will never be normal, whatever the school teaches.", "hate"),
    ("round35.denied-good", "You'll never meet a decent Romanian round here.", "hate"),
    (
        "round35.not-denied-good",
        "Disabled people will never be proper members of this community if the hall has no ramp.",
        "not-serious",
    ),
    ("round35.not-denied-good", "Pensioners don't deserve to be treated like this by the bus company.", "not-serious"),
    (
        "round35.not-denied-good",
        "Black lives don't matter to this council, judging by the way the memorial was handled.",
        "not-serious",
    ),
    (
        "round35.not-denied-good",
        "I don't agree that Travellers will never be good neighbours; mine have been.",
        "not-serious",
    ),
    ("round35.implied", "Same-sex couples aren't a real family and the nursery shouldn't say they are.", "hate"),
    ("round35.implied", "That's what the Filipinos are for, cleaning, not sitting on committees.", "hate"),
    ("round35.implied", "Migrants are good for one thing and it isn't running a parish.", "hate"),
    ("round35.implied", "Not a single Muslim family on Station Road. Long may it last.", "hate"),
    ("round35.implied", "Pakistanis belong in Pakistan, not in Cropston.", "hate"),
    (
        "round35.not-implied",
        "There are no disabled toilets at the pavilion, and the council seems happy to keep it that way.",
        "not-serious",
    ),
    ("round35.not-implied", "Please lock your sheds, there have been thefts near the allotments.", "not-serious"),
    ("round35.not-implied", "The field is clear of litter at last after the clean-up, thank you.", "not-serious"),
    ("round35.feeling", "Can't abide the Irish. Never have.", "hate"),
    ("round35.feeling", "Hindus. I truly despise them.", "hate"),
    ("round35.feeling", "Sorry but Muslims make me sick.", "hate"),
    ("round35.removal", "Albanians should be booted out of the village.", "hate"),
    ("round35.removal", "Gay people should be cured, not celebrated at the fete.", "hate"),
    ("round35.aimed-at-many", "The synagogue in town is going to go up in flames, you watch.", "threat"),
    ("round35.aimed-at-many", "Any foreigners on the rec tonight are getting a hiding from us.", "threat"),
    ("round35.aimed-at-many", "Got your address now Councillor. Might pop round for a chat about the hedge.", "threat"),
    ("round35.aimed-at-many", "Small village this. We all know where you live.", "threat"),
    (
        "round35.not-aimed-at-many",
        "I'm worried the mosque is going to be attacked after the posts on Facebook.",
        "not-serious",
    ),
    (
        "round35.not-aimed-at-many",
        "People who cycle on that bend sometimes get hurt. Please put up a sign.",
        "not-serious",
    ),
    (
        "round35.not-aimed-at-many",
        "It's a small village and everyone knows who you are, which is why I love living here.",
        "not-serious",
    ),
    # Round 35: a slip or a space in the word a group is named with, and words that only look like one
    ("round35.spelling", "I hate trans poeple, always have.", "hate"),
    ("round35.spelling", "Womn are useless on a committee.", "hate"),
    ("round35.spelling", "Disabled pepole are a burden on everyone.", "hate"),
    ("round35.spelling", "gay peopleare disgusting", "hate"),
    ("round35.spelling", "Immigrants are sc um and always will be.", "hate"),
    ("round35.spelling", "Muslims are filt h.", "hate"),
    ("round35.spelling", "I really despis e those Travellers.", "hate"),
    ("round35.spelling", "Blak people shouldnt be on the council.", "hate"),
    ("round35.not-spelling", "Thanks to all the peple who came to the litter pick on Sunday!", "not-serious"),
    ("round35.not-spelling", "Dear G Ross, thank you for the minutes.", "not-serious"),
    ("round35.not-spelling", "We had a chat about the site for the new bench.", "not-serious"),
    ("round35.not-spelling", "Womens football on the rec is back on Saturday, all welcome.", "not-serious"),
    # Round 36: a person's hurt foretold or promised in a stock form, at the end of a long complaint
    (
        "round36.veiled-harm",
        "If Cllr Dunmore votes it through he'll be lucky to walk out of the hall in one piece.",
        "threat",
    ),
    (
        "round36.veiled-harm",
        "Carry on ignoring me and the chairman will be lucky to limp away from the next meeting.",
        "threat",
    ),
    ("round36.veiled-harm", "If he carries on like this he'll find himself lying in a ditch one night.", "threat"),
    ("round36.veiled-harm", "She should know the lane is dark. Nobody would ever know who left her there.", "threat"),
    ("round36.veiled-harm", "Keep lying to us, Cllr Frost, and you'll be carried out of that meeting.", "threat"),
    ("round36.veiled-harm", "I'll see to it personally that the clerk regrets the day she sent that letter.", "threat"),
    ("round36.veiled-harm", "Councillors who go against me have been known to suffer nasty falls.", "threat"),
    ("round36.veiled-harm", "Maybe he'd like to come home one evening to find his shed burnt out.", "threat"),
    (
        "round36.veiled-harm",
        "The lads are sick of him. I won't be stopping them doing what they like to him.",
        "threat",
    ),
    ("round36.veiled-harm", "I know how easily a nose breaks. He would do well to remember that.", "threat"),
    (
        "round36.not-veiled-harm",
        "With the buses the way they are, you'll be lucky to get home before midnight.",
        "not-serious",
    ),
    ("round36.not-veiled-harm", "You'll be lucky to walk out of that meeting with any answers.", "not-serious"),
    (
        "round36.not-veiled-harm",
        "You'll find yourself lying awake at night with the noise from that generator.",
        "not-serious",
    ),
    ("round36.not-veiled-harm", "He will be carried out of St Mary's by his grandsons, as he wished.", "not-serious"),
    ("round36.not-veiled-harm", "The resurfacing will be carried out in March.", "not-serious"),
    ("round36.not-veiled-harm", "I'll see to it that the clerk gets a copy of the photographs.", "not-serious"),
    (
        "round36.not-veiled-harm",
        "On that bend someone will find themselves lying in a ditch one night if nothing is done.",
        "not-serious",
    ),
    (
        "round36.not-veiled-harm",
        "People who cross the road at that junction have been known to have accidents.",
        "not-serious",
    ),
    # Round 36: mockery of a person's wits, and the same turns said of a service or in admiration
    ("round36.mockery", "We'd get more sense out of a turnip than out of Cllr Drake.", "abusive"),
    ("round36.mockery", "I've met goldfish with a better memory than our clerk.", "abusive"),
    ("round36.mockery", "Does she get paid extra for making mistakes, or is it a natural gift?", "abusive"),
    ("round36.mockery", "His letters go straight to the post without passing through his brain.", "abusive"),
    ("round36.mockery", "I'm amazed she can find her way to the office in the morning.", "abusive"),
    ("round36.mockery", "Next time send a reply written by someone who can actually read.", "abusive"),
    ("round36.mockery", "Cllr Ames is a walking parody of a councillor.", "abusive"),
    ("round36.mockery", "Mr Hobbs sounds like a startled rabbit every time he chairs.", "abusive"),
    ("round36.mockery", "The whole pub does impressions of Cllr Pike now.", "abusive"),
    ("round36.mockery", "Reading your reply, it's clearly your only talent: saying nothing at length.", "abusive"),
    ("round36.not-mockery", "We've had more sense out of the county highways team than this council.", "not-serious"),
    ("round36.not-mockery", "He sounds like a broken record, but he's right about the drains.", "not-serious"),
    ("round36.not-mockery", "We need volunteers who can read a map for the footpath survey.", "not-serious"),
    ("round36.not-mockery", "Is baking something you learn, or is it a natural talent?", "not-serious"),
    (
        "round36.not-mockery",
        "I was amazed she could find her way to the village on foot after the operation.",
        "not-serious",
    ),
    ("round36.not-mockery", "The children did impressions of animals at the nature club.", "not-serious"),
    # Round 36: hate in forms whole emails showed missing - two low traits, a worth denied in the past tense, exclusion
    # said by denying a thought, a failing said to be in them, a place brought down - and their look-alikes
    ("round36.hate", "Gypsies are filthy and shifty, always have been.", "hate"),
    ("round36.hate", "Sikhs are tight and sly, the lot of them.", "hate"),
    ("round36.hate", "I don't think Muslim families should be allowed to rent the flats.", "hate"),
    ("round36.hate", "Travellers have contributed nothing to this parish.", "hate"),
    ("round36.hate", "Polish people have never given this village a single thing worth having.", "hate"),
    (
        "round36.hate",
        "A Somali family moved in on Friday. Not one of them has done anything of value for this country.",
        "hate",
    ),
    ("round36.hate", "Pakistani people bring the whole street down.", "hate"),
    ("round36.hate", "Hindu families don't keep their gardens tidy, it isn't in them.", "hate"),
    ("round36.hate", "Jewish groups shouldn't be let anywhere near the hall.", "hate"),
    (
        "round36.not-hate",
        "I don't think Muslim families should be refused the flats, that would be wrong.",
        "not-serious",
    ),
    (
        "round36.not-hate",
        "Travellers have contributed nothing to the consultation because nobody asked them.",
        "not-serious",
    ),
    (
        "round36.not-hate",
        "It isn't in them to complain, so the council must ask the older residents directly.",
        "not-serious",
    ),
    ("round36.not-hate", "Jewish groups are welcome to book the hall on Sundays.", "not-serious"),
    ("round36.not-hate", "The new bypass will bring the house prices down.", "not-serious"),
    ("round36.not-hate", "The Sikh traders on the parade are as honest as the day is long.", "not-serious"),
    ("round36.not-hate", "Students bring the tone down on Friday nights.", "not-serious"),
    # Round 36: plain threats in a line, from short lines of older development sets, and their look-alikes
    ("round36.plain-threat", "The next Albanian who comes in my garage gets a hammer across the face.", "threat"),
    (
        "round36.plain-threat",
        "If the council won't shift the Travellers, we'll do it ourselves with pitchforks.",
        "threat",
    ),
    (
        "round36.plain-threat",
        "Me and the lads are heading up to their site with crowbars on Saturday to sort them out.",
        "threat",
    ),
    ("round36.plain-threat", "Keep this up and I'll rearrange your face, Cllr Moss.", "threat"),
    ("round36.plain-threat", "Don't think I won't torch the pavilion, because I will.", "threat"),
    ("round36.plain-threat", "Councillors who back the mast may find their own homes aren't that safe.", "threat"),
    ("round36.plain-threat", "There's going to be blood spilt over this.", "threat"),
    (
        "round36.not-plain-threat",
        "The next volunteer who comes in gets a hammer and a box of nails for the fence.",
        "not-serious",
    ),
    (
        "round36.not-plain-threat",
        "If the council won't cut the hedge, we'll do it ourselves with a chainsaw.",
        "not-serious",
    ),
    ("round36.not-plain-threat", "The juniors are coming to nets with bats tonight to practise.", "not-serious"),
    ("round36.not-plain-threat", "Don't think I won't hit the road early tomorrow.", "not-serious"),
    ("round36.not-plain-threat", "There's going to be a blood donor session in the hall.", "not-serious"),
    ("round36.plain-threat", "Approve those flats and the new planters will be kindling by Christmas.", "threat"),
    ("round36.plain-threat", "We'll see who's laughing when the clubhouse is a heap of ashes.", "threat"),
    (
        "round36.plain-threat",
        "Cllr Ward's shiny van would look different with a brick through the windscreen.",
        "threat",
    ),
    ("round36.plain-threat", "Accidents happen, especially to councillors who block planning applications.", "threat"),
    (
        "round36.plain-threat",
        "Remind Cllr Shaw to think about her grandchildren before she votes on Thursday.",
        "threat",
    ),
    ("round36.plain-threat", "Carry on poking your nose into my business and you'll lose your teeth.", "threat"),
    (
        "round36.not-plain-threat",
        "The old benches will be firewood for the scouts' bonfire if the council agrees.",
        "not-serious",
    ),
    ("round36.not-plain-threat", "The wall at the rec collapsed, the whole thing is rubble now.", "not-serious"),
    ("round36.not-plain-threat", "The hall boiler has packed up again, it's toast.", "not-serious"),
    ("round36.not-plain-threat", "Your front garden would look lovely with some bulbs in it.", "not-serious"),
    (
        "round36.not-plain-threat",
        "Accidents happen, especially to children crossing Station Road at school time.",
        "not-serious",
    ),
    ("round36.not-plain-threat", "Tell him to think about his family before he takes the job in Leeds.", "not-serious"),
    # Round 36: a group's worth denied in a question, and 'I don't mind telling you' as no negation
    ("round36.hate", "Asylum seekers, obviously. Do any of them pay a penny in tax?", "hate"),
    ("round36.hate", "A Somali family has moved in at number 4. Which of them has ever held down a job?", "hate"),
    ("round36.hate", "Roma families moved into the old pub. I don't mind telling you I can't stand them.", "hate"),
    (
        "round36.not-hate",
        "The new committee members are keen. Do any of them pay a penny towards the hall fund?",
        "not-serious",
    ),
    ("round36.not-hate", "Polish families run the new deli. Which of them has the key to the hall?", "not-serious"),
    (
        "round36.not-hate",
        "I don't mind telling you the Travellers on the lane have been very kind to us.",
        "not-serious",
    ),
    ("round37.run-together", "romaniansarethieves", "hate"),
    ("round37.run-together", "hi clerk deafpeoplearethick", "hate"),
    ("round37.run-together", "travellersarefilthyvermin get them off the playing field", "hate"),
    ("round37.not-hate", "iwould like tobook the hall for a thickshake stall at the fete", "not-serious"),
    ("round37.not-hate", "The troublemakers at the bus shelter have been moved on, thank you.", "not-serious"),
    (
        "round37.they-low",
        "More Black families at the school gate lately and they're loud, aggressive and bone idle.",
        "hate",
    ),
    ("round37.they-low", "Two Romanian lads moved in next door. They're dirty, thieving scroungers.", "hate"),
    ("round37.not-hate", "The Romanian family next door are lovely. They're loud, friendly and kind.", "not-serious"),
    ("round37.not-hate", "Disabled residents say the lifts at the flats are out. They're broken again.", "not-serious"),
    ("round37.lack", "Refugees have no decency and no gratitude for anything we do for them.", "hate"),
    ("round37.lack", "Travellers have got no shame, they leave their rubbish everywhere.", "hate"),
    ("round37.not-hate", "Disabled people have no access to the upstairs room at the hall.", "not-serious"),
    ("round37.not-hate", "Refugees have no shame about asking for help, and nor should they.", "not-serious"),
    (
        "round37.not-hate",
        "It is wrong to say refugees have no gratitude; the family at the hall helped at every litter pick.",
        "not-serious",
    ),
    ("round37.not-loyal", "Jews are not loyal to this country and they never have been.", "hate"),
    ("round37.own-belief", "It's my personal belief that Black people are less intelligent.", "hate"),
    ("round37.own-belief", "I feel Romanians are a race of thieves, and I'm entitled to say so.", "hate"),
    (
        "round37.not-hate",
        "The idea that Muslims are terrorists is nonsense, and it is my belief that we all get along.",
        "not-serious",
    ),
    (
        "round37.not-hate",
        "My neighbour says Muslims are vermin. He is entitled to say what he likes apparently, but it upset me.",
        "not-serious",
    ),
    ("round37.find", "Personally I find blind people pathetic.", "hate"),
    ("round37.find", "I find disabled people useless in any job.", "hate"),
    ("round37.not-hate", "I find the disabled parking bays useless because vans park in them.", "not-serious"),
    ("round37.why-should", "Why should deaf people get the same say when they can't even follow a meeting?", "hate"),
    (
        "round37.why-should",
        "Why should Travellers get the same rights as the rest of us when they never pay council tax?",
        "hate",
    ),
    (
        "round37.not-hate",
        "Why should deaf residents get the same notice of meetings as everyone else? Because the law"
        " says so, and the loop system is broken.",
        "not-serious",
    ),
    ("round37.met-none", "Has anyone ever met a Traveller who wasn't a thief?", "hate"),
    (
        "round37.met-none",
        "I've employed dozens over the years and never met a Polish builder who wasn't on the fiddle.",
        "hate",
    ),
    ("round37.not-hate", "I have never met a Polish builder who wasn't a grafter.", "not-serious"),
    ("round37.insinuation", "Funny how every shed in Anstey gets broken into the week the Gypsies pitch up.", "hate"),
    ("round37.insinuation", "Strange how bikes go missing whenever the Romanians are about.", "hate"),
    (
        "round37.insinuation",
        "Since the Black family moved onto Station Road my insurance has gone up. I don't think I"
        " need to spell it out.",
        "hate",
    ),
    (
        "round37.not-hate",
        "The Polish deli opened in May. Funny how the high street has been busier ever since the deli arrived.",
        "not-serious",
    ),
    (
        "round37.not-hate",
        "Funny how the street lights go off every time the wind blows, and the Muslim centre's lights too.",
        "not-serious",
    ),
    ("round37.not-hate", "Do I need to spell it out? The grit bin on Anstey Lane is empty again.", "not-serious"),
    ("round37.call-for-harm", "Gay men should be put to death like they used to be.", "hate"),
    ("round37.call-for-harm", "Pensioners should be euthanised to save the NHS money.", "hate"),
    ("round37.not-hate", "Our old dog had to be put to sleep last week; the vet was very kind.", "not-serious"),
    (
        "round37.not-hate",
        "Nobody in Cropston thinks the Polish families are scum; we just want the parking on Station Road sorted.",
        "not-serious",
    ),
    (
        "round37.not-hate",
        "It isn't true that disabled people are a burden; my brother runs the allotment association.",
        "not-serious",
    ),
    (
        "round37.not-hate",
        "I was sorry to hear the remarks made about the asylum seekers in Birstall at the forum. I"
        " hope the council will make clear that isn't the village's view.",
        "not-serious",
    ),
    (
        "round37.not-hate",
        "We're a bunch of old dykes who play bowls on Tuesdays, and we'd like to book the green in August.",
        "not-serious",
    ),
    ("round37.reclaim-not", "We are sick of the bunch of dykes at the bowls club.", "hate"),
    (
        "round37.exclusion-kept",
        "The new Muslim family want to hold an Eid party at the hall. That lot aren't the village and never will be.",
        "hate",
    ),
    (
        "round37.followed",
        "I've started following you on your lunchtime walks round the reservoir with my phone recording.",
        "abusive",
    ),
    ("round37.followed", "We have been filming the clerk every morning on her way in.", "abusive"),
    ("round37.not-followed", "I have been following you on Facebook for years and love the updates.", "not-serious"),
    ("round37.not-followed", "My daughter says a man has been following her home from the bus stop.", "not-serious"),
    (
        "round37.not-followed",
        "I've been watching you speak at meetings for years and you're always so clear.",
        "not-serious",
    ),
    (
        "round38.regret-seen-to",
        "Refuse my application again and I'll make sure Cllr Dean regrets it, one way or another.",
        "threat",
    ),
    ("round38.regret-seen-to", "I shall personally make certain the clerk lives to regret this.", "threat"),
    ("round38.not-regret", "We will make sure they regret it at the ballot box in May.", "not-serious"),
    (
        "round38.not-regret",
        "I'll make sure the chairman regrets this decision when the auditors see the accounts.",
        "not-serious",
    ),
    ("round38.brick-through", "Keep towing my van and there's a brick going through the pavilion window.", "threat"),
    (
        "round38.brick-through",
        "one more letter like that and a bottle will be coming through cllr hart's window",
        "threat",
    ),
    (
        "round38.not-brick",
        "A stone from the mower came through the window last week and nobody has fixed it.",
        "not-serious",
    ),
    ("round38.address-face", "I've tracked down your home address now, so we can settle this face to face.", "threat"),
    (
        "round38.not-address",
        "I found your address on the website and will bring the petition in person on Friday.",
        "not-serious",
    ),
    ("round38.not-address", "I've got your address now, so I'll post the cheque on Monday.", "not-serious"),
    ("round38.caught-alone", "You'd better hope my lads never catch you on your own, Councillor.", "threat"),
    ("round38.hate-for-yours", "I'd hate for your shiny new van to get torched, Helen.", "threat"),
    (
        "round38.breaks-easily",
        "Cllr Moss's greenhouse looks lovely from the footpath. Glass breaks so easily, mind.",
        "threat",
    ),
    (
        "round38.not-breaks",
        "The bus shelter glass breaks so easily, can it be replaced with something tougher?",
        "not-serious",
    ),
    ("round38.face-messed", "Block my extension and I'm going to rearrange his face.", "threat"),
    ("round38.not-face", "I'll do your face at the fete face painting stall if you like.", "not-serious"),
    ("round38.find-out", "Go on, keep refusing me and find out what happens.", "threat"),
    ("round38.not-find-out", "Try ringing them and see what happens.", "not-serious"),
    ("round38.not-find-out", "Try switching it off and on again and see what happens.", "not-serious"),
    ("round38.fault-plain", "The new bench on the green has already fallen apart. Who signed that off?", "complaint"),
    ("round38.fault-plain", "The church clock has been wrong for a month now and nobody has sorted it.", "complaint"),
    (
        "round38.fault-plain",
        "The hall heating never comes on when the hall is booked, we sat in our coats again.",
        "complaint",
    ),
    (
        "round38.fault-plain",
        "The drain on Mill Lane has turned our drive into a pond every time it rains.",
        "complaint",
    ),
    ("round38.fault-plain", "The parish website still shows last year's meeting dates.", "complaint"),
    ("round38.not-fault", "We absolutely smashed the fundraising target for the new defibrillator!", "not-serious"),
    ("round38.fault-again", "The hall wifi keeps cutting out in the middle of our classes.", "complaint"),
    (
        "round38.fault-again",
        "The new street light outside number 4 keeps flickering on and off all night.",
        "complaint",
    ),
    ("round38.no-reply", "You never reply to my emails about the hedge on Mill Lane.", "complaint"),
    ("round38.no-reply", "The bench by the pond is covered in bird mess and nobody ever cleans it.", "complaint"),
    ("round38.not-fault", "My son keeps going on about the skate park, is there any news?", "enquiry"),
    ("round38.not-fault", "Do you ever reply to emails at weekends? No rush at all.", "not-serious"),
    ("round38.insult", "Just writing to say you're useless at your job, Helen.", "abusive"),
    ("round38.insult", "ur hopeless at ur job mate", "abusive"),
    ("round38.insult", "Pompous man. Answer my question.", "abusive"),
    ("round38.insult", "This parish is run by a gang of clueless clowns.", "abusive"),
    ("round38.insult", "Cllr Ward is a hypocrite and a coward.", "abusive"),
    ("round38.insult", "cllr ward is a total weirdo", "abusive"),
    ("round38.insult", "u r all muppets", "abusive"),
    ("round38.not-insult", "Poor woman. She waited two hours at the stop in the rain.", "not-serious"),
    ("round38.not-insult", "The hall is run by a bunch of volunteers who work wonders.", "not-serious"),
    ("round38.not-insult", "You're rubbish at darts but we love having you on the team!", "not-serious"),
    ("round38.not-insult", "Silly me. I forgot to attach the form.", "not-serious"),
    ("round38.none-good-asked", "Is there a single Romanian in this village who isn't on the fiddle?", "hate"),
    ("round38.none-good-asked", "Show me one Traveller anywhere who doesn't steal.", "hate"),
    ("round38.fewer-the-better", "Fewer Muslims in Cropston the better, frankly.", "hate"),
    ("round38.fewer-the-better", "the less of those asylum seekers round here the better", "hate"),
    ("round38.not-none-good", "Is there a single bus on a Sunday that isn't late?", "not-serious"),
    ("round38.not-none-good", "The fewer cars on Station Road the better, please add a crossing.", "not-serious"),
    ("round38.not-insult", "The new councillor is a farmer and a parent at the school.", "not-serious"),
    ("round38.not-insult", "My neighbour said you're useless at your job, which I thought was unfair.", "not-serious"),
    ("round39.waiting-by", "Fix it by Friday or some dark night I'll be waiting by the chair's car.", "threat"),
    ("round39.waiting-by", "Ignore me again and I'll be waiting at Cllr Dean's gate one evening.", "threat"),
    (
        "round39.not-waiting",
        "I'll be waiting by the clerk's car to hand over the keys after the meeting.",
        "not-serious",
    ),
    ("round39.unforgettable", "Keep fobbing me off and the clerk will get a visit she won't forget.", "threat"),
    ("round39.not-unforgettable", "The fireworks gave us all a night we won't forget.", "not-serious"),
    (
        "round39.settled-unpleasantly",
        "Failing that, I will settle the matter with the chairman in a manner neither of us will enjoy.",
        "threat",
    ),
    (
        "round39.door-not-polite",
        "If anything happens to my lad on that path, I know whose door to knock on, and I won't be polite.",
        "threat",
    ),
    (
        "round39.not-door",
        "I know which door to knock on at the county council, and I'll be polite but firm.",
        "not-serious",
    ),
    (
        "round39.reported-slagging",
        "People keep slagging off the Polish families on the village page, it's vile. Can you report it?",
        "not-serious",
    ),
    (
        "round39.ironic-close",
        "Bravo, Cllr Tansley. Only you could organise a village fete and forget to book the field. You must be terribly"
        " proud of yourself.",
        "abusive",
    ),
    (
        "round39.ironic-close",
        "You sent the pavilion keys to the wrong club for the second season running, Marianne. Do keep it up.",
        "abusive",
    ),
    (
        "round39.not-ironic",
        "Your daughter won the art prize after losing the first round twice, you must be so proud!",
        "not-serious",
    ),
    (
        "round39.not-ironic",
        "Thank you Helen, you're a treasure. The minutes had the wrong date but you fixed it at once.",
        "not-serious",
    ),
    (
        "round39.not-ironic",
        "Cllr Ashby has a rare gift for names; he never once forgot the name of a resident.",
        "not-serious",
    ),
    (
        "round39.short-complaint-hate",
        "Some Romanian families have taken the flats over the shop. That lot stink the whole street out and have no"
        " business in an English village.",
        "hate",
    ),
    (
        "round39.not-short-complaint-hate",
        "The pavilion toilets are filthy and nobody has cleaned them for a month, it's a disgrace.",
        "not-serious",
    ),
    (
        "round39.not-short-complaint-hate",
        "The Traveller site by the reservoir has no bins and the council keeps ignoring it, it's filthy and unfair on"
        " the families there.",
        "not-serious",
    ),
    ("round40.closing-menace", "Sort it, or I'll put you in the pothole myself.", "threat"),
    ("round40.closing-menace", "Fix the light or I'll fix the chairman's face.", "threat"),
    (
        "round40.closing-menace",
        "If my mother falls on that step again, Cllr Dean will be on the floor himself.",
        "threat",
    ),
    ("round40.closing-menace", "Keep your head down, Helen, I'm not finished with you.", "threat"),
    ("round40.closing-menace", "We'll see how long the new bus shelter stays standing.", "threat"),
    ("round40.closing-menace", "And the councillor's precious garden might find itself flattened too.", "threat"),
    ("round40.not-closing-menace", "I'm not finished with you yet, I'll raise it at the next meeting.", "not-serious"),
    (
        "round40.not-closing-menace",
        "Let's see how long the new bench stays in one piece with the vandals round here.",
        "not-serious",
    ),
    ("round40.not-closing-menace", "I'll put the bags in the skip myself if nobody else will.", "not-serious"),
    (
        "round40.not-closing-menace",
        "If my dog falls in that hole again I'll be writing to the county too.",
        "not-serious",
    ),
    ("round40.not-closing-menace", "The hedge might find itself trimmed at last if we ask nicely.", "not-serious"),
    ("round40.not-closing-menace", "I'll fix the chairman's fence myself if the council won't.", "not-serious"),
    (
        "round40.inclusion-counter",
        "Hi Helen, my husband uses a wheelchair and the ramp at the memorial hall was blocked by chairs again on"
        " Friday, so we had to go home. It's not fair on disabled people in the village, they should be able to use"
        " their own hall like everyone else. Can the hirers be told to keep it clear? Thanks, Gemma",
        "complaint",
    ),
    ("round40.worth-denied", "Name me one thing the asylum seekers at the hotel have done for this community.", "hate"),
    ("round40.worth-denied", "What good has any Jew ever done for a village like ours?", "hate"),
    (
        "round40.worth-denied",
        "Not a single one of the gay couples on the estate has ever volunteered for anything. Useless, the lot.",
        "hate",
    ),
    (
        "round40.not-worth-denied",
        "Name me one thing the council has ever done for the Travellers on Mill Lane.",
        "not-serious",
    ),
    ("round40.not-worth-denied", "What good has the new bench ever done anyone?", "not-serious"),
    (
        "round40.not-worth-denied",
        "Not a single one of the councillors has ever volunteered at the litter pick.",
        "not-serious",
    ),
    (
        "round40.not-worth-denied",
        "Tell me one thing the Polish families have done wrong, honestly, they are lovely neighbours.",
        "not-serious",
    ),
    (
        "round40.stock-ridicule",
        "The kids have started calling Cllr Pryce Captain Clipboard, and it suits him.",
        "abusive",
    ),
    ("round40.stock-ridicule", "I've seen garden gnomes with more leadership than Cllr Marsh.", "abusive"),
    ("round40.stock-ridicule", "Our chairman couldn't organise a raffle in a raffle factory.", "abusive"),
    ("round40.stock-ridicule", "Cllr Hale must have got his planning qualification from a cereal packet.", "abusive"),
    ("round40.stock-ridicule", "If brains were petrol, the clerk couldn't power an ant's motorbike.", "abusive"),
    ("round40.not-stock-ridicule", "The kids have started calling the new play area the jungle.", "not-serious"),
    ("round40.not-stock-ridicule", "The council can't run a bus in a village this small.", "not-serious"),
    ("round40.not-stock-ridicule", "He got his licence from the DVLA in March.", "not-serious"),
    (
        "round40.fakers",
        "Some disabled people have complained about the ramp. They're all faking it to get free parking.",
        "hate",
    ),
    ("round40.fakers", "Wheelchair users are frauds, half of them can walk.", "hate"),
    ("round40.not-fakers", "The contractors were frauds, they charged us for work never done.", "not-serious"),
    ("round40.not-fakers", "Those builders are faking it, the wall isn't finished.", "not-serious"),
    ("round40.kept-apart", "Disabled people belong in separate classes, not mixing with ours.", "hate"),
    (
        "round40.not-kept-apart",
        "Our daughter belongs in a special school, and we are asking the council to help with transport.",
        "not-serious",
    ),
    (
        "round40.not-inclusion-counter",
        "Wheelchair users shouldn't be able to use the hall like everyone else, they block the aisles.",
        "hate",
    ),
]


def decided(text: str) -> str:
    message = parse(f"From: resident@example.org\r\nSubject: Message\r\n\r\n{text}\r\n".encode())
    return decide(RULES, message, screen(message)).category


def passes(text: str, expected: str) -> bool:
    got = decided(text)
    return got not in SERIOUS if expected == "not-serious" else got == expected


# Cases the shipped rules and model get wrong, each with why. Strict: a case that starts to pass fails the run, so
# that it comes off this list.
TAKEN_AT_08 = (
    "round 20: in a line or two the model takes a threat or abuse it is 0.8 sure of (was 0.9: on 1,200 short"
    " messages by outside writers, 15 more threats decided on arrival, nothing else decided serious), and it is"
    " that sure of this near miss; it goes to the Clerk's review"
)
KNOWN_WRONG: dict[str, str] = {
    "The toilets used by the disabled are disgusting, please get them cleaned.": (
        "round 35: hate.derogation reads 'the disabled are disgusting' whatever comes before the group (here"
        " 'used by'), and the model is 0.95 sure of hate; the new hate.predicate skips a group after 'by', the older"
        " rule does not"
    ),
    "It would be a shame if the verge were ruined by that silver Astra parked there every night.": TAKEN_AT_08,
    "How would you feel if your kids had to walk home along that unlit road in the dark?": TAKEN_AT_08,
    "I'll be bringing my cricket bat along to the nets on Thursday.": TAKEN_AT_08,
    "ur useless website won't load the minutes": TAKEN_AT_08,
}
PARAMS = [
    pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[case[1]]))
    if case[1] in KNOWN_WRONG
    else case
    for case in CASES
]


@pytest.mark.parametrize("functionality, text, expected", PARAMS, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_functional_case(functionality: str, text: str, expected: str) -> None:
    assert passes(text, expected), f"{functionality}: {text!r} decided {decided(text)}, expected {expected}"


def pass_rates() -> dict[str, tuple[int, int]]:
    """Cases passed and cases run, per functionality (the figures the lead asked for)."""
    rates: dict[str, tuple[int, int]] = {}
    for functionality, text, expected in CASES:
        passed, total = rates.get(functionality, (0, 0))
        rates[functionality] = (passed + passes(text, expected), total + 1)
    return rates


def refused(tmp_path, written: str, instead: str, problem: str) -> None:
    """The shipped rules.yaml with one line changed must be refused with this problem."""
    from inbox_agent.errors import RulesError

    bad = tmp_path / "rules.yaml"
    bad.write_text((ROOT / "rules.yaml").read_text().replace(written, instead))
    with pytest.raises(RulesError, match=problem):
        load_rules(bad)


def test_unmask_names_a_cue_family_and_fills_in_only_an_unambiguous_mask(tmp_path):
    refused(
        tmp_path, "unmask: [harm, weapon, insult, group]", "unmask: [harm, nope]", "unmask names unknown cue family"
    )
    assert {"hurt", "stab", "machete"} <= RULES.mask_set
    assert "hurt" not in RULES.mask_words  # read through the mask, never masked in excerpts
    assert decided("i will st*b you") == "threat"
    # A mask that fits many words is left alone by the rules (the learned model may still take it, for review).
    masked = parse(b"From: resident@example.org\r\nSubject: Message\r\n\r\ni will *** you\r\n")
    assert decide(dataclasses.replace(RULES, model=None), masked, screen(masked)).category == "enquiry"


def test_words_run_together_or_broken_by_a_space_are_read_as_written_to_dodge_a_filter(tmp_path):
    refused(tmp_path, "unjoin: [hate_verb,", "unjoin: [nope, hate_verb,", "unjoin names unknown cue family 'nope'")
    words = RULES.join_set  # type: ignore[attr-defined]
    assert {"hate", "muslims", "vermin", "immigrants", "gay"} <= words
    assert unjoin("i hatemuslims so much", words) == "i hate muslims so much"
    assert unjoin("muslimsarevermin.", words) == "muslims are vermin."
    assert unjoin("immi grants are sub human!", words) == "immigrants are subhuman!"
    # one space gone beside a grammar word that seldom begins or ends a word spelling a listed one
    assert unjoin("refugees arevermin", words) == "refugees are vermin"
    assert unjoin("allmuslims are thieves", words) == "all muslims are thieves"
    assert unjoin("gaypeople are disgusting", words) == "gay people are disgusting"
    # what a group is called (round 37: mild, low_trait, dehum_word), and the words a small regex spells ("freaks?")
    assert unjoin("romaniansarethieves", words) == "romanians are thieves"
    assert unjoin("transpeoplearefreaks", words) == "trans people are freaks"
    assert unjoin("deafpeoplearethick", words) == "deaf people are thick"
    for plain in ("the troublemakers", "weaknesses in the plan", "a thickshake", "stinkhorn mushrooms", "wasteland"):
        assert unjoin(plain, words) == plain
    plain_words = ("the transport plan", "a blackout on the green", "womenfolk's", "dear g ross,", "imigrants")
    for plain in (*plain_words, "a weevil in the flour", "the therapist", "an arena", "allotments", "welfare"):
        assert unjoin(plain, words) == plain  # real words, a name, a misspelling: never split or joined
    for text, expected in (
        ("I hatemuslims so much", "hate"),
        ("Immi grants are vermin", "hate"),
        ("ALLGYPSIESARETHIEVES", "hate"),
        ("disabledpeopleareuseless", "hate"),
        ("Please book the hall for the transport group.", "not-serious"),
    ):
        assert passes(text, expected), text


def test_a_run_of_ordinary_words_that_holds_a_listed_one_is_read_apart():
    """Round 38: a run the listed and grammar words alone do not spell is read with the ordinary words of the council's
    mail too (inbox_agent/core/wordlist.py, from tests/corpus), where it makes three pieces or more, one a listed word
    of four letters or more and one a grammar word; a real word, a web address or a hashtag with no grammar word in it
    is left as written."""
    words = RULES.join_set  # type: ignore[attr-defined]
    assert unjoin("pensionersareawasteofspace", words) == "pensioners are a waste of space"
    assert unjoin("hindusstinkoutthevillagehall!", words) == "hindus stink out the village hall!"
    assert unjoin("hello clerk asylumseekersareparasites", words) == "hello clerk asylum seekers are parasites"
    for plain in ("assassinate", "blacklivesmatter", "www.thurcastonandcropston.org.uk", "the gaytimes awards"):
        assert unjoin(plain, words) == plain
    for text, expected in (
        ("sikhsgohome", "hate"),
        ("hi marianne lesbiansaresick in the head", "hate"),
        ("We loved the blacklivesmatter mural at the school.", "not-serious"),
    ):
        assert passes(text, expected), text


def test_the_ordinary_words_are_those_of_the_corpus_as_committed():
    """scripts/make-wordlist --check: inbox_agent/core/wordlist.py is what tests/corpus gives."""
    script = str(ROOT / "scripts" / "make-wordlist")
    done = subprocess.run([sys.executable, script, "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_a_usual_slip_of_a_key_word_is_read_as_the_word_wherever_it_stands(tmp_path):
    """Two neighbouring letters swapped, or one inner letter left out of a longer word, in a word of the families
    rules.yaml names under `correct:` ("blakc people", "a complete idoit", "a theif"), reads as the word for every
    rule; a slip that is a word in its own right (`not_slips:`) or could be either of two words stays as written."""
    refused(tmp_path, "correct: [group,", "correct: [nope, group,", "correct names unknown cue family 'nope'")
    slips = RULES.slip_set  # type: ignore[attr-defined]
    table = dict(slips)
    assert (table["blakc"], table["idoit"], table["theif"], table["musilms"]) == ("black", "idiot", "thief", "muslims")
    assert not {"metal", "part", "strange", "water", "pensioner", "brian"} & set(table)
    assert unslip("ugh i hate blakc people, a complete idoit!", slips) == "ugh i hate black people, a complete idiot!"
    for plain in ("a metal gate", "the part we played", "a strange noise", "brian's water bill", "the pensioner at 4"):
        assert unslip(plain, slips) == plain
    for text, expected in (
        ("Ugh, I hate blakc people.", "hate"),
        ("Jwes are scum.", "hate"),
        ("You are a complete idoit.", "abusive"),
        ("Every Romanian I've ever met has been a theif.", "hate"),
        ("The metal gate by the hall is broken again.", "not-serious"),
        ("Brian at number 4 would like to book the hall.", "not-serious"),
    ):
        assert passes(text, expected), text


@given(st.lists(st.sampled_from(["blakc", "black", "idoit", "metal", "the", "theif's", "xblakc", "blakcx", "!", "'"])))
@settings(max_examples=300, deadline=None)
def test_unslip_only_ever_puts_a_whole_listed_slip_right(tokens):
    """Whatever the words, unslip changes only a whole word that is a listed slip, into its word."""
    slips = RULES.slip_set  # type: ignore[attr-defined]
    table = dict(slips)
    text = " ".join(tokens)
    expected = " ".join(table.get(t, t) if t.isalpha() else t.replace("theif", "thief") for t in tokens)
    assert unslip(text, slips) == expected


def test_no_slip_the_rules_read_is_a_word_in_its_own_right():
    """Every slip the rules read as a key word, and every slip a fuzzy family matches (but the word's own stem,
    "savage" for "savages"), is checked against an English word list: a real word there would be misread ("metal" as
    "mental"), so it belongs under not_slips in rules.yaml. CI installs the list (Debian's wbritish)."""
    dictionary = Path("/usr/share/dict/british-english")
    if not dictionary.is_file():
        unavailable("no English word list at /usr/share/dict/british-english (Debian's wbritish)")
    words = {w.strip().casefold() for w in dictionary.read_text(encoding="utf-8").splitlines()}
    read = sorted(slip for slip, _ in RULES.slips if slip in words)
    data = yaml.safe_load((ROOT / "rules.yaml").read_text(encoding="utf-8"))
    not_slips = set(data["not_slips"])
    fuzzy = sorted(
        slip
        for family in data["fuzzy"]
        for word in data["cues"][family]
        if re.fullmatch(r"[a-z]{4,}", word)
        for slip in _misspellings(word)
        if slip in words and slip not in not_slips and slip != word[:-1]
    )
    assert not read and not fuzzy, f"slips that are words: list them under not_slips in rules.yaml: {read + fuzzy}"


@given(
    st.lists(
        st.sampled_from(
            [
                "the",
                "hall",
                "booking",
                "transport",
                "black",
                "out",
                "is",
                "i",
                "women",
                "folk",
                "immi",
                "grants",
                "sub",
                "human",
                "hate",
                "ful",
                "mus",
                "lims",
            ]
        ),
        min_size=1,
        max_size=12,
    )
)
@settings(max_examples=300, deadline=None)
def test_unjoin_only_ever_splits_or_joins_listed_words(tokens):
    """Whatever the words, unjoin only moves spaces, and every word it makes is listed or a grammar word."""
    text = " ".join(tokens)
    words = RULES.join_set  # type: ignore[attr-defined]
    result = unjoin(text, words)
    assert result.replace(" ", "") == text.replace(" ", "")
    made = set(result.split(" ")) - set(tokens)
    assert all(w in words or w in GLUE for w in made), made


def test_a_dropped_g_is_put_back_only_on_the_words_the_rules_look_for():
    """Speech written as it sounds ("ringin", "goin'", "nothin") reads as the spelled word where the rules look for
    that word; a word that only ends "in" (cousin, within, robin, thin, raisin) stays as it is."""
    words = RULES.ing_set  # type: ignore[attr-defined]
    assert {"ringing", "going", "sending", "nothing"} <= words
    assert restore_g("ill keep ringin til u pick up, goin' round, sendin these, nothin", words) == (
        "ill keep ringing til u pick up, going round, sending these, nothing"
    )
    for text in ("my cousin within the robin's basin", "a thin slice of raisin loaf", "in the bin again", "'in'"):
        assert restore_g(text, words) == text
    assert restore_g("keep ringin", frozenset()) == "keep ringin"


@given(st.lists(st.sampled_from(["ringin", "goin'", "cousin", "in", "thin", "the", "bin", "nothin", "'", "x"])))
@settings(max_examples=200, deadline=None)
def test_restore_g_only_ever_adds_a_g_to_make_a_listed_word(tokens):
    text = " ".join(tokens)
    words = RULES.ing_set  # type: ignore[attr-defined]
    result = restore_g(text, words)
    assert result.replace("g", "").replace("'", "") == text.replace("g", "").replace("'", "")
    assert all(w in words for w in set(result.split()) - set(tokens)), result


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ill keep ringin til u pick up, every hour, dont care if u call it harassment", "abusive"),
        ("im gonna keep emailin u every day til u resign", "abusive"),
        ("someone keeps postin on facebook callin the clerk a fat useless cow", "abuse_report"),
    ],
)
def test_mail_written_as_it_sounds_is_read_as_spelled(text, category):
    """The rules alone: a dropped g hides none of the words they look for (each of these was an enquiry before)."""
    message = parse(f"From: resident@example.org\r\nSubject: Message\r\n\r\n{text}\r\n".encode())
    assert decide(dataclasses.replace(RULES, model=None), message, screen(message)).category == category
    without = dataclasses.replace(RULES, model=None, ing_words=())
    assert decide(without, message, screen(message)).category == "enquiry"


def test_one_part_of_a_veiled_threat_goes_to_the_clerk_and_decides_nothing():
    """A hint alone (a pity, a fire that would only take one match) is worth a look, never a threat by itself, and a
    stray violent word beside it in danger talk still does not make one. The rules alone: the learned model may
    still take one of these as a threat for the Clerk's review."""
    for text in (
        "Funny how fires start in old wooden buildings, isn't it.",
        "There's a lot of dry straw by that pavilion. Would only take one cigarette.",
        "It'd be a shame if your lovely garden got trampled one night.",
        "Someone will get killed on that bend one of these dark nights.",
    ):
        message = parse(f"From: resident@example.org\r\nSubject: Message\r\n\r\n{text}\r\n".encode())
        decision = decide(dataclasses.replace(RULES, model=None), message, screen(message))
        assert decision.category not in SERIOUS, text
        assert "threat.veiled-hint" in {hit.rule for hit in decision.hits}, text
        assert decision.review, text


def test_one_part_of_menace_without_a_violent_word_goes_to_the_clerk_and_decides_nothing():
    """A figure of speech aimed at someone, or a routine known detail by detail, with nothing promised: the Clerk's
    look, never a threat by itself and never a silent enquiry. The rules alone."""
    for text in (
        "You're in the crosshairs now, clerk.",
        "Woe unto the chairman, for the planning committee is a disgrace.",
        "I've clocked all your comings and goings, councillor.",
        "Your drive, your gate, your lights go off at ten.",
    ):
        message = parse(f"From: resident@example.org\r\nSubject: Message\r\n\r\n{text}\r\n".encode())
        decision = decide(dataclasses.replace(RULES, model=None), message, screen(message))
        assert decision.category not in SERIOUS, text
        assert {hit.rule for hit in decision.hits} & {"threat.figure-aimed", "threat.watched-hint"}, text
        assert decision.review, text


def test_a_verse_is_read_down_its_left_hand_side_too():
    """Each stanza's line starts are one word of the `initials` text; prose (long wrapped lines) spells nothing."""
    from inbox_agent.core.normalise import line_initials

    verse = "Bright lights\nUnder the eaves\nRight by your door\nNever mind\n\nHappy now?\nAre you\nRemembering\nMe?"
    assert line_initials(verse) == "acrostic burn acrostic harm acrostic burnharm"
    prose = "\n".join(["I write about the hedge on Mill Lane which has grown well over the footway this year."] * 4)
    assert line_initials(prose) == ""
    assert line_initials("- Keep\n- Inside\n- Late\n- Lads") == "acrostic kill"  # bullets and dashes are skipped
    assert line_initials("Dear Clerk,\n\nIs the hall free?\n\nEmma") == ""  # one line a paragraph is no verse


def test_text_speak_is_read_as_the_words_it_spells_and_labels_stay_labels():
    from inbox_agent.core.normalise import deobfuscate

    assert deobfuscate("ill b round 2nite") == "ill be round tonight"
    assert deobfuscate("wch ur back") == "watch ur back"
    assert deobfuscate("c u soon") == "see u soon"
    assert deobfuscate("got an angle grinder n mates") == "got an angle grinder and mates"
    for text in ("plan b is the hall", "(c) i hold a licence", "section n of the act", "item b) the hedge", "c. 1900"):
        assert deobfuscate(text) == text


def test_a_three_letter_acrostic_goes_to_the_clerk_and_decides_nothing():
    """Three lines spell DIE or RIP by chance often enough (Rain, Inside, Please): the Clerk's look, never a threat
    alone. The rules alone."""
    for text in (
        "Rain again today\nInside the hall it leaks\nPlease fix the roof soon",
        "Down by the river\nIn the cold night air\nEveryone will see you",
    ):
        message = parse(f"From: resident@example.org\r\nSubject: Message\r\n\r\n{text}\r\n".encode())
        decision = decide(dataclasses.replace(RULES, model=None), message, screen(message))
        assert decision.category not in SERIOUS, text
        assert "threat.weak-cue" in {hit.rule for hit in decision.hits}, text
        assert decision.review, text


def test_an_outside_writers_functional_cases_hold_their_floor():
    """tests/data/functional-probe: 240 cases by a helper who never saw the rules (see tests/data/LICENSES). Before
    round 13's rules: threat 28 of 65 decided a threat, hate 43 of 56, abuse 13 of 32; five of the 87 contrast cases
    decided a threat or hate (counter-speech, a warning about a fallen fence, a request for a handrail). After: 53, 54,
    28, and none. Complaints decided complaints: 21 of 45 before, 36 after, 35 with the model retrained on the main part
    grown by wa..wf (a dialect complaint about street lights the rules leave to the model, which is now less sure of
    it). Round 15 (hate said over a quantifier or as a feeling held, written on other probes): hate 55. Retrained on the
    part grown by ya..yf: complaints 34 (a Scots complaint, "Ah'm awfy disappointed wi the state o the village hall
    toilets", which the rules do not read and the model is 0.68 sure of, short of the 0.9 it needs in one line);
    retrained on the part grown by ka..kf: 35 again; by la..lf: 34 (the same line, at the bar); by ja..jh: 34.
    Round 19, retrained on the part grown by 1,883 short messages (ba..bg): complaints 36, the rest the same. (A
    first retraining gave the subject line "Message" of these cases a lean to threat, because the training messages
    carried a few stock subjects and most of them were threats; they now have none.) Round 20 (a threat or abuse
    taken in a line or two at 0.8, a complaint decided by the model at 0.5): threat 54, complaints 38, the rest the
    same. The writer filed reports of
    abuse as enquiries or complaints, so enquiries are not held here."""
    totals: dict[str, int] = {}
    right: dict[str, int] = {}
    wrongly_serious = 0
    path = ROOT / "tests" / "data" / "functional-probe" / "cases.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        _functionality, expected, text = line.split("\t")
        got = decided(text)
        totals[expected] = totals.get(expected, 0) + 1
        right[expected] = right.get(expected, 0) + (got == expected)
        wrongly_serious += expected not in SERIOUS and got in SERIOUS
    assert totals == {"threat": 65, "hate": 56, "abusive": 32, "complaint": 45, "enquiry": 42}
    assert right["threat"] >= 54 and right["hate"] >= 55 and right["abusive"] >= 28
    assert right["complaint"] >= 38
    assert wrongly_serious == 0
