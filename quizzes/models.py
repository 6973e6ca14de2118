"""The assessment engine: quizzes, polymorphic questions, attempts and answers.

Knows nothing of courses: an attempt carries an opaque `context_key` (the workshop's key, for
the courses app) so the same quiz can serve several places.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from polymorphic.models import PolymorphicModel
from wagtail.models import TranslatableMixin

from . import grading
from .errors import ResponseError


class GradingMethod(models.TextChoices):
    HIGHEST = "highest", _("Highest attempt")
    LAST = "last", _("Last attempt")


class ReviewShow(models.TextChoices):
    SCORE = "score", _("Score only")
    ANSWERS = "answers", _("Score and the learner's answers")
    CORRECT = "correct", _("Score, answers, correct answers and explanations")


class ReviewWhen(models.TextChoices):
    ALWAYS = "always", _("After every attempt")
    PASSED = "passed", _("Once the quiz is passed")
    LAST_ATTEMPT = "last_attempt", _("After the last allowed attempt")


class Quiz(TranslatableMixin, models.Model):
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("instructions"), blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=0, help_text=_("0 means unlimited.")
    )
    delay_minutes = models.PositiveIntegerField(_("delay between attempts (minutes)"), default=0)
    time_limit_minutes = models.PositiveIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty for no time limit. The server enforces it."),
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_options = models.BooleanField(_("shuffle options"), default=False)
    draw_count = models.PositiveSmallIntegerField(
        _("questions drawn per attempt"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Draw this many questions at random from the bank; empty uses them all."),
    )
    grading_method = models.CharField(
        _("grade that counts"),
        max_length=20,
        choices=GradingMethod.choices,
        default=GradingMethod.HIGHEST,
    )
    review_show = models.CharField(
        _("after an attempt, show"),
        max_length=20,
        choices=ReviewShow.choices,
        default=ReviewShow.CORRECT,
    )
    review_when = models.CharField(
        _("show the review"),
        max_length=20,
        choices=ReviewWhen.choices,
        default=ReviewWhen.ALWAYS,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def clean(self):
        if self.draw_count and self.pk:
            bank = self.questions.count()
            if self.draw_count > bank:
                raise ValidationError(
                    {
                        "draw_count": ngettext(
                            "The bank has only %(bank)d question: draw at most that many.",
                            "The bank has only %(bank)d questions: draw at most that many.",
                            bank,
                        )
                        % {"bank": bank}
                    }
                )


class Question(PolymorphicModel):
    """One question of a quiz. Each type (a subclass) knows how to validate a response,
    grade it, and describe itself as an xAPI interaction."""

    interaction_type = "other"  # xAPI interactionType

    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="questions")
    # Shared by a question's translations: statistics and xAPI ids follow it.
    key = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    sort_order = models.PositiveIntegerField(default=0, db_index=True)
    prompt = models.TextField(_("question"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    image_alt = models.CharField(_("image description"), max_length=250, blank=True)
    points = models.PositiveSmallIntegerField(
        _("points"), default=1, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    explanation = models.TextField(
        _("explanation"), blank=True, help_text=_("Shown with the correct answer in the review.")
    )

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.prompt[:80]

    @classmethod
    def type_label(cls):
        return cls._meta.verbose_name

    # --- what each type implements -------------------------------------------------------
    def validate_response(self, raw):
        """Return the response in canonical form, or raise ResponseError."""
        raise NotImplementedError

    def grade(self, response) -> grading.Grade:
        raise NotImplementedError

    def correct_response(self):
        """The correct response, in the same canonical form as validate_response()."""
        raise NotImplementedError

    def option_keys(self) -> list[str]:
        """Keys of the things the learner arranges or picks (for shuffling)."""
        return []

    def feedback_for(self, response) -> list[str]:
        """Per-option feedback the learner's response earned."""
        return []


