"""INSERT ... ON CONFLICT DO NOTHING RETURNING: rows that may already exist, in one statement.

A learner action writes rows a unique constraint guards (a lesson completed once, a
certificate per enrollment, a payout per rule and object, a badge per learner): another
transaction may have written one first. Catching the IntegrityError needs a savepoint
around the INSERT (SAVEPOINT, INSERT, RELEASE: three statements, and one more per row on the
way back). Here the database skips the rows that would break a unique constraint
(PostgreSQL `ON CONFLICT DO NOTHING`, SQLite `INSERT OR IGNORE`) and returns the rows it
wrote, so the caller knows which are new without a read and without a savepoint
(ADR 0017, "Inserts without savepoints"). Both databases we run (PostgreSQL, SQLite >= 3.35)
return rows from such an INSERT.

Like `bulk_create`, no `post_save` is sent. On SQLite `OR IGNORE` also skips a row that
breaks a NOT NULL or CHECK constraint: the callers build their rows complete.
"""

from __future__ import annotations

from django.db import connections, router
from django.db.models import AutoField
from django.db.models.constants import OnConflict
from django.db.models.sql import InsertQuery


def insert_new(objs: list, *, key: tuple[str, ...]) -> list:
    """Insert `objs` (instances of one model) in one statement, skipping those a unique
    constraint already holds; return the inserted ones, with their primary key set.

    `key`: the attribute names that tell the rows apart within `objs` (e.g. ("rule",
    "object_key")): the database returns them with the primary key, and each returned row
    is matched to its object by them."""
    if not objs:
        return []
    model = type(objs[0])
    opts = model._meta
    using = router.db_for_write(model)
    connection = connections[using]
    queryset = model._base_manager.using(using)
    queryset._prepare_for_bulk_create(objs)
    fields = [field for field in opts.concrete_fields if not field.generated]
    if not all(obj._is_pk_set() for obj in objs):
        if any(obj._is_pk_set() for obj in objs):
            raise ValueError("insert_new: either every object has its primary key or none")
        fields = [field for field in fields if not isinstance(field, AutoField)]
    key_fields = [opts.get_field(name) for name in key]
    if opts.pk in key_fields:
        raise ValueError("insert_new: the key is what tells rows apart, not the primary key")
    returning = [opts.pk, *key_fields]
    query = InsertQuery(model, on_conflict=OnConflict.IGNORE)
    query.insert_values(fields, objs)
    compiler = query.get_compiler(using=using)
    compiler.returning_fields = returning
    ((sql, params),) = compiler.as_sql()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    columns = [field.get_col(opts.db_table) for field in returning]
    converters = compiler.get_converters(columns)
    if converters:
        rows = list(compiler.apply_converters(rows, converters))

    def identity(values):
        return tuple(
            field.to_python(value) for field, value in zip(key_fields, values, strict=True)
        )

    by_key = {identity([getattr(obj, f.attname) for f in key_fields]): obj for obj in objs}
    inserted = []
    for row in rows:
        obj = by_key.get(identity(row[1:]))
        if obj is None:
            continue
        obj.pk = row[0]
        obj._state.adding = False
        obj._state.db = using
        inserted.append(obj)
    order = {id(obj): index for index, obj in enumerate(objs)}
    inserted.sort(key=lambda obj: order[id(obj)])
    return inserted
