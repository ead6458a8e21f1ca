"""Vehicles (valid VINs, plates per country), firearms and artworks."""

from __future__ import annotations

from typing import Any

from polex.normalize.documents import canonical_number
from polex.synth.base import Envelopes, fill, kind_rng
from polex.synth.checks import vin_check_digit
from polex.synth.plan import SynthPlan
from polex.synth.profiles import PROFILES

__all__ = ["ArtworkMaker", "FirearmMaker", "VehicleMaker"]

# make, world manufacturer identifier, models
_MAKES = (
    ("Volkswagen", "WVW", ("Golf", "Passat", "Polo", "Tiguan")),
    ("BMW", "WBA", ("320d", "X5", "520d", "X3")),
    ("Mercedes-Benz", "WDD", ("C 220", "E 350", "GLE 400", "S 500")),
    ("Audi", "WAU", ("A4", "A6", "Q5", "Q7")),
    ("Toyota", "JTD", ("Corolla", "RAV4", "Land Cruiser", "Yaris")),
    ("Renault", "VF1", ("Clio", "Megane", "Captur")),
    ("Peugeot", "VF3", ("208", "308", "3008")),
    ("Fiat", "ZFA", ("500", "Panda", "Tipo")),
    ("Škoda", "TMB", ("Octavia", "Superb", "Kodiaq")),
    ("Hyundai", "KMH", ("Tucson", "i30", "Santa Fe")),
    ("Kia", "KNA", ("Sportage", "Ceed", "Sorento")),
    ("Lada", "XTA", ("Vesta", "Granta", "Niva")),
    ("Volvo", "YV1", ("XC60", "XC90", "V60")),
    ("Ford", "1FA", ("Mustang", "Fusion")),
    ("Chevrolet", "1G1", ("Malibu", "Camaro")),
    ("Honda", "JHM", ("Civic", "Accord", "CR-V")),
    ("Dacia", "UU1", ("Duster", "Sandero", "Logan")),
)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"  # ISO 3779: no I, O or Q
_YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY"  # 1980–2000 and again 2010–2030 (10th character)
_COLOURS = ("black", "white", "silver", "grey", "blue", "red", "green", "beige", "brown")

_FIREARMS = (
    ("Glock", ("17", "19", "26"), "9x19mm", "pistol", "@@@999"),
    ("Beretta", ("92FS", "PX4 Storm"), "9x19mm", "pistol", "@99999Z"),
    ("SIG Sauer", ("P226", "P320"), "9x19mm", "pistol", "99@999999"),
    ("Smith & Wesson", ("Model 686", "M&P9"), ".357 Magnum", "revolver", "@@@9999"),
    ("Colt", ("M1911A1", "Python"), ".45 ACP", "pistol", "9999999-@"),
    ("CZ", ("75 B", "P-10 C"), "9x19mm", "pistol", "@999999"),
    ("Walther", ("PPK", "P99"), "7.65mm Browning", "pistol", "999999@"),
    ("Heckler & Koch", ("MP5", "G36"), "9x19mm", "submachine gun", "99-999999"),
    ("Kalashnikov (Izhmash)", ("AKM", "AK-74"), "7.62x39mm", "assault rifle", "@@ 9999"),
    ("Zastava", ("M70", "M92"), "7.62x39mm", "assault rifle", "@99999"),
    ("Ruger", ("10/22", "LCP"), ".22 LR", "rifle", "999-99999"),
    ("Browning", ("Auto-5", "Hi-Power"), "12 gauge", "shotgun", "99999@@999"),
    ("Taurus", ("G2C", "PT92"), "9x19mm", "pistol", "@@@999999"),
)

_SUBJECTS = ("Portrait of a Young Woman", "Still Life with Lemons", "View of the Harbour",
             "The Annunciation", "Madonna and Child", "Landscape with a Windmill",
             "Saint Jerome in his Study", "Head of a Bearded Man", "Winter Scene on a River",
             "Icon of Saint Nicholas", "Bronze Figure of a Horse", "Ritual Mask")
_ARTISTS = ("Flemish school", "Circle of a Venetian master", "Russian icon painter",
            "Unknown Dutch master", "Workshop of a Florentine painter", "Anonymous",
            "French school", "Benin court artist")
_PERIODS = ("15th century", "16th century", "17th century", "18th century", "19th century",
            "c. 1890", "Edo period", "Ming dynasty", "Roman, 2nd century")
