"""Shared widget pieces: theme, icons, elided labels, the lazy Qt used before the first frame."""
