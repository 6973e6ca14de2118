"""Tiers, the charter and tier history in the admin."""
