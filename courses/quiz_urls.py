"""Addresses of the final quiz and of knowledge checks, under /<lang>/learn/ (courses.urls)."""

from django.urls import path

from . import quiz_views

urlpatterns = [
    path("workshops/<id:page_id>/quiz/start/", quiz_views.quiz_start, name="quiz_start"),
    path(
        "workshops/<id:page_id>/quiz/attempts/<id:attempt_id>/",
        quiz_views.quiz_attempt,
        name="quiz_attempt",
    ),
    path(
        "workshops/<id:page_id>/quiz/attempts/<id:attempt_id>/result/",
        quiz_views.quiz_result,
        name="quiz_result",
    ),
    path("workshops/<id:page_id>/quiz/history/", quiz_views.quiz_history, name="quiz_history"),
    path(
        "lessons/<id:page_id>/check/<str:block_id>/",
        quiz_views.knowledge_check,
        name="knowledge_check",
    ),
]
