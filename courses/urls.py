from django.urls import path

from . import views
from .quiz_urls import urlpatterns as quiz_urlpatterns

app_name = "courses"

urlpatterns = [
    path("workshops/<int:page_id>/enroll/", views.workshop_enroll, name="workshop_enroll"),
    path("courses/<int:page_id>/enroll/", views.course_enroll, name="course_enroll"),
    path("lessons/<int:page_id>/complete/", views.lesson_complete, name="lesson_complete"),
]

# The final quiz and knowledge checks (courses/quiz_urls.py).
urlpatterns += quiz_urlpatterns
