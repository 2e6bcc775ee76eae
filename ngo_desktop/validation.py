"""Small input checks shared by services and forms."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")


def is_valid_email(value: str) -> bool:
    return bool(_EMAIL.match(value))
