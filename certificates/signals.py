"""Domain events of certificates, sent inside the service's transaction (like courses').

Every signal carries `user`, `certificate` and `at`."""

from django.dispatch import Signal

certificate_issued = Signal()  # user, certificate, at
certificate_revoked = Signal()  # user, certificate, at, by, reason
certificate_expired = Signal()  # user, certificate, at
