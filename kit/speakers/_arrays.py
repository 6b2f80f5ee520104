"""The sentence table's parse as flat arrays, and one sentence's tokens as :class:`_Sent`."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ._constants import _NEEDED

_HOPE = frozenset({"hopes", "hoped", "hoping"})

# --- the table as flat arrays -------------------------------------------------------------


class _Flat:
    """The token columns flattened once, with each row's slice of them."""

    def __init__(self, df: pd.DataFrame):
        lengths = df["tok_text"].list.len().to_numpy(dtype=np.int64)
        self.offsets = np.concatenate([[0], np.cumsum(lengths)])

        def flat(col: str) -> np.ndarray:
            values = df[col].list.flatten() if len(df) else pd.Series([], dtype=object)
            return values.to_numpy()

        # one array a token column (TOKEN_COLUMNS), named without the "tok_" prefix
        self.text = flat("tok_text")
        self.start = flat("tok_start")
        self.lemma = flat("tok_lemma")
        self.pos = flat("tok_pos")
        self.tag = flat("tok_tag")
        self.dep = flat("tok_dep")
        self.head = flat("tok_head")
        self.ent = flat("tok_ent")
        self.rows = {c: df[c].to_numpy() for c in _NEEDED}  # the row columns, converted once
        self.lower = np.char.lower(self.text.astype(str)) if len(self.text) else self.text
        for k in np.flatnonzero(self.lemma == "hop"):  # the tagger's lemma of "hopes",
            if self.lower[k] in _HOPE:  # "hoped" and "hoping"; "hops" is "hop"
                self.lemma[k] = "hope"

    def sentence(self, row: int, quoted: np.ndarray) -> _Sent:
        a, b = self.offsets[row], self.offsets[row + 1]
        return _Sent(
            text=self.text[a:b].tolist(),
            lower=self.lower[a:b].tolist(),
            lemma=self.lemma[a:b].tolist(),
            pos=self.pos[a:b].tolist(),
            tag=self.tag[a:b].tolist(),
            dep=self.dep[a:b].tolist(),
            head=self.head[a:b].tolist(),
            ent=self.ent[a:b].tolist(),
            quoted=quoted[a:b].tolist(),
            start=self.start[a:b].tolist(),
        )


@dataclass
class _Sent:
    text: list
    lower: list
    lemma: list
    pos: list
    tag: list
    dep: list
    head: list
    ent: list
    quoted: list
    start: list
    _children: list | None = None

    def children(self, i: int) -> list[int]:
        if self._children is None:
            kids: list[list[int]] = [[] for _ in self.text]
            for j, h in enumerate(self.head):
                if h != j:
                    kids[h].append(j)
            self._children = kids
        return self._children[i]

    def subtree(self, i: int) -> list[int]:
        """Token ``i`` and every token under it, in the order a depth-first walk meets them."""
        out, stack = [i], [i]
        while stack:
            for c in self.children(stack.pop()):
                out.append(c)
                stack.append(c)
        return out

    def depth(self, i: int) -> int:
        d = 0
        while self.head[i] != i and d < 50:
            i, d = self.head[i], d + 1
        return d

    def join(self, a: int, b: int) -> str:
        """Tokens ``a:b`` as written (a space only where the text had one)."""
        out = self.text[a]
        for k in range(a + 1, b):
            gap = self.start[k] > self.start[k - 1] + len(self.text[k - 1])
            out += (" " if gap else "") + self.text[k]
        return out

    def ent_span(self, i: int) -> tuple[int, int]:
        a = i
        while a > 0 and self.ent[a].startswith("I-"):
            a -= 1
        b = i + 1
        while b < len(self.ent) and self.ent[b].startswith("I-"):
            b += 1
        return a, b
