"""Pantau's domain rules and use cases. Never imports Qt or `desktop`."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pantau")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
