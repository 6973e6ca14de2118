"""Questions learners ask the referent, and the referent's answers. Private: the learner
who asked, the referent and admins see them, nobody else."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReferentQuestion(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="referent_questions"
    )
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    question = models.TextField(_("question"), max_length=2000)
    # Where the learner was when they asked (a lesson, the content kit).
    page_title = models.CharField(_("asked from"), max_length=255, blank=True)
    page_url = models.CharField(max_length=500, blank=True)
    language = models.CharField(_("language"), max_length=10)
    asked_at = models.DateTimeField(_("asked"), db_index=True)
    answer = models.TextField(_("answer"), max_length=4000, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("answered by"),
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answer_seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("question to the referent")
        verbose_name_plural = _("questions to the referent")
        ordering = ["-asked_at"]
        permissions = [("answer_referentquestion", _("Can answer questions to the referent"))]

    def __str__(self):
        return self.question[:60]

    @property
    def is_answered(self) -> bool:
        return bool(self.answered_at)
