"""Crypto-currency addresses: Bitcoin (base58check, bech32, bech32m), Tron and Ethereum.

Every address is checked against its own checksum, so a mistyped character is refused
instead of being stored as a "trace" that can never match. bech32/bech32m are written here
from BIP-173 and BIP-350 (a few dozen lines); base58check comes from the ``base58`` package
and Keccak-256 from pycryptodome.
"""

from __future__ import annotations

import re

import base58

__all__ = [
    "bech32_decode",
    "eip55_checksum",
    "normalize_base58_address",
    "normalize_crypto_address",
    "normalize_ethereum_address",
    "normalize_segwit_address",
]

# -- bech32 / bech32m (BIP-173, BIP-350) ------------------------------------------------------

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
BECH32, BECH32M = 1, 0x2BC830A3  # BIP-350: the constant the checksum must leave behind
_SEGWIT_HRPS = {"bc": "Bitcoin", "tb": "Bitcoin testnet/signet", "bcrt": "Bitcoin regtest"}


def _polymod(values: list[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATOR):
            checksum ^= generator if (top >> i) & 1 else 0
    return checksum


def _expand_hrp(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def bech32_decode(text: str) -> tuple[str, list[int], int]:
    """(human-readable part, 5-bit data, BECH32 or BECH32M); ``ValueError`` if malformed."""
    # BIP-173: either all lower or all upper case, never mixed; at most 90 characters.
    if text.lower() != text and text.upper() != text:
        raise ValueError(f"{text!r} mixes upper and lower case, which bech32 forbids")
    lower = text.lower()
    hrp, sep, data = lower.rpartition("1")
    if not sep or not hrp or len(data) < 6 or len(lower) > 90:
        raise ValueError(f"{text!r} is not a bech32 address (prefix, '1', data, 6-char checksum)")
    bad = next((c for c in data if c not in _CHARSET), None)
    if bad is not None:
        raise ValueError(f"{text!r} contains {bad!r}, which bech32 does not use")
    values = [_CHARSET.index(c) for c in data]
    constant = _polymod(_expand_hrp(hrp) + values)
    if constant not in (BECH32, BECH32M):
        raise ValueError(f"{text!r}: the bech32 checksum fails; a character is probably mistyped")
    return hrp, values[:-6], constant


def _from_5_bits(values: list[int]) -> bytes:
    accumulator, bits, out = 0, 0, bytearray()
    for value in values:
        accumulator = accumulator << 5 | value
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append(accumulator >> bits & 0xFF)
    # BIP-173: at most 4 bits of padding, and they must be zero.
    if bits >= 5 or accumulator & ((1 << bits) - 1):
        raise ValueError("invalid padding")
    return bytes(out)


def normalize_segwit_address(value: str) -> str:
    """A Bitcoin segwit address (bc1…, tb1…), checked per BIP-173/BIP-350, in lower case."""
    text = value.strip()
    hrp, data, constant = bech32_decode(text)
    if hrp not in _SEGWIT_HRPS:
        raise ValueError(f"{text!r}: prefix {hrp!r} is not a Bitcoin network (bc, tb, bcrt)")
    if not data:
        raise ValueError(f"{text!r} has no witness version or program")
    version = data[0]
    try:
        program = _from_5_bits(data[1:])
    except ValueError:
        raise ValueError(f"{text!r}: the witness program is not whole bytes") from None
    _check_witness(text, version, program, constant)
    return text.lower()


def _check_witness(text: str, version: int, program: bytes, constant: int) -> None:
    if version > 16 or not 2 <= len(program) <= 40:
        raise ValueError(f"{text!r}: witness version {version} / {len(program)} bytes is invalid")
    if version == 0 and len(program) not in (20, 32):
        raise ValueError(f"{text!r}: a version 0 program is 20 or 32 bytes, not {len(program)}")
    # BIP-350: version 0 keeps bech32; version 1 (Taproot) and later must use bech32m.
    if (version == 0) != (constant == BECH32):
        wanted = "bech32" if version == 0 else "bech32m"
        raise ValueError(f"{text!r}: a version {version} address must use the {wanted} checksum")


# -- base58check (Bitcoin legacy, Tron) ---------------------------------------------------------

# Version byte of a 25-byte base58check address → what it is.
_BASE58_VERSIONS = {
    0x00: "Bitcoin P2PKH",
    0x05: "Bitcoin P2SH",
    0x6F: "Bitcoin testnet P2PKH",
    0xC4: "Bitcoin testnet P2SH",
    0x41: "Tron",  # USDT on Tron is the most common currency in fraud cases
}


def normalize_base58_address(value: str) -> str:
    """A base58check address (Bitcoin 1…/3…, Tron T…) whose checksum holds; case is kept."""
    text = value.strip()
    try:
        payload = base58.b58decode_check(text)
    except ValueError:
        # base58 is case-sensitive and has no 0, O, I or l: a misread is the usual cause.
        raise ValueError(
            f"{text!r}: the base58check checksum fails; a character is probably misread "
            "(base58 is case-sensitive and never uses 0, O, I or l)"
        ) from None
    if len(payload) != 21 or payload[0] not in _BASE58_VERSIONS:
        raise ValueError(f"{text!r} is base58check but not a Bitcoin or Tron address")
    return text


# -- Ethereum (EIP-55) ----------------------------------------------------------------------

_ETHEREUM = re.compile(r"^0[xX]([0-9a-fA-F]{40})$")
# Letters, the separator '1', then only bech32 characters: the shape of any bech32 string.
_BECH32_SHAPE = re.compile(rf"^[a-z]{{1,83}}1[{_CHARSET}]{{6,}}$")


def eip55_checksum(hex_address: str) -> str:
    """The EIP-55 mixed-case form of 40 hex digits, with its ``0x`` prefix."""
    from Crypto.Hash import keccak

    lower = hex_address.lower().removeprefix("0x")
    digest = keccak.new(digest_bits=256, data=lower.encode("ascii")).hexdigest()
    # EIP-55: a letter is upper case where the matching nibble of the hash is 8 or more.
    return "0x" + "".join(
        c.upper() if int(h, 16) >= 8 else c for c, h in zip(lower, digest, strict=False)
    )


def normalize_ethereum_address(value: str) -> str:
    """An Ethereum (or other EVM chain) address in its EIP-55 checksummed form."""
    text = value.strip()
    match = _ETHEREUM.match(text)
    if not match:
        raise ValueError(f"{text!r} is not an Ethereum address (0x followed by 40 hex digits)")
    digits = match.group(1)
    canonical = eip55_checksum(digits)
    # EIP-55: all-lower and all-upper addresses carry no checksum; mixed case must match it.
    mixed = digits.lower() != digits and digits.upper() != digits
    if mixed and "0x" + digits != canonical:
        raise ValueError(
            f"{text!r}: the EIP-55 checksum (the letter case) fails; "
            "a character is probably mistyped"
        )
    return canonical


def normalize_crypto_address(value: str) -> str:
    """Any supported address, recognised by its shape and checked against its checksum."""
    text = value.strip()
    if not text:
        raise ValueError("the crypto address is empty")
    if text[:2].lower() == "0x":
        return normalize_ethereum_address(text)
    hrp = text.lower().rpartition("1")[0]
    if hrp in _SEGWIT_HRPS or _BECH32_SHAPE.match(text.lower()):
        return _segwit_or_base58(text)
    return normalize_base58_address(text)


def _segwit_or_base58(text: str) -> str:
    try:
        return normalize_segwit_address(text)
    except ValueError:
        # A Tron address may happen to begin "Tb1…": give base58 its chance before
        # reporting the bech32 fault, which is the likelier one.
        try:
            return normalize_base58_address(text)
        except ValueError:
            pass
        raise
