"""Domain events of advocacy, sent inside the service's transaction.

tier_changed carries `user`, `old` and `new` (Tier or None), `change` (the TierChange row),
`reason` and `at`; `new.rank > old.rank` means the learner went up."""

from django.dispatch import Signal

charter_accepted = Signal()  # user, acceptance, charter, at
tier_changed = Signal()  # user, old, new, change, reason, at
