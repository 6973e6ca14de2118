"""The learner's one-row facts that several dashboard panels need, read in one query and
once per request (courses/request_memo.py): points and leaderboard opt-in (the points
panel), whether the charter in force is accepted, the stored tier and the last tier change
(the tier panel and the ladder page).

Before this, each panel read its own: five queries on every dashboard. Now it is two: one
SELECT on the user with LEFT JOINs to the one-to-one tables (points, profile, stored tier)
and an EXISTS for the charter, and the latest TierChange (an index range on (user, at)).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Value
from django.db.models.fields import BooleanField

from courses.prepared_reads import PreparedRead
from courses.request_memo import memoised
from lms.advocacy.models import CharterAcceptance, LearnerTier, TierChange

_STORED_FIELDS = ("id", "tier_key", "slug", "rank", "since", "updated_at")


@dataclass(frozen=True)
class LearnerHead:
    points: int
    leaderboard_opt_in: bool
    charter_ok: bool  # the version of `charter` given to learner_head() is accepted
    stored_tier: LearnerTier | None
    last_tier_change: TierChange | None


def _head_query(user_id, charter_key, charter_version):
    if charter_key is not None:
        accepted = Exists(
            CharterAcceptance.objects.filter(
                user=OuterRef("pk"), charter_key=charter_key, version=charter_version
            )
        )
    else:
        accepted = Value(False, output_field=BooleanField())
    stored_columns = [f"advocacy_tier__{name}" for name in _STORED_FIELDS]
    return (
        get_user_model()
        .objects.filter(pk=user_id)
        .annotate(charter_ok=accepted)
        .values_list(
            "point_total__points", "profile__leaderboard_opt_in", "charter_ok", *stored_columns
        )[:1]
    )


# Built once per connection (and charter version), not on every dashboard: building this
# query cost ten times what running it costs (courses/prepared_reads.py).
_HEAD = PreparedRead(_head_query)
# The latest change on its own: as nine correlated subqueries in the query above it cost
# more to build than a second, indexed (user, at) query costs to run.
_LAST_CHANGE = PreparedRead(
    lambda user_id: TierChange.objects.filter(user_id=user_id).order_by("-at", "-pk")[:1]
)


def _load(user, charter) -> LearnerHead:
    fixed = (charter.translation_key, charter.version) if charter is not None else (None, None)
    rows = _HEAD(user.pk, fixed=fixed)
    if not rows:
        return LearnerHead(0, False, False, None, None)
    row = rows[0]
    points, opted_in, charter_ok = row[:3]
    stored_values = dict(zip(_STORED_FIELDS, row[3:], strict=True))
    stored = LearnerTier(user=user, **stored_values) if stored_values["id"] is not None else None
    changes = _LAST_CHANGE(user.pk)
    return LearnerHead(
        points=points or 0,
        leaderboard_opt_in=bool(opted_in),
        charter_ok=bool(charter_ok),
        stored_tier=stored,
        last_tier_change=changes[0] if changes else None,
    )


def learner_head(*, user) -> LearnerHead:
    """The learner's head facts, `charter_ok` for the charter in force (cached, so asking
    for it costs no query)."""
    from lms.advocacy.selectors import charter_current

    charter = charter_current()
    key = (charter.pk, charter.version) if charter is not None else None
    return memoised("lms:learner_head", user, lambda: _load(user, charter), key)
