"""The organisations section of the main window."""
