"""A learner's write (a POST) takes the shared definitions from the cache only when they are
recent, and an author's change reaches the next write at once (ADR 0017,
courses/shared_cache.py)."""

from __future__ import annotations

from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse

from courses import shared_cache
from courses.request_memo import request_memo_close, request_memo_open
from lms.advocacy.models import LearnerTier, Tier, TierRequirement
from tests.factories import build_academy, make_user

pytestmark = pytest.mark.django_db


class Loader:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.calls


def _in(method: str):
    request_memo_open(environ={"REQUEST_METHOD": method})


def test_a_post_takes_a_recent_definition_from_the_cache_once():
    load = Loader()
    try:
        _in("GET")
        assert shared_cache.shared("test:value", load) == 1
        _in("POST")
        assert shared_cache.shared("test:value", load) == 1  # cached a moment ago
        assert shared_cache.shared("test:value", load) == 1
    finally:
        request_memo_close()
    assert load.calls == 1


def test_a_post_reads_again_a_definition_older_than_the_write_limit():
    load = Loader()
    try:
        _in("GET")
        shared_cache.shared("test:old", load)
        later = shared_cache.time.time() + shared_cache.WRITE_MAX_AGE + 1
        with mock.patch.object(shared_cache.time, "time", return_value=later):
            _in("POST")
            assert shared_cache.shared("test:old", load) == 2  # too old for a write
            _in("GET")
            assert shared_cache.shared("test:old", load) == 2  # and renewed for pages
    finally:
        request_memo_close()
    assert load.calls == 2


def test_a_post_that_changed_a_definition_neither_trusts_nor_fills_the_cache():
    load = Loader()
    try:
        _in("POST")
        assert shared_cache.shared("test:changed", load) == 1
        shared_cache.definitions_changed()  # an author's save in this request
        assert shared_cache.shared("test:changed", load) == 2  # from its own transaction
        assert shared_cache.shared("test:changed", load) == 2  # once per request
        _in("GET")
        assert shared_cache.shared("test:changed", load) == 3  # nothing was cached for it
    finally:
        request_memo_close()


def test_outside_a_request_every_read_is_from_the_database():
    load = Loader()
    shared_cache.shared("test:task", load)
    shared_cache.shared("test:task", load)
    assert load.calls == 2


def test_a_tier_requirement_added_by_a_trainer_holds_for_the_next_completion():
    """The ladder is cached by the learners' pages and posts; a trainer's new requirement
    renews it, so the learner who completes the workshop is not promoted on the old rule."""
    built = build_academy(courses=1, lessons=1, levels=("beginner", "intermediate"))
    Tier.objects.create(name="Explorer", slug="explorer", rank=0, description="Everyone.")
    relay = Tier.objects.create(name="Relay", slug="relay", rank=1, description="Certified.")
    TierRequirement.objects.create(tier=relay, workshop=built.workshop(0, "beginner"))

    def complete_first_lesson(user):
        client = Client()
        client.force_login(user)
        lesson = built.lessons_of(0, "beginner")[0]
        client.get(lesson.url)
        response = client.post(reverse("courses:lesson_complete", args=[lesson.pk]))
        assert response.status_code == 302

    first = make_user()
    complete_first_lesson(first)  # caches the ladder
    assert LearnerTier.objects.get(user=first).slug == "relay"

    TierRequirement.objects.create(tier=relay, workshop=built.workshop(0, "intermediate"))
    second = make_user()
    complete_first_lesson(second)
    assert LearnerTier.objects.get(user=second).slug == "explorer"
