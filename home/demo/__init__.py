"""Demo content of the association's own sections, one module per noun.

``site`` runs first (the home pages, settings and legal pages every section hangs under or links to),
``menu`` last; the steps and their order are listed once, in ``settings.DEMO_STEPS``.
"""
