"""Names and mentions: canonical person names, name phrases and subject tests."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from ._arrays import _Sent
from ._constants import _DETS, _LEFT_DEPS, _NAME_ENTS, _ORG_PREPS
from ._lexicon import _Lexicon, _lexicon, _strip_the

# --- names ------------------------------------------------------------------------------------


@dataclass
class _Person:
    name: str
    gender: str | None = None
    titles: set = field(default_factory=set)
    count: int = 0
    loose: int = 0  # mentions whose first word may be no name (see _Names.add)


def _clean_name(words: list[str], lex: _Lexicon) -> tuple[list[str], str | None, str | None]:
    """Strip honorifics and titles off the front and a possessive off the end of a name.

    Returns the name words, the gender an honorific showed, and the title found.
    """
    # no possessive, and no quotation mark the tagger ran into the name ('" Serena')
    # nor a dash ("Joshua Rifkin -") nor letters after it ("Ian MacDonald QC")
    words = [w for w in words if w not in ("'s", "’s") and w.strip("'’\"“”‘«»")]
    words = [w for w in words if w.strip("-–—")]
    while len(words) > 2 and words[-1].rstrip(".") in _POSTNOMINALS:
        words = words[:-1]
    # an honorific never ends a name: the next mention's, run on by a headline ("Obituary:
    # Dame Alicia Markova Dame Alicia Markova, who ..." tags "Alicia Markova Dame")
    while len(words) > 2 and words[-1].lower().rstrip(".") in _NEVER_LAST:
        words = words[:-1]
    gender, title_words = None, []
    lows = [w.lower().rstrip(".") for w in words]
    hon = [i for i, w in enumerate(lows[:-1]) if w in lex.honorifics]
    if hon:  # "Liberal Democrat peer Lord Carlile" -> "Lord Carlile"
        title_words = [w for w in lows[: hon[-1]] if w in lex.title_words]
        words = words[hon[-1] :]

    while len(words) > 1:
        low = words[0].lower().rstrip(".")
        if low in lex.kept_honorifics:
            gender = gender or lex.honorifics[low]
            if _given_name_follows(words, lex):  # "Baroness Susan Greenfield": a title
                words = words[1:]
            break
        if low in lex.honorifics:
            gender = gender or lex.honorifics[low]
        elif low in lex.title_words:
            title_words.append(low)
        elif low in lex.person_nouns or low in lex.org_descriptors:
            pass  # "Sprinter Ana Silva", "Retailer Tesco": a description, not the name
        elif (low in _PARTY_WORDS or low == "fellow") and len(words) > 2:
            pass  # "Lib Dem Ann Bee", "Fellow Tory Ann Bee": her party, not her name
        elif low in lex.speaker_nouns and low not in lex.collective_nouns and len(words) > 2:
            pass  # "Farmer Jose Silva", "Nurse Ann Bee"; not "Police Scotland"
        else:
            break
        words = words[1:]
    # "French Green MEP Alain Lipietz" -> "Alain Lipietz": a title inside ends the lead
    inner = [i for i, w in enumerate(words[1:-1], 1) if w.lower().rstrip(".") in lex.titles]
    rest = words[inner[-1] + 1 :] if inner else []
    plain = all(w[:1].isupper() and w.lower().rstrip(".") not in lex.title_words for w in rest)
    if not hon and len(rest) > 1 and plain:
        title_words.append(words[inner[-1]].lower().rstrip("."))
        words = words[inner[-1] + 1 :]
    # "Barcelona star Ronaldinho": a common word inside ends what describes the person
    common = [k for k, w in enumerate(words[:-1]) if w.replace("-", "").isalpha() and w.islower()]
    if common and words[common[-1]] not in _PARTICLES and not hon:
        words = words[common[-1] + 1 :]
    title = " ".join(title_words) or None
    return words, gender, title


# a party's name or its member's, written before a member's name ("Lib Dem Ann Bee")
_PARTY_WORDS = frozenset(
    {"tory", "tories", "labour", "lib", "dem", "dems", "libdem", "liberal", "democrat"}
    | {"conservative", "republican", "ukip", "snp"}
)

# nouns that end the names of buildings named after people ("the Ann Bee Theater"), never a
# person's surname (unlike "Hall", "Park" or "Street")
_BUILDINGS = frozenset(
    {"theater", "theatre", "stadium", "arena", "museum", "library", "hospital", "airport"}
    | {"cathedral", "auditorium", "gallery", "pavilion", "clinic", "infirmary", "centre"}
)

# honorifics that are no surname either (not "Lord", "King", "Sheikh")
_NEVER_LAST = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "prof", "mx"})

# letters written after a name for a rank or honour ("Ian MacDonald QC"); not those of a
# seat, which also describe one with a place ("the Ealing North MP")
_POSTNOMINALS = frozenset({"QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "Esq"})


def _given_name_follows(words: list[str], lex: _Lexicon) -> bool:
    """Whether a peer's title (``words[0]``, "Lord", "Baroness") comes before a given name
    and a surname, so is no part of the name ("Baroness Susan Greenfield" is "Susan
    Greenfield"), unlike a peer known by the title ("Lord Carlile", "Lord Nicholls of
    Birkenhead", "Lord Justice Leveson")."""
    rest = [w.lower().rstrip(".") for w in words[1:]]
    known = lex.title_words | lex.honorifics.keys()
    return len(rest) >= 2 and not _PARTICLES.intersection(rest) and rest[0] not in known


# small words inside names ("Ludwig van Beethoven", "Lord Nicholls of Birkenhead")
_PARTICLES = frozenset(
    {"de", "da", "das", "do", "dos", "du", "del", "della", "di", "van", "von", "der", "den"}
    | {"ter", "la", "le", "dela", "bin", "ibn", "bint", "al", "el", "y", "of", "and", "e"}
)


class _Names:
    """One canonical name per person of an article (and, later, of the whole table)."""

    def __init__(self, kept: frozenset[str] = frozenset()) -> None:
        self.persons: dict[str, _Person] = {}
        self.alias: dict[str, str] = {}
        self.surnames: set[str] = set()  # names written after an honorific ("Mr Howard")
        self.kept = kept  # honorifics that stay in a name ("Lord Carlile")
        self.words: Counter = Counter()  # the article's words, folded (:func:`_fold`)

    def add(
        self, words: list[str], gender: str | None, title: str | None, *, loose: bool = False
    ) -> None:
        """Count a mention of the person ``words``; ``loose`` when its first word opens the
        headline and the article has it nowhere else, so that its capital may be the
        headline's, not a name's ("Classy Henman makes winning start")."""
        name = " ".join(words)
        p = self.persons.setdefault(name, _Person(name))
        p.count += 1
        p.loose += loose and len(words) > 1
        p.gender = p.gender or gender
        if title:
            p.titles.add(title)
            p.titles.add(title.split()[-1])

    def settle(self) -> None:
        """Map each name to the fullest name of the same person (:meth:`_fullest`), following
        a chain of names to its end ("Rosselló" -> "Ricardo Rosselló" -> "Ricardo Rosselló
        Nevares"); a name whose first word only ever opened the headline goes to the one
        other full name with the same surname ("Classy Henman" to "Tim Henman"). Two names
        the tagger ran into one are split first (:meth:`_split_run_ons`)."""
        self._split_run_ons()
        loose = {}
        for p in self.persons.values():
            other = self._first_word_named(p) if 0 < p.loose == p.count else None
            if other is not None:
                loose[p.name] = other
        self.alias.update(loose)
        for name in list(self.persons):
            if name not in self.alias:
                self.alias[name] = self._fullest(name)
        for name in self.alias:
            self.alias[name] = self._follow(name)
        for name, canon in self.alias.items():
            if canon != name and name in self.persons:
                p, q = self.persons[name], self.persons[canon]
                q.gender = q.gender or p.gender
                q.titles |= p.titles

    def _split_run_ons(self) -> None:
        """Split each name of three words or more that is two persons' names run together
        with nothing between (a headline run into the story: "... beaten by Farina Elia
        Venus Williams suffered ...", "... splits from coach Gilbert Andy Roddick has ..."),
        counting its mentions for the second name, whose surname is the mention's head.
        Only on the article's own evidence: the first part is a name of its own elsewhere
        ("Farina Elia"), or, when one word, the surname of another person ("Gilbert" of
        "Brad Gilbert"); the second part, of two words or more, ends with a surname written
        on its own elsewhere ("Williams said"). A real name keeps all its words ("Ricardo
        Rosselló Nevares", though "Ricardo Rosselló" is written too)."""
        for name, p in list(self.persons.items()):
            w = name.split()
            if len(w) < 3 or not p.count or not _clean_name_words(name):
                continue
            if any(x.lower() in _PARTICLES or _initial(x) for x in w):
                continue
            for k in range(1, len(w) - 1):
                first, rest = " ".join(w[:k]), " ".join(w[k:])
                if not self._named_apart(first, name) or not self._said_alone(w[-1], name):
                    continue
                q = self.persons.setdefault(rest, _Person(rest))
                q.count += p.count
                q.gender = q.gender or p.gender
                q.titles |= p.titles
                del self.persons[name]
                self.alias[name] = rest
                break

    def _named_apart(self, first: str, whole: str) -> bool:
        """Whether ``first``, the words opening the name ``whole``, names a person of the
        article apart from it: written as a name of its own, and when one word, as the
        last word of another person's fuller name too ("Gilbert" and "Brad Gilbert")."""
        p = self.persons.get(first)
        if p is None or not p.count:
            return False
        if " " in first:
            return True
        return any(
            o != whole and len(o.split()) > 1 and o.split()[-1] == first and q.count
            for o, q in self.persons.items()
        )

    def _said_alone(self, surname: str, whole: str) -> bool:
        """Whether ``surname``, the last word of ``whole``, is written as a person's name on
        its own elsewhere ("Williams said")."""
        p = self.persons.get(surname)
        return p is not None and p.count > 0 and surname != whole

    def _follow(self, name: str) -> str:
        """The end of ``name``'s chain of aliases, after its own alias only through names
        that go on after it ("Ricardo Rosselló" to "Ricardo Rosselló Nevares") or add middle
        initials ("John Bolton" to "John R. Bolton"), not through
        words written before one ("Chris Evans" to "Broadcaster Chris Evans"), where a
        description the tagger ran into the name hides more often than a name does."""
        seen = {name}
        name = self.alias.get(name, name)
        while name not in seen and self.alias.get(name, name) != name:
            seen.add(name)
            nxt = self.alias[name]
            k, fk = _name_key(name.split()), _name_key(nxt.split())
            if fk[: len(k)] != k and not _drops_middle(k, fk):  # "John R. Bolton"
                break
            name = nxt
        return name

    def _first_word_named(self, p: _Person) -> str | None:
        """The one other name of two words or more that ends like ``p``'s and whose first
        word is a name the article uses elsewhere, else ``None``."""
        w = p.name.split()
        others = [
            q.name
            for q in self.persons.values()
            if q is not p and q.loose < q.count and len(q.name.split()) >= len(w)
            if q.name.split()[-(len(w) - 1) :] == w[1:]
            if not _initial(q.name.split()[0]) or q.name[0] != w[0][0]  # "K Holmes": "Kelly Holmes"
        ]
        return others[0] if len(others) == 1 else None

    def _fullest(self, name: str, *, untitled: bool = False) -> str:
        """The fullest name of the person called ``name``, else ``name``.

        Names are compared as :func:`_name_key` writes them (no accents, case, initials'
        stops, generational suffix or Arabic article: "Erdogan" is "Recep Tayyip Erdoğan",
        "Downey" is "Robert Downey Jr."). The fullest name that ends or starts with
        ``name`` wins (not one whose surname is another, for a surname: "Mr Howard" is no
        "Howard Flight" who is "Mr Flight"), preferring a surname's match, a first name
        written out ("Kelly Holmes" over "K Holmes"), then the most used; an initial matches
        a name it abbreviates ("K Holmes" is "Kelly Holmes"). A peer's title before a
        surname matches the full name without it ("Baroness Greenfield" is "Susan
        Greenfield", however often the article writes the titled form). Failing these, a
        name matches the one person whose name holds it inside ("Vázquez" of "Wanda Vázquez
        Garced", "Lula" of "Luiz Inácio Lula da Silva"), leaves middle names out ("Emily
        Murphy" of "Emily W. Murphy", not when two persons fit, as "George Bush" fits
        "George W. Bush" and "George H. W. Bush"), or misspells one long name word by one
        letter ("Daveport" for "Davenport") or, however often, by two neighbours swapped
        ("Mr Montieth" for "David Monteith"). A building named after a person ("Ann Bee
        Theater", which the tagger may take for a person) is no fuller name of theirs."""
        w = name.split()
        if len(w) > 1 and w[0].lower().rstrip(".") in self.kept:
            rest = " ".join(w[1:])
            full = self._fullest(rest, untitled=True)  # "Baroness Greenfield"
            if full != rest and len(full.split()) > 1 and full in self.persons:
                return full
        k = _name_key(w)
        best, same, near = None, [], []
        for full, p in self.persons.items():
            fw = full.split()
            if full == name:
                continue
            if 0 < p.loose == p.count and self.alias.get(full, full) != full:
                continue  # "Classy Henman" is no name of its own
            if not fw[0][:1].isupper():
                continue  # "rang Lucy", a verb the tagger ran into the name
            if untitled and fw[0].lower().rstrip(".") in self.kept:
                continue  # the surname of "Baroness Greenfield": a name without the title
            if len(fw) > 1 and fw[-1].lower() in _BUILDINGS:
                continue  # "Johnny Carson Theater", a building the tagger took for a person
            fk = _name_key(fw)
            if not fk or not k:
                continue
            other = fk[-len(k) :] != k and _misspelt(k, fk) is None  # "Mr Barrioneuvo" is
            if name in self.surnames and other and fw[-1] in self.surnames:  # "Mr Barrionuevo"
                continue  # "Mr Howard" is no "Howard Flight" when he is "Mr Flight"
            if len(fk) > len(k) and (fk[-len(k) :] == k or fk[: len(k)] == k):
                score = (fk[-len(k) :] == k, not _initial(fw[0]), p.count)
            elif len(fk) == len(k) > 1 and _initial(w[0]) and not _initial(fw[0]):
                if fk[1:] != k[1:] or fk[0][0] != k[0][0]:
                    continue
                score = (True, True, p.count)
            elif fk == k:  # "Erdogan" and "Erdoğan": one name, the most used form
                same.append(full)
                continue
            elif self._near(name, k, fk, p):
                near.append(full)
                continue
            else:
                continue
            if best is None or score > best[0]:
                best = (score, full)
        if best:
            return best[1]
        if same:
            forms = [name, *same]
            return max(forms, key=lambda f: (self.persons[f].count if f in self.persons else 0, f))
        keys = {_name_key(f.split()) for f in near}
        keys = {a for a in keys if not any(_part_of(a, b) for b in keys)}  # "Davenport"
        if len(keys) == 1:  # one person fits, not two
            return max(near, key=lambda f: (len(f.split()), self.persons[f].count))
        return name

    def _near(self, name: str, k: tuple[str, ...], fk: tuple[str, ...], p: _Person) -> bool:
        """Whether ``name`` (key ``k``) may be a shorter or misspelt form of the name of
        ``p`` (key ``fk``) that neither starts nor ends it (see :meth:`_fullest`): never
        across genders the article shows, into a name with words no name has, and a
        misspelling only when used once and the right spelling more."""
        q = self.persons.get(name)
        if q is not None and None not in (q.gender, p.gender) and q.gender != p.gender:
            return False
        if not _clean_name_words(p.name):
            return False  # "Fatboy DJ Norman Cook aka": the tagger's run-on, not a name
        if _inside(k, fk) or _drops_middle(k, fk):
            return True
        misspelt = _misspelt(k, fk)
        if misspelt is None:
            return False
        wrong, right = misspelt
        slip = _swapped(wrong, right) or _halved(wrong, right) or _halved(right, wrong)
        if slip and len(fk) > len(k):  # a slip of typing, however often
            return True  # the article repeats it ("David Monteith", then "Mr Montieth")
        if q is not None and q.count > 1:
            return False
        return self._used(wrong) <= 1 < self._used(right)  # "Davenport" twice, "Daveport" once

    def _used(self, word: str) -> int:
        """How often the article writes the name word ``word`` (a key's word), else how
        often its persons' names hold it."""
        if self.words:
            return self.words[word]
        return sum(p.count for p in self.persons.values() if word in _name_key(p.name.split()))

    def canonical(self, words: list[str]) -> str:
        name = " ".join(words)
        if name not in self.alias:
            self.alias[name] = self._follow(self._fullest(name))
        return self.alias[name]

    def person(self, name: str) -> _Person:
        return self.persons.setdefault(name, _Person(name))


# generational suffixes, no part of a name to match on ("Robert Downey Jr." is "Downey");
# not "Sr.", written to tell a father from the son better known by the name
_SUFFIXES = frozenset({"jr", "jnr", "ii", "iii", "iv"})
_SENIOR = frozenset({"sr", "snr"})


@functools.lru_cache(maxsize=65536)  # called for every word of every article
def _fold(word: str) -> str:
    """A name word without accents and case ("Erdoğan" -> "erdogan")."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
    ).lower()


def _name_key(words: list[str]) -> tuple[str, ...]:
    """A name as compared with its other forms: words folded (:func:`_fold`), initials run
    together split ("J.K." is "J. K."), with no stops, no Arabic article before a word
    ("al-Assad" is "Assad") and no generational suffix ("Downey Jr." is "Downey"). A
    hyphenated word stays one ("Man" is no name of "Spider-Man")."""
    return _key(tuple(words))


@functools.lru_cache(maxsize=65536)  # the same names are compared again and again
def _key(words: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for w in words:
        low = _fold(w).replace("’", "'")
        if len(low) > 3 and low.startswith(("al-", "el-")):
            low = low[3:]
        if re.fullmatch(r"(?:[^\W\d_]\.){2,}", low):
            out.extend(low.replace(".", " ").split())
            continue
        out.append(low.replace(".", ""))
    while len(out) > 1 and out[-1] in _SUFFIXES:
        out.pop()
    return tuple(out)


@functools.lru_cache(maxsize=65536)
def _clean_name_words(name: str) -> bool:
    """Whether every word of a name is capitalised or a particle ("Lula da Silva"), and no
    word comes twice ("Charles Ray Charles")."""
    words = name.split()
    ok = all(
        w.lower() in _PARTICLES or any(part[:1].isupper() for part in re.split(r"[-'’]", w))
        for w in words
    )  # "al-Jahafi", "d'Estaing"
    return ok and len({w.lower() for w in words}) == len(words)


def _part_of(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether name ``a`` starts or ends the longer name ``b``."""
    return len(a) < len(b) and (b[: len(a)] == a or b[-len(a) :] == a)


def _inside(k: tuple[str, ...], fk: tuple[str, ...]) -> bool:
    """Whether name ``k`` is one word, no initial, of the longer name ``fk`` that neither
    starts nor ends it: a surname followed by a second surname ("Vázquez" of "Wanda
    Vázquez Garced") or the name a person is known by ("Lula")."""
    return len(k) == 1 and len(k[0]) > 1 and k[0] in fk[1:-1] and fk[-1] not in _SENIOR


def _drops_middle(k: tuple[str, ...], fk: tuple[str, ...]) -> bool:
    """Whether name ``k`` is ``fk`` with middle initials left out ("Emily Murphy" of "Emily
    W. Murphy"); not middle names, which tell a mother from a daughter ("Gloria Morgan
    Vanderbilt", "Gloria Vanderbilt")."""
    kept = [w for w in fk if len(w) > 1]
    return len(k) < len(fk) and tuple(kept) == k and len(k) > 1


def _misspelt(k: tuple[str, ...], fk: tuple[str, ...]) -> tuple[str, str] | None:
    """The word of name ``k`` misspelt and the word of ``fk`` it stands for, when ``k`` is
    the end of ``fk`` with one long word misspelt by one letter left out, added, changed or
    two swapped ("Daveport" for "Davenport"): words of seven letters or more, the same first
    letter; else ``None``."""
    tail = fk[-len(k) :] if len(k) <= len(fk) else ()
    diff = [(a, b) for a, b in zip(k, tail, strict=False) if a != b]
    if len(tail) != len(k) or len(diff) != 1:
        return None
    a, b = diff[0]
    if min(len(a), len(b)) >= 5 and (_halved(a, b) or _halved(b, a)):
        return diff[0]  # "Barot" for "Barrot"
    return diff[0] if min(len(a), len(b)) >= 7 and a[0] == b[0] and _one_edit(a, b) else None


def _halved(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one of a doubled letter left out ("Barot", "Barrot";
    "Philips", "Phillips"): a slip of typing, which a second person's name hardly is."""
    if len(b) != len(a) + 1:
        return False
    i = _first_difference(a, b)
    return i > 0 and b[i] == b[i - 1] and a[i:] == b[i + 1 :]


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter left out, added or changed, or by two
    neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = _first_difference(a, b)
    if len(a) != len(b):
        short, long_ = sorted((a, b), key=len)
        return short[i:] == long_[i + 1 :]
    return a[i + 1 :] == b[i + 1 :] or _swapped(a, b)


def _first_difference(a: str, b: str) -> int:
    """Where ``a`` and ``b`` first differ (the shorter one's length when one begins the
    other)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return i


def _swapped(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with two neighbouring letters swapped ("Montieth", "Monteith"):
    a slip of typing, which a second person's name, unlike a changed letter ("Hanson",
    "Hansen"), is hardly ever."""
    if len(a) != len(b) or a == b:
        return False
    i = _first_difference(a, b)
    return a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]


# kin, and those who act or speak for one person, named by their relation to someone of
# the story ("his daughter said", "her lawyer said"): the person introduced so ("his daughter
# Nettie Baker"), else "<that someone>'s daughter" ("Stan Lee's lawyer")
# bodies that serve one person, named like kin ("his office said" -> "Ann Bee's office")
_OWNED_BODIES = frozenset({"office", "family", "campaign"})
_RELATIVES = _OWNED_BODIES | frozenset(
    {"daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "widow"}
    | {"widower", "partner", "fiancee", "fiancée", "fiance", "fiancé", "girlfriend"}
    | {"boyfriend", "grandmother", "grandfather", "granddaughter", "grandson", "uncle"}
    | {"aunt", "nephew", "niece", "cousin", "stepfather", "stepmother", "parent", "child"}
    | {"lawyer", "attorney", "solicitor", "barrister", "agent", "publicist", "spokesman"}
    | {"spokeswoman", "spokesperson", "aide", "adviser", "advisor", "doctor"}
)


def _initial(word: str) -> bool:
    """Whether a name word is an initial ("K", "K.")."""
    return len(word.rstrip(".")) == 1 and word[:1].isupper()


_HONORIFIC_WORDS = frozenset({"mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady"})


def _comma_person(s: _Sent, j: int) -> int | None:
    """A person named between commas at the end of the phrase headed by ``j`` ("the firm's
    head of sales, Ann Bee,"), whatever the parse hung the name on; else ``None``."""
    end = max(s.subtree(j))
    for b in (end + 1, end):  # the closing comma in the phrase or just after it
        if 0 < b < len(s.text) and s.text[b] == "," and s.ent[b - 1].endswith("PERSON"):
            a = s.ent_span(b - 1)[0]
            while a > j + 1 and s.lower[a - 1].rstrip(".") in _HONORIFIC_WORDS:
                a -= 1  # ", Dr. Ann Bee,"
            if a > j + 1 and s.text[a - 1] == "," and not s.quoted[a]:
                return b - 1
    return None


def _name_before_role(s: _Sent, j: int) -> int | None:
    """A person named first and set off by a comma from the role noun ``j`` that follows,
    which the parse made the name's head ("Ann Bee, campaigns director at Apex in the UK,
    said", with "Bee" a dependent of "director"): the name opens the phrase of ``j``; else
    ``None``. A name the phrase does not open ("Unlike Ann Bee, the director said") is
    another's."""
    left = min(s.subtree(j))
    for c in s.children(j):
        if c >= j or s.quoted[c] or not s.ent[c].endswith("PERSON"):
            continue
        a, b = s.ent_span(c)
        if a == left and b < j and s.text[b] == "," and s.head[c] == j:
            return c
    return None


def _name_start(s: _Sent, a: int, b: int, lex: _Lexicon) -> int:
    """Where the name of entity ``a:b`` starts: proper words just before it that modify it
    belong to it ("Liberal" of "Liberal Democrats" when only "Democrats" was tagged); titles
    and honorifics do not."""
    skip = lex.title_words | lex.honorifics.keys() | lex.org_descriptors
    while a > 0:
        k = a - 1
        ok = (
            s.pos[k] == "PROPN"
            and s.text[k][:1].isupper()
            and (s.dep[k] == "compound" or (s.dep[k] == "amod" and k > 0))  # not "Ailing X"
            and (s.ent[k] == "O" or s.ent[k][2:] in _NAME_ENTS)  # not "December Microsoft"
            and a <= s.head[k] < b
            and s.lower[k].rstrip(".") not in skip
            and s.lower[k] not in _DETS  # "The" of a headline parsed as a name
            and not s.quoted[k]
        )
        if not ok:
            break
        a = k
    return a


def _apposed_name(s: _Sent, j: int) -> int | None:
    """The name in apposition to ``j`` ("the chancellor, Gordon Brown") or named after it
    and a second title ("founder and director Elliot Grove"), or ``None``. A name
    after a relative or participle clause of ``j`` belongs to that clause ("the actor, whose
    films include Star Wars: The Phantom Menace, said"), whatever the parse hangs it on."""
    clauses = [k for k in s.children(j) if s.dep[k] in ("relcl", "acl") and k > j]
    for k in s.children(j):
        if s.dep[k] != "appos" or s.quoted[k] or any(c < k for c in clauses):
            continue
        if s.pos[k] == "PROPN" or s.ent[k].endswith("PERSON"):
            return k
    for k in s.children(j):  # "founder and director Elliot Grove": two titles, one name
        if s.dep[k] == "conj" and s.ent[k].endswith("PERSON") and not s.quoted[k]:
            a = s.ent_span(k)[0]
            between = range(j + 1, a)
            titles = between[1:]  # lower-case ones: "and Chancellor Gordon Brown" is another
            if (
                titles
                and s.dep[j + 1] == "cc"
                and all(
                    s.pos[t] == "NOUN" and s.ent[t] == "O" and s.text[t].islower() for t in titles
                )
            ):
                return k
    return None


def _name_in_title(s: _Sent, j: int, lex: _Lexicon) -> int | None:
    """The person named at the end of a title's own attachment ("director of rugby Nigel
    Melville", "minister for women Jacqui Smith"), which the parse made the object of the
    title's preposition; else ``None``. "a spokesman for Mr Prescott" names whom the role
    serves, not its holder: the head must be one title ("the parents of 17-year-old Ann Bee"
    are not Ann Bee) and a common word must come between the preposition and the name."""
    noun = s.lemma[j].lower()
    if s.tag[j] != "NN" or noun not in lex.titles or noun in lex.unnamed_nouns:
        return None
    if any(s.dep[k] == "det" and s.lower[k] in ("a", "an") for k in s.children(j)):
        return None
    for p in s.children(j):
        if s.dep[p] != "prep" or s.lower[p] not in ("of", "for") or p < j:
            continue
        for o in s.children(p):
            if s.dep[o] == "pobj" and s.ent[o].endswith("PERSON") and not s.quoted[o]:
                a = s.ent_span(o)[0]
                if a - 1 > p and s.text[a - 1].islower() and s.head[a - 1] == o:
                    return o
    return None


def _name_before(s: _Sent, i: int) -> int | None:
    """A person named straight before verb ``i`` ("..., the carmaker's chief executive
    Helmut Panke said:") that the parse hung elsewhere, leaving the verb without a subject
    or with one inside a quotation ('"Our team" study co-author Tak-Sing Wong said'): the
    name's last token, else ``None``. Only a finite verb has one: the name before a
    participle or an infinitive is its clause's object ("challenged Mr Brown to deny")."""
    if s.tag[i] not in ("VBD", "VBZ", "VBP"):
        return None
    k = i - 1
    while k > 0 and s.dep[k] in ("aux", "advmod") and s.head[k] == i and s.lower[k] != "to":
        k -= 1  # "Ann Bee has also said"
    if k < 0 or s.quoted[k] or s.pos[k] != "PROPN" or s.dep[k] in ("dobj", "dative"):
        return None
    return k if s.ent[k].endswith("PERSON") else None


def _name_end(s: _Sent, j: int) -> int:
    """Where a name headed by ``j`` ends when it goes on with a capitalised preposition
    ("Consumers Against Supermarket Privacy Invasion and Numbering", "Mothers Against Drunk
    Driving"): after its last capitalised word before any bracket; when it ends on "No."
    and a number ("Republic Act No. 3846"), after the number; else just after ``j``."""
    m = j + 1
    numbered = m + 1 < len(s.text) and s.text[m] == "." and s.text[m + 1][:1].isdigit()
    if s.lower[j] in ("no", "nos") and numbered:  # "Republic Act No. 3846": the number names it
        return m + 2
    if m >= len(s.text) or s.pos[m] != "ADP" or not s.text[m][:1].isupper() or s.quoted[m]:
        return j + 1
    end = j + 1
    while m < len(s.text) and not s.quoted[m]:
        if s.text[m][:1].isupper() and s.pos[m] in ("PROPN", "ADP", "NOUN", "ADJ"):
            end = m + 1
        elif s.lower[m] not in ("and", "of", "for", "the", "&"):
            break
        m += 1
    return end


def _body_end(s: _Sent, a: int, b: int, lex: _Lexicon) -> int:
    """Where the name of the body tagged at ``a:b`` ends when it goes on with "of" or "for"
    and a place or body the tagger named apart ("the Court of Appeals for the District of
    Columbia", "the UN Economic Commission for Latin America", "the Muslim Council of
    Britain"), and then with "and" and a second place ("the High Court of England and
    Wales"): only when a body's noun ("court", "council") heads it, not a firm's name
    ("Shell for Australia", "Samsung of South Korea"); else ``b``."""
    bodies = lex.collective_nouns | _BODY_NOUNS
    n = len(s.text)
    if _shop_possessive(s, b):
        return b + 1  # "McDonald's said": the possessive is the firm's name
    placed = b >= a + 2 and s.lower[b - 2] in ("of", "for")  # the name ends with a place
    placed = placed and s.ent[b - 1][2:] not in ("PERSON", "NORP")
    while b + 1 < n and not s.quoted[b]:
        head = _span_head(s, a, b)  # "Court" of "Court of Appeals"
        if s.lower[b] in ("of", "for") and s.lower[head] in bodies and s.text[head].istitle():
            k = b + 1 + (s.lower[b + 1] == "the" and s.ent[b + 1] == "O")
            if k >= n or s.ent[k][:2] != "B-" or s.ent[k][2:] not in ("GPE", "LOC", "ORG"):
                return b
        elif s.lower[b] == "and" and placed:  # "of England and Wales"
            k = b + 1 + (s.lower[b + 1] == "the" and s.ent[b + 1] == "O")
            if k >= n or s.ent[k] not in ("B-GPE", "B-LOC"):
                return b
            end = s.ent_span(k)[1]
            if end < n and (s.pos[end] in ("NOUN", "PROPN") or s.text[end] in ("'s", "’s")):
                return b  # "the Bank of England and France's central bank"
        else:
            return b
        if s.quoted[k]:
            return b
        placed = s.ent[k][2:] in ("GPE", "LOC")
        b = s.ent_span(k)[1]
    return b


# nouns of bodies' names besides those that speak as a body ("court", "council")
_BODY_NOUNS = frozenset({"foundation", "league", "guild", "society", "assembly", "corps"})


def _title_suffix(phrase: str, lex: _Lexicon) -> str | None:
    """The longest title that ends ``phrase`` ("tory leader" -> "leader")."""
    words = phrase.split()
    for k in range(len(words)):
        tail = " ".join(words[k:])
        if tail in lex.titles:
            return tail
    return None


def _phrase(s: _Sent, body: list[int], *, possessive: bool = False) -> str:
    """Tokens as a phrase: names keep their case, common words are lower-cased; with
    ``possessive`` a possessor keeps its "'s" ("children's charities", "Mr Blair's official
    spokesman"), else it is dropped ("BBC Radio 4 Today programme")."""
    out = ""
    body = [k for k in body if s.text[k] not in ("'s", "’s")]
    for n, k in enumerate(body):
        w = s.text[k] if s.pos[k] == "PROPN" or s.ent[k] != "O" else s.lower[k]
        nxt = k + 1
        ends_possessor = s.dep[k] == "poss" or (nxt < len(s.text) and s.dep[nxt] == "case")
        if possessive and ends_possessor and nxt < len(s.text) and s.text[nxt] in ("'s", "’s"):
            w += s.text[nxt]
        prev = body[n - 1] if n else None
        glued = prev == k - 1 and s.start[k] == s.start[prev] + len(s.text[prev])
        out += w if glued or not out else " " + w  # "Anti-Fraud", "low-cost"
    return out


# places that speak as their administration ("the city said"): named by the place itself
_PLACE_NOUNS = frozenset(
    {"city", "town", "county", "village", "municipality", "province", "state", "country"}
)


def _with_attachments(s: _Sent, j: int, phrase: str, lex: _Lexicon) -> str:
    """A role with the body it speaks for ("a spokesman for the Home Office" -> "Home Office
    spokesman"), an office with the place or body it is of, as written ("the mayor of
    Yartsevo"), or what places it ("a source close to the firm"); a group with what tells it
    from others of its kind: where or whom it is from ("policy makers in Europe",
    "researchers at Imperial College"), or how it was picked ("people surveyed")."""
    group = s.tag[j] == "NNS"
    for k in s.children(j):
        if k < j or s.quoted[k]:
            continue
        if group and _chosen_by(s, j, k):
            return f"{phrase} {s.join(k, max(s.subtree(k)) + 1)}"
        placed = group and s.lower[k] in _GROUP_PREPS  # "in Europe": which policy makers
        if s.dep[k] == "prep" and (s.lower[k] in _ORG_PREPS or placed):
            objs = [o for o in s.children(k) if s.dep[o] == "pobj" and s.pos[o] != "PRON"]
            if objs and (s.pos[objs[0]] in ("PROPN", "NOUN")):
                o = objs[0]
                if group and _common_complement(s, k, o):  # "critics of the measure"
                    end = _dated_end(s, o)  # "organisers of the first grand slam of 2005"
                    return f"{phrase} {s.lower[k]} {s.join(min(_left_phrase(s, o)), end)}"
                if placed:  # a place named right after: not "players in clear The FA"
                    at = k + 1 + (s.lower[k + 1] == "the" and s.ent[k + 1] == "O")
                    if s.ent[o][2:] in ("GPE", "LOC") and s.ent_span(o)[0] == at:
                        return f"{phrase} {s.lower[k]} {_body_named(s, o)}"
                    continue
                if group and s.ent[o][2:] in _NAME_ENTS:
                    # a group keeps the article's words: "researchers from Penn State"
                    return f"{phrase} {s.lower[k]} {_body_named(s, o)}"
                office = s.lower[k] == "of" and phrase in lex.titles and phrase not in _RELATIVES
                if office and (s.ent[o][2:] in _NAME_ENTS or s.ent[o] == "B-PERSON"):
                    # an office keeps the article's words ("mayor of Yartsevo", a town the
                    # tagger may take for a person), as a spokesman's body does not
                    a, b = s.ent_span(o)
                    return f"{phrase} of {' '.join(_words(s, a + (s.lower[a] == 'the'), b))}"
                if s.ent[o][2:] in _NAME_ENTS:  # the name alone, not what describes it
                    a, b = s.ent_span(o)
                    if s.lower[k] == "of" and s.lemma[j].lower() in _PLACE_NOUNS:
                        return " ".join(_words(s, a + (s.lower[a] == "the"), b))  # "city of X"
                    a += s.lower[a] == "the"
                    org = s.join(a, b).split(" (")[0] if b > a else ""
                elif s.tag[o] == "NNS" and not s.text[o].istitle():  # "lawyer for the bloggers"
                    written = s.join(min(_left_phrase(s, o)), _name_end(s, o))
                    return f"{phrase} {s.lower[k]} {written}"
                else:
                    span = [t for t in _left_phrase(s, o) if s.lower[t] not in _DETS]
                    span += range(o + 1, _name_end(s, o))  # "Mothers Against Drunk Driving"
                    org = _phrase(s, span, possessive=True)
                org = org.removesuffix("'s").removesuffix("’s")
                kept = phrase in lex.titles and phrase not in lex.unnamed_nouns
                if kept and ("'s " in org or "’s " in org):  # "head of the police's ..."
                    return f"{phrase} {s.join(k, max(s.subtree(k)) + 1)}"
                person = s.ent[o].endswith("PERSON") or s.lower[o] in lex.honorifics
                if org:  # "a spokesman for Mr Prescott" -> "Mr Prescott's spokesman"
                    return f"{org}'s {phrase}" if person else f"{org} {phrase}"
        if s.dep[k] == "amod" and any(s.dep[c] == "prep" for c in s.children(k)):
            end = max(s.subtree(k)) + 1
            return f"{phrase} {s.join(k, end)}"
    return phrase


def _common_complement(s: _Sent, p: int, o: int) -> bool:
    """Whether the preposition ``p`` and its object ``o``, a common noun with a definite
    article or owner ("of the measure", "in her study", "at the plant"), tell a group from others of
    its kind, to be kept as written: no name, no time ("in recent weeks") and nothing
    capitalised in the object's words."""
    if s.lower[p] not in _ORG_PREPS | _GROUP_PREPS or s.pos[o] != "NOUN":
        return False
    words = _left_phrase(s, o)
    definite = [t for t in words if s.dep[t] == "poss" or s.lower[t] in _DETS - {"a", "an"}]
    if not definite or words[0] != p + 1:  # not where they met: "leaders at a summit"
        return False
    return all(
        (s.ent[t] == "O" or s.ent[t][2:] in _COUNTED) and not s.text[t][:1].isupper()
        for t in words
    )  # "of the first grand slam": an ordinal is no name


# entities of counting and time, which tell one of a kind from others without naming it
_COUNTED = frozenset({"ORDINAL", "CARDINAL", "DATE"})


def _dated_end(s: _Sent, o: int) -> int:
    """The end of the common noun ``o`` with the year or number that says which one right
    after it ("the first grand slam of 2005", "the class of 1999")."""
    for p in s.children(o):
        if p == o + 1 and s.dep[p] == "prep":
            objs = [t for t in s.children(p) if s.dep[t] == "pobj"]
            span = sorted(s.subtree(objs[0])) if objs else []
            if span and span[0] == p + 1 and all(s.ent[t][2:] in _COUNTED for t in span):
                return span[-1] + 1
    return o + 1


# where a group is from, which tells it from others of its kind ("officials in Kerala",
# "critics across Europe"), for a group only: "a spokesman in London" is the same spokesman
_GROUP_PREPS = frozenset({"in", "across"})


def _chosen_by(s: _Sent, j: int, k: int) -> bool:
    """Whether ``k`` is a past participle right after the group ``j`` that tells how its
    members were chosen ("people surveyed", "economists polled by Reuters"), with nothing
    after it but the one who chose them."""
    if s.dep[k] != "acl" or s.tag[k] != "VBN" or k != j + 1:
        return False
    for c in s.children(k):
        objs = [o for o in s.children(c) if s.dep[o] == "pobj"]
        named = objs and (s.pos[objs[0]] == "PROPN" or s.ent[objs[0]] != "O")
        if s.dep[c] != "agent" or not named:
            return False
    return True


def _body_named(s: _Sent, o: int) -> str:
    """The bodies or places named by the object ``o`` of a preposition as the article wrote
    them, with those joined to it and its possessor ("China's Tsinghua University and the
    Chinese Academy of Sciences"),
    up to a bracket, a comma or a preposition outside a name ("Penn State (PSU) in the US"
    gives "Penn State")."""
    span = sorted(s.subtree(o))
    out = []
    for k in range(span[0], span[-1] + 1):
        outside = s.ent[k] == "O"
        if s.text[k] in ("(", ",", ";") or (outside and s.pos[k] == "ADP" and k > o):
            break
        out.append(k)
    while out and s.pos[out[-1]] in ("CCONJ", "PUNCT"):
        out.pop()  # "the University of Washington and (...)"
    return s.join(out[0], out[-1] + 1) if out else s.text[o]


def _role_head(name: str) -> str:
    """The noun a role or group is named by: "lawyer" of "lawyer for the families" and of
    "Home Office lawyer"."""
    words = name.split()
    return words[0] if len(words) > 2 and words[1] in _ORG_PREPS else words[-1]


def _span_head(s: _Sent, a: int, b: int) -> int:
    """The token of ``a:b`` whose head lies outside the span (its last token if none does)."""
    return next((t for t in range(a, b) if not a <= s.head[t] < b), b - 1)


def _words(s: _Sent, a: int, b: int) -> list[str]:
    """Tokens ``a:b`` as words: hyphenated parts joined ("Veron-Reville"), an abbreviation's
    stop kept ("No. 3846"), a comma inside a name kept on the word it follows ("Ministry of
    Economy, Trade and Industry"), possessives off but for one inside a body's name ("Alachua
    Sheriff's Office"), and nothing from an opening bracket on (an entity "Fire Service
    (RegFire" the tagger ran into the acronym after it)."""
    out: list[str] = []
    for k in range(a, b):
        t = s.text[k]
        if t == "(" and out:
            break
        glued = k > a and s.start[k] == s.start[k - 1] + len(s.text[k - 1])
        kept = _inner_possessive(s, k) or _shop_possessive(s, k)  # "McDonald's said"
        if t in ("'s", "’s") and out and glued and kept:
            out[-1] += t
            continue
        if t in ("'s", "’s", "'", "’"):
            continue
        if t in (",", ";", ":") and k + 1 == b:
            break  # "According to Associated Press," tagged with its comma
        if out and glued and t == "." and out[-1][:1].isupper():
            out[-1] += t  # "No." split off by the tokenizer
            continue
        if out and glued and t == "," and k + 1 < b:
            out[-1] += t  # "Institute of Epidemiology, Disease Control and Research"
            continue
        if out and glued and (t in _NAME_JOINERS or out[-1][-1:] in _NAME_JOINERS):
            out[-1] += t  # "Rolls-Royce", "Nielsen/NetRatings", "Procter&Gamble" as written
        else:
            out.append(t)
    return out


# marks that join the parts of one name with no space around them ("Rolls-Royce",
# "Nielsen/NetRatings", "AT&T", "Hewlett+Packard"): kept glued as the article wrote them
_NAME_JOINERS = frozenset({"-", "–", "/", "&", "+"})


def _shop_possessive(s: _Sent, k: int) -> bool:
    """Whether the possessive ``k`` ends a firm's name rather than marking an owner
    ("McDonald's said", "according to Sainsbury's"): glued to a proper word it hangs on, a
    body's name or nothing the tagger knows, which owns nothing (no noun after it)."""
    if not (0 < k < len(s.text)) or s.text[k] not in ("'s", "’s") or s.head[k] != k - 1:
        return False
    h = k - 1
    glued = s.start[k] == s.start[h] + len(s.text[h])
    after = s.pos[k + 1] if k + 1 < len(s.text) else ""
    owns = s.dep[h] == "poss" or after in ("NOUN", "PROPN", "ADJ")
    body = s.ent[h][2:] in ("ORG", "FAC") or s.ent[h] == "O"
    return glued and not owns and s.pos[h] == "PROPN" and body and s.text[h][:1].isupper()


def _inner_possessive(s: _Sent, k: int) -> bool:
    """Whether the possessive ``k`` is part of a body's name ("Alachua Sheriff's Office", "St
    John's Ambulance"): inside one tagged name, between capitalised words, and not after the
    name's first word, where it marks an owner ("Britain's Royal Navy")."""
    if not (0 < k < len(s.text) - 1) or s.ent[k][2:] not in _NAME_ENTS:
        return False
    first = s.ent_span(k)[0]
    first += s.lower[first] == "the"
    inside = s.ent[k].startswith("I-") and s.ent[k + 1] == "I-" + s.ent[k][2:]
    capitals = s.text[k - 1][:1].isupper() and s.text[k + 1][:1].isupper()
    return inside and capitals and k - 1 > first


def _left_phrase(s: _Sent, j: int, *, coordinated: bool = True) -> list[int]:
    """The head ``j`` with the contiguous modifiers before it (det, compound, amod, ...) and
    modifiers joined by "and" ("State and federal election officials"), unless those are
    the end of a longer run ("a Department for Media, Culture and Sport spokeswoman", "the
    world 200m and 400m record holder"); a name's possessor is no part of it ("the United
    Kingdom's Queen Elizabeth II")."""
    keep, joins = {j}, set()
    stack = [j]
    while stack:
        h = stack.pop()
        for k in s.children(h):
            # a name may hold a coordinator: "Disaster and Emergency Management Presidency"
            joined = s.dep[k] == "cc" and s.pos[j] == "PROPN" and s.pos[h] == "PROPN"
            anded = any(s.dep[c] == "cc" and s.lower[c] in ("and", "&") for c in s.children(h))
            joins_h = coordinated and h != j and anded and s.dep[k] in ("cc", "conj")
            if k < j and (s.dep[k] in _LEFT_DEPS or joined or joins_h):
                keep.add(k)
                stack.append(k)
                if joins_h:
                    joins.add(k)
    idx = sorted(keep)
    # keep only the contiguous run that ends at the head
    run = [j]
    for k in reversed(idx[:-1]):
        if k == run[0] - 1:
            run.insert(0, k)
        else:
            break
    if joins and (joins & set(run)) and idx[0] < run[0]:
        return _left_phrase(s, j, coordinated=False)  # the end of a longer run
    if s.pos[j] == "PROPN":
        cut = [n for n, k in enumerate(run) if s.text[k] in ("'s", "’s") and s.dep[k] == "case"]
        if cut:
            run = run[cut[-1] + 1 :]
    return run


def _person_words(s: _Sent, a: int, b: int, lex: _Lexicon):
    """Name words of a PERSON entity ``a:b``, with honorifics/titles just before it and a
    first name or initial the tagger left out (:func:`_given_name_before`)."""
    a = _given_name_before(s, a, b, lex)
    b = _surname_after(s, a, b, lex)
    for m in range(a + 1, b):  # "Ann Kim 6-4 6-3": a score the tagger ran into the name,
        # after it or inside it (not "Andre 3000", which no dash follows: _numbered_names)
        dash = m + 1 < len(s.text) and s.text[m + 1] in ("-", "–", "—")
        if dash and s.pos[m] == "NUM" and s.text[m][:1].isdigit():
            b = m
            break
    k = a
    while k > 0 and s.lower[k - 1].rstrip(".") in (lex.honorifics.keys() | lex.title_words):
        k -= 1
    # an adjective the tagger ran into the name describes the person ("Russian Ivan Petrov")
    while b - k > 2 and s.tag[k] == "JJ" and s.text[k][:1].isupper():
        k += 1
    return _clean_name(_words(s, k, b), lex)


def _person_after_party(s: _Sent, a: int, b: int) -> int | None:
    """Where a person's name starts inside the body entity ``a:b`` that the tagger ran on
    from a party's name before it ("For the Lib Dems David Laws said", "for Labour Ann Bee
    said", "the Tories' Ann Bee"): the party's words, then two or more name words, none of
    them a party's word; else ``None``."""
    k = a + (s.lower[a] == "the")
    start = k
    while k < b and s.lower[k] in _PARTY_ANY:
        k += 1
    if k == start or b - k < 2:
        return None
    rest = range(k, b)
    if len(rest) > 3 or not all(s.pos[t] == "PROPN" and _name_like(s.text[t]) for t in rest):
        return None
    if any(s.lower[t] in _PARTY_ANY or s.lower[t] in _BODY_WORDS for t in rest):
        return None  # "the Conservative Party Conference", "Labour Students": the party's
    return k


def _name_like(word: str) -> bool:
    """Whether ``word`` may be a word of a person's name: a capital, then letters, with
    hyphens or apostrophes inside ("Kilroy-Silk", "O'Neill")."""
    return len(word) > 1 and word[0].isupper() and word.replace("-", "").replace("'", "").isalpha()


# words that go on a party's name as more of the body, never as a person's name ("Labour
# Party Conference", "Tory Central Office", "Young Conservatives Group")
_BODY_WORDS = frozenset(
    {"party", "conference", "group", "council", "committee", "office", "headquarters"}
    | {"campaign", "students", "youth", "friends", "association", "club", "society", "union"}
    | {"government", "leadership", "whips", "members", "mps", "peers", "central", "national"}
    | {"executive", "assembly", "parliament", "front", "bench", "frontbench", "movement"}
)

# a party called by its members ("the Conservatives", "the Greens")
_PARTY_PLURALS = frozenset(
    {"conservatives", "democrats", "republicans", "greens", "liberals", "nationalists"}
    | {"unionists", "socialists", "libdems"}
)
_PARTY_ANY = _PARTY_WORDS | _PARTY_PLURALS


def _verb_of_a_name(s: _Sent, i: int, propers: dict) -> bool:
    """Whether the verb ``i`` is the first word of a name the tagger read as a verb ("Ask
    Jeeves said", "Ask Jeeves tips online ad revival"): capitalised, a proper word right
    after it, and written as a name word where no sentence starts ("shares in Ask Jeeves")
    or read as a bare verb's clause that is the subject of another verb ("Ask Jeeves
    said ...": no clause "Ask Jeeves" says anything)."""
    if not s.text[i][:1].isupper() or i + 1 >= len(s.text) or s.pos[i + 1] != "PROPN":
        return False
    clause = s.dep[i] == "csubj" and s.tag[i] == "VB" and s.dep[i + 1] == "dobj"
    return (s.text[i] in propers or clause) and s.text[i + 1][:1].isupper()


# positions in a team and other nouns sport news calls a player by ("the Wasps wing", "the
# Holland international", "the veteran lock"), which name a person as a subject; those
# already in the lexicon's person nouns ("star", "veteran") or titles ("captain",
# "striker") are not repeated here
_TEAM_ROLES = frozenset(
    {"wing", "prop", "lock", "centre", "center", "back", "full-back", "fly-half", "half"}
    | {"scrum-half", "international", "ace", "pro", "rookie", "seed", "medallist", "keeper"}
    | {"hooker", "flanker", "youngster", "teenager"}
)


def _described_person(s: _Sent, i: int, lex: _Lexicon) -> list[str] | None:
    """A given name and surname ending at token ``i`` that a noun for one person written
    just before describes ("singer Ann Bee", "former prop Ann Bee"), whatever the tagger
    took the two words for (a body, a place, nothing), as ``[given, surname]``; else
    ``None``. Two proper words exactly: three may be a headline run into the story
    ("striker Baros Liverpool ...")."""
    g, d = i - 1, i - 2
    if i + 1 < len(s.pos) and s.pos[i + 1] == "PROPN":
        return None
    if s.pos[g] != "PROPN" or s.pos[i] != "PROPN" or s.head[g] != i or s.quoted[g] or s.quoted[i]:
        return None
    if s.ent[g] == "B-PERSON" or s.ent[g][2:] == "DATE":
        return None  # a tagged person is known already
    words = [s.text[g], s.text[i]]
    if not all(_NAME_WORD.fullmatch(w) and w[:1].isupper() and not w.isupper() for w in words):
        return None  # "Ann", "Kivelä", "O'Neill"; not "BBC", "F1"
    ones = lex.titles | lex.person_nouns | (lex.speaker_nouns - lex.collective_nouns)
    ones |= _TEAM_ROLES  # "former Wales prop Ann Bee"
    if s.lower[d] == "in" and s.head[i] == d and s.dep[i] == "pobj":
        h = s.head[d]  # "they have a manager in Ann Bee": the noun "in" hangs on
        one = any(s.lower[t] in ("a", "an") for t in s.children(h) if s.dep[t] == "det")
        if h < d and s.tag[h] == "NN" and s.lemma[h].lower() in ones and one:
            d = h
    noun = s.lower[d]
    # a noun for people capitalised where a headline runs into the story ("Singer Ann Bee")
    written = s.tag[d] == "NN" and s.text[d].islower()
    known = s.tag[d] == "NNP" and s.text[d].istitle() and noun in lex.person_nouns | _TEAM_ROLES
    if not (written or known) or (d == i - 2 and (s.head[d] != i or s.dep[d] != "compound")):
        return None
    doer = noun.endswith(_DOER_ENDS) and noun not in lex.org_descriptors | _ALSO_BODIES
    known = lex.titles | lex.title_words | lex.honorifics.keys() | lex.org_descriptors
    if not (noun in ones or doer) or words[0].lower() in known | _BEFORE_NAMES:
        return None
    return words


# a word of a name: letters, with hyphens or apostrophes between them
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# endings of nouns for what a person does ("guitarist", "developer", "comedian")
_DOER_ENDS = ("ist", "er", "or", "ian", "man", "woman", "ess")


def _surname_after(s: _Sent, a: int, b: int, lex: _Lexicon) -> int:
    """Where a person's name ends when the tagger left out its last word, a second surname
    the parse made the head of the name ("Wanda Vázquez" tagged of "Wanda Vázquez Garced
    was sworn in"): one capitalised word after the name, tagged nothing, that the name's
    last word modifies and no list knows as a noun or title; else ``b``."""
    if b >= len(s.text) or b - a < 2 or s.head[b - 1] != b or s.quoted[b]:
        return b
    if s.ent[b] != "O" or s.tag[b] != "NNP" or not s.text[b].istitle() or "." in s.text[b]:
        return b
    low = s.lower[b]
    known = lex.titles | lex.title_words | lex.speaker_nouns | lex.person_nouns
    known |= lex.org_descriptors | lex.collective_nouns | lex.honorifics.keys()
    if low in known or low in _PARTICLES or low in _POSTNOMINALS or low.upper() in _POSTNOMINALS:
        return b
    first = s.lower[a].rstrip(".")
    if first in known or first in _BEFORE_NAMES:  # "Tory Dominic" tagged of "Tory Dominic Grieve"
        return b
    return b + 1


# endings of nouns that describe people ("Guitarist", "Goalscorer", "Frenchwoman"), which
# are no first names when one opens a sentence before a name
# (and a plural: "Judges Simon Cowell")
_DESCRIBER_ENDS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ess", "ite", "ive", "s")
# capitalised words that describe the person after them ("Green MEP Ann Bee")
_BEFORE_NAMES = frozenset({"new", "old", "young", "green", "dj", "labour", "tory", "liberal"})


def _given_name_before(s: _Sent, a: int, b: int, lex: _Lexicon) -> int:
    """Where a person's name starts when the tagger left its first word out: an initial
    ("R Sidoli" tagged from "Sidoli"), the first name of a name of three words that opens a
    clause ("Ard Jan Vetham, Capgemini's consultant, said", "Carmen Yulín Cruz, the mayor,
    said" tagged from the middle name), or of a one-word name that is a clause's subject
    ("Otis Ferry, a former pupil, said" tagged from "Ferry"; a first name with a describer's
    ending, such as "Peter", is not taken there). A word written before a name to describe
    the person ("Guitarist Brian May", "Liberal Democrat Charles Kennedy", "former DJ Mike Read") is
    not taken: it must open the sentence or follow a comma, and be no known noun."""
    k = a - 1
    if k < 0 or s.quoted[k] or s.ent[k] != "O" or s.pos[k] != "PROPN" or s.tag[k] != "NNP":
        return a
    if s.dep[k] != "compound" or not a <= s.head[k] < b or not s.text[k][:1].isupper():
        return a
    if _initial(s.text[k]):
        return k
    low = s.lower[k].rstrip(".")
    if s.lower[a].rstrip(".") in lex.title_words or low in _BEFORE_NAMES:
        return a  # "Green MEP Caroline Lucas": the title opens the name
    known = lex.title_words | lex.honorifics.keys() | lex.org_descriptors | lex.person_nouns
    opens = k == 0 or s.text[k - 1] in (",", ";", "(", "and")
    if not opens or low in known or low in lex.speaker_nouns or low in lex.titles:
        return a
    if b - a < 2:  # "Otis Ferry, ..., said" tagged from "Ferry": only a clause's subject
        one = s.dep[a] in ("nsubj", "nsubjpass") and not low.endswith(_DESCRIBER_ENDS[:-1])
        return k if one and s.text[k].istitle() else a
    return a if low.endswith(_DESCRIBER_ENDS) else k


# title words that also open the names of bodies and places ("General Motors", "Prince
# Edward Island", "Chief Medical Officer", "Health Protection Agency")
_NAMING_TITLES = frozenset(
    {"general", "chief", "first", "home", "foreign", "health", "education", "district", "party"}
    | {"assembly", "executive", "opposition", "shadow", "vice", "former", "acting", "interim"}
    | {"outgoing", "incumbent", "elect", "prime", "deputy", "member", "head", "premier"}
    | {"justice", "leader", "king", "queen", "prince", "princess", "pope", "boss", "coach"}
)


def _titled(s: _Sent, a: int, b: int, lex: _Lexicon) -> bool:
    """Whether the body or place tagged at ``a:b`` is a capitalised title and a person's
    name of two or three words ("Presidential Spokesperson Harry Roque", "Health Secretary
    Alan Johnson"): the words after the last title, which names one person, are singular
    names no list knows as a noun, a title or a body ("Mayor's Office", "Secretary of State",
    "General Motors Acceptance Corp")."""
    a += s.lower[a] == "the"
    titles = [k for k in range(a, b - 2) if s.text[k][:1].isupper() and s.lower[k] in lex.titles]
    if not titles or s.lower[titles[-1]] in _NAMING_TITLES or b - titles[-1] > 4:
        return False
    rest = range(titles[-1] + 1, b)
    if any(s.tag[k] != "NNP" for k in rest) or any(s.pos[k] != "PROPN" for k in range(a, b)):
        return False
    known = lex.titles | lex.title_words | lex.speaker_nouns | lex.person_nouns
    known |= lex.org_descriptors | lex.collective_nouns | lex.honorifics.keys()
    return all(s.text[k][:1].isupper() and s.lower[k] not in known for k in rest) and not any(
        s.text[k] in ("'s", "’s", "&") or s.lower[k] in _PARTICLES for k in rest
    )


# nouns for people that describe firms as well ("market leader Vodafone", "oil producer BP")
_ALSO_BODIES = frozenset(
    {"leader", "producer", "owner", "member", "player", "winner", "supporter", "designer"}
    | {"runner", "former", "founder", "worker", "organiser", "organizer", "manager", "maker"}
)


def _person_by_role(s: _Sent, a: int, b: int, lex: _Lexicon) -> str | None:
    """How the name at tokens ``a:b``, which the tagger took for a body or place, is
    introduced as one person: "before" for a title or a noun for one person written just
    before it ("captain Fabien Pelous"), "apposed" for one in apposition ("Marta Ortega, a
    nurse at the clinic,"; "Wanda Vázquez Garced, the Secretary of Justice,"), "titled" for
    a title the tagger ran into the name ("Presidential Spokesperson Harry Roque"), else
    ``None``."""
    if _titled(s, a, b, lex):
        return "titled"
    if b - a < 2 or not all(s.pos[k] == "PROPN" for k in range(a, b)):
        return None
    ones = lex.titles | lex.person_nouns | (lex.speaker_nouns - lex.collective_nouns)
    ones -= _ALSO_BODIES
    k = a - 1
    if k >= 0 and s.tag[k] == "NN" and s.text[k].islower() and a <= s.head[k] < b:
        return "before" if s.lemma[k].lower() in ones else None
    head = _span_head(s, a, b)
    for c in s.children(head):
        if c <= b or s.dep[c] != "appos":
            continue
        common = s.pos[c] == "NOUN" and s.tag[c] == "NN" and s.lemma[c] in ones
        # a title written with a capital: "the Secretary of Justice for Puerto Rico"
        the = any(s.dep[d] == "det" and s.lower[d] == "the" for d in s.children(c))
        if common or (s.tag[c] == "NNP" and the and s.lower[c] in lex.titles - _ALSO_BODIES):
            return "apposed"
    return None


# words that count the people a statement is credited to, never part of their name
_QUANTIFIERS = frozenset({"some", "both", "several", "many", "most", "all", "each", "few"})
# heads of a part of a group: "half of the respondents said" is the respondents' statement
_PARTS = frozenset({"half", "part", "majority", "minority", "most", "many", "some", "all"})
_PARTS |= {"percent", "per", "%", "third", "quarter", "fifth", "tenth", "number", "dozens"}


def _counting(s: _Sent, k: int) -> bool:
    """Whether token ``k`` only counts the noun it goes with ("some consumer groups", "2,000
    people", "both officers"), so is no part of a speaker's name."""
    if s.dep[k] in ("det", "amod"):  # "some analysts", "many analysts", "several members"
        return s.lower[k] in _QUANTIFIERS
    h = s.head[k]  # a number of people, not "one analyst" nor "Number 10"
    return s.dep[k] == "nummod" and s.lower[k] != "one" and s.tag[h] == "NNS"


def _whole_of(s: _Sent, j: int) -> int:
    """The group a quantity subject is a part of ("More than half (55%) of the respondents",
    "Fifty nine percent of people", "Part of the judge's statement"): the object of its
    "of", else ``j``."""
    for _ in range(3):
        part = s.lower[j] in _PARTS or s.pos[j] == "NUM" or s.ent[j][2:] in ("CARDINAL", "PERCENT")
        if not part or s.lower[j] == "one":  # "one of the men, Ann Bee": the name
            return j
        objs = [
            o
            for p in s.children(j)
            if s.dep[p] == "prep" and s.lower[p] == "of"
            for o in s.children(p)
            if s.dep[o] == "pobj"
        ]
        if not objs:
            return j
        j = objs[0]
    return j


def _is_outlet(text: str, lex: _Lexicon) -> bool:
    low = _strip_the(text.lower())
    if low.split() and low.split()[-1] in lex.outlet_ends and text[:1].isupper():
        return True
    if low in lex.outlet_names or (low.split() and low.split()[0] in lex.outlet_names):
        return True
    return any(low == n or low.endswith(" " + n) for n in lex.outlet_nouns)


def _name_as_modifier(s: _Sent, a: int) -> bool:
    """Whether the PERSON entity starting at ``a`` describes the noun after it behind a
    determiner ("the Kent athlete", "a Dickens novel"), a place or adjective, or follows
    "a"/"an" ("the film, A Different Story"): no person's name."""
    b = s.ent_span(a)[1]
    if a > 0 and s.lower[a - 1] in ("a", "an"):
        return True
    if b == a + 1 and _names_a_thing(s, a):
        return True
    return (
        a > 0
        and s.lower[a - 1] in ("the", "a", "an")
        and b < len(s.text)
        and s.pos[b] == "NOUN"
        and s.dep[b - 1] in ("compound", "amod", "nmod")
        and s.head[b - 1] >= b
    )


def _names_a_thing(s: _Sent, a: int) -> bool:
    """Whether the one word ``a`` tagged as a person, and no subject, heads a phrase opened
    by "the", "this" or "that" with only capitalised words between ("the Bill", "the Health
    Service (Scotland) Bill"): a bill, a show or a place, as a person's name takes no
    article."""
    dets = [k for k in s.children(a) if s.dep[k] == "det" and k < a]
    if s.dep[a] in ("nsubj", "nsubjpass"):  # a speaker: "The Sunday Telegraph says"
        return False
    if not dets or s.lower[dets[0]] not in ("the", "this", "that"):
        return False
    between = range(dets[0] + 1, a)
    if any(s.lower[k].rstrip(".") in _lexicon().honorifics for k in between):
        return False  # "the Rev Jackson", "the Dr Bee"
    return all(s.text[k][:1].isupper() or s.pos[k] == "PUNCT" for k in between)


def _chain_top(s: _Sent, k: int) -> int:
    """The phrase token ``k`` stands in: up from ``k`` through appositions, conjuncts and
    compounds ("Spain coach Luis Aragones": from "Aragones" to "coach" and on)."""
    while s.dep[k] in ("appos", "conj", "compound") and s.head[k] != k:
        k = s.head[k]
    return k


def _is_subject(s: _Sent, a: int, b: int) -> bool:
    """Whether the name at tokens ``a:b`` is a subject: parsed as one, in apposition to,
    joined with or owning one ("the Guardian's critic Peter Bradshaw felt", "Ann Bee's
    only entry is"), or straight before a verb the parse left without a subject ("... and
    Owen is confident")."""
    subj = ("nsubj", "nsubjpass")
    if any(s.dep[k] in subj for k in range(a, b)):
        return True
    root = _span_head(s, a, b)
    head = s.head[root]
    if s.dep[_chain_top(s, root)] in subj:
        # in apposition to the subject, however many appositions between ("Aragones angered
        # by fine Spain coach Luis Aragones is ...": the name, its role, the headline's word)
        return True
    if s.dep[root] == "poss" and s.dep[head] in subj and s.dep[s.head[head]] == "ROOT":
        return True  # of the main clause only: not "the match, which Ann Bee's side won"
    return (
        b < len(s.text)
        and s.pos[b] in ("VERB", "AUX")
        and not any(s.dep[k] in subj for k in s.children(b))
    )


def _main_subject(s: _Sent, a: int, b: int) -> bool:
    """Whether the name at tokens ``a:b`` is the subject (or in apposition to or joined
    with it) of the sentence's main clause, not of a clause inside it ("Max Jones believes
    Holmes will race": Max Jones only)."""
    k = _chain_top(s, _span_head(s, a, b))
    if s.dep[k] not in ("nsubj", "nsubjpass"):
        return False
    v = s.head[k]
    while s.dep[v] == "conj" and s.head[v] != v:
        v = s.head[v]
    return s.dep[v] == "ROOT"
