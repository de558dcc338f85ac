"""What the test proxies share: a listener on 127.0.0.1 (a random port, never another address),
an accept loop on its own thread, and closing as a context manager."""

import socket
import threading
from types import TracebackType
from typing import Self

LOOPBACK = "127.0.0.1"


class LoopbackProxy:
    """Subclasses say what to do with each connection (``connected``) and what closing
    stops (``stopping``); the threads they start go in ``_threads``."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind((LOOPBACK, 0))
        self._listener.listen(64)
        self._listener.settimeout(0.05)  # the accept loop looks at the stop flag this often
        self.port: int = self._listener.getsockname()[1]
        self._acceptor = threading.Thread(target=self._accept, name=type(self).__name__)
        self._acceptor.daemon = True
        self._acceptor.start()

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def connected(self, client: socket.socket) -> None:
        raise NotImplementedError

    def stopping(self) -> None:
        """Closing: let every connection end (the threads are joined after)."""

    def close(self, join_s: float = 5.0) -> None:
        self._stop.set()
        self._acceptor.join(5)
        self._listener.close()
        self.stopping()
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(join_s)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connected(client)
