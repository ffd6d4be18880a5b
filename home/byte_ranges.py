"""Byte ranges for served files, so that a browser can seek in a film and Safari plays
MP4 at all (it asks for `Range: bytes=0-1` first). Wagtail's document view always
answers with the whole file; `with_byte_ranges` turns its answer into 206 Partial
Content for a single range (resources/views.py)."""

import re

from django.http import FileResponse, HttpResponse, StreamingHttpResponse

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024
KEPT_HEADERS = (
    "Content-Type",
    "Content-Disposition",
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "ETag",
    "Last-Modified",
    "Cache-Control",
)


def requested_range(header, size):
    """(start, end) of a single satisfiable range, None for no usable Range header (the
    whole file is sent), or "unsatisfiable"."""
    match = RANGE.match((header or "").strip())
    if not match or match.groups() == ("", ""):
        return None
    first, last = match.groups()
    if first == "":  # the last N bytes
        length = int(last)
        if length == 0:
            return "unsatisfiable"
        return max(size - length, 0), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        return "unsatisfiable"
    return start, end


def read_range(file, start, end):
    file.seek(start)
    remaining = end - start + 1
    try:
        while remaining > 0:
            chunk = file.read(min(CHUNK, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk
    finally:
        file.close()


def with_byte_ranges(request, response):
    if response.status_code != 200 or not isinstance(response, FileResponse):
        return response
    response["Accept-Ranges"] = "bytes"
    header = request.headers.get("Range")
    if not header or request.method not in ("GET", "HEAD"):
        return response
    if_range = request.headers.get("If-Range")
    if if_range and if_range != response.get("ETag"):
        return response  # the file changed since the browser's first part: send it all
    file = response.file_to_stream
    try:
        size = int(response["Content-Length"])
    except (KeyError, ValueError):
        return response
    wanted = requested_range(header, size)
    if wanted is None or not hasattr(file, "seek"):
        return response
    if wanted == "unsatisfiable":
        response.close()
        refused = HttpResponse(status=416)
        refused["Content-Range"] = f"bytes */{size}"
        return refused
    start, end = wanted
    partial = StreamingHttpResponse(read_range(file, start, end), status=206)
    for name in KEPT_HEADERS:
        if name in response:
            partial[name] = response[name]
    partial["Accept-Ranges"] = "bytes"
    partial["Content-Range"] = f"bytes {start}-{end}/{size}"
    partial["Content-Length"] = str(end - start + 1)
    return partial
