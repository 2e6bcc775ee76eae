"""PDF builders for the centre's printed papers: plain frozen dataclasses in, PDF bytes out.

No Qt and no database here: the services fill the inputs in ``data``, translate the labels listed
in ``labels`` and call a ``build_*`` function of one module per document.
"""
