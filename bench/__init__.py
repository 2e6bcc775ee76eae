"""Benchmarks: scripts that print figures and ratios against the issues' targets."""
