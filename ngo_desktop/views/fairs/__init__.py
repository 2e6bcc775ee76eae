"""The fairs section of the main window."""