class Choice(models.Model):
    """An option of a choice or scenario question."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    key = models.UUIDField(default=uuid.uuid4, editable=False)
    text = models.CharField(_("option"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)
    feedback = models.TextField(_("feedback for this option"), blank=True)
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("option")
        verbose_name_plural = _("options")

    def __str__(self):
        return self.text


def _one_key(raw, allowed: set[str]) -> str:
    if not isinstance(raw, str) or raw not in allowed:
        raise ResponseError(_("Choose one of the options offered."))
    return raw


class ChoiceQuestionMixin:
    def _choices(self):
        cache = getattr(self, "_prefetched_objects_cache", {})
        return list(cache["choices"]) if "choices" in cache else list(self.choices.all())

    def option_keys(self):
        return [str(c.key) for c in self._choices()]

    def feedback_for(self, response):
        picked = {response} if isinstance(response, str) else set(response)
        return [c.feedback for c in self._choices() if str(c.key) in picked and c.feedback]


class SingleChoiceQuestion(ChoiceQuestionMixin, Question):
    interaction_type = "choice"

    class Meta:
        verbose_name = _("single choice")

    def validate_response(self, raw):
        return _one_key(raw, set(self.option_keys()))

    def correct_response(self):
        return next((str(c.key) for c in self._choices() if c.is_correct), "")

    def grade(self, response):
        return grading.grade_single(
            correct=self.correct_response(), response=response, points=self.points
        )


class ScenarioQuestion(SingleChoiceQuestion):
    """A situation (with optional image) and the best way to react to it."""

    situation = models.TextField(_("situation"))

    class Meta:
        verbose_name = _("scenario")


class MultipleChoiceQuestion(ChoiceQuestionMixin, Question):
    interaction_type = "choice"
    partial_credit = models.BooleanField(
        _("partial credit"),
        default=False,
        help_text=_("Each right option earns its share; each wrong option takes one back."),
    )

    class Meta:
        verbose_name = _("multiple choice")

    def validate_response(self, raw):
        if not isinstance(raw, list) or not all(isinstance(k, str) for k in raw):
            raise ResponseError(_("Tick the options you choose."))
        allowed = set(self.option_keys())
        if not set(raw) <= allowed or len(set(raw)) != len(raw):
            raise ResponseError(_("Choose only among the options offered."))
        return sorted(raw)

    def correct_response(self):
        return sorted(str(c.key) for c in self._choices() if c.is_correct)

    def grade(self, response):
        return grading.grade_multiple(
            correct=self.correct_response(),
            response=response,
            points=self.points,
            partial_credit=self.partial_credit,
        )


class TrueFalseQuestion(Question):
    interaction_type = "true-false"
    correct_answer = models.BooleanField(_("the statement is true"), default=True)
    feedback_true = models.TextField(_("feedback when answered “true”"), blank=True)
    feedback_false = models.TextField(_("feedback when answered “false”"), blank=True)

    class Meta:
        verbose_name = _("true or false")

    def validate_response(self, raw):
        # `raw in (True, "true")` would also take 1 and 1.0 (1 == True in Python): only a
        # real boolean or the words the form sends are answers.
        if raw is True or raw == "true":
            return True
        if raw is False or raw == "false":
            return False
        raise ResponseError(_("Answer true or false."))

    def correct_response(self):
        return self.correct_answer

    def grade(self, response):
        return grading.grade_true_false(
            correct=self.correct_answer, response=response, points=self.points
        )

    def feedback_for(self, response):
        text = self.feedback_true if response else self.feedback_false
        return [text] if text else []


class OrderingItem(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="steps")
    key = models.UUIDField(default=uuid.uuid4, editable=False)
    text = models.CharField(_("step"), max_length=300)
    position = models.PositiveIntegerField(_("correct position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("step")
        verbose_name_plural = _("steps")

    def __str__(self):
        return self.text


class OrderingQuestion(Question):
    interaction_type = "sequencing"

    class Meta:
        verbose_name = _("ordering")

    def _steps(self):
        cache = getattr(self, "_prefetched_objects_cache", {})
        return list(cache["steps"]) if "steps" in cache else list(self.steps.all())

    def option_keys(self):
        return [str(s.key) for s in self._steps()]

    def validate_response(self, raw):
        keys = self.option_keys()
        if not isinstance(raw, list) or sorted(map(str, raw)) != sorted(keys):
            raise ResponseError(_("Put every step in order, each once."))
        return [str(k) for k in raw]

    def correct_response(self):
        return [str(s.key) for s in sorted(self._steps(), key=lambda s: (s.position, s.pk))]

    def grade(self, response):
        return grading.grade_ordering(
            correct=self.correct_response(), response=response, points=self.points
        )


class MatchPair(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="pairs")
    key = models.UUIDField(default=uuid.uuid4, editable=False)
    source = models.CharField(_("item"), max_length=300)
    target = models.CharField(_("matches"), max_length=300)
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("pair")
        verbose_name_plural = _("pairs")

    def __str__(self):
        return f"{self.source} → {self.target}"


class MatchingQuestion(Question):
    """Pair each item with its match. Sources and targets share the pair's key: the
    response maps a source key to the key of the target chosen for it."""

    interaction_type = "matching"

    class Meta:
        verbose_name = _("matching")

    def _pairs(self):
        cache = getattr(self, "_prefetched_objects_cache", {})
        return list(cache["pairs"]) if "pairs" in cache else list(self.pairs.all())

    def option_keys(self):
        return [str(p.key) for p in self._pairs()]

    def validate_response(self, raw):
        keys = set(self.option_keys())
        if not isinstance(raw, dict) or set(raw) != keys:
            raise ResponseError(_("Match every item."))
        if not all(isinstance(v, str) and v in keys for v in raw.values()):
            raise ResponseError(_("Match each item with one of the answers offered."))
        return {str(k): str(v) for k, v in raw.items()}

    def correct_response(self):
        return {key: key for key in self.option_keys()}

    def grade(self, response):
        return grading.grade_matching(
            correct=self.correct_response(), response=response, points=self.points
        )


class AcceptedAnswer(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="accepted")
    text = models.CharField(_("accepted answer"), max_length=200)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("accepted answer")
        verbose_name_plural = _("accepted answers")

    def __str__(self):
        return self.text


class ShortTextQuestion(Question):
    """A word or a short phrase, compared without regard to case, accents or spacing."""

    interaction_type = "fill-in"
    max_length = 200

    class Meta:
        verbose_name = _("short text")

    def _accepted(self):
        cache = getattr(self, "_prefetched_objects_cache", {})
        return list(cache["accepted"]) if "accepted" in cache else list(self.accepted.all())

    def validate_response(self, raw):
        if not isinstance(raw, str) or not raw.strip():
            raise ResponseError(_("Type your answer."))
        if len(raw) > self.max_length:
            raise ResponseError(_("Keep your answer under 200 characters."))
        return raw.strip()

    def correct_response(self):
        answers = self._accepted()
        return answers[0].text if answers else ""

    def grade(self, response):
        return grading.grade_short_text(
            accepted=[a.text for a in self._accepted()], response=response, points=self.points
        )


QUESTION_TYPES = [
    SingleChoiceQuestion,
    MultipleChoiceQuestion,
    TrueFalseQuestion,
    OrderingQuestion,
    MatchingQuestion,
    ShortTextQuestion,
    ScenarioQuestion,
]


class AttemptStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    SUBMITTED = "submitted", _("Submitted")


class Attempt(models.Model):
    """One sitting of a quiz by a learner. Drawn questions and their order are fixed when it
    starts; it is graded once, when submitted."""

    quiz = models.ForeignKey(Quiz, on_delete=models.PROTECT, related_name="attempts")
    # Attempts count across the quiz's translations.
    quiz_key = models.UUIDField(db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    context_key = models.UUIDField(null=True, blank=True, db_index=True)
    number = models.PositiveIntegerField()
    status = models.CharField(
        max_length=20, choices=AttemptStatus.choices, default=AttemptStatus.IN_PROGRESS
    )
    started_at = models.DateTimeField()
    deadline_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    # The pass mark in force when the attempt started (the workshop's, or the quiz's own).
    pass_mark = models.PositiveSmallIntegerField(default=70)
    question_ids = models.JSONField(default=list)  # the drawn questions, in the order shown
    option_orders = models.JSONField(default=dict)  # question id -> option keys, as shown
    score_raw = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    score_max = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    score_scaled = models.DecimalField(max_digits=5, decimal_places=4, null=True, blank=True)
    passed = models.BooleanField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz_key", "context_key", "number"], name="one_attempt_number"
            )
        ]
        indexes = [models.Index(fields=["quiz_key", "submitted_at"])]

    def __str__(self):
        return f"{self.user} · {self.quiz} #{self.number}"

    @property
    def is_submitted(self) -> bool:
        return self.status == AttemptStatus.SUBMITTED

    @property
    def percent(self) -> int | None:
        return None if self.score_scaled is None else round(self.score_scaled * 100)


class Answer(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="answers")
    response = models.JSONField()
    points = models.DecimalField(max_digits=8, decimal_places=2)
    max_points = models.DecimalField(max_digits=8, decimal_places=2)
    is_correct = models.BooleanField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question"], name="one_answer_per_question")
        ]

    def __str__(self):
        return f"{self.attempt} · {self.question_id}"
