"""Allows ``python -m ngo_desktop``."""

from ngo_desktop.app import run

run()
