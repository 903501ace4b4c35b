"""Serve stored files (uploads, result videos, benchmark files) the way object storage does.

Streamed from disk in large chunks with ``Content-Length``, ``Accept-Ranges`` (resumable
downloads) and an ETag; never read whole into memory, so a 200 MB file costs nothing.
No key is needed: result links are plain storage URLs. Expired links answer 404.
"""

from __future__ import annotations

import logging

from starlette.requests import Request
from starlette.responses import FileResponse, Response

from poyo_desktop.sandbox.context import context_of
from poyo_desktop.sandbox.responses import detail_response

logger = logging.getLogger(__name__)


class StreamedFile(FileResponse):
    """Starlette's file response with bigger reads: far fewer thread hops on large files."""

    chunk_size = 1024 * 1024


async def download(request: Request) -> Response:
    """``GET|HEAD /files/{file_id}/{name}``; ``?download=1`` asks for an attachment."""
    ctx = context_of(request)
    stored = ctx.state.file(request.path_params["file_id"])
    if stored is None or stored.is_expired():
        return detail_response(404, "File not found or expired")
    attachment = request.query_params.get("download") in ("1", "true", "yes")
    return StreamedFile(
        stored.path,
        media_type=stored.mime_type,
        filename=stored.file_name,
        content_disposition_type="attachment" if attachment else "inline",
        headers={"Cache-Control": "private, max-age=3600"},
    )
