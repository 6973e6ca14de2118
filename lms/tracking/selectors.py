"""Reads for the tracking admin: statements with their delivery states, and per-destination
summaries. Each function runs a fixed number of queries, whatever the number of rows."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from .models import Delivery, DeliveryStatus, Destination, Statement

NOT_TRIED = "not_tried"


def destinations_list() -> list[Destination]:
    return list(Destination.objects.order_by("name", "pk"))


def destination_summaries() -> list[Destination]:
    """Destinations with `pending`, `delivered` and `parked` counts annotated (one query)."""
    return list(
        Destination.objects.annotate(
            pending=Count("deliveries", filter=Q(deliveries__status=DeliveryStatus.PENDING)),
            delivered=Count("deliveries", filter=Q(deliveries__status=DeliveryStatus.DELIVERED)),
            parked=Count("deliveries", filter=Q(deliveries__status=DeliveryStatus.PARKED)),
        ).order_by("name", "pk")
    )


def _day_start(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def statements_filtered(
    *,
    event: str = "",
    email: str = "",
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    destination: Destination | None = None,
    status: str = "",
) -> QuerySet[Statement]:
    """Statements matching the filters, newest first. Dates are days in the current time
    zone, both ends included."""
    qs = Statement.objects.all()
    if event:
        qs = qs.filter(event=event)
    if email:
        qs = qs.filter(user__email__icontains=email)
    if date_from:
        qs = qs.filter(created_at__gte=_day_start(date_from))
    if date_to:
        qs = qs.filter(created_at__lt=_day_start(date_to + dt.timedelta(days=1)))
    deliveries = Delivery.objects.filter(statement=OuterRef("pk"))
    if destination is not None:
        deliveries = deliveries.filter(destination=destination)
    if status == NOT_TRIED:
        qs = qs.filter(~Exists(deliveries))
    elif status:
        qs = qs.filter(Exists(deliveries.filter(status=status)))
    elif destination is not None:
        qs = qs.filter(Exists(deliveries))
    return (
        qs.select_related("user")
        .prefetch_related(Prefetch("deliveries", queryset=Delivery.objects.order_by("pk")))
        .order_by("-created_at", "-pk")
    )


@dataclass
class Cell:
    destination: Destination
    delivery: Delivery | None  # None: not tried yet at this destination


def statements_with_cells(statements, destinations: list[Destination]) -> list:
    """Attach `cells` (one per destination, in order) to each statement of a page from
    `statements_filtered` (two queries: statements with their learner, their deliveries)."""
    statements = list(statements)
    for statement in statements:
        by_destination = {d.destination_id: d for d in statement.deliveries.all()}
        statement.cells = [Cell(dest, by_destination.get(dest.pk)) for dest in destinations]
    return statements


def statement_detail(pk) -> tuple[Statement, str, list[Cell]]:
    """A statement, its body pretty-printed for reading, and its state at each destination."""
    statement = Statement.objects.select_related("user").get(pk=pk)
    try:
        pretty = json.dumps(json.loads(statement.body), indent=2, ensure_ascii=False)
    except ValueError:
        pretty = statement.body
    deliveries = {
        d.destination_id: d
        for d in Delivery.objects.filter(statement=statement).select_related("destination")
    }
    cells = [Cell(dest, deliveries.get(dest.pk)) for dest in destinations_list()]
    return statement, pretty, cells
