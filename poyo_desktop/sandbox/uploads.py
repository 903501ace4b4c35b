"""The upload service: multipart stream, base64 and URL re-hosting.

It answers in its own dialect (``{"success", "code", "msg", "data"}`` on success,
FastAPI-style ``{"detail": ...}`` on error), which clients must handle next to the API's.
Files are recognised by their bytes, capped at 10 MB, stored under a generated name in the
sandbox's data directory, and expire after ``upload_ttl`` (72 h unless configured).
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from poyo_desktop.sandbox.context import SandboxContext, context_of
from poyo_desktop.sandbox.media import IMAGE_TYPES_TEXT, decode_base64_payload, sniff_image
from poyo_desktop.sandbox.records import StoredFile, new_file_id, zulu_time
from poyo_desktop.sandbox.responses import detail_response, invalid_field, missing_field

_CHUNK = 256 * 1024
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_SAFE_PATH = re.compile(r"[^A-Za-z0-9._/-]+")


class UploadRefused(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def _too_large(ctx: SandboxContext) -> UploadRefused:
    limit_mb = ctx.config.max_upload_bytes / (1024 * 1024)
    return UploadRefused(413, f"File too large: the limit is {limit_mb:g} MB")


def _clean_name(name: str | None, extension: str) -> str | None:
    if not name:
        return None
    cleaned = _SAFE_NAME.sub("_", Path(name.replace("\\", "/")).name).strip("._")[:120]
    if not cleaned:
        return None
    return cleaned if cleaned.lower().endswith(extension) else cleaned + extension


def _clean_path(path: str | None) -> str | None:
    if not path:
        return None
    parts = [p for p in _SAFE_PATH.sub("_", path).split("/") if p not in ("", ".", "..")]
    return "/".join(parts)[:200] or None


async def _store(
    ctx: SandboxContext,
    data: bytes,
    *,
    original_name: str | None,
    file_name: str | None,
    upload_path: str | None,
) -> StoredFile:
    """Check and keep one uploaded file; raises :class:`UploadRefused`."""
    if not data:
        raise UploadRefused(400, "The file is empty")
    if len(data) > ctx.config.max_upload_bytes:
        raise _too_large(ctx)
    kind = sniff_image(data[:16])
    if kind is None:
        raise UploadRefused(
            400, f"Unsupported file type: only {IMAGE_TYPES_TEXT} images are accepted"
        )
    file_id = new_file_id()
    target = ctx.uploads_dir / f"{file_id}{kind.extension}"
    ctx.uploads_dir.mkdir(parents=True, exist_ok=True)
    await asyncio.to_thread(target.write_bytes, data)
    return ctx.state.add_file(
        target,
        kind="upload",
        file_id=file_id,
        file_name=_clean_name(file_name, kind.extension) or f"{file_id}{kind.extension}",
        mime_type=kind.mime_type,
        ttl=ctx.config.upload_ttl,
        original_name=original_name,
        upload_path=_clean_path(upload_path),
    )


def _uploaded(ctx: SandboxContext, stored: StoredFile) -> JSONResponse:
    url = stored.url(ctx.base_url)
    return JSONResponse(
        {
            "success": True,
            "code": 200,
            "msg": "File uploaded successfully",
            "data": {
                "file_id": stored.file_id,
                "file_name": stored.file_name,
                "file_size": stored.size,
                "mime_type": stored.mime_type,
                "file_url": url,
                "download_url": f"{url}?download=1",
                "expires_at": zulu_time(stored.expires_at) if stored.expires_at else None,
                "original_name": stored.original_name,
                "upload_path": stored.upload_path,
                "upload_time": zulu_time(stored.created_at),
            },
        }
    )


def _text_field(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


async def upload_stream(request: Request) -> Response:
    """``POST /api/common/upload/stream``: multipart with the file in part ``file``."""
    ctx = context_of(request)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > ctx.config.max_upload_bytes + 64 * 1024:
        return detail_response(413, _too_large(ctx).detail)
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        return missing_field("body", "file")
    try:
        async with request.form(max_files=4, max_fields=16) as form:
            part = form.get("file")
            if part is None:
                return missing_field("body", "file")
            if not isinstance(part, UploadFile):
                return invalid_field(["body", "file"], "Expected a file upload", "value_error")
            data = bytearray()
            while chunk := await part.read(_CHUNK):
                data += chunk
                if len(data) > ctx.config.max_upload_bytes:
                    return detail_response(413, _too_large(ctx).detail)
            stored = await _store(
                ctx,
                bytes(data),
                original_name=part.filename,
                file_name=_text_field(form.get("file_name")),
                upload_path=_text_field(form.get("upload_path")),
            )
    except MultiPartException as exc:
        return detail_response(400, f"Invalid multipart body: {exc.message}")
    except HTTPException as exc:  # Starlette re-raises parser errors this way inside an app
        return detail_response(400, f"Invalid multipart body: {exc.detail}")
    except UploadRefused as exc:
        return detail_response(exc.status, exc.detail)
    return _uploaded(ctx, stored)


async def _json_object(request: Request) -> dict[str, Any] | Response:
    try:
        body = json.loads(await request.body())
    except (json.JSONDecodeError, UnicodeDecodeError):
        return invalid_field(["body", 0], "JSON decode error", "json_invalid")
    if not isinstance(body, dict):
        return invalid_field(["body"], "Input should be a valid dictionary", "dict_type")
    return body


def _required_string(body: dict[str, Any], name: str) -> str | Response:
    value = body.get(name)
    if value is None:
        return missing_field("body", name)
    if not isinstance(value, str):
        return invalid_field(["body", name], "Input should be a valid string", "string_type")
    return value


async def upload_base64(request: Request) -> Response:
    """``POST /api/common/upload/base64``: JSON ``{"base64_data": "data:image/png;base64,…"}``."""
    ctx = context_of(request)
    body = await _json_object(request)
    if isinstance(body, Response):
        return body
    text = _required_string(body, "base64_data")
    if isinstance(text, Response):
        return text
    if len(text) > ctx.config.max_upload_bytes * 4 // 3 + 1024:
        return detail_response(413, _too_large(ctx).detail)
    try:
        data = decode_base64_payload(text)
    except ValueError as exc:
        return detail_response(400, f"Invalid base64_data: {exc}")
    try:
        stored = await _store(
            ctx,
            data,
            original_name=_text_field(body.get("file_name")),
            file_name=_text_field(body.get("file_name")),
            upload_path=_text_field(body.get("upload_path")),
        )
    except UploadRefused as exc:
        return detail_response(exc.status, exc.detail)
    return _uploaded(ctx, stored)


async def upload_url(request: Request) -> Response:
    """``POST /api/common/upload/url``: re-host a URL. Offline, only this sandbox's own files."""
    ctx = context_of(request)
    body = await _json_object(request)
    if isinstance(body, Response):
        return body
    url = _required_string(body, "file_url")
    if isinstance(url, Response):
        return url
    source = ctx.state.file_for_url(url.strip(), ctx.base_url)
    if source is None:
        return detail_response(
            400,
            "Could not download file_url: the sandbox has no internet access "
            "(only URLs served by this sandbox can be re-hosted)",
        )
    if source.is_expired():
        return detail_response(400, "Could not download file_url: HTTP 404 (file expired)")
    data = await asyncio.to_thread(source.path.read_bytes)
    try:
        stored = await _store(
            ctx,
            data,
            original_name=source.file_name,
            file_name=_text_field(body.get("file_name")),
            upload_path=_text_field(body.get("upload_path")),
        )
    except UploadRefused as exc:
        return detail_response(exc.status, exc.detail)
    return _uploaded(ctx, stored)
