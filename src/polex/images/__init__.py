"""Perceptual image matching for victim identification: PDQ hashing, an exact hash index,
and triage of seized collections into known and new material.

Modules: ``hashing`` (decode + PDQ/SHA-256/MD5), ``index`` (exact multi-index hash
index), ``lookup`` (the seam to the gated store), ``sources`` (folders and ZIPs),
``triage`` (classify, summarise, cluster), ``hashlists`` (exchanged CSV/JSON lists),
``synthetic`` (generated test images). Pure: no database access here; the store-backed,
gated lookup and the CLI/API live above. Imports numpy, Pillow, pdqhash.
"""
