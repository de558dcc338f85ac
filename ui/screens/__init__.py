"""The screens of the signing flow, one module each."""
