"""Near-duplicates for a person to judge: signers kept apart who may be one person.

The export removes only exact duplicates (the same normalised identity, as the server counts).
Two kinds of pair are flagged besides, never removed:

- names that sound alike once Russian and Azerbaijani spellings are folded together
  (Мамедов / Məmmədov, Гасанов / Həsənov, Алиев / Əliyev), given name and surname in either
  order: the same person signing once in each script;
- names one letter apart: a slip of the finger.

Both only within one settlement (itself compared by sound: Ağdam / Агдам). Namesakes in
different villages are common enough (there are many Elvin Məmmədovs) that flagging them
would bury the few real cases in a list nobody reads.
"""

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kiosk.export import Signer
from kiosk.normalise import normalise

# After normalise() (Latin, lower case, ə->e, ş->s, ç->c...): how Russian and English
# spellings write the same sounds.
_DIGRAPHS = (("dzh", "c"), ("dj", "c"), ("zh", "j"), ("kh", "x"), ("gh", "g"), ("sh", "s"),
             ("ch", "c"), ("ts", "s"))  # fmt: skip
_LETTERS = str.maketrans({"e": "a", "h": "g", "q": "g", "x": "g", "w": "v", "y": None})
_DOUBLED = re.compile(r"(.)\1+")


def sound_key(name: str) -> str:
    """A rough key of how a name sounds: Мамедов, Məmmədov and Mammadov share one."""
    text = normalise(name)
    for spelled, sound in _DIGRAPHS:
        text = text.replace(spelled, sound)
    return _DOUBLED.sub(r"\1", text.translate(_LETTERS))


def _one_letter_keys(text: str) -> set[str]:
    """The text and each of its one-letter deletions: two texts one edit apart (a letter
    changed, added, dropped or two swapped) always share one of these."""
    return {text} | {text[:i] + text[i + 1 :] for i in range(len(text))}


@dataclass(frozen=True)
class NearGroup:
    """Signers who may be one person, and why they were put together."""

    members: tuple[Signer, ...]
    sound_alike: bool
    one_letter: bool


class _Union:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, members: Iterable[int]) -> bool:
        """Put ``members`` in one group; True if that joined any two groups."""
        first, joined = None, False
        for m in members:
            root = self.find(m)
            if first is None:
                first = root
            elif root != first:
                self.parent[root] = first
                joined = True
        return joined


def near_duplicates(signers: Sequence[Signer]) -> list[NearGroup]:
    """Groups of two or more signers who may be one person, ordered by surname."""
    union = _Union(len(signers))
    by_sound: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_letters: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, s in enumerate(signers):
        place = sound_key(s.settlement)
        sounds = " ".join(sorted((sound_key(s.given_name), sound_key(s.surname))))
        by_sound[(place, sounds)].append(i)
        name = f"{normalise(s.given_name)} {normalise(s.surname)}"
        for key in _one_letter_keys(name):
            by_letters[(place, key)].append(i)
    sound_roots: set[int] = set()
    for members in by_sound.values():
        if len(members) > 1:
            union.join(members)
            sound_roots.add(members[0])
    letter_members: set[int] = set()
    for members in by_letters.values():
        distinct = set(members)  # "anna" minus a letter and "ana" can be one signer twice
        if len(distinct) > 1:
            union.join(distinct)
            letter_members.update(distinct)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(signers)):
        groups[union.find(i)].append(i)
    sound_groups = {union.find(i) for i in sound_roots}
    out = []
    for root, members in groups.items():
        if len(members) < 2:
            continue
        people = sorted((signers[i] for i in members), key=_order)
        one_letter = any(i in letter_members for i in members)
        out.append(NearGroup(tuple(people), root in sound_groups, one_letter))
    out.sort(key=lambda g: _order(g.members[0]))
    return out


def _order(s: Signer) -> tuple[str, str, str, int]:
    return (normalise(s.surname), normalise(s.given_name), normalise(s.settlement), s.signed_ms)
