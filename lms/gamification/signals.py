"""Gamification's own events, sent inside the transaction that wrote them (like the domain
apps' signals), for notifications and xAPI later."""

from django.dispatch import Signal

points_awarded = Signal()  # user, entry (PointEntry)
badge_awarded = Signal()  # user, badge (Badge, in the default locale), award (BadgeAward)
