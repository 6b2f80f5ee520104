"""The learned statement detector of ``benchmarks/_statement_model.py``: the evidence that it
does not beat the rules (``benchmarks/speakers_learned.py``) stays reproducible only while its
features and its revision of the rules work on real text, which these tests check on made-up
news. ``kit`` itself does not use the model."""

from __future__ import annotations

from unittest import mock

import numpy as np
import pytest
from _statement_model import LABELS, StatementModel, article_features, revise

import kit
from kit.speakers import _attribute
from kit.speakers._resolve import _Article

TEXT = """Ford Motor Company said on Friday that it would cut 500 jobs at its plant in Essex.

"We regret this," the company said.

The factory opened in 1960.

Oxfam delivered 2,000 tents to the flooded villages, its director Ann Bee wrote.

On Friday the Red Cross sent 300 nurses to the region."""


@pytest.fixture(scope="module")
def table():
    return kit.load_text(TEXT, article_id="made-up")


def _model(weights: dict[str, list[float]], margin: float = 0.0) -> StatementModel:
    """A model that knows only ``weights`` (no bias towards any label)."""
    return StatementModel(
        LABELS, np.zeros(3), {f: np.array(w, dtype=float) for f, w in weights.items()}, margin
    )


def _attribute_with(table, model):
    """``kit.attribute_speakers`` with ``model`` revising the rules, and the features of each
    sentence as the model saw them."""
    seen: list[list[str]] = []

    class Revised(_Article):
        def run(self):
            saids = super().run()
            seen.extend(article_features(self))
            return revise(self, saids, model)

    with mock.patch.object(_attribute, "_Article", Revised):
        return kit.attribute_speakers(table), seen


def test_features_describe_the_rules_decision_quotes_and_clause(table):
    _, feats = _attribute_with(table, None)
    said, quote, narration = (set(f) for f in feats[:3])
    assert {"rule:indirect", "rule_cue:say", "root:say", "root_that", "subject:org"} <= said
    assert {"quote:none", "position:<=0", "prev:edge", "next:direct"} <= said
    assert {"rule:direct", "quote_opens", "quote_capital", "prev:indirect"} <= quote
    assert "subject_noun:company" in quote
    assert {"rule:none", "quote:none", "subject:noun", "root:open"} <= narration
    assert not any(f.startswith("rule_cue") for f in narration)


def test_no_model_leaves_the_rules_result(table):
    rules = kit.attribute_speakers(table)
    revised, _ = _attribute_with(table, None)
    assert revised["speaker"].tolist() == rules["speaker"].tolist()
    assert rules["speaker"].tolist()[:2] == ["Ford Motor Company", "Ford Motor Company"]


def test_a_statement_the_model_adds_takes_the_root_verbs_subject(table):
    # "sent" is no reporting verb: the rules call the sentence narration
    said, _ = _attribute_with(table, _model({"root:send": [0, 0, 5]}))
    last = said.iloc[-1]
    assert (last["speaker"], last["speaker_type"], last["cue"]) == ("Red Cross", "indirect", "sent")
    assert said["speaker"].iloc[2] is None  # "The factory opened": still narration


def test_a_statement_the_model_rejects_loses_its_speaker(table):
    rules = kit.attribute_speakers(table)
    assert rules["speaker"].iloc[3] == "Ann Bee"
    said, _ = _attribute_with(table, _model({"rule_cue:write": [5, 0, 0]}))
    assert said["speaker"].iloc[3] is None and said["speaker_type"].iloc[3] is None
    assert said["speaker"].iloc[0] == "Ford Motor Company"  # the other cues are untouched


def test_the_margin_keeps_the_rules_label_unless_the_model_is_sure(table):
    rules = kit.attribute_speakers(table)
    sure = _model({"rule_cue:write": [5, 0, 0]}, margin=0.5)  # p(none) about 0.99
    unsure = _model({"rule_cue:write": [1, 0, 0]}, margin=0.5)  # p(none) about 0.58
    assert _attribute_with(table, sure)[0]["speaker"].iloc[3] is None
    assert _attribute_with(table, unsure)[0]["speaker"].tolist() == rules["speaker"].tolist()


def test_weights_round_trip_and_explain_their_decision():
    model = _model({"quote:all": [-1, 2, 0], "rule:none": [1, 0, 0]}, margin=0.1)
    back = StatementModel.from_dict(model.to_dict())
    feats = ["quote:all", "rule:none", "never seen"]
    assert np.allclose(back.scores(feats), model.scores(feats)) and back.margin == 0.1
    assert back.predict(["quote:all"]) == "direct"
    assert back.predict(["quote:all"], rule="none") == "direct"
    assert back.explain(feats, "direct", k=1) == [("quote:all", 2.5)]


def test_a_malformed_model_is_refused_with_where_it_came_from():
    with pytest.raises(ValueError, match="weights file: labels must be"):
        StatementModel.from_dict(
            {"labels": ["yes", "no"], "intercept": [0, 0], "weights": {}}, where="weights file"
        )
    with pytest.raises(ValueError, match=r"weights file: weights of .*'verb:say'"):
        StatementModel.from_dict(
            {"labels": list(LABELS), "intercept": [0, 0, 0], "weights": {"verb:say": [1]}},
            where="weights file",
        )
    with pytest.raises(ValueError, match="weights file: not a statement model"):
        StatementModel.from_dict({"weights": {}}, where="weights file")
