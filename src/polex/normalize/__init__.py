"""Pure normalisation functions: no I/O, no database, no state.

Owns: countries (ISO 3166 and ICAO codes), partial dates, person names (scripts,
romanisation, tokens), document numbers and ICAO 9303 MRZ, vehicle VINs, and selectors
(phones, e-mail, IBAN, IMEI, IP, crypto addresses). Each function takes a raw value and
returns its canonical form or raises ``ValueError`` whose message is the reason, in words
an officer can act on. Imports nothing from polex but ``polex.errors``.
"""
