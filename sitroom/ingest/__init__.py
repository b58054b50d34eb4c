"""Ingest: from files, records, crawls and feeds to clean articles with metadata."""
