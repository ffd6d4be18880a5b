"""`make run-s3`: the site against a local S3-compatible server, to try object storage
without an account anywhere. Starts moto's S3 server on loopback (in memory: everything
is rebuilt on each start), makes the bucket, and runs migrate, the demo content and the
development server with the same settings a real bucket would get."""

import os
import subprocess
import sys
from pathlib import Path

import boto3
from moto.server import ThreadedMotoServer

BUCKET = "osib-media"
ROOT = Path(__file__).resolve().parent.parent


def main():
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
        subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True)  # noqa: S603
        subprocess.run(  # noqa: S603
            [*manage, "load_demo_content"],
            env={**env, "SITE_URL": f"http://{host}:{port}"},
            check=True,
        )
        print(f"\n  Media are in the bucket {BUCKET} at {endpoint} (moto, in memory).")
        print(f"  OS I BRANCHEN is running at http://{host}:{port}/\n")
        subprocess.run(  # noqa: S603
            [*manage, "runserver", f"{host}:{port}"],
            env={**env, "WAGTAILADMIN_BASE_URL": f"http://{host}:{port}"},
            check=False,
        )
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
