"""The registry of organisations and contact people: saving, listing, import and export, privacy."""
