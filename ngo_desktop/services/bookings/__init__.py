"""Rooms, sites, closures, bookings and their rules, repeats, free rooms, holidays, booking exchange with spreadsheets and calendars."""
