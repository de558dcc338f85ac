"""The app for ``uvicorn --factory sync.server.asgi:app`` and for ``imza serve --workers N``:
each worker process opens the database named by ``IMZA_SERVER_DATABASE``."""

from fastapi import FastAPI

from kiosk import heap
from sync.server import db
from sync.server.app import create_app


def app() -> FastAPI:
    made = create_app(db.connect(db.default_url()))
    heap.settle()
    return made
