"""A minimal forward HTTP proxy on 127.0.0.1 (absolute-URI requests, one per connection),
to prove the client honours the system's proxy settings."""

from __future__ import annotations

import socket
import threading
from types import TracebackType
from urllib.parse import urlsplit


class ForwardProxy:
    def __init__(self) -> None:
        self.requests: list[str] = []
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self.port = self._sock.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ForwardProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._sock.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        with client:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = client.recv(65536)
                if not chunk:
                    return
                data += chunk
            head, _, rest = data.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, version = lines[0].split(" ")
            url = urlsplit(target)
            self.requests.append(f"{method} {url.path}")
            headers = [h for h in lines[1:] if not h.lower().startswith(("connection:", "proxy-"))]
            length = next(
                (int(h.split(":")[1]) for h in headers if h.lower().startswith("content-length:")),
                0,
            )
            while len(rest) < length:
                rest += client.recv(65536)
            path = url.path + (f"?{url.query}" if url.query else "")
            request = "\r\n".join(
                [f"{method} {path} {version}", *headers, "Connection: close", "", ""]
            ).encode()
            with socket.create_connection(
                (url.hostname or "127.0.0.1", url.port or 80)
            ) as upstream:
                upstream.sendall(request + rest)
                while chunk := upstream.recv(65536):
                    client.sendall(chunk)
