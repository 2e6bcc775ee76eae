"""The premises section of the main window."""
