"""The campaign lead's web dashboard and the public progress page, served by ``imza serve``."""
