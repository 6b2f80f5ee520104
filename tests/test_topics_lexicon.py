"""The shipped lexicons sentence by sentence: senses that mis-fired and the kinds they missed.

Each false-positive kind guarded in ``kit/resources/topics.toml`` has a short made-up
sentence here, written like the news sentences that were wrongly tagged in the BBC and
Wikinews corpora (read there by hand); so has each kind of on-topic sentence the lexicons
learned to find, with the entry or pattern label that must show in its evidence next to the
matched words.
"""

from __future__ import annotations

import dataclasses

import pytest

import kit


def tag(text: str):
    return kit.tag_topics(kit.load_text(text, article_id="t", headers=False))


def topics_in(df) -> set[str]:
    return {t for ts in df["topics"] for t in ts}


GUARDED = [
    # "suicide" in its self-harm sense is no sense of "victim"
    ("Youth suicides rose last year, and the victim's family blamed the school.", "terrorism"),
    # a bomber aircraft
    (
        "A Second World War bomber crashed at the air show and seven people were killed.",
        "terrorism",
    ),
    # "explosive" as an adjective
    (
        "Despite explosive growth in sales, analysts suspect the firm will struggle.",
        "terrorism",
    ),
    # extremist parties at an election are politics
    ("He urged voters not to back extremist parties at the election.", "terrorism"),
    # responsibility for anything else
    ("The club accepted responsibility for the smoke bomb found in the stand.", "terrorism"),
    # gadgets "go" on sale, bombs go off
    ("The new devices go on sale in March.", "terrorism"),
    # a metaphor
    ("The pensions time bomb is set to explode, the minister warned.", "terrorism"),
    # fiction, by words the old list lacked
    ("In the fictional plot a suicide bomber targets a London bus.", "terrorism"),
    # political criticism, with "net" as in a net loss
    (
        "The senator attacked the government's record, citing a net loss of 800,000 jobs.",
        "cybercrime",
    ),
    (
        "Any fraud in member states is fraud against the UK, the largest net contributor.",
        "cybercrime",
    ),
    # a programme that is not software
    ("The university ran a program about criminal rehabilitation.", "cybercrime"),
    # networks of people
    ("Criminal and terrorist networks thrive where states are weak.", "cybercrime"),
    # software piracy is a copyright matter
    (
        "Once on the internet the software fell into the hands of organised criminals "
        "who mass produced pirated copies.",
        "cybercrime",
    ),
    # breaches of law and leaks of secrets
    ("The Senate did not find that the network had breached laws.", "cybercrime"),
    ("Apple sued to stop online leaks of information about its products.", "cybercrime"),
    # theft that is not of data
    ("At a press conference she gave details of nine stolen items.", "cybercrime"),
    # a pandemic told online: the virus, infections and attacks on the body
    ("The virus has forced schools to move classes online.", "cybercrime"),
    ("Officials launched a phone app to track the spread of the virus.", "cybercrime"),
    ("The number of people infected rose to 500, officials said online.", "cybercrime"),
    ("The virus attacks the immune system, researchers said in an online journal.", "cybercrime"),
    (
        "The virus had killed at least 813 people in China and infected 35,000 worldwide.",
        "cybercrime",
    ),
    # an infection that kills people
    (
        "The doctor died of the infection, which became the most discussed subject on a "
        "social networking site.",
        "cybercrime",
    ),
    ("A single country could demand an online provider take down a post.", "cybercrime"),
    # everyday "wanted", "captured" and "escape"
    ("Parents said they wanted the police to do more.", "fugitives"),
    ("The prisoners' dilemma has captured economists for decades.", "fugitives"),
    (
        "Residents escaped alive by leaping from windows to flee the burning building.",
        "fugitives",
    ),
    # immigration deportation
    ("Failed asylum seekers held in detention were deported by the authorities.", "fugitives"),
    # protesters fleeing riot police, people fleeing a war
    ("Protesters fled when police fired tear gas at the crowd.", "fugitives"),
    ("Thousands fleeing the fighting crossed into Turkey, the authorities said.", "fugitives"),
    # a video game's name
    (
        "Parents blamed the game Manhunt for the killing, but police dismissed its influence.",
        "fugitives",
    ),
    # bombing from the air by a state
    ("The US bombing of Iraq began in March.", "terrorism"),
    # an Islamic state as an idea, not the group
    ("The rebels seek to create an Islamic state in the south.", "terrorism"),
    # a military coalition named in passing
    ("Britain joined the anti-ISIS coalition in 2014.", "terrorism"),
    (
        "The troops are there with an international coalition to counter the Islamic State (ISIS).",
        "terrorism",
    ),
    # Guantanamo the Cuban province, not the camp
    ("A bus crashed on Thursday between Baracoa and Guantanamo, killing eight.", "terrorism"),
    # a phone stolen from its owner, not an identity
    ("Register your phone's ID number so it can be blocked if it is stolen.", "cybercrime"),
    # hijacked computers are not planes
    ("Hijacked computers send out spam.", "terrorism"),
    # worms in a health story
    ("Worms and other parasites cause disease in the gut of the patient.", "cybercrime"),
    # "attack" beside terror attacks, lawsuits, criticism and TV networks
    (
        "A TV benefit carried by four US networks after the terror attacks raised $150m.",
        "cybercrime",
    ),
    ("Lawyers said legal attacks on file-sharing sites had driven users away.", "cybercrime"),
    ("Party posters attacking the leader were withdrawn from its website.", "cybercrime"),
    # spam alone is no cybercrime
    ("It was the first criminal case brought against internet spammers.", "cybercrime"),
    # a memory card is no payment card
    ("The tool traces stolen files copied to a flash card.", "cybercrime"),
    # keystrokes monitored at work, a PC maker's business taken over
    ("Software that can monitor every keystroke at a PC was shown to employers.", "cybercrime"),
    ("Lenovo agreed to take over IBM's PC business.", "cybercrime"),
    # loopholes in laws and weaknesses in a defence are exploited too
    ("Accountants exploited a loophole in the tax law.", "cybercrime"),
    ("The striker exploited a weakness in the defence to score.", "cybercrime"),
    ("Gangs exploit the vulnerability of elderly people living alone.", "cybercrime"),
    # fake news, back-door policy, compromised inquiries, unsecured loans, skimmer birds
    ("Fake news websites spread rumours about the election.", "cybercrime"),
    ("Unions condemned the back-door privatisation of the health service.", "cybercrime"),
    ("The leaks compromised the inquiry, MPs said.", "cybercrime"),
    ("Unsecured loans rose in March, the data showed.", "cybercrime"),
    ("Skimmers and terns nest on the island, the survey records show.", "cybercrime"),
    # access that is allowed, with a refusal after it; access to a place
    ("Protesters accessed the roof without permission.", "cybercrime"),
    # a burglar's way in, a session of parliament, passwords in general
    ("Burglars broke in through the back door and two windows.", "cybercrime"),
    ("Protesters hijacked the session of parliament.", "cybercrime"),
    ("Short passwords are easily cracked.", "cybercrime"),
    ("Users can access the service but are not allowed to post.", "cybercrime"),
    # a hostage's ransom demanded on a website, a party hack, a war driving prices up
    ("The kidnappers posted a ransom demand on a website.", "cybercrime"),
    ("He was dismissed as a party hack by critics online.", "cybercrime"),
    ("The war driving oil prices up hit internet firms.", "cybercrime"),
    # the attacker of a person
    ("The attacker fled on foot after the website's launch party.", "cybercrime"),
    # a parasite named by its place
    ("Cases of Guinea worm fell to 27 last year.", "cybercrime"),
    # writing about a virus is not writing one
    ("She wrote about the virus in her column.", "cybercrime"),
    # a TV drama described by its screening
    (
        "Dirty War, screened on BBC One, depicts a suicide bomber's attack on London.",
        "terrorism",
    ),
    # civil-war insurgents at peace talks: named, but not acting as such
    (
        "Norway's envoy will revive peace talks between the government and the Tamil Tigers.",
        "terrorism",
    ),
]


