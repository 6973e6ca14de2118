"""Path converters for our URL patterns.

`<id:pk>` is Django's `<int:pk>` bounded to what a database id can be (a signed 64-bit
integer). A number past that cannot name any row, and SQLite cannot even be asked about it
(the driver raises OverflowError, a 500): the pattern simply does not match, so the address
is a 404 like any other that points at nothing.
"""

from django.urls import register_converter

MAX_ID = 2**63 - 1  # the largest BigAutoField / IntegerField value on SQLite and PostgreSQL


class IdConverter:
    regex = "[0-9]{1,19}"  # 19 digits hold every 64-bit value; longer ones never match

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > MAX_ID:
            raise ValueError("too large for a database id")  # Django: this pattern does not match
        return number

    def to_url(self, value) -> str:
        return str(int(value))


register_converter(IdConverter, "id")
