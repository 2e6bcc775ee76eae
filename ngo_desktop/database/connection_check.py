"""Settings → Test connection: reach the database the user typed and say what is there, changing nothing."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, make_url, text

from ngo_desktop.database.core import HEAD_REVISION, database_url_from, known_revisions, with_stored_password
from ngo_desktop.i18n import translate

CONNECT_TIMEOUT_S = 5


def check_connection(location: str, password: str = "") -> str:
    """A translated sentence: connected and what schema is there, or why the connection failed."""
    url = database_url_from(location)
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        return translate("ConnectionCheck", "This is an SQLite file on this computer; nothing to connect to.")
    url = parsed.set(password=password).render_as_string(hide_password=False) if password \
        else with_stored_password(url)
    engine = create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    try:
        with engine.connect() as connection:
            version = connection.execute(text("SHOW server_version")).scalar()
            revision = (connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                        if inspect(connection).has_table("alembic_version") else None)
    except Exception as error:  # noqa: BLE001 - every failure is reported to the user as it is
        detail = str(getattr(error, "orig", None) or error).strip().splitlines()
        return translate("ConnectionCheck", "Cannot connect: {detail}").format(detail=detail[0] if detail else error)
    finally:
        engine.dispose()
    if revision is None:
        state = translate("ConnectionCheck", "the database is empty; the program creates its tables on start")
    elif revision == HEAD_REVISION:
        state = translate("ConnectionCheck", "it holds this program's data, up to date")
    elif revision in known_revisions():
        state = translate("ConnectionCheck", "it holds this program's data; it will be upgraded on start")
    else:
        state = translate("ConnectionCheck", "it was made by a newer version of the program; update the program")
    return translate("ConnectionCheck", "Connected to PostgreSQL {version}: {state}.").format(
        version=version, state=state)
