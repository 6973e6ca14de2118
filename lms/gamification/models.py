"""Points, badges, streaks and the switches HR and trainers hold.

The points ledger is append-only: a payout is a row, taking points back is another row that
points at the one it reverses. Nothing is ever updated or deleted, so the ledger is also the
audit trail of why a learner has the points they have. `PointTotal` is a running total kept
in the same transaction, for the all-time leaderboard, and the per-learner lock that
serialises a learner's payouts (the cheat guard reads "the previous payout" under it).
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import TranslatableMixin
from wagtail.search import index

from courses.levels import Level


class ImmutableRowError(RuntimeError):
    """A ledger row was about to be changed or deleted: write a reversing entry instead."""


class PointEntry(models.Model):
    """One line of the points ledger: who earned (or lost) how many points, by which rule,
    for which object, and when."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="point_entries"
    )
    rule = models.CharField(_("rule"), max_length=40)
    points = models.IntegerField(_("points"))
    # A stable, language-neutral key of what was rewarded: a lesson's translation_key, a
    # workshop's, a certificate's public_id, "2026-W05" for a week of streak...
    object_key = models.CharField(_("object"), max_length=80)
    reverses = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reversed_by",
        verbose_name=_("reverses"),
    )
    created_at = models.DateTimeField(_("when"))

    class Meta:
        verbose_name = _("point entry")
        verbose_name_plural = _("point entries")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # Pay once per learner, rule and object: the database is the backstop when two
            # events race (the loser's insert fails in a savepoint and pays nothing).
            models.UniqueConstraint(
                fields=["user", "rule", "object_key"],
                condition=Q(reverses__isnull=True),
                name="gamification_pay_once",
            ),
        ]
        indexes = [
            # Windowed leaderboards scan the period's rows only, without visiting the table.
            models.Index(fields=["created_at", "user", "points"], name="gamif_entry_window"),
            models.Index(fields=["user", "-created_at"], name="gamif_entry_user_recent"),
        ]
        permissions = [("export_leaderboard", "Can export leaderboards")]

    def __str__(self):
        return f"{self.user_id} {self.rule} {self.points:+d} ({self.object_key})"

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            raise ImmutableRowError("Point entries are append-only; write a reversing entry.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ImmutableRowError("Point entries are append-only; write a reversing entry.")


class PointTotal(models.Model):
    """A learner's all-time total, kept with each entry (F() increments, same transaction)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="point_total",
    )
    points = models.IntegerField(default=0)

    class Meta:
        # The all-time board walks this index from the top: (points desc, user desc).
        indexes = [models.Index(fields=["points", "user"], name="gamif_total_board")]
        verbose_name = _("points total")
        verbose_name_plural = _("points totals")

    def __str__(self):
        return f"{self.user_id}: {self.points}"


class PeriodTotal(models.Model):
    """A learner's points in one week or one calendar month (in the academy's time zone),
    kept with each entry like PointTotal, so the weekly and monthly leaderboards read one row
    per learner instead of aggregating the ledger."""

    WEEK = "week"
    MONTH = "month"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    period = models.CharField(max_length=5, choices=[(WEEK, WEEK), (MONTH, MONTH)])
    starts_on = models.DateField()
    points = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("points in a period")
        verbose_name_plural = _("points in a period")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "period", "starts_on"], name="gamification_one_period_total"
            )
        ]
        indexes = [
            # The weekly and monthly boards walk this index backwards from the top of the
            # period (points desc, user desc) and stop after the page's rows.
            models.Index(
                fields=["period", "starts_on", "points", "user"], name="gamif_period_board"
            )
        ]

    def __str__(self):
        return f"{self.user_id} {self.period} {self.starts_on}: {self.points}"


class PointRule(models.Model):
    """The value of one rule of the registry (rules.py), as trainers set it.

    The rule itself (which event, which object, when it pays) lives in code; trainers change
    how many points it is worth, switch it off, and set how fast it may pay.
    """

    key = models.CharField(_("rule"), max_length=40, unique=True)
    points = models.PositiveIntegerField(_("points"), validators=[MaxValueValidator(10_000)])
    enabled = models.BooleanField(_("enabled"), default=True)
    min_interval_seconds = models.PositiveIntegerField(
        _("minimum seconds between two payouts"),
        default=0,
        validators=[MaxValueValidator(86_400)],
        help_text=_(
            "Cheat guard: a payout sooner than this after the learner's previous payout of "
            "the same rule is refused and logged. 0 turns the guard off for this rule."
        ),
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("key", read_only=True),
        FieldRowPanel([FieldPanel("points"), FieldPanel("enabled")]),
        FieldPanel("min_interval_seconds"),
    ]

    class Meta:
        verbose_name = _("point rule")
        verbose_name_plural = _("point rules")
        ordering = ["key"]

    def __str__(self):
        from .rules import rule_label

        return str(rule_label(self.key))


class RefusedAward(models.Model):
    """A payout the cheat guard refused, for trainers to look at. The learning itself was
    recorded; only the points were withheld."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("learner"),
    )
    rule = models.CharField(_("rule"), max_length=40)
    object_key = models.CharField(_("object"), max_length=80)
    points = models.IntegerField(_("points withheld"))
    reason = models.CharField(_("reason"), max_length=200)
    at = models.DateTimeField(_("when"), db_index=True)

    class Meta:
        verbose_name = _("refused payout")
        verbose_name_plural = _("refused payouts")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.user} · {self.rule} · {self.reason}"