@pytest.mark.parametrize(("text", "topic"), GUARDED)
def test_guarded_senses_are_no_evidence(text, topic):
    out = tag(text)
    assert topic not in topics_in(out), list(out["topic_evidence"])


FOUND = [
    (
        "Police said he had been wearing a fake suicide vest.",
        "terrorism",
        "suicide vest",
        "suicide vest",
    ),
    (
        "Officers found a bomb-making manual at his home.",
        "terrorism",
        "bomb making",
        "bomb-making",
    ),
    (
        "The match was abandoned because of a bomb scare.",
        "terrorism",
        "bomb scare",
        "bomb scare",
    ),
    (
        "The anniversary of the Madrid train bombings was marked on Friday.",
        "terrorism",
        "bombing of a public place",
        "train bombings",
    ),
    (
        "The Madrid bombings killed 191 people.",
        "terrorism",
        "bombing of a public place",
        "Madrid bombings",
    ),
    (
        "Celebrities have been used to con people into opening infected files.",
        "cybercrime",
        "infect",
        "infected",
    ),
    (
        "The bomb was placed on a motorcycle outside a restaurant.",
        "terrorism",
        "bomb + verb",
        "bomb was placed",
    ),
    (
        "A caller said a bomb was due to explode at nine.",
        "terrorism",
        "bomb exploded",
        "bomb was due to explode",
    ),
    (
        "US troops stayed in Iraq to stop ISIS from gaining ground.",
        "terrorism",
        "named group",
        "ISIS",
    ),
    (
        "Jemaah Islamiyah was blamed for the attack.",
        "terrorism",
        "named group",
        "Jemaah Islamiyah",
    ),
    ("It is not clear how he became radicalised.", "terrorism", "radicalised", "radicalised"),
    (
        "No claims of responsibility were made for the bombing.",
        "terrorism",
        "claim of responsibility",
        "claims of responsibility",
    ),
    (
        "He tried to hack T-Mobile's network and took the names of 400 customers.",
        "cybercrime",
        "hack a system",
        "hack T-Mobile's network",
    ),
    (
        "The firm discovered the unauthorised access a year later.",
        "cybercrime",
        "unauthorised access",
        "unauthorised access",
    ),
    (
        "She said she was a victim of cyber-bullying.",
        "cybercrime",
        "cyber bullying",
        "cyber-bullying",
    ),
    ("The bank suffered a web attack on Monday.", "cybercrime", "web attack", "web attack"),
    (
        "Four Britons held at Guantanamo Bay will be freed within weeks.",
        "terrorism",
        "Guantanamo",
        "Guantanamo",
    ),
    (
        "The attack was designed to intimidate a civilian population, the prosecutor said.",
        "terrorism",
        "intimidate civilians",
        "intimidate a civilian population",
    ),
    # (a virus "for mobile phones" is the pattern "virus for computers" below)
    ("A new virus hops between phones by Bluetooth.", "cybercrime", "virus", "virus"),
    (
        "A quarter of adults have had their ID stolen.",
        "cybercrime",
        "ID stolen",
        "ID stolen",
    ),
    (
        "The men hijacked a plane bound for Delhi.",
        "terrorism",
        "hijacked plane",
        "hijacked a plane",
    ),
    ("A truck bomb exploded outside the embassy.", "terrorism", "truck bomb", "truck bomb"),
    (
        "The personal data of 20 million users was exposed on an unprotected server.",
        "cybercrime",
        "exposed",
        "exposed",
    ),
    (
        "He was deported to Spain, where he was wanted for murder.",
        "fugitives",
        "deported",
        "deported",
    ),
    (
        "He failed to return to prison after home leave.",
        "fugitives",
        "failed to return to custody",
        "failed to return to prison",
    ),
    (
        "The State Department offered a reward for information leading to his capture.",
        "fugitives",
        "reward for capture",
        "reward for information leading to his capture",
    ),
    ("He is Europe's most wanted man.", "fugitives", "most wanted man", "most wanted man"),
    (
        "She said the escape of Mr Ferguson was a matter for the hospital.",
        "fugitives",
        "escape (noun)",
        "escape of Mr",
    ),
    (
        "Questions must be answered about his escape, she said.",
        "fugitives",
        "escape (noun)",
        "his escape",
    ),
    (
        "He escaped after being let out of the high-security unit.",
        "fugitives",
        "escaped",
        "escaped",
    ),
    # cybercrime told by what is done to computers and their users
    (
        "Attackers exploited a vulnerability in the router.",
        "cybercrime",
        "exploit a security hole",
        "exploited a vulnerability",
    ),
    (
        "Getting the machines hijacked was easy.",
        "cybercrime",
        "hijacked computer",
        "machines hijacked",
    ),
    (
        "The program lets an attacker take control of unprotected machines.",
        "cybercrime",
        "take over computers",
        "take control of unprotected machines",
    ),
    ("The program opens a backdoor on a computer.", "cybercrime", "back door", "backdoor"),
    ("Some versions log every keystroke.", "cybercrime", "log keystrokes", "log every keystroke"),
    (
        "Customers were tricked into handing over their login details.",
        "cybercrime",
        "tricked into giving details",
        "tricked into handing over their login details",
    ),
    (
        "People are warned about fake wi-fi hotspots.",
        "cybercrime",
        "fake website or e-mail",
        "fake wi-fi",
    ),
    (
        "Spoofed e-mails asked for payment.",
        "cybercrime",
        "fake website or e-mail",
        "Spoofed e-mails",
    ),
    (
        "He was charged with accessing a computer system without authorisation.",
        "cybercrime",
        "access without authorisation",
        "accessing a computer system without authorisation",
    ),
    (
        "Staff who accessed records they were not allowed to see face jail.",
        "cybercrime",
        "access without authorisation",
        "accessed records they were not allowed",
    ),
    (
        "Two databases of user data were left accessible to the public.",
        "cybercrime",
        "accessible to the public",
        "accessible to the public",
    ),
    (
        "The gang bombarded the site with data.",
        "cybercrime",
        "flood a site with traffic",
        "bombarded the site with data",
    ),
    (
        "Thieves fitted a skimmer to the cash machine.",
        "cybercrime",
        "skimmer",
        "skimmer",
    ),
    ("Adware fills the screen with pop-ups.", "cybercrime", "adware", "Adware"),
    (
        "The theft of personal data worried customers.",
        "cybercrime",
        "theft of data",
        "theft of personal data",
    ),
    (
        "The flaw lets attackers take over unpatched PCs remotely.",
        "cybercrime",
        "attacker",
        "attackers",
    ),
    (
        "They demanded a ransom to unlock the encrypted files.",
        "cybercrime",
        "ransom",
        "ransom",
    ),
    ("Police confirmed the massive hack.", "cybercrime", "hack (noun)", "the massive hack"),
    (
        "Bluesnarfing lets thieves copy a phone's address book.",
        "cybercrime",
        "bluesnarfing",
        "Bluesnarfing",
    ),
    (
        "It was the first proper virus for mobile phones.",
        "cybercrime",
        "virus for computers",
        "virus for mobile phones",
    ),
    (
        "There are 3,000 variations of the Spybot worm.",
        "cybercrime",
        "named worm",
        "Spybot worm",
    ),
    (
        "Many of the viruses written by criminals are sold.",
        "cybercrime",
        "virus written",
        "viruses written",
    ),
    (
        "Security companies warned about the virus.",
        "cybercrime",
        "virus",
        "virus",
    ),
    (
        "Dozens died in the attack, reportedly conducted by the Taliban.",
        "terrorism",
        "named group",
        "attack, reportedly conducted by the Taliban",
    ),
]


