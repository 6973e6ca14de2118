from django.urls import path

from . import views

app_name = "gamification"
urlpatterns = [
    path("", views.progress, name="progress"),
    path("badges/", views.badges, name="badges"),
    path("leaderboard/", views.leaderboard, name="leaderboard"),
    path("leaderboard/export.csv", views.leaderboard_export, name="leaderboard_export"),
    path("notifications/dismiss/", views.notifications_dismiss, name="notifications_dismiss"),
]
