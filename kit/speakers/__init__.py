"""Who said it: speaker attribution for the sentence table.

:func:`attribute_speakers` adds six columns to a sentence table, working only from the parse
the loader stored (no new spaCy run):

``speaker``
    canonical name of who made the statement ("Xi Jinping" for "Xi", "President Xi Jinping",
    "Mr Xi" and the "he" that refers to him), an organisation or place ("Microsoft",
    "China"), an unnamed role with the body it speaks for ("Home Office spokesman" for "a
    spokesman for the Home Office", "police", "analysts"), or ``None``.
``speaker_type``
    ``"direct"`` when the sentence is mostly inside quotation marks, ``"indirect"`` for
    reported speech ("Xi urged countries to ...", "according to police"), else ``None``.
    A quotation whose speaker cannot be found is ``"direct"`` with ``speaker`` ``None``.
    Quoted words that open in small letters inside the reporter's sentence are reported
    ('called the plan "reckless"'), unless they are the whole clause of the cue right
    before them ('the motion says "any takeover would be ..."'): that is direct.
``speaker_kind``
    what sort of speaker made it: ``"person"``, ``"organisation"``, ``"group"``,
    ``"role"``, ``"anonymous"`` or ``"document"`` (``_kind.py``).
``cue``
    the reporting verb or phrase as written ("said", "called on", "according to").
``reported_by``
    the news outlet cited for the statement ("He spoke highly of ..., state-run Xinhua news
    agency reported" gives speaker "Xi Jinping", reported_by "Xinhua news agency"). It is
    not called ``source`` because ``source`` already holds the agency that published the
    article. When an outlet is the only attribution it is the speaker as well.
``speech_spans``
    the speaker's own words as ``[start, end]`` article offsets: the quotation, or the
    clause reported, without the name, the cue and the reporter's framing (``_spans.py``).

Quotations (``_quotes.py``). Marks are paired on the article text: curly, straight, low-9,
guillemets and single quotes that are not apostrophes. A quote left open at a paragraph end,
or re-opened before it closed, continues (the news convention for quotes over several
paragraphs); one nested in an open quote with the same marks does not end it; an unbalanced
mark closes at the end of its sentence; a quoted name as a sentence's subject ('"Law and
order" was a theme') is no quotation. A quote goes to the reporting clause that brings it
in, the cue that a word of it or the colon before it hangs on (``"...," Xi said``, ``said
Xi``, ``Xi said: "..."``), not a deeper cue whose quote is a fragment ('He accused them of
using him as "a stalking horse", but Parry explained: "..."'); that clause may be in any
sentence the quote covers, a bare clause that is the whole next sentence (``"...?" / Moss
asked.``) or a name set as a heading before a colon (``- Man City boss Kevin Keegan:
"..."``). A quote with no clause of its own goes to the subject that brings it in after a
colon; else it goes on with the speaker just before it, unless the narration in between made
someone new its subject; else it goes to the person the narration before it is about, to
whoever just issued a statement, or on with the latest speaker when the narration since
names nobody; a quoted paragraph left open after narration goes to whoever the next
paragraph of the quotation is credited to ('"We try new things. / "We are creating ...,"
said Mr Stone.'). A run of quoted sentences is read whole: its first sentences take the cue of
a later part of it, or of a bare clause or a quotation credited just after its last sentence
('"Our house is burning. / It is a crisis!" / Macron told the world.'); a quotation a colon
opens at the end of a sentence and that runs on into the next is direct and goes to the
subject before the colon however long the narration there ('The governor, during his address
..., offered to ...: "Now ...'), and when that subject names no one known the run goes to no
one rather than on with an earlier speaker; a name set off before a cue by where it is from
('"...," Jeff Kent, from the Gadget Makers Association (GMA) told ...', 'Ann Bee of "Safe
Homes", a charity, told') is its subject. A quotation with a cue of its own never goes on
with an earlier speaker: a cue after it with a name, a title and a remark ('"..." tweeted
Mayor of London Ann Bee (no relation).') credits the person words of the name, or no one
when they name no one known; a cue whose subject no rule reads ('detainee 'B' in Hill
Prison wrote: "...') credits that subject when it is a person the article knows or one
described as a person in apposition ('Laah Moon-gyu, executive director of ..., said'),
else no one.

Reported speech (``_cues.py``; who a cue's subject is, as a ``_Frame`` of ``_frame.py``, in
``_subjects.py``). A cue is a verb or phrase of
``kit/resources/speech_verbs.toml`` whose subject is a person, pronoun, organisation, place
or speaker noun (``speaker_nouns.toml``; plural nouns for people by what they do, such as
"meteorologists" or "traders", are groups that speak), or "according to X" ("according to X
data" credits X; a record or writing cited credits its maker when named, "statistics gathered
by X", "her memoirs", else itself, "the agreement"; "according to schedule" credits nobody;
"Per the decree signed by X, ..." credits the same way, and a sentence opened by "In findings
published by X," or "In an analysis of X," with no cue of its own credits the maker).
A cue may take its subject from elsewhere: a participle from its clause ("Labour removed the
poster, saying ..."; ", saying", "by saying" and "after claiming" speak for the verb they
hang on, or for its passive's agent right before the comma: "was backed by tech firms,
saying ..."), a second verb from the first ("attacked ... and said"), a relative "which said"
from its antecedent; the agent of a passive cue speaks ("was
described by Jobs as"), names inside a relative clause of the subject never do. A cue the
parse left with no subject takes the one the word order shows: a name right before it
("Desailly says", the name read as an adverb), a speaker right after it when a comma or quote
sets it off (", said Mr Doctorow,", ", say analysts,", and for "warn" a phrase that ends the
sentence: ", warn economists."), a name or phrase set off before it
("..., her lawyer, Ann Bee, said", "Size, whose album won ..., said"). Statements
without a plain "X said": "As X claimed, ..."; a document for whoever made it ("Apple's
lawsuit", "United's statement", "issued a statement to the effect ..."), a study or survey
that "shows", "finds", "reports" or "reveals" as a document speaker, and one that "read" a
quotation however the parse took the verb ('The summary of the decision read in part:',
'"...," a council statement read.'; a document of a document, "the summary of the decision",
is its maker's); rulings with what was ruled, by a court, judge, jury, tribunal, regulator
or referee or by a ruling ("Judge X ordered the accused remain in custody", "the unanimous
court decided ...", "held that ..."; "decided to adjourn" and "found him guilty" are
narration, and so is a ruling in a clause of time); "think" and "believe"
in the present tense only ("analysts believe"); a part of a group for the group ("half of
the respondents"); what someone did "in a statement" or "in his speech"; and verbs that make
news known, reporting a fact with no clause of their own, in main clauses only ("announced
the death of", "confirmed two new cases", "His death was confirmed by his son"). Reports
that name no source credit nobody ("reports said", "according to press reports in China",
"official statements"). No statement: a negated cue ("did not comment"), one not made yet
("have yet to confirm or deny"), a passive one ("when asked", a headline's "Blair told to
..."), a participle describing a noun or a reduced passive ("Hurricane X, estimated to have
done ..."), a cue with no content in a time clause ("after MPs criticised him"), speech only
possible ("could", "might"), conditional ("if") or made to happen, a headline's bare
infinitive ("BMW to recall cars") or "X agrees new deal", an act agreed to ("agreed to buy
a rival"; "agreed that ..." is a view), a feeling shown with nothing held ("expressed their
anger online", "expressed concerns about X"; "expressed concern that ..." and "support for
Y" hold something), "tell the story of", "said goodbye", a sentence that is only a
reporting clause ("Dechy said.", "Mr Bee told BBC Radio 4": the words are in the sentence
next to it, whose quotation its cue still credits), and a sentence of no words ("[...]").

Who is meant (``_names.py``, ``_resolve.py``; bodies by their names and nouns in
``_bodies.py``, what the words around a mention say in ``_mentions.py``, the shape of a
quoted sentence in ``_quoting.py``). Names lose titles, honorifics
(``titles.toml``, ``honorifics.toml``) and a field before them ("director of rugby X"); a
name the tagger cut short gets its first name back, but a headline word before a surname is
no first name ("Classy Henman" / "Tim Henman"); surnames join the full name used in the
article (also one the tagger did not take for a person's, when a noun for what the person
does introduced it: "game developer Perttu Ahola"), or across the table when one full name
alone fits. A named outlet that speaks loses the common noun after it ("the Associated Press
news agency reported": "Associated Press"; ``reported_by`` keeps the noun). A body called by
the first words of its name, its initials or a name cut at "of" or "and" takes the fullest
name the article writes for it ("Cairn" / "Cairn Energy", "EU" / "European Union", "Pew
Internet" / "Pew Internet and American Life Project"), when that is the only one it fits
and was written no later, nor a headline's name for a thing of the body ("China blocks
Google news site / ... access to Google News": "Google" stays "Google"; "Apple Mac mini ... /
The Mac mini"); letters for an honour after a name ("Ann Bee, QC told") are that person's.
A work's title the tagger took for a person's name ("single Hey Ya!", "their debut X") is
nobody, and a name the tagger took for nobody that a noun for a person describes in
apposition ("G Money, a presenter on ...") is a person's. Pronouns and definite
descriptions ("he", "they", "the president", "the Tory leader", "the 67-year-old", "the
star of ...", "The Judge") go to the latest compatible person: a speaker or subject of the
recent sentences first (a name in apposition to the subject counts, through a chain of
appositions too, "Spain coach Luis Aragones" after a headline word parsed as the subject; "the
prime minister" as a subject counts as the person named with that title; an untagged name with
a "who" clause set off after it, "Okonkwo, who lost to Hart, will ...", is a person, and so is a
one-word name tagged as a body that reports of itself as "he" or "she", "Federov admitted he
was ..."), then the latest mention in any
role (a title prefers a person named with it). "He" just after a new source introduced in
apposition ("Brian Gammage, vice-president of research at Gartner") is that source; a
pronoun never goes to someone named in its own quotation ("I had a word with Olly," he said)
nor to a person named after its verb ("He said Mr Blair had ..."), but goes to one who spoke
in a clause of their own before it in its sentence ("Ms Bee said she hoped ...; asked about
X, she said ..."), and a name tagged as a body whose own quotation says "I" is a person it may
stand for; one prompted or urged "to say" something counts as that saying's subject, and a
name set off before its description ("Bee, the first woman to ..., will face") as the
subject the parse missed; "he" and "she" skip
people of the other gender as the article shows it (``_gender.py``: an honorific, "Mr" or
"Mrs"; a noun that describes the person, "actress Ann Bee" or "Bee, his wife,"; the
pronouns after a person named before anyone else, "Bee said she ..."; an earlier "he" or
"she" found to be them), and names tagged as a person that the article writes as a body's
("against West Brom and Aston Villa", "Blackburn are"); a title in the lead that
nobody before fits goes to the person who speaks next. A noun for a body goes to the body
the article named or introduced with it: "the bank" ("Bank of England"), "the court", "the
city" ("White Plains" of "the US city of White Plains"), "the government" ("government of
Samoa"), "the palace", "the alliance", "the site" and "the software giant" ("fan website
Save Our Club"); "the company" or "the firm" to the named body that spoke, was introduced as
one ("retailer Tesco") or was a subject just before, never a public body, and "the club",
"the union", "the airline" or "the Japanese firm" alike (a regulator or watchdog only to a
public body; never a body introduced as a rival nor one named as an object after the cue);
a noun for a body by its trade or standing ("the brewery", "the carrier", "the Leuven-based
brewery", "the mining group") alike, and a name written before a noun of a body members join
is that body ("the IFPI industry body": "IFPI"); a name the tags take for a body's elsewhere
in the article counts as its mention where they read it otherwise ("Inbev bought ...");
"the report" or "the statement" to whoever spoke in it ("Oxfam says in a report"); "the office" to
the public body that spoke just before. "His daughter", "his lawyer" and "his office" are the
person introduced so, else "<whom 'his' stands for>'s daughter"; "the spokesman" goes on
with the latest spokesman and "the researchers" to the group named before. "It" and "they"
go to the latest body, group or document of their number that spoke or that a sentence is
about (its main subject, a passive's agent, the body owning a thing just before: "The report
was drawn up by ... / It said", "Heineken's income fell. / It blamed", "Shares in Heineken
fell after it said"; "they" also people
joined as a subject), in a clause inside a sentence to that sentence's subject first
("Nintendo is releasing a console that it says ..."); a subject of things stops them
("Prices rose. / They said"), and "they" after "an individual" is anyone. "It found" and
"they found" state findings only for a study or an inquiring body or group ("They found
..." after "Researchers used swabs"), "it showed" only for a study. A description with
nobody to refer to, or an indefinite one ("a spokesman", "analysts"), stays a role, and
groups keep the article's words ("researchers from Penn State", "lawyer for the three
bloggers").

Descriptions that refer back: "the industry newspaper" goes to the newspaper cited
before (a body named like one, "the Hollywood Reporter", too; never "the firm's website"); "the
former teacher" with nobody speaking just before to the one person the sentence before is
about, unless someone unnamed was given the noun or it is someone's relative or agent; an
unnamed "a judge claimed" to the person the next sentence first names as its subject with that
noun ("Judge Ann Bee made her remarks"), never "a spokesman"; "the archbishop" to one
introduced with the noun ("archbishop Monsenor Ann Bee"). "Mr" or "Dr" before a name the
tagger took for a place or body makes it a person's ("Mr Katwala").

Limits: rules on a small statistical parse; a pronoun's antecedent is guessed, not
resolved by a trained model; nested quotes are read at the outer level only.
"""

from ._attribute import attribute_speakers, speaker_summary
from ._constants import NO_SPEAKER, SPEAKER_COLUMNS
from ._quotes import quote_spans

__all__ = ["NO_SPEAKER", "SPEAKER_COLUMNS", "attribute_speakers", "quote_spans", "speaker_summary"]
