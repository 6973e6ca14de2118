from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from .models import LearnerProfile
from .services import SESSION_LANGUAGE_KEY


@receiver(user_logged_in, dispatch_uid="accounts_remember_language")
def remember_language(sender, request, user, **kwargs):
    language = (
        LearnerProfile.objects.filter(user=user)
        .values_list("preferred_language", flat=True)
        .first()
    )
    if language and request is not None:
        request.session[SESSION_LANGUAGE_KEY] = language