@pytest.mark.parametrize(("text", "topic", "term", "matched"), FOUND)
def test_kinds_found_show_the_entry_and_the_words(text, topic, term, matched):
    out = tag(text)
    text_of = kit.article_text(out)
    found = [
        (e["term"], text_of[e["start"] : e["end"]], e["text"])
        for ev in out["topic_evidence"]
        for e in ev
        if e["topic"] == topic
    ]
    assert (term, matched, matched) in found, found


def test_a_cue_with_its_own_words_needs_one_of_them():
    """The cue "attack" is cybercrime with a word of computers, not any sense of the topic."""
    assert "cybercrime" not in topics_in(tag("Kerry attacked a government that went online."))
    out = tag("The gang used thousands of hijacked computers to attack the server.")
    cue = [e for ev in out["topic_evidence"] for e in ev if e["term"] == "attack"]
    assert [(e["topic"], e["kind"], e["text"], list(e["terms"])) for e in cue] == [
        ("cybercrime", "cue", "attack", ["computer", "server"])
    ]


def test_a_cue_given_twice_is_refused():
    """A second entry for the same cue would replace the first one's senses and guards."""
    lexicon = {"x": {"cues": ["virus", {"term": "Virus", "unless": ["flu"]}]}}
    with pytest.raises(kit.topics.LexiconError, match="cue 'Virus' is given twice"):
        kit.load_topics(lexicon)


