"""A stand-in for YouTube's and Vimeo's oEmbed endpoints on loopback, told per test how
to answer: with a video, an error status, or too slowly. It counts the requests."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


class FakeOEmbed:
    def __init__(self):
        self.status = 200
        self.delay = 0.0
        self.trickle = False  # send the answer a byte at a time, slowly
        self.requests = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (the http.server API)
                query = parse_qs(urlsplit(self.path).query)
                server.requests.append(query.get("url", [""])[0])
                if server.delay:
                    time.sleep(server.delay)
                body = b""
                if server.status == 200:
                    body = json.dumps(
                        {
                            "type": "video",
                            "title": "A film from the provider",
                            "author_name": "OS I BRANCHEN",
                            "thumbnail_url": "https://i.ytimg.com/vi/x/hqdefault.jpg",
                            "width": 640,
                            "height": 360,
                            "html": '<iframe src="https://www.youtube.com/embed/x"></iframe>',
                        }
                    ).encode()
                try:
                    self.send_response(server.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if server.trickle:
                        for byte in body:
                            self.wfile.write(bytes([byte]))
                            self.wfile.flush()
                            time.sleep(0.1)
                    else:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the site gave up waiting, as it should

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/oembed"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
