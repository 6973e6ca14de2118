"""The learner's certificates, under /<language>/certificates/ (lms.urls)."""

from django.urls import path

from . import views

app_name = "certificates"
urlpatterns = [
    path("", views.mine, name="mine"),
    path("<uuid:public_id>/pdf/", views.pdf, name="pdf"),
    path("name/", views.name_choice, name="name_choice"),
]
