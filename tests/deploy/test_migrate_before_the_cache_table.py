"""`migrate` runs before `createcachetable` on a new database (issue 18): what runs after
migrate must not touch the cache. These run on both databases, in process; the full command on
a new PostgreSQL database is in test_production_path.py."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings

from lms.gamification.models import PointRule
from lms.gamification.rules import RULES, point_rules_sync, rule_values

# The production cache without its table: any read or write of the cache raises.
CACHE_WITHOUT_TABLE = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "lms_cache_not_created_yet",
    }
}


@pytest.mark.django_db
def test_the_post_migrate_handlers_do_not_need_the_cache_table():
    PointRule.objects.all().delete()
    with override_settings(CACHES=CACHE_WITHOUT_TABLE):
        # Every app's post_migrate, as `migrate` sends them (the roles, the point rules...).
        call_command("migrate", verbosity=0, interactive=False)
    assert set(PointRule.objects.values_list("key", flat=True)) == set(RULES)


@pytest.mark.django_db
def test_the_rule_values_cached_before_the_sync_stay_true():
    """Why the sync need not clear the cache: a rule without its row already reads as the
    row the sync writes (its default value, enabled)."""
    PointRule.objects.all().delete()
    cached = rule_values()  # computed from the defaults and kept in the cache
    assert point_rules_sync() == len(RULES)
    assert rule_values() == cached  # still the cached copy
    cache.clear()
    assert rule_values() == cached  # recomputed from the rows: the same values


@pytest.mark.django_db
def test_a_definition_saved_before_the_cache_table_exists_keeps_the_transaction(settings):
    """The migrations save Locales and pages (historical models, whose post_save renews the
    cached definitions' token, courses/shared_cache.py): with the database cache and no table
    yet, that must not fail nor, on PostgreSQL, abort the migration's transaction."""
    from courses.shared_cache import definitions_changed

    settings.CACHES = CACHE_WITHOUT_TABLE
    definitions_changed()
    assert PointRule.objects.count() >= 0  # the transaction still answers
