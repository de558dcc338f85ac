"""RFC 9162's tree: roots as its recursive definition gives them, every inclusion and
consistency proof for every tree up to 70 leaves verifies, and a changed byte fails."""

import hashlib

import pytest

from sync import merkle


def _mth(leaves: list[bytes]) -> bytes:
    """MTH as RFC 9162 2.1.1 writes it, recursively."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return leaves[0]
    k = merkle.split(len(leaves))
    return merkle.node_hash(_mth(leaves[:k]), _mth(leaves[k:]))


LEAVES = [merkle.leaf_hash(f"record {i}".encode()) for i in range(70)]


def test_the_root_is_rfc_9162s_and_a_leaf_is_prefixed() -> None:
    for n in range(71):
        assert merkle.root(LEAVES[:n]) == _mth(LEAVES[:n])
    assert merkle.leaf_hash(b"") == hashlib.sha256(b"\x00").digest()


def test_every_inclusion_proof_verifies_and_a_wrong_one_does_not() -> None:
    for n in range(1, 71):
        tree = merkle.from_leaves(LEAVES[:n])
        head = merkle.root(LEAVES[:n])
        for i in range(n):
            path = merkle.inclusion_path(i, n, tree)
            assert merkle.verify_inclusion(LEAVES[i], i, n, path, head), (i, n)
            assert not merkle.verify_inclusion(LEAVES[(i + 1) % 70], i, n, path, head)
            if path:
                bad = [bytes(32), *path[1:]]
                assert not merkle.verify_inclusion(LEAVES[i], i, n, bad, head)
    with pytest.raises(ValueError, match="not in a tree"):
        merkle.inclusion_path(5, 5, merkle.from_leaves(LEAVES[:5]))


def test_every_consistency_proof_verifies_and_a_rewritten_history_does_not() -> None:
    for new in range(1, 71):
        tree = merkle.from_leaves(LEAVES[:new])
        new_root = merkle.root(LEAVES[:new])
        for old in range(1, new + 1):
            old_root = merkle.root(LEAVES[:old])
            proof = merkle.consistency_path(old, new, tree)
            assert merkle.verify_consistency(old, new, old_root, new_root, proof), (old, new)
            forged = merkle.root([bytes(32), *LEAVES[1:old]])  # the first record changed
            assert not merkle.verify_consistency(old, new, forged, new_root, proof)


def test_a_frontier_gives_every_prefixs_root_as_leaves_arrive() -> None:
    frontier = merkle.Frontier()
    assert frontier.root() == merkle.root([])
    for n, leaf in enumerate(LEAVES, start=1):
        frontier.add(leaf)
        assert frontier.root() == merkle.root(LEAVES[:n]), n
