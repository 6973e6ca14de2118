from django.urls import path

from . import views
from .quiz_urls import urlpatterns as quiz_urlpatterns

app_name = "courses"

urlpatterns = [
    path("workshops/<id:page_id>/enroll/", views.workshop_enroll, name="workshop_enroll"),
    path("courses/<id:page_id>/enroll/", views.course_enroll, name="course_enroll"),
    path("lessons/<id:page_id>/complete/", views.lesson_complete, name="lesson_complete"),
]

# The final quiz and knowledge checks (courses/quiz_urls.py).
urlpatterns += quiz_urlpatterns
