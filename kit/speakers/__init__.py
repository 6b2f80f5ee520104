"""Who said it: speaker attribution for the sentence table.

:func:`attribute_speakers` adds four columns to a sentence table, working only from the parse
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
``cue``
    the reporting verb or phrase as written ("said", "called on", "according to").
``reported_by``
    the news outlet cited for the statement ("He spoke highly of ..., state-run Xinhua news
    agency reported" gives speaker "Xi Jinping", reported_by "Xinhua news agency"). It is
    not called ``source`` because ``source`` already holds the agency that published the
    article. When an outlet is the only attribution it is the speaker as well.

How: quotation marks are paired on the article text (curly, straight, low-9, guillemets and
single quotes that are not apostrophes; a quote left open at a paragraph end, or one
re-opened before it closed, continues - the news convention for quotes over several
paragraphs; an unbalanced mark closes at the end of its sentence). A quote is attributed to
the reporting clause beside it (``"...," Xi said``, ``said Xi``, ``Xi said: "..."``), in any
sentence the same quote covers, or to a bare clause that is the whole next sentence
(``"...?" / Moss asked.``), else to the speaker of the sentence just before it. Reported
speech is a verb of ``kit/resources/speech_verbs.toml`` whose subject is a person, pronoun,
organisation, place or speaker noun (``speaker_nouns.toml``), including a participle that
borrows its clause's subject ("Labour removed the poster, saying ..."), a second verb
sharing it ("attacked ... and said"), the antecedent of a relative "which said", and an
"As X claimed, ..." clause; a negated cue ("did not comment"), a passive one ("when
asked"), a participle describing a noun, and a cue with no content in a time clause ("after
MPs criticised him") are no statements; "tell the story of" and a headline's "X agrees new
deal" are not speech. Pronouns and definite descriptions ("he", "she", "they", "the
president", "the Tory leader", "the 67-year-old", "the star of ...") go to the latest
compatible person: a speaker or subject (a name in apposition to the subject counts, and
"the prime minister" as a subject counts as the person named with that title) of the
recent sentences first, and only then the latest mention in any role (a title prefers a
person named with it); a pronoun never goes to someone named in its own quotation ("I had
a word with Olly," he said) nor to a person named after its verb ("He said Mr Blair had
..."); "he"/"she" use the gender that honorifics ("Mr", "Mrs") or earlier pronouns
showed; "the spokesman" goes on with the latest spokesman. "The bank" or "the Bank" goes
to the latest organisation named with that word ("Bank of England"), "the court" likewise,
and "the site" to an organisation introduced as one ("fan website Save Our Club"); the
agent of a passive cue speaks ("was described by Jobs as"); names inside a relative clause
of the subject never do.
A description with nobody to refer to, or an indefinite one ("a spokesman", "analysts"),
stays a role. Names lose titles and honorifics (``titles.toml``, ``honorifics.toml``) and
surnames join the full name used in the article, or across the table when one full name
alone fits.

"The company" or "the firm" goes to the named body that spoke, was introduced as one
("retailer Tesco") or was a subject just before (never a public body for a company); "his
daughter" to the person introduced so, else "<whom 'his' stands for>'s daughter"; a title in
the lead nobody before fits to the person who speaks next. A quotation with no clause of its
own goes to the subject bringing it in after a colon, else to the speaker before it, else to
the person the narration sentence before it is about.

Some constructions speak without a plain "X said": a document speaks for whoever made it
("Apple's lawsuit", "United's statement", a quote after "X issued a statement"), and a study
or survey that "shows" or "finds" is a document speaker; "think" and "believe" count only in
the present tense ("analysts believe"); a part of a group speaks for the group ("half of the
respondents"); a name set as a heading before a colon speaks (``- Man City boss Kevin
Keegan: "..."``); reports that name no source credit nobody. A name the tagger cut short
gets its first name back, and a title or field before it ("director of rugby X") is dropped.

Verbs that make news known report a fact with no clause of their own ("announced the death
of", "confirmed two new cases", "His death was confirmed by his son"), in main clauses only;
", saying ...", "by saying" and "after claiming" speak for the verb they hang on; "according
to X data" credits X; plural nouns for people by what they do ("meteorologists", "traders")
are groups that speak; "issued a statement to the effect ...", findings that researchers or a
study "report" or "reveal", and what someone did "in a statement" or "in his speech" are
reported speech. A quotation nested in an open one with the same marks does not end it; a
quoted name as a sentence's subject ('"Law and order" was a theme') is no quotation. Speech
only possible ("could", "might"), conditional ("if"), made to happen, or a headline's bare
infinitive ("BMW to recall cars") reports nothing yet, and a sentence of no words ("[...]")
is no statement.

A quotation goes to the cue that brings it in (a word of it, or the colon before it, hangs
on the cue), not to a deeper cue whose quote is a fragment ('He accused them of using him
as "a stalking horse", but Parry explained: "..."'), and a quote block goes on with that
speaker; a quote with no clause of its own after narration goes to the person that
narration is about, or on with the latest speaker when the narration names nobody; "he"
just after a new source introduced in apposition ("Brian Gammage, vice-president of research
at Gartner") is that source. A headline word before a surname is no first name ("Classy
Henman" / "Tim Henman"); "The Judge" is the judge named before; "the software giant" the
body introduced so, "the alliance" the body named so; "his lawyer" is "<his>'s lawyer";
groups keep the article's words ("researchers from Penn State", "lawyer for the three
bloggers") and "the researchers" goes back to them. "The city", "the government" and "the
palace" go to the body the article named with that noun ("White Plains" of "the US city of
White Plains", "government of Samoa"), "the office" to the public body that spoke just
before, "his office" to "<his>'s office"; "said goodbye" reports nothing.

Limits: rules on a small statistical parse; a pronoun's antecedent is guessed, not
resolved by a trained model; nested quotes are read at the outer level only.
"""

from ._attribute import attribute_speakers, speaker_summary
from ._constants import NO_SPEAKER, SPEAKER_COLUMNS
from ._quotes import quote_spans

__all__ = ["NO_SPEAKER", "SPEAKER_COLUMNS", "attribute_speakers", "quote_spans", "speaker_summary"]
