"""What the network may send: arbitrary JSON, near-miss shapes of PoYo's answers, odd
headers and odd bytes. Shared by the property tests."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

# Numbers as json.loads can give them: unbounded ints, NaN and ±Infinity (Python's json
# accepts those words), floats of every size, and bools (which are ints in Python).
numbers = st.one_of(
    st.integers(),
    st.sampled_from([10**400, -(10**400), 2**63, 2**64 + 1, -(2**63) - 1, 10**20]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
)
texts = st.one_of(
    st.text(),
    st.sampled_from(
        [
            "",
            " ",
            "nan",
            "inf",
            "-inf",
            "1e400",
            "-0",
            "٣",
            "²",
            "１２",
            "0x10",
            "12abc",
            "\x00",
            "7" * 50,
            "task-unified-1731407400-abcd1234",
        ]
    ),
)
scalars = st.one_of(st.none(), numbers, texts)
json_values: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(texts, inner, max_size=4)),
    max_leaves=12,
)

STATUS_WORDS = [
    "not_started",
    "pending",
    "queued",
    "running",
    "processing",
    "finished",
    "success",
    "succeeded",
    "completed",
    "failed",
    "cancelled",
    "canceled",
    "FINISHED",
    " Running ",
    "warming_up",
    "",
]
statuses = st.one_of(st.sampled_from(STATUS_WORDS), json_values)
timestamps = st.one_of(
    st.datetimes().map(lambda d: d.isoformat()),
    st.datetimes().map(lambda d: d.isoformat() + "Z"),
    st.sampled_from(
        [
            "0001-01-01T00:00:00+01:00",
            "9999-12-31T23:59:59-01:00",
            "2025-11-12T10:30:00",
            "2025-11-12T10:30:00Z",
            "2025-11-12",
            "Z",
        ]
    ),
    numbers,
    json_values,
)
file_entries = st.one_of(
    st.fixed_dictionaries(
        {},
        optional={
            "file_url": st.one_of(st.just("https://cdn.example/v.mp4"), json_values),
            "file_type": st.one_of(st.sampled_from(["video", "VIDEO", "image", ""]), json_values),
            "file_name": json_values,
            "file_size": numbers,
            "content_type": json_values,
            "format": json_values,
            "label": json_values,
        },
    ),
    json_values,
)
files_lists = st.one_of(st.lists(file_entries, max_size=3), json_values)


def with_extra(fields: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """``fields`` plus keys no contract mentions."""
    return st.tuples(fields, st.dictionaries(texts, json_values, max_size=2)).map(
        lambda pair: {**pair[1], **pair[0]}
    )


task_objects = with_extra(
    st.fixed_dictionaries(
        {},
        optional={
            "task_id": st.one_of(st.just("task-unified-1731407400-abcd1234"), json_values),
            "status": statuses,
            "progress": st.one_of(numbers, json_values),
            "files": files_lists,
            "created_time": timestamps,
            "finished_time": timestamps,
            "error_message": json_values,
            "credits_amount": st.one_of(numbers, json_values),
        },
    )
)
upload_objects = with_extra(
    st.fixed_dictionaries(
        {},
        optional={
            "file_url": st.one_of(st.just("https://x/u.png"), json_values),
            "file_id": json_values,
            "file_name": json_values,
            "file_size": numbers,
            "mime_type": json_values,
            "download_url": json_values,
            "expires_at": timestamps,
            "original_name": json_values,
            "upload_path": json_values,
            "upload_time": timestamps,
        },
    )
)
balance_objects = with_extra(
    st.fixed_dictionaries(
        {}, optional={"email": json_values, "credits_amount": st.one_of(numbers, json_values)}
    )
)


def wrapped(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A body as PoYo sends it: bare, or in an envelope with any code, or not a body at all."""
    envelope = with_extra(
        st.fixed_dictionaries(
            {"data": inner},
            optional={
                "code": st.one_of(st.just(200), numbers),
                "success": json_values,
                "msg": json_values,
            },
        )
    )
    return st.one_of(inner, envelope, json_values)


def as_bytes(value: Any) -> bytes:
    """``value`` as JSON on the wire (NaN and Infinity as Python writes them)."""
    return json.dumps(value).encode()


wire_bodies = st.one_of(
    wrapped(task_objects).map(as_bytes),
    json_values.map(as_bytes),
    st.binary(max_size=200),
    st.sampled_from(
        [
            b"",
            b"<html><body>502 Bad Gateway</body></html>",
            b"{",
            b"null",
            b'{"code": 200, "data": {"task_id": "task-unified-1731407400-abc',
            b"\xff\xfe\x00",
            b'{"code": 1' + b"0" * 5000 + b"}",
            b'{"code": 429, "error": "slow down"}',
            b'{"detail": [{"loc": ["body", 1, null], "msg": "bad"}]}',
        ]
    ),
)
http_statuses = st.one_of(
    st.sampled_from(
        [200, 201, 204, 301, 400, 401, 402, 403, 404, 408, 410, 413, 422, 429, 500, 502, 503, 504]
    ),
    st.integers(min_value=100, max_value=599),
)
