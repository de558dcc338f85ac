"""A refusal says what went wrong and what the tablet should do next.

``action`` is one of: ``retry`` (later, the same request), ``resend`` (from ``expected_seq``),
``fix`` (the request is wrong), ``wait`` (for the campaign lead, e.g. approval), ``stop`` (this
tablet may not sync), ``re-enrol`` (make a new device identity).
"""

from typing import Any


class Refused(Exception):  # noqa: N818 - a refusal to the tablet, not a fault of ours
    def __init__(self, status: int, code: str, message: str, action: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.action = action
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"error": self.code, "message": self.message, "action": self.action, **self.extra}
