"""Orientera's core: plain Python that knows nothing of MkDocs.

The MkDocs hook file (`hooks/orientera_hooks.py`) adapts MkDocs events to the functions
here; the `orientera` command reads the same sources through the same code.
"""
