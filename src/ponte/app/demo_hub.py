"""The demo's local hub: a real hub on 127.0.0.1, in a thread of the app, for trying sync."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import uvicorn

from ponte.core.clock import SystemClock
from ponte.hub.app import create_app
from ponte.hub.enrol import create_member
from ponte.hub.keys import load_or_create_hub_key
from ponte.hub.server import open_store
from ponte.hub.service import HubService


class _Server(uvicorn.Server):
    def install_signal_handlers(self) -> None:
        pass


class DemoHub:
    def __init__(self, data_dir: Path) -> None:
        self.store = open_store(data_dir, None)
        self.service = HubService(self.store, load_or_create_hub_key(data_dir), SystemClock())
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = int(s.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            create_app(self.service),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="off",
            access_log=False,
        )
        self._config = config
        self._server = _Server(config)
        self._thread = threading.Thread(target=self._server.run, name="ponte-demo-hub", daemon=True)

    def start(self) -> DemoHub:
        self._thread.start()
        while not self._server.started:
            time.sleep(0.01)
        return self

    @property
    def listening(self) -> bool:
        return self._thread.is_alive()

    def pause(self) -> None:
        """Show the network as absent: the hub stops listening (its data stays)."""
        if self.listening:
            self._server.should_exit = True
            self._thread.join(timeout=5)

    def resume(self) -> None:
        """The network is back: listen again on the same address."""
        if not self.listening:
            self._server = _Server(self._config)
            self._thread = threading.Thread(
                target=self._server.run, name="ponte-demo-hub", daemon=True
            )
            self.start()

    def provision(self, name: str, service_type: str, network: str = "rho") -> bytes:
        _, data = create_member(
            self.store,
            self.service.hub_key,
            SystemClock(),
            name=name,
            service_type=service_type,
            network=network,
            hub_url=self.url,
        )
        return data

    def stop(self) -> None:
        self.pause()
        self.store.close()
