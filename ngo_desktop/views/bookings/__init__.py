"""The bookings section of the main window."""
