"""Imza core: campaigns, signatures, sealing, the chained local store and the command line.

Nothing here imports Qt, requests or FastAPI: the screens and the sync client build on it.
"""

__version__ = "0.1.0"
