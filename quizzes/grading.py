"""Pure graders: plain data in, a Grade out. No database, no Django models, so they are
cheap to run, easy to reason about and tested exhaustively with hypothesis.

A response is always expressed with option *keys* (stable ids), never with positions, so
shuffling what the learner sees can never change a score.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache


@dataclass(frozen=True)
class Grade:
    points: Fraction  # earned, in [0, max_points]
    max_points: int

    @property
    def is_correct(self) -> bool:
        return self.max_points > 0 and self.points == self.max_points

    @property
    def points_float(self) -> float:
        return float(self.points)


def _clamp(value: Fraction, max_points: int) -> Fraction:
    return max(Fraction(0), min(Fraction(max_points), value))


def grade_single(*, correct: str, response: str, points: int) -> Grade:
    return Grade(Fraction(points) if response == correct else Fraction(0), points)


def grade_true_false(*, correct: bool, response: bool, points: int) -> Grade:
    return Grade(Fraction(points) if response is correct else Fraction(0), points)


def grade_multiple(
    *, correct: Iterable[str], response: Iterable[str], points: int, partial_credit: bool
) -> Grade:
    """All or nothing by default. With partial credit, each right choice earns its share and
    each wrong choice takes one share back, never below zero (so ticking every box is never
    worth more than ticking none)."""
    correct, response = set(correct), set(response)
    if response == correct:
        return Grade(Fraction(points), points)
    if not partial_credit or not correct:
        return Grade(Fraction(0), points)
    share = Fraction(points, len(correct))
    earned = share * len(response & correct) - share * len(response - correct)
    return Grade(_clamp(earned, points), points)


def grade_ordering(*, correct: Sequence[str], response: Sequence[str], points: int) -> Grade:
    """Steps in order: full points only for the exact order."""
    return Grade(Fraction(points) if list(response) == list(correct) else Fraction(0), points)


def grade_matching(
    *, correct: Mapping[str, str], response: Mapping[str, str], points: int
) -> Grade:
    """Each pair matched right earns its share of the points."""
    if not correct:
        return Grade(Fraction(0), points)
    right = sum(1 for source, target in correct.items() if response.get(source) == target)
    return Grade(_clamp(Fraction(points * right, len(correct)), points), points)


_SPACES = re.compile(r"\s+")
# Punctuation that means something at the edge of an answer ("#MeToo", "@brand", "100%",
# "/etc"): everything else in Unicode's punctuation categories is typing noise there.
_MEANINGFUL_PUNCTUATION = frozenset("#@%&*/\\_§†‡‰")


def _is_edge_noise(char: str) -> bool:
    return char.isspace() or (
        unicodedata.category(char).startswith("P") and char not in _MEANINGFUL_PUNCTUATION
    )


def normalize_text(text: str) -> str:
    """Compare answers the way a person would: case, accents, spacing and surrounding
    punctuation do not matter ("Mot de passe", "mot-de-passe " and "« MOT DE PASSE ! »"
    agree). Surrounding punctuation is any Unicode punctuation (French and English quotes,
    brackets, dashes, ¿ ¡ …) except the few signs that carry meaning on social networks."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = _SPACES.sub(" ", bare.replace("-", " ").replace("’", "'"))
    start, end = 0, len(bare)
    while start < end and _is_edge_noise(bare[start]):
        start += 1
    while end > start and _is_edge_noise(bare[end - 1]):
        end -= 1
    return bare[start:end]


@lru_cache(maxsize=4096)
def _normalized(text: str) -> str:
    # Accepted answers are the same for every learner: normalise each once per process.
    return normalize_text(text)


def grade_short_text(*, accepted: Iterable[str], response: str, points: int) -> Grade:
    wanted = {n for n in map(_normalized, accepted) if n}
    ok = normalize_text(response) in wanted
    return Grade(Fraction(points) if ok else Fraction(0), points)


def scaled(earned: Fraction, maximum: int | Fraction) -> Fraction:
    """Score in [0, 1]; an empty quiz scores 0."""
    return Fraction(earned) / Fraction(maximum) if maximum else Fraction(0)


def passes(*, score_scaled: Fraction, pass_mark_percent: int) -> bool:
    return score_scaled * 100 >= pass_mark_percent
