"""Pantau's PySide6 GUI and the `pantau` command line. Qt is imported only for the GUI."""
