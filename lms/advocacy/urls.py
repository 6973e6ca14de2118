"""Learner pages of advocacy: the ladder of tiers and the charter (urls_ladder), the content
kit and questions to the referent (urls_kit)."""

from .urls_kit import urlpatterns as kit_patterns
from .urls_ladder import urlpatterns as ladder_patterns

app_name = "advocacy"
urlpatterns = [*ladder_patterns, *kit_patterns]
