"""Starts ngo_desktop from a source checkout: the same program as the installed ``ngo-desktop``."""

from ngo_desktop.app import run

if __name__ == "__main__":
    run()
