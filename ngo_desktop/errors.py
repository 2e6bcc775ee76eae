"""Domain errors: refusals whose message is already in the user's language."""

from __future__ import annotations


class DomainError(Exception):
    """An action refused by a rule. ``str(error)`` is the translated message for the user."""


class NotFound(DomainError):
    """The thing asked for does not exist (or no longer does)."""


class ValidationFailed(DomainError):
    """Input that cannot be saved. ``problems`` maps a field name to its translated message."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("\n".join(self.problems.values()))


class ChangedElsewhere(DomainError):
    """Someone else saved the same record since it was read (optimistic locking)."""


class NotEmpty(DomainError):
    """The database already holds data where an empty one is needed."""
