"""The site-wide layer of the association portal: settings, URLs and WSGI entry point.

The folder ``site/`` cannot itself be a Python package (the standard library's
``site`` module is frozen into the interpreter), so ``site/`` is put on the
Python path and this inner package, ``portal``, is imported from it.
"""
