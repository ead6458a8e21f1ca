"""Check digits the generator needs: VIN, Luhn (IMEI), IBAN, Bitcoin and Ethereum addresses.

The MRZ check digits come from :mod:`polex.normalize.mrz`; the VIN one from
:mod:`polex.normalize.vehicles` when it is there (a private copy otherwise, same weights).
"""

from __future__ import annotations

import hashlib

__all__ = [
    "bech32_address",
    "btc_p2pkh_address",
    "eip55_address",
    "iban_with_check",
    "luhn_digit",
    "vin_check_digit",
]

# ISO 3779 transliteration and the North American check-digit weights (49 CFR 565).
_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _own_vin_check_digit(vin: str) -> str:
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True))
    rest = total % 11
    return "X" if rest == 10 else str(rest)


try:  # the normaliser is the reference once it exists
    from polex.normalize.vehicles import vin_check_digit as _vin_check_digit
except ImportError:  # pragma: no cover - depends on the tree's state
    _vin_check_digit = _own_vin_check_digit


def vin_check_digit(vin: str) -> str:
    """The 9th character of a 17-character VIN (the 9th given may be anything)."""
    return _vin_check_digit(vin)


def luhn_digit(digits: str) -> str:
    """The Luhn check digit to append to ``digits`` (IMEI, card numbers)."""
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = int(char)
        if i % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def iban_with_check(country: str, bban: str) -> str:
    """The compact IBAN of a BBAN, with its ISO 13616 mod-97 check digits."""
    text = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in text))
    return f"{country}{98 - number % 97:02d}{bban}"


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def btc_p2pkh_address(payload: bytes) -> str:
    """A legacy Bitcoin address (version 0, base58check) of a 20-byte hash."""
    data = b"\x00" + payload
    data += hashlib.sha256(hashlib.sha256(data).digest()).digest()[:4]
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = _B58[rest] + out
    leading = len(data) - len(data.lstrip(b"\x00"))
    return "1" * leading + out


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            chk ^= _GEN[i] if (top >> i) & 1 else 0
    return chk


def bech32_address(payload: bytes, hrp: str = "bc") -> str:
    """A native SegWit v0 address (BIP 173 bech32) of a 20-byte witness program."""
    acc, bits, data = 0, 0, [0]
    for byte in payload:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    poly = _polymod([*expanded, *data, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[d] for d in data + checksum)


def eip55_address(payload: bytes) -> str:
    """An Ethereum address of 20 bytes with its EIP-55 mixed-case checksum."""
    from Crypto.Hash import keccak

    plain = payload.hex()
    digest = keccak.new(digest_bits=256, data=plain.encode()).hexdigest()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c for i, c in enumerate(plain)
    )
