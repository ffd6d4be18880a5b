"""A real S3-compatible HTTP endpoint on loopback for the tests: moto in server mode in a
thread of the test session. boto3 talks HTTP to it like to any S3 service; nothing in
boto3 is patched. Every request it receives is counted, so that tests can show how many
requests a page view costs the object store."""

import threading

from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import make_server

BUCKET = "osib-media-test"


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
