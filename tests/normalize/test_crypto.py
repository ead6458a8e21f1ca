"""Crypto addresses against the published test vectors of BIP-173, BIP-350 and EIP-55."""

from __future__ import annotations

import pytest

from polex.normalize.crypto import (
    eip55_checksum,
    normalize_base58_address,
    normalize_crypto_address,
    normalize_ethereum_address,
)

# BIP-350 "Test vectors for v0-v16 native segregated witness addresses": all valid.
SEGWIT_VALID = [
    "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
    "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
    "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
    "BC1SW50QGDZ25J",
    "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs",
    "tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy",
    "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c",
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
]

# BIP-350 invalid addresses, with the reason the BIP gives.
SEGWIT_INVALID = [
    ("tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut", "prefix 'tc'"),
    ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd", "bech32m"),
    ("tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf", "bech32m"),
    ("BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL", "bech32m"),
    ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", "must use the bech32 checksum"),
    ("tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47", "bech32 checksum"),
    ("bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4", "'o'"),
    ("BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R", "version 17"),
    ("bc1pw5dgrnzv", "1 bytes"),
    ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav", "41 bytes"),
    ("BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P", "20 or 32 bytes"),
    ("tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq", "mixes upper and lower"),
    ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf", "whole bytes"),
    ("tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j", "whole bytes"),
    ("bc1gmk9yu", "no witness version"),
    # BIP-173: a single changed character breaks the checksum
    ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", "checksum fails"),
]


@pytest.mark.parametrize("address", SEGWIT_VALID)
def test_bip350_valid_addresses_are_kept_in_lower_case(address: str) -> None:
    assert normalize_crypto_address(address) == address.lower()


@pytest.mark.parametrize(("address", "reason"), SEGWIT_INVALID)
def test_bip350_invalid_addresses_are_refused_with_the_reason(address: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        normalize_crypto_address(address)


@pytest.mark.parametrize(
    "address",
    [
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",  # the genesis block's P2PKH address
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",  # P2PKH example of the Bitcoin wiki
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",  # P2SH example of the Bitcoin wiki
        "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",  # Tron: the USDT (TRC-20) contract
    ],
)
def test_base58check_addresses_are_kept_as_written(address: str) -> None:
    assert normalize_crypto_address(f"  {address} ") == address


@pytest.mark.parametrize(
    "address",
    [
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",  # last character changed
        "1a1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",  # case changed: base58 is case-sensitive
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7Div0Na",  # 0 is not base58
    ],
)
def test_base58check_typos_fail_the_checksum(address: str) -> None:
    with pytest.raises(ValueError, match="checksum fails"):
        normalize_base58_address(address)


def test_base58check_of_another_kind_is_not_an_address() -> None:
    # A valid base58check string (a WIF private key) that is no Bitcoin or Tron address.
    with pytest.raises(ValueError, match="not a Bitcoin or Tron address"):
        normalize_base58_address("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ")


# EIP-55 test vectors: all caps, all lower, and normal mixed case.
EIP55 = [
    "0x52908400098527886E0F7030069857D2E4169EE7",
    "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
    "0xde709f2102306220921060314715629080e2fb77",
    "0x27b1fdb04752bbc536007a920d24acb045561c26",
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
    "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
    "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
]


@pytest.mark.parametrize("address", EIP55)
def test_eip55_vectors(address: str) -> None:
    assert eip55_checksum(address) == address
    assert normalize_ethereum_address(address.lower()) == address
    assert normalize_ethereum_address("0x" + address[2:].upper()) == address


def test_a_mixed_case_address_must_match_its_checksum() -> None:
    broken = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"  # last letter's case flipped
    with pytest.raises(ValueError, match="EIP-55"):
        normalize_ethereum_address(broken)


@pytest.mark.parametrize(
    "address",
    [
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA",
        "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xZZAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    ],
)
def test_malformed_ethereum_addresses(address: str) -> None:
    with pytest.raises(ValueError):
        normalize_crypto_address(address)
