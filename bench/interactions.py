"""Placeholder: filled in below."""

from bench.results import Row
from bench.scale import Scale


def run(scale: Scale) -> list[Row]:
    return []
