from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        # Learner pages read their learner once per request (request_memo) and the shared
        # definitions from the cache, dropped on every author's change (shared_cache).
        from django.core.signals import got_request_exception, request_finished, request_started
        from django.db.models.signals import post_save

        from . import shared_cache
        from .request_memo import request_memo_close, request_memo_drop, request_memo_open

        request_started.connect(request_memo_open, dispatch_uid="porte_voix_memo_open")
        request_finished.connect(request_memo_close, dispatch_uid="porte_voix_memo_close")
        got_request_exception.connect(request_memo_close, dispatch_uid="porte_voix_memo_error")
        post_save.connect(request_memo_drop, dispatch_uid="porte_voix_memo_drop")
        shared_cache.connect()
