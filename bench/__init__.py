"""Benchmarks: ``python -m bench`` runs them all, prints a table, writes docs/benchmarks.md.

Every figure is compared with a baseline measured in the same run, so a busy machine
moves both. Not timed tests: tests/bench only checks that each one still runs.
"""
