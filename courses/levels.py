from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    """The difficulty of a workshop. Order matters: it is the order learners climb."""

    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    EXPERT = "expert", _("Expert")


LEVEL_RANK = {level.value: rank for rank, level in enumerate(Level)}
