"""The content kit and questions to the referent (mounted under /<lang>/advocacy/)."""

from django.urls import path

from . import views_kit, views_referent

urlpatterns = [
    path("kit/", views_kit.kit, name="kit"),
    path("ask/", views_referent.ask, name="ask"),
    path("questions/", views_referent.questions, name="questions"),
    path("questions/<id:pk>/", views_referent.question_detail, name="question"),
]
