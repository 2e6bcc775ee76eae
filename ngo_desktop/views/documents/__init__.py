"""The documents section of the main window."""
