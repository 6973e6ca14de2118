"""The HR pull API, mounted at /api/ without a language prefix (machine-facing: one address
whatever the language). Version 1 lives at /api/v1/; a future version gets its own NinjaAPI
next to it, so v1 clients keep working."""

from django.urls import path

from .api import api

app_name = "reports_api"
urlpatterns = [
    path("v1/", api.urls),
]
