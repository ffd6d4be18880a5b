"""A real S3-compatible HTTP endpoint on loopback for the tests: moto in server mode in a
thread of the test session. boto3 talks HTTP to it like to any S3 service; nothing in
boto3 is patched. Every request it receives is counted, so that tests can show how many
requests a page view costs the object store."""

import socket
import threading
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs

from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import make_server

BUCKET = "osib-media-test"


def signed_url_expired(query_string):
    """What S3 checks of a presigned URL and moto does not: X-Amz-Date + X-Amz-Expires
    has passed (the signature itself moto checks)."""
    query = parse_qs(query_string)
    if "X-Amz-Date" not in query or "X-Amz-Expires" not in query:
        return False
    signed_at = datetime.strptime(query["X-Amz-Date"][0], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    lifetime = timedelta(seconds=int(query["X-Amz-Expires"][0]))
    return datetime.now(UTC) > signed_at + lifetime


class CountingS3Server:
    def __init__(self):
        self.requests = []
        self.lock = threading.Lock()
        self.refusing = False
        moto = DomainDispatcherApplication(create_backend_app)

        def app(environ, start_response):
            with self.lock:
                self.requests.append((environ["REQUEST_METHOD"], environ.get("PATH_INFO", "")))
            if self.refusing:
                start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
                return [b"store down"]
            if signed_url_expired(environ.get("QUERY_STRING", "")):
                start_response("403 Forbidden", [("Content-Type", "application/xml")])
                return [b"<Error><Code>AccessDenied</Code></Error>"]  # Request has expired
            return moto(environ, start_response)

        self.server = make_server("127.0.0.1", 0, app, True, request_handler=MotoRequestHandler)
        self.endpoint = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()

    def count(self):
        with self.lock:
            return len(self.requests)


class SilentServer:
    """An address that takes connections and never answers: a store that hangs."""

    def __init__(self):
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.endpoint = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.connections = []
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self):
        while True:
            try:
                connection, _address = self.socket.accept()
            except OSError:
                return
            self.connections.append(connection)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.socket.close()
        for connection in self.connections:
            connection.close()
