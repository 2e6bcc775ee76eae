"""ngo_desktop: the front-desk program of a local NGO support centre."""

__version__ = "0.1.0"
