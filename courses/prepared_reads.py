"""Reads whose SQL Django builds once per database connection, then runs with new values.

On the learner pages a read of one learner's rows runs in tens of microseconds (an index
range on `user_id`); Django *building* it — `filter()`, the joins, `as_sql()` — costs 0.3 to
3 ms, on every request: most of what the dashboard's panels cost (issue 12,
tests/bench/README.md). A `PreparedRead` builds its queryset once per connection with
stand-in values for its parameters, keeps the compiled SQL and the compiler, and each call
runs that SQL with the real values:

- through the connection's own cursor, so debug cursors, `assertNumQueries` and
  `CaptureQueriesContext` see every query as before;
- through Django's own iterables, so rows become the same model instances (with
  `select_related` and annotations), dicts or tuples, with the same converters.

The SQL is exactly the one the queryset would run. Parameters are ints or strings (a user's
id, a page's id, a code); anything else that shapes the query (a limit, a model, a charter's
version) is a *fixed* value: part of the key, so each distinct value has its SQL built once.
The compiled reads live on the connection object, which Django keeps per thread: nothing is
shared between threads, and a new connection object starts empty.

Not for querysets with `prefetch_related` (they run more queries than the one compiled).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable
from typing import Any

from django.core.exceptions import EmptyResultSet, ValidationError
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import QuerySet

_STORE = "_porte_voix_prepared_reads"
# Stand-ins: values no caller passes (ids are positive, codes printable), recognisable in
# the compiled parameters.
_INT_STAND_IN = -7_340_912_650_001
_STR_STAND_IN = "\x00porte-voix-parameter-{}\x00"


class PreparedReadError(TypeError):
    pass


class _Compiled:
    __slots__ = ("queryset", "compiler", "sql", "params", "positions")

    def __init__(self, queryset, compiler, sql, params, positions):
        self.queryset = queryset
        self.compiler = compiler
        self.sql = sql
        self.params = params
        self.positions = positions


_EMPTY = object()  # the query can match nothing (e.g. `pk__in=[]` among the fixed values)


class PreparedRead:
    """`build(*params, *fixed)` -> QuerySet, compiled once per connection and `fixed`.

    >>> recent = PreparedRead(lambda user_id: Entry.objects.filter(user_id=user_id)[:3])
    >>> recent(user.pk)   # a list, as list(queryset) would give
    """

    def __init__(self, build: Callable[..., QuerySet], *, name: str = ""):
        self._build = build
        self.name = name or getattr(build, "__qualname__", "read")

    def __call__(self, *params: int | str, fixed: tuple[Hashable, ...] = ()) -> list[Any]:
        connection = connections[DEFAULT_DB_ALIAS]
        store = connection.__dict__.get(_STORE)
        if store is None:
            store = connection.__dict__[_STORE] = {}
        key = (self, fixed, tuple(type(p) for p in params))
        compiled = store.get(key)
        if compiled is None:
            compiled = store[key] = self._compile(params, fixed)
        if compiled is _EMPTY:
            return []
        values = list(compiled.params)
        for value, where in zip(params, compiled.positions, strict=True):
            for index in where:
                values[index] = value
        prepared = copy.copy(compiled.compiler)
        sql, bound = compiled.sql, tuple(values)
        prepared.as_sql = lambda *args, **kwargs: (sql, bound)
        queryset = compiled.queryset._chain()
        queryset.query.get_compiler = lambda *args, **kwargs: prepared
        return list(queryset)

    def _compile(self, params, fixed) -> _Compiled | object:
        stand_ins = []
        for number, value in enumerate(params):
            if isinstance(value, bool) or not isinstance(value, int | str):
                raise PreparedReadError(
                    f"{self.name}: parameters must be ints or strings, not {type(value)!r}; "
                    "pass other values as `fixed`"
                )
            stand_ins.append(
                _INT_STAND_IN - number if isinstance(value, int) else _STR_STAND_IN.format(number)
            )
        try:
            queryset = self._build(*stand_ins, *fixed)
        except (TypeError, ValueError, ValidationError) as error:
            raise PreparedReadError(
                f"{self.name}: the query cannot be built with stand-in values ({error}); "
                "a value Django converts or writes into the SQL must be passed as `fixed`"
            ) from error
        if queryset._prefetch_related_lookups:
            raise PreparedReadError(f"{self.name}: prefetch_related runs more queries")
        if queryset.db != DEFAULT_DB_ALIAS:
            raise PreparedReadError(f"{self.name}: only the default database")
        compiler = queryset.query.get_compiler(queryset.db)
        try:
            sql, sql_params = compiler.as_sql()
        except EmptyResultSet:
            return _EMPTY
        positions = []
        for stand_in in stand_ins:
            where = [
                index
                for index, value in enumerate(sql_params)
                if type(value) is type(stand_in) and value == stand_in
            ]
            if not where or str(stand_in) in sql:
                raise PreparedReadError(
                    f"{self.name}: a parameter is not a plain query parameter of the SQL "
                    "(it was converted or written into the SQL); pass it as `fixed`"
                )
            positions.append(tuple(where))
        return _Compiled(queryset, compiler, sql, tuple(sql_params), positions)
