"""The Statements window and its parts, one module each.

``window`` is the window (the list of statements beside the editor); ``editor`` the
editor, which loads and saves; ``form`` the statement's fields as typed; beside them
``history`` (versions and their differences), ``sensitive`` (identity and consent,
kept apart), ``item_picker`` (linking items), ``regions`` (field names, body regions
and their picker) and ``widgets`` (the small field builders and the word-by-word
difference).
"""
