"""Starts ngo_desktop from a source checkout: the same program as the installed ``ngo-desktop``."""

from ngo_desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
