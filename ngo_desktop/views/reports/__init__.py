"""The Reports section: room use, support in kind, fairs and membership on screen, and their exports."""
