"""A package with data."""