class ActivityWeek(models.Model):
    """An ISO week (in the academy's time zone) in which the learner learned something.
    Streaks are computed from these rows (streaks.py)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="activity_weeks"
    )
    iso_year = models.PositiveSmallIntegerField()
    iso_week = models.PositiveSmallIntegerField()
    first_at = models.DateTimeField()

    class Meta:
        verbose_name = _("week of activity")
        verbose_name_plural = _("weeks of activity")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "iso_year", "iso_week"], name="gamification_one_activity_week"
            )
        ]

    def __str__(self):
        return f"{self.user_id} {self.iso_year}-W{self.iso_week:02d}"


class CriterionType(models.TextChoices):
    FIRST_LESSON = "first_lesson", _("First lesson completed")
    LESSONS = "lessons", _("N lessons completed")
    ALL_BEGINNER = "all_beginner", _("Every beginner workshop passed")
    PERFECT_SCORE = "perfect_score", _("A perfect score on a final quiz")
    STREAK = "streak", _("A streak of N weeks")
    FIRST_CERTIFICATE = "first_certificate", _("First certificate earned")
    EVERY_COURSE_AT_LEVEL = "every_course_at_level", _("Every course passed at a level")


class Badge(TranslatableMixin, index.Indexed, models.Model):
    """A badge trainers define: what it looks like and what earns it."""

    name = models.CharField(_("name"), max_length=80)
    description = models.TextField(_("description"), max_length=400)
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("image"),
    )
    criterion = models.CharField(_("earned by"), max_length=30, choices=CriterionType.choices)
    threshold = models.PositiveSmallIntegerField(
        _("N"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(1000)],
        help_text=_("The number of lessons or weeks, for the criteria that need one."),
    )
    level = models.CharField(
        _("level"),
        max_length=20,
        choices=Level.choices,
        blank=True,
        help_text=_('For "Every course passed at a level".'),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldPanel("criterion"),
                FieldRowPanel([FieldPanel("threshold"), FieldPanel("level")]),
            ],
            heading=_("What earns it"),
        ),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("badge")
        verbose_name_plural = _("badges")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    NEEDS_THRESHOLD = {CriterionType.LESSONS, CriterionType.STREAK}

    def clean(self):
        super().clean()
        if self.criterion in self.NEEDS_THRESHOLD and not self.threshold:
            raise ValidationError({"threshold": _("This criterion needs a number.")})
        if self.criterion == CriterionType.EVERY_COURSE_AT_LEVEL and not self.level:
            raise ValidationError({"level": _("This criterion needs a level.")})


class BadgeAward(models.Model):
    """A badge a learner earned: once, with the date. Keyed by the badge's translation_key,
    so the English and French badge are the same award."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="badge_awards"
    )
    badge_key = models.UUIDField()
    awarded_at = models.DateTimeField(_("awarded"))

    class Meta:
        verbose_name = _("badge awarded")
        verbose_name_plural = _("badges awarded")
        ordering = ["-awarded_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "badge_key"], name="gamification_badge_once")
        ]

    def __str__(self):
        return f"{self.user_id} · {self.badge_key}"


class NotificationKind(models.TextChoices):
    BADGE = "badge", _("Badge earned")
    TIER = "tier", _("Tier reached")


class Notification(models.Model):
    """A message for the learner's dashboard ("You earned a badge", "You reached a tier"),
    shown until they dismiss it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=NotificationKind.choices)
    # A badge's translation_key, or a tier's slug: resolved in the reader's language.
    subject_key = models.CharField(max_length=80)
    created_at = models.DateTimeField()
    seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "seen_at"], name="gamif_notification_unseen")]

    def __str__(self):
        return f"{self.user_id} {self.kind} {self.subject_key}"


@register_setting(icon="group")
class GamificationSettings(BaseSiteSetting):
    """Company switches for leaderboards. HR holds them
    (gamification.change_gamificationsettings)."""

    leaderboards_enabled = models.BooleanField(
        _("leaderboards are on"),
        default=True,
        help_text=_(
            "Off: no leaderboard is shown or exported; learners still see their own points."
        ),
    )
    names_as_initials = models.BooleanField(
        _("show names as initials"),
        default=False,
        help_text=_('Leaderboards show "C. M." instead of "Camille Martin".'),
    )
    leaderboard_size = models.PositiveSmallIntegerField(
        _("people shown"),
        default=50,
        validators=[MinValueValidator(5), MaxValueValidator(200)],
    )

    panels = [
        FieldPanel("leaderboards_enabled"),
        FieldPanel("names_as_initials"),
        FieldPanel("leaderboard_size"),
    ]

    class Meta:
        verbose_name = _("leaderboards")
