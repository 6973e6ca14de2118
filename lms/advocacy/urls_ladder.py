from django.urls import path

from . import views_ladder

urlpatterns = [
    path("tiers/", views_ladder.tiers, name="tiers"),
    path("charter/accept/", views_ladder.charter_accept, name="charter_accept"),
]
