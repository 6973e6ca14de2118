"""Background work of the accounts app (backend "lms": immediate in the embedded mode,
the database queue in production)."""

from django_tasks import task


@task(backend="lms")
def invitations_deliver(user_ids: list[int]) -> int:
    """The invitations of an applied import: thousands of e-mails must not hold HR's
    request, and a mail server error must not turn the applied import into an error page."""
    from .services import invitations_send

    return invitations_send(user_ids=user_ids)
