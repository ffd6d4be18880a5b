"""A local S3-compatible server (moto in server mode, on loopback, in memory).

`make run-s3` (`python -m home.local_s3`): the site against it, to try object storage
without an account anywhere: makes the bucket, and runs migrate, the demo content and the
development server with the same settings a real bucket would get.

`CountingS3Server` counts every request it receives, for the storage tests and for
`make bench` (object-store requests per page view). It also refuses what S3 refuses and
moto lets through: expired signed URLs, and (given the secret key) signed URLs whose
SigV4 signature does not match. moto checks no signature at all, of signed URLs or of
signed requests; requests signed in headers are not checked here either."""

import hmac
import os
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import boto3
from botocore.auth import S3SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from moto.server import ThreadedMotoServer
from werkzeug.serving import make_server

BUCKET = "osib-media"
ROOT = Path(__file__).resolve().parent.parent


def signed_url_expired(query_string):
    """What S3 checks of a presigned URL and moto does not: X-Amz-Date + X-Amz-Expires
    has passed."""
    query = parse_qs(query_string)
    if "X-Amz-Date" not in query or "X-Amz-Expires" not in query:
        return False
    signed_at = datetime.strptime(query["X-Amz-Date"][0], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    lifetime = timedelta(seconds=int(query["X-Amz-Expires"][0]))
    return datetime.now(UTC) > signed_at + lifetime


def signed_url_forged(environ, secret_key):
    """A presigned (query-string SigV4) URL whose signature is not the one `secret_key`
    gives: its request signed again with botocore's own signer, at the URL's date."""
    query_string = environ.get("QUERY_STRING", "")
    query = parse_qs(query_string)
    if "X-Amz-Signature" not in query:
        return False
    access_key, _day, region, service, _end = query["X-Amz-Credential"][0].split("/")
    headers = {
        name: environ.get("HTTP_" + name.upper().replace("-", "_"), "")
        for name in query["X-Amz-SignedHeaders"][0].split(";")
    }
    path = urlsplit(environ.get("REQUEST_URI") or environ.get("RAW_URI", "")).path
    unsigned = "&".join(
        part for part in query_string.split("&") if not part.startswith("X-Amz-Signature=")
    )
    request = AWSRequest(
        method=environ["REQUEST_METHOD"],
        url=f"http://{environ.get('HTTP_HOST', '')}{path}?{unsigned}",
        headers=headers,
    )
    request.context["timestamp"] = query["X-Amz-Date"][0]
    signer = S3SigV4QueryAuth(Credentials(access_key, secret_key), service, region)
    expected = signer.signature(
        signer.string_to_sign(request, signer.canonical_request(request)), request
    )
    return not hmac.compare_digest(expected, query["X-Amz-Signature"][0])


class CountingS3Server:
    def __init__(self, secret_key=None):
        """With `secret_key`, signed URLs are checked as S3 checks them."""
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
            if secret_key is not None and signed_url_forged(environ, secret_key):
                start_response("403 Forbidden", [("Content-Type", "application/xml")])
                return [b"<Error><Code>SignatureDoesNotMatch</Code></Error>"]
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


def stop_on_sigterm(_signum, _frame):
    """`kill` (SIGTERM, as from a process manager or an IDE's stop button) ends the
    site like Ctrl-C does, servers included."""
    raise KeyboardInterrupt


def run(command, env):
    """A command in a process group of its own (runserver's autoreloader runs the
    server in a second process): on Ctrl-C or SIGTERM here, the whole group is stopped,
    so no server is left behind holding the port."""
    child = subprocess.Popen(command, env=env, start_new_session=True)  # noqa: S603
    try:
        return child.wait()
    except KeyboardInterrupt:
        stop_group(child)
        raise


def stop_group(child):
    # SIGTERM first: a runserver started in the background ignores SIGINT.
    for sent, wait in ((signal.SIGINT, 3), (signal.SIGTERM, 7), (signal.SIGKILL, 5)):
        try:
            os.killpg(child.pid, sent)
        except ProcessLookupError:
            return
        try:
            child.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def main():
    # Closing the terminal (SIGHUP) stops it like Ctrl-C or SIGTERM: the servers run in
    # a session of their own and would not get the hang-up themselves.
    signal.signal(signal.SIGTERM, stop_on_sigterm)
    signal.signal(signal.SIGHUP, stop_on_sigterm)
    host, port = os.environ.get("HOST", "127.0.0.1"), os.environ.get("PORT", "8000")
    s3_port = int(os.environ.get("S3_PORT", "9100"))
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=s3_port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{s3_port}"
    env = {
        **os.environ,
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": "local",
        "AWS_SECRET_ACCESS_KEY": "local",
        "AWS_S3_ADDRESSING_STYLE": "path",
        # A database of its own: its media references point into this bucket only.
        "DATABASE_URL": f"sqlite:///{ROOT / 'db-s3.sqlite3'}",
    }
    boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="local",
        aws_secret_access_key="local",  # noqa: S106  (moto's throwaway server)
    ).create_bucket(Bucket=BUCKET)
    (ROOT / "db-s3.sqlite3").unlink(missing_ok=True)
    manage = [sys.executable, str(ROOT / "manage.py")]
    try:
        # Fixed commands of this project (no input from outside).
        for command, extra in (
            (["migrate", "--noinput", "-v0"], {}),
            (["load_demo_content"], {"SITE_URL": f"http://{host}:{port}"}),
        ):
            if run([*manage, *command], {**env, **extra}) != 0:
                sys.exit(f"{command[0]} failed")
        print(f"\n  Media are in the bucket {BUCKET} at {endpoint} (moto, in memory).")
        print(f"  OS I BRANCHEN is running at http://{host}:{port}/\n")
        run(
            [*manage, "runserver", f"{host}:{port}"],
            {**env, "WAGTAILADMIN_BASE_URL": f"http://{host}:{port}"},
        )
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
