"""Shipped demo curriculum for the Porte-voix academy.

Three courses (social-media skills, brand values and the social-media charter,
cybersecurity), each with a beginner, an intermediate and an expert workshop.
Every text is available in English (``"en"``) and French (``"fr"``).
"""

from lms.demo.curriculum.brand_values import BRAND_VALUES
from lms.demo.curriculum.cybersecurity import CYBERSECURITY
from lms.demo.curriculum.social_media import SOCIAL_MEDIA

CURRICULUM = [SOCIAL_MEDIA, BRAND_VALUES, CYBERSECURITY]

__all__ = ["BRAND_VALUES", "CURRICULUM", "CYBERSECURITY", "SOCIAL_MEDIA"]
