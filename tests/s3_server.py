"""Test doubles for the object store: the counting S3 server (home/local_s3.py, moto in
server mode on loopback; boto3 talks HTTP to it, nothing in boto3 is patched) and an
address that never answers."""

import socket
import threading

from home.local_s3 import CountingS3Server  # noqa: F401  (the tests import it from here)

BUCKET = "osib-media-test"


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
