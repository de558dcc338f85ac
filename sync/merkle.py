"""Merkle tree hashing, inclusion and consistency proofs as RFC 9162 (Certificate
Transparency 2.0) defines them, section 2.1: SHA-256, 0x00 before a leaf, 0x01 before a node.

Pure functions with no database and no Qt, so the server, ``imza verify-kit`` and the single
file shipped inside a kit share one text of the algorithms. Proofs are built from a
``subtree(start, end)`` callable that answers the hash of leaves [start, end): the server
answers from stored perfect subtrees, a verifier from the leaves it holds.
"""

import hashlib
from collections.abc import Callable, Sequence

Subtree = Callable[[int, int], bytes]


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def split(n: int) -> int:
    """The largest power of two smaller than ``n`` (n > 1): where MTH splits n leaves."""
    return 1 << ((n - 1).bit_length() - 1)


def root(leaves: Sequence[bytes]) -> bytes:
    """MTH(D[n]) of already-hashed leaves; the empty tree hashes to SHA-256 of nothing."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    level = list(leaves)
    while len(level) > 1:  # pairing from the left gives MTH's split at powers of two
        paired = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            paired.append(level[-1])
        level = paired
    return level[0]


def from_leaves(leaves: Sequence[bytes]) -> Subtree:
    """A ``subtree`` over hashed leaves held in memory (for a verifier and for tests). It
    keeps every node it hashes, so the proofs of all n leaves cost O(n log n), not O(n^2)."""
    memo: dict[tuple[int, int], bytes] = {}

    def subtree(start: int, end: int) -> bytes:
        if end - start <= 1:
            return leaves[start] if end > start else hashlib.sha256(b"").digest()
        node = memo.get((start, end))
        if node is None:
            k = split(end - start)
            node = memo[start, end] = node_hash(subtree(start, start + k), subtree(start + k, end))
        return node

    return subtree


def inclusion_path(index: int, size: int, subtree: Subtree) -> list[bytes]:
    """PATH(m, D[n]) of RFC 9162 2.1.3.1, leaf first to root last."""
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of {size}")
    path: list[bytes] = []
    start, end = 0, size
    while end - start > 1:
        k = split(end - start)
        if index < start + k:
            path.append(subtree(start + k, end))
            end = start + k
        else:
            path.append(subtree(start, start + k))
            start += k
    path.reverse()
    return path


def verify_inclusion(
    leaf: bytes, index: int, size: int, path: Sequence[bytes], root_hash: bytes
) -> bool:
    """RFC 9162 2.1.3.2: does ``path`` put the hashed ``leaf`` at ``index`` under the root?"""
    if not 0 <= index < size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root_hash


def consistency_path(old: int, new: int, subtree: Subtree) -> list[bytes]:
    """PROOF(m, D[n]) of RFC 9162 2.1.4.1: the old tree of ``old`` leaves is a prefix of the
    new one of ``new``."""
    if not 0 < old <= new:
        raise ValueError(f"no consistency proof from {old} to {new}")
    proof: list[bytes] = []
    start, end, whole = 0, new, True
    m = old
    while m != end - start:
        k = split(end - start)
        if m <= k:
            proof.append(subtree(start + k, end))
            end = start + k
        else:
            proof.append(subtree(start, start + k))
            start += k
            m -= k
            whole = False
    if not whole:
        proof.append(subtree(start, end))
    proof.reverse()
    return proof


def verify_consistency(
    old: int, new: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> bool:
    """RFC 9162 2.1.4.2."""
    if not 0 < old <= new:
        return False
    if old == new:
        return not proof and old_root == new_root
    if not proof:
        return False
    path = list(proof)
    if old & (old - 1) == 0:  # a power of two: the old root is the first node
        path.insert(0, old_root)
    fn, sn = old - 1, new - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == old_root and sr == new_root


class Frontier:
    """Leaves added one by one, keeping only the hashes of the whole subtrees on the right
    edge (at most log2 n of them): the root of the tree so far at any moment, in O(log n)."""

    def __init__(self) -> None:
        self.size = 0
        self._stack: list[tuple[int, bytes]] = []  # (subtree width, hash), widest first

    def add(self, leaf: bytes) -> None:
        width, node = 1, leaf
        while self._stack and self._stack[-1][0] == width:
            left = self._stack.pop()[1]
            width, node = width * 2, node_hash(left, node)
        self._stack.append((width, node))
        self.size += 1

    def root(self) -> bytes:
        if not self._stack:
            return hashlib.sha256(b"").digest()
        node = self._stack[-1][1]
        for _, left in reversed(self._stack[:-1]):
            node = node_hash(left, node)
        return node
