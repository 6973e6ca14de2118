from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        # Learner pages read their learner once per request (request_memo) and the shared
        # definitions from the cache, dropped on every author's change (shared_cache).
        from django.core.signals import request_finished, request_started

        from . import shared_cache
        from .request_memo import request_memo_close, request_memo_open

        request_started.connect(request_memo_open, dispatch_uid="porte_voix_memo_open")
        request_finished.connect(request_memo_close, dispatch_uid="porte_voix_memo_close")
        shared_cache.connect()
