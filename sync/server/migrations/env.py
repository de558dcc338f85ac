"""Alembic environment for the server: runs on the connection ``sync.server.db`` hands over."""

from alembic import context

from sync.server.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