def test_cues_listed_in_one_table_share_its_words_and_keep_their_own_terms():
    lexicon = {"x": {"cues": [{"term": ["flee", "fled"], "with": ["police"]}]}}
    cues = kit.load_topics(lexicon)["x"].cues
    assert [(c.term, c.with_) for c in cues] == [("flee", {"police"}), ("fled", {"police"})]
    text = "The driver fled before police arrived."
    out = kit.tag_topics(kit.load_text(text, article_id="t", headers=False), lexicon)
    (e,) = out["topic_evidence"].iloc[0]
    assert (e["kind"], e["term"], e["text"]) == ("cue", "fled", "fled")
    with pytest.raises(kit.topics.LexiconError, match="cue 'fled' is given twice"):
        kit.load_topics({"x": {"cues": ["fled", {"term": ["flee", "fled"]}]}})
    with pytest.raises(kit.topics.LexiconError, match="cue 1 must be a word or a table"):
        kit.load_topics({"x": {"cues": [{"term": []}]}})


def test_a_group_at_peace_talks_carries_no_story():
    """'Taliban' waits for a story as a cue, but not in a sentence about peace talks."""
    df = kit.load_text(
        "A suicide bomber killed 12 people in Kabul. The Taliban denied any role. "
        "The Taliban met a US peace envoy in Qatar.",
        headers=False,
    )
    compiled = kit.topics._compile(kit.load_topics())
    _, cues = kit.topics._own_evidence(df, compiled)
    terms = {row: [c["term"] for c in found] for row, found in cues.items()}
    assert terms.get(1) == ["Taliban"] and "Taliban" not in terms.get(2, [])


def test_the_prefilter_loses_no_match_of_these_kinds():
    """Rows are matched only when they hold the words a term or pattern needs (two words of
    each pattern): with a pattern no word can anchor, every row is matched, and the evidence
    is the same."""
    text = " ".join(t for t, *_ in GUARDED + FOUND)
    df = kit.load_text(text, article_id="t", headers=False)
    compiled = kit.topics._compile(kit.load_topics())
    everywhere = dataclasses.replace(compiled, anchors=None, pattern_anchors=None)
    evidence, _ = kit.topics._own_evidence(df, compiled)
    assert evidence == kit.topics._own_evidence(df, everywhere)[0]
    assert sum(map(len, evidence)) >= len(FOUND)
