"""Small input checks shared by services and forms."""

from __future__ import annotations

import re
from collections.abc import Mapping

from sqlalchemy import BigInteger, Integer, Table

from ngo_desktop.i18n import translate

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")


def is_valid_email(value: str) -> bool:
    return bool(_EMAIL.match(value))


def database_limit_problems(model: type, values: Mapping[str, object]) -> dict[str, str]:
    """What PostgreSQL would refuse in ``values`` (attribute -> value) for a row of ``model``.

    SQLite stores an over-long text, a NUL character or a huge number without complaint, so a
    file imported on one database would be refused by the other (and by a later move to the
    server): every import checks the same limits, taken from the model's columns.
    """
    columns = model.__table__.columns  # type: ignore[attr-defined]
    problems: dict[str, str] = {}
    for attribute, value in values.items():
        column = columns.get(attribute)
        if column is None:
            continue
        problem = _limit_problem(column.type, value)
        if problem:
            problems[attribute] = problem
    return problems


def row_limit_problem(table: Table, row: Mapping[str, object]) -> tuple[str, str] | None:
    """The first column of a ``table`` row (as read from the database) that PostgreSQL would refuse.

    Rows saved on SQLite before every input was checked may hold what the server refuses; the
    move to the server names such a row instead of failing somewhere in the middle.
    """
    for column in table.columns:
        problem = _limit_problem(column.type, row.get(column.name))
        if problem:
            return column.name, problem
    return None


def _limit_problem(column_type: object, value: object) -> str:
    if isinstance(value, str):
        if "\x00" in value:
            return translate("Validation", "The text holds a NUL character (a byte 0); remove it.")
        length = getattr(column_type, "length", None)
        if length is not None and len(value) > length:
            characters = len(value)  # a plain variable, so lupdate sees the plural
            return translate("Validation", "The text is %n characters long; at most {limit} fit.", "",
                             characters).format(limit=length)
    elif isinstance(value, int) and not isinstance(value, bool) and isinstance(column_type, Integer):
        bits = 63 if isinstance(column_type, BigInteger) else 31
        if not -(2 ** bits) <= value < 2 ** bits:
            return translate("Validation", "{value} is too large a number.").format(value=value)
    return ""
