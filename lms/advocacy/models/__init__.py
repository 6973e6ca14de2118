from .charter import CharterAcceptance, CharterPage
from .kit import ContentPost
from .referent import ReferentQuestion
from .tiers import LearnerTier, Tier, TierChange, TierReason, TierRequirement

__all__ = [
    "CharterAcceptance",
    "CharterPage",
    "ContentPost",
    "LearnerTier",
    "ReferentQuestion",
    "Tier",
    "TierChange",
    "TierReason",
    "TierRequirement",
]
