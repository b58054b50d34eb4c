"""Writing events in other formats (ACLED CSV)."""
