"""Allows ``python -m ngo_desktop``."""

from ngo_desktop.app import main

raise SystemExit(main())
