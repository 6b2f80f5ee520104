"""Column names and small word sets shared by the speaker modules."""

from __future__ import annotations

SPEAKER_COLUMNS = ("speaker", "speaker_type", "speaker_kind", "cue", "reported_by", "speech_spans")
NO_SPEAKER = "(no speaker)"  # how filters and charts name the sentences nobody said

_NEEDED = ("article_id", "paragraph_id", "sentence_id", "text", "start_char", "end_char")
_SUBJ = frozenset({"nsubj"})
_CLAUSE = frozenset({"ccomp", "xcomp", "parataxis"})
_DIRECT_SHARE = 0.4  # share of a sentence's words inside quotes that makes it a quotation
_NAME_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
_PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n"}
_LEFT_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "case", "punct", "nummod"})
_DECLINE = frozenset({"decline", "refuse", "fail", "want", "try", "hope", "plan", "expect"})
_DETS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their"})

_ORG_PREPS = frozenset({"for", "at", "of", "from", "with"})
