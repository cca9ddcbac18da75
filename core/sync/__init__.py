"""Sync by files (DESIGN.md §4): signed bundles carry change-log entries between devices."""
