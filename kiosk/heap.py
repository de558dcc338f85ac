"""What a long-running process loaded to start lives as long as it does.

Python's garbage collector walks every tracked object in a full pass; with the kiosk's or the
server's modules loaded that is 80-150 ms in which nothing else runs (a batch's upload stalls,
a stroke of ink is held back). Once started, the process moves what it holds to the
collector's permanent generation (``gc.freeze``); later passes walk only what came after.
"""

import gc


def settle() -> None:
    """Call once, when the process has started and before it serves or shows anything."""
    gc.collect()
    gc.freeze()
