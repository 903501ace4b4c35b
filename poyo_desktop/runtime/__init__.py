"""Process-level workarounds and set-up, each in a file named for what it works around."""
