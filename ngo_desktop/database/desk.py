"""Opening the database the way this front desk uses it, for the window and the command line alike.

The location comes from the command line, NGO_DESKTOP_DATABASE, Settings or the default file;
changes are recorded under the operator name from Settings; copies taken before a migration go to
the backup folder from Settings. A file that has been backed up before must still be there: a
missing one is reported, never silently replaced by an empty database, and so is one emptied to
0 bytes. A damaged file is reported with the newest good automatic copy to restore.
"""

from __future__ import annotations

from pathlib import Path

from ngo_desktop import settings
from ngo_desktop.database.core import (
    Database,
    DatabaseDamaged,
    choose_database_url,
    open_database,
    sqlite_file_of,
)
from ngo_desktop.database.file_checks import CheckRecord
from ngo_desktop.i18n import translate


def open_desk_database(location: str | None, *, replacing: bool = False, verify: bool = True,
                       checked_files: CheckRecord | None = None) -> Database:
    """Raises DatabaseProblem with a message for the user. ``replacing`` (a restore) only connects:
    the file may be the damaged one that is about to be replaced. ``verify``, ``checked_files``: see
    open_database."""
    from ngo_desktop.database.backup_files import automatic_backups

    url = choose_database_url(location, settings.database_location())
    backup_folder = settings.backup_folder()
    if replacing:
        return open_database(url, operator=settings.operator_name(), migrate=False, check_file=False)
    source = sqlite_file_of(url)
    used_before = source is not None and bool(automatic_backups(source, backup_folder))
    if used_before and source is not None and source.is_file() and source.stat().st_size == 0:
        raise damaged_with_offer(source, translate("DeskDatabase", "the file was emptied to 0 bytes"), backup_folder)
    try:
        return open_database(url, operator=settings.operator_name(), backup_dir=backup_folder,
                             must_exist=used_before, verify=verify, checked_files=checked_files)
    except DatabaseDamaged as damaged:
        raise damaged_with_offer(damaged.path, damaged.detail, backup_folder) from damaged


def damaged_with_offer(path: Path, detail: str, backup_folder: Path) -> DatabaseDamaged:
    """The refusal of a damaged (or emptied) database, naming the newest good copy to restore."""
    from ngo_desktop.database.backup_files import newest_good_backup

    good = newest_good_backup(path, backup_folder)
    if good is None:
        message = translate(
            "DeskDatabase", "The database {path} is damaged ({detail}) and no good automatic backup of it was "
                            "found in {folder}. It was left untouched; restore a backup you made with "
                            "“ngo-desktop restore FILE”.").format(path=path, detail=detail, folder=backup_folder)
    else:
        message = translate(
            "DeskDatabase", "The database {path} is damaged ({detail}). It was left untouched; the newest good "
                            "backup is {backup}: restore it with “ngo-desktop restore {backup}”.").format(
            path=path, detail=detail, backup=good)
    return DatabaseDamaged(message, path=path, detail=detail, good_backup=good)
