"""Advocacy in the Wagtail admin; each part registers its own menus and views."""

from . import admin_kit, admin_ladder  # noqa: F401
