"""Alembic migrations of the tablet store; run by ``kiosk.store`` at open."""