_MATERIALS = ("oil on canvas", "oil on panel", "tempera on wood", "bronze", "marble",
              "watercolour on paper", "silver gilt", "terracotta", "ink on silk")


def _vin_year(year: int) -> str:
    if 2001 <= year <= 2009:
        return str(year - 2000)
    return _YEAR_CODES[(year - 1980) % 30] if year < 2010 else _YEAR_CODES[year - 2010]


class VehicleMaker:
    """Makes stolen-vehicle records with valid VINs and plates in the owner's format."""

    def __init__(self, plan: SynthPlan, stream: str = "vehicle") -> None:
        self.plan = plan
        self.rng = kind_rng(plan.seed, stream)
        self.envelopes = Envelopes(self.rng, plan.countries, plan.today)

    def vin(self, wmi: str, year: int) -> str:
        choice = self.rng.choice
        vds = "".join(choice(_VIN_CHARS) for _ in range(5))
        tail = choice(_VIN_CHARS) + "".join(choice("0123456789") for _ in range(6))
        draft = f"{wmi}{vds}0{_vin_year(year)}{tail}"
        return draft[:8] + vin_check_digit(draft) + draft[9:]

    def plate(self, country: str) -> dict[str, str]:
        number = canonical_number(fill(self.rng, self.rng.choice(PROFILES[country].plates)))
        return {"country": country, "number": number}

    def make(self, index: int, owner: str | None = None) -> dict[str, Any]:
        rng = self.rng
        owner = owner or rng.choice(self.plan.countries)
        make, wmi, models = rng.choice(_MAKES)
        year = rng.randint(1998, self.plan.today.year)
        r = rng.random()
        vin = None if r < 0.05 else self.vin(wmi, year)
        plates = [] if vin and r > 0.97 else [self.plate(owner)]
        if rng.random() < 0.08:  # re-registered abroad after the theft
            plates.append(self.plate(rng.choice(self.plan.countries)))
        record = self.envelopes(owner, f"{owner}-V-{index:08d}")
        record.update(kind="vehicle", vin=vin, plates=plates, make=make,
                      model=rng.choice(models), year=year, colour=rng.choice(_COLOURS),
                      status="stolen")
        return record


class FirearmMaker:
    """Makes lost, stolen and trafficked firearm records."""

    def __init__(self, plan: SynthPlan, stream: str = "firearm") -> None:
        self.plan = plan
        self.rng = kind_rng(plan.seed, stream)
        self.envelopes = Envelopes(self.rng, plan.countries, plan.today)

    def make(self, index: int, owner: str | None = None) -> dict[str, Any]:
        rng = self.rng
        owner = owner or rng.choice(self.plan.countries)
        make, models, calibre, kind, serial = rng.choice(_FIREARMS)
        record = self.envelopes(owner, f"{owner}-F-{index:08d}")
        record.update(kind="firearm", serial_number=canonical_number(fill(rng, serial)),
                      make=make, model=rng.choice(models), calibre=calibre, firearm_type=kind,
                      status=rng.choices(("stolen", "lost", "trafficked"), (60, 25, 15))[0])
        return record


class ArtworkMaker:
    """Makes stolen-artwork records."""

    def __init__(self, plan: SynthPlan) -> None:
        self.plan = plan
        self.rng = kind_rng(plan.seed, "artwork")
        self.envelopes = Envelopes(self.rng, plan.countries, plan.today)

    def make(self, index: int) -> dict[str, Any]:
        rng = self.rng
        owner = rng.choice(self.plan.countries)
        material = rng.choice(_MATERIALS)
        height, width = rng.randint(12, 180), rng.randint(10, 150)
        place = rng.choice(PROFILES[owner].cities)
        record = self.envelopes(owner, f"{owner}-A-{index:08d}")
        record.update(
            kind="artwork", title=rng.choice(_SUBJECTS), artist=rng.choice(_ARTISTS),
            period=rng.choice(_PERIODS), materials=material,
            dimensions=f"{height} x {width} cm",
            description=f"Stolen from a {rng.choice(('church', 'museum', 'private collection'))}"
                        f" in {place}; {material}, inventory no. {rng.randint(100, 99999)}.",
            images=[f"https://images.polex.example/art/{owner.lower()}/{index}.jpg"]
            if rng.random() < 0.3 else [],
            status="stolen",
        )
        return record

