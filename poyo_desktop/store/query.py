"""The SQL WHERE clause that answers a history query
(:class:`~poyo_desktop.core.query.JobQuery`)."""

from __future__ import annotations

from collections.abc import Iterable

from poyo_desktop.core.query import JobQuery, search_needle

# History order: newest first, ties broken by id so paging is stable.
ORDER = "ORDER BY created_at DESC, id"


def where(query: JobQuery) -> tuple[str, list[object]]:
    """`` WHERE …`` (or "") and its parameters; values are always bound, never pasted."""
    clauses: list[str] = []
    params: list[object] = []
    needle = search_needle(query.text)
    if needle:
        # GLOB, not instr(): about twice as fast on long prompts. search_text and the
        # needle are both folded, so its case sensitivity is what we want.
        clauses.append("search_text GLOB ?")
        params.append(f"*{glob_literal(needle)}*")
    if query.states is not None:
        _add_in(clauses, params, "state", sorted(state.value for state in query.states))
    if query.models is not None:
        _add_in(clauses, params, "model", sorted(query.models))
    if not clauses:
        return "", params
    return " WHERE " + " AND ".join(clauses), params


def glob_literal(text: str) -> str:
    """``text`` with GLOB's special characters made literal (``*`` → ``[*]``)."""
    return "".join(f"[{char}]" if char in "*?[" else char for char in text)


def _add_in(clauses: list[str], params: list[object], column: str, values: Iterable[str]) -> None:
    values = list(values)
    if not values:
        clauses.append("0")
        return
    clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
    params.extend(values)
