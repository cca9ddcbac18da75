"""Widgets several screens can use."""
