"""The Settings dialog and its notification section."""
