"""An open vault: unlocking (every slot tried, the same work on every path), connections,
transactions and the custody record written in them, locking. The duress path's decoy is
built by ``core/duress.py``, one floor up, because it imports into the decoy."""
