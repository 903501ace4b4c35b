"""Real servers on real sockets for the key's origin tests: each port speaks both TLS (with a
certificate made at test time) and plain HTTP, so ``https://127.0.0.1:P`` and
``http://127.0.0.1:P`` differ by scheme alone, and every request is recorded with the
``Authorization`` header it carried.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import socket
import ssl
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

BODY = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 40


def make_certificate(folder: Path, hosts: list[str]) -> tuple[Path, Path]:
    """A self-signed certificate (and its key) valid for ``hosts``: names and IPs."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "poyo test server")])
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@dataclass(frozen=True)
class Seen:
    scheme: str
    host: str  # the Host header, as the client sent it
    path: str
    authorization: str | None


class _Handler(BaseHTTPRequestHandler):
    server: DualServer

    def log_message(self, *_args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        scheme = "https" if isinstance(self.connection, ssl.SSLSocket) else "http"
        self.server.seen.append(
            Seen(scheme, self.headers.get("Host", ""), self.path, self.headers.get("Authorization"))
        )
        parts = urlsplit(self.path)
        if parts.path == "/go":  # /go?to=<url>: a redirect there
            self._answer(302, b"", {"Location": parse_qs(parts.query)["to"][0]})
        elif parts.path == "/api/user/balance" and self.server.api_redirect:
            self._answer(302, b"", {"Location": self.server.api_redirect})
        elif parts.path == "/api/user/balance":
            body = json.dumps({"code": 200, "data": {"credits_amount": 42}}).encode()
            self._answer(200, body, {"Content-Type": "application/json"})
        else:
            self._answer(200, BODY, {"Content-Type": "video/mp4"})

    def _answer(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


class DualServer(ThreadingHTTPServer):
    """One port, two protocols: a connection that opens with a TLS handshake gets TLS."""

    daemon_threads = True

    def __init__(self, host: str, tls: ssl.SSLContext | None) -> None:
        super().__init__((host, 0), _Handler)
        self.tls = tls
        self.seen: list[Seen] = []
        self.api_redirect: str | None = None
        self._thread = threading.Thread(target=self.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return self.server_address[1]

    def url(self, scheme: str, path: str = "/file", host: str | None = None) -> str:
        return f"{scheme}://{host or self.server_address[0]}:{self.port}{path}"

    def get_request(self) -> tuple[socket.socket, object]:
        conn, address = self.socket.accept()
        conn.settimeout(10)
        if self.tls is not None and conn.recv(1, socket.MSG_PEEK) == b"\x16":
            conn = self.tls.wrap_socket(conn, server_side=True)
        return conn, address

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        self._thread.join(5)


def server_tls(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


def non_loopback_address() -> str | None:
    """This machine's own address on its network (no packet is sent), or None."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))
            address = probe.getsockname()[0]
    except OSError:
        return None
    return None if ipaddress.ip_address(address).is_loopback else address
