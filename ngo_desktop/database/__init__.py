"""Infrastructure below the services: engine and URL, credentials, opening the desk's database, migrations, change events and watching."""
