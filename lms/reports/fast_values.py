"""`values_list()` for exports of 100,000 rows: the same SQL and equal values, with the two
conversions that dominate a wide export done for less.

Django converts each value through a generic chain of converters. On SQLite that means, per
datetime, a settings lookup and `make_aware()`, and per UUID a `uuid.UUID(hex)`; in the
completion export (nine of them per row) that was a third of the time. Here a naive datetime
takes the connection's zone with one `replace()`, and a UUID seen before in the query
(course and workshop keys repeat on every row) is built once, and so is the Decimal of a
float seen before in the same column (scores take few distinct values). Every other column
keeps Django's own converters. tests/reports/test_fast_values.py compares the result with
`values_list()` on the same rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from uuid import UUID

from django.conf import settings
from django.db.models import DateTimeField, DecimalField, UUIDField
from django.db.models.sql.constants import MULTI
from django.utils.dateparse import parse_datetime

# UUIDs kept per query: enough for every course and workshop key, bounded for the unique
# ones (registrations, learners) that will not come again.
UUID_CACHE_SIZE = 4096
# Distinct float values converted to Decimal per query and column (scores, points).
DECIMAL_CACHE_SIZE = 4096


def _datetime_converter(connection):
    zone = connection.timezone if settings.USE_TZ else None

    def convert(value):
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            value = parse_datetime(value)
        if zone is not None and value.tzinfo is None:
            value = value.replace(tzinfo=zone)
        return value

    return convert


def _uuid_converter():
    seen: dict[object, UUID] = {}

    def convert(value):
        if value is None or isinstance(value, UUID):
            return value
        found = seen.get(value)
        if found is None:
            found = UUID(value)
            if len(seen) < UUID_CACHE_SIZE:
                seen[value] = found
        return found

    return convert


def _decimal_converter(convs, expression, connection):
    """Django's own conversion, once per distinct float: SQLite hands a decimal column back
    as a float, and scores take few distinct values (0.9, 0.5...), where each conversion
    is a context-bound `create_decimal_from_float` and a `quantize`."""
    django_convert = _django_converter(convs, expression, connection)
    seen: dict[float, object] = {}

    def convert(value):
        if type(value) is not float:  # None, an int, a Decimal (PostgreSQL): as Django does
            return django_convert(value)
        found = seen.get(value)
        if found is None:
            found = django_convert(value)
            if len(seen) < DECIMAL_CACHE_SIZE:
                seen[value] = found
        return found

    return convert


def _django_converter(convs, expression, connection):
    def convert(value):
        for converter in convs:
            value = converter(value, expression, connection)
        return value

    return convert


def fast_values_list(queryset) -> Iterator[tuple]:
    """Rows of a `values_list(...)` queryset as tuples, equal to iterating it."""
    compiler = queryset.query.get_compiler(using=queryset.db)
    batches = compiler.execute_sql(MULTI)
    connection = compiler.connection
    columns = [s[0] for s in compiler.select[: compiler.col_count]]
    plan = []
    for position, (convs, expression) in compiler.get_converters(columns).items():
        field = getattr(expression, "output_field", None)
        if isinstance(field, DateTimeField):
            plan.append((position, _datetime_converter(connection)))
        elif isinstance(field, UUIDField):
            plan.append((position, _uuid_converter()))
        elif isinstance(field, DecimalField):
            plan.append((position, _decimal_converter(convs, expression, connection)))
        else:
            plan.append((position, _django_converter(convs, expression, connection)))
    width = compiler.col_count
    for batch in batches:
        if not batch:
            continue
        # Column by column: one `map` per converted column of the batch (a few thousand
        # rows) instead of a Python loop over the converters for every row.
        columns = list(zip(*batch, strict=True))[:width]
        for position, convert in plan:
            columns[position] = map(convert, columns[position])
        yield from zip(*columns, strict=True)
