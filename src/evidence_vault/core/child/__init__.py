"""Helper processes: the one way the vault runs code it does not trust in its own process
(the media analysis and picture decoding, the seal's read-back check, strip's workers).

``protocol`` is the framing every parent and child speak over their pipes (a kind byte, a
length, a payload, each kind with its size limit), ``limits`` what a child may use (no core
dumps, no files, memory and processor time per job), ``exits`` how a child's end is told in
words.
"""
