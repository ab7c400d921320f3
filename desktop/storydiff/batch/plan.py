"""Which versions are compared, and how the work is cut into partitions.

A partition is a run of whole stories; its number and contents depend only on
the input and the options, so an interrupted run can be resumed partition by
partition.
"""

from __future__ import annotations

import hashlib
import itertools
from collections import defaultdict
from dataclasses import dataclass

from storydiff.batch.source import Version

PAIRINGS = ("consecutive", "all", "base")


@dataclass(frozen=True)
class Story:
    """A story's versions in order (oldest first) and the pairs to compare
    (0-based indices into ``versions``)."""

    name: str
    versions: tuple[Version, ...]
    pairs: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Partition:
    number: int
    stories: tuple[Story, ...]

    @property
    def pair_count(self) -> int:
        return sum(len(story.pairs) for story in self.stories)

    @property
    def name(self) -> str:
        return f"part-{self.number:05d}"

    def fingerprint(self) -> str:
        """What the partition holds: a resumed run redoes a partition whose input changed."""
        digest = hashlib.sha256()
        for story in self.stories:
            digest.update(story.name.encode("utf-8", "surrogatepass") + b"\0")
            for version in story.versions:
                digest.update(f"{version.label}\0{version.where}\0{version.offset}\0".encode())
            digest.update(repr(story.pairs).encode())
        return digest.hexdigest()[:16]


def pairs_of(count: int, pairing: str) -> list[tuple[int, int]]:
    """Pairs of version indices: each with the next, every two, or the first with each."""
    if pairing == "consecutive":
        return [(k, k + 1) for k in range(count - 1)]
    if pairing == "all":
        return list(itertools.combinations(range(count), 2))
    if pairing == "base":
        return [(0, k) for k in range(1, count)]
    raise ValueError(f"unknown pairing {pairing!r}")


def stories_of(versions: list[Version], pairing: str) -> list[Story]:
    """Versions grouped by story, each story's versions in order, stories by name."""
    grouped: dict[str, list[Version]] = defaultdict(list)
    for version in versions:
        grouped[version.story].append(version)
    stories = []
    for name in sorted(grouped):
        ordered = tuple(sorted(grouped[name], key=lambda v: (v.order, v.where)))
        stories.append(Story(name, ordered, tuple(pairs_of(len(ordered), pairing))))
    return stories


def partition_size(stories: list[Story]) -> int:
    """Pairs per partition when not given: about a hundred partitions, of 5 to 200
    pairs (a few seconds of work each). Depends on the input only, so a resumed
    run cuts the work the same way whatever the number of workers."""
    total = sum(len(story.pairs) for story in stories)
    return min(200, max(5, total // 100))


def partitions(stories: list[Story], pairs_per_partition: int | None = None) -> list[Partition]:
    """Consecutive stories, about ``pairs_per_partition`` pairs a partition
    (a story is never split; stories with no pair are left out)."""
    if pairs_per_partition is None:
        pairs_per_partition = partition_size(stories)
    found: list[Partition] = []
    current: list[Story] = []
    count = 0
    for story in stories:
        if not story.pairs:
            continue
        current.append(story)
        count += len(story.pairs)
        if count >= pairs_per_partition:
            found.append(Partition(len(found), tuple(current)))
            current, count = [], 0
    if current:
        found.append(Partition(len(found), tuple(current)))
    return found
