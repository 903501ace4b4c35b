"""The start-image fixer's window: crop, add bars or resize, the result shown first."""
