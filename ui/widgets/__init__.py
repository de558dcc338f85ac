"""Reusable widgets of the kiosk: signature pad, on-screen keyboard, PIN pad."""
