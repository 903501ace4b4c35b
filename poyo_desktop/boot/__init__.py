"""Process start: the entry point, the self-test, and the one place that wires the services."""
