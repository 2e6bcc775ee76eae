"""Demo data: the small realistic centre and the large benchmark data."""
