"""Helper processes: the one way the vault runs code it does not trust in its own process
(the media analysis and picture decoding, the seal's read-back check, strip's workers).

``channel`` is the parent's side, and the only one: it starts ``sys.executable -m MODULE``
(a frozen program runs its helpers through ``evidence_vault.children``), sends and receives
framed messages with a deadline and a cancel event, tells in one text why a child died, and
kills and reaps it. ``protocol`` is the framing every parent and child speak over their pipes
(a kind byte, a length, a payload, each kind with its size limit), ``limits`` what a child may
use (no core dumps, no files, memory and processor time per job), ``exits`` how a child's end
is told in words (``ended``, each helper with its own ``Words``).

The one deliberate exception is trusted work done in parallel for speed, not isolation: the
custody log checks its signatures in a process pool (``core/custody/log.py``).
"""
