"""Opening the database the way this front desk uses it, for the window and the command line alike.

The location comes from the command line, NGO_DESKTOP_DATABASE, Settings or the default file;
changes are recorded under the operator name from Settings; copies taken before a migration go to
the backup folder from Settings. A file that has been backed up before must still be there: a
missing one is reported, never silently replaced by an empty database.
"""

from __future__ import annotations

from ngo_desktop import desk_settings, settings
from ngo_desktop.db import Database, choose_database_url, open_database, sqlite_file_of


def open_desk_database(location: str | None, *, replacing: bool = False) -> Database:
    """Raises DatabaseProblem with a message for the user. ``replacing`` (a restore) only connects:
    the file may be the damaged one that is about to be replaced."""
    from ngo_desktop.services.backup import automatic_backups

    url = choose_database_url(location, settings.database_location())
    backup_folder = settings.backup_folder()
    if replacing:
        return open_database(url, operator=desk_settings.operator_name(), migrate=False, check_file=False)
    source = sqlite_file_of(url)
    used_before = source is not None and bool(automatic_backups(source, backup_folder))
    return open_database(url, operator=desk_settings.operator_name(), backup_dir=backup_folder,
                         must_exist=used_before)
