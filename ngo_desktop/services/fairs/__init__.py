"""Fairs and markets: events, stall layouts, vendors and their applications, stall assignments, exports."""
