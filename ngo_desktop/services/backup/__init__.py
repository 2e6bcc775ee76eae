"""Backups and restores of the desk's database, and moving it to a server."""
