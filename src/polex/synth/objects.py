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

# make, serial template, (model, calibre, type)…
_FIREARMS = (
    ("Glock", "@@@999", (("17", "9x19mm", "pistol"), ("19", "9x19mm", "pistol"),
                         ("21", ".45 ACP", "pistol"))),
    ("Beretta", "@99999Z", (("92FS", "9x19mm", "pistol"), ("PX4 Storm", "9x19mm", "pistol"))),
    ("SIG Sauer", "99@999999", (("P226", "9x19mm", "pistol"), ("P320", "9x19mm", "pistol"))),
    ("Smith & Wesson", "@@@9999", (("Model 686", ".357 Magnum", "revolver"),
                                   ("M&P9", "9x19mm", "pistol"))),
    ("Colt", "9999999-@", (("M1911A1", ".45 ACP", "pistol"), ("Python", ".357 Magnum",
                                                              "revolver"))),
    ("CZ", "@999999", (("75 B", "9x19mm", "pistol"), ("Scorpion EVO 3", "9x19mm",
                                                      "submachine gun"))),
    ("Walther", "999999@", (("PPK", "7.65mm Browning", "pistol"), ("P99", "9x19mm", "pistol"))),
    ("Heckler & Koch", "99-999999", (("MP5", "9x19mm", "submachine gun"),
                                     ("G36", "5.56x45mm", "assault rifle"))),
    ("Kalashnikov (Izhmash)", "@@ 9999", (("AKM", "7.62x39mm", "assault rifle"),
                                          ("AK-74", "5.45x39mm", "assault rifle"))),
    ("Zastava", "@99999", (("M70", "7.62x39mm", "assault rifle"), ("M57", "7.62x25mm Tokarev",
                                                                   "pistol"))),
    ("Ruger", "999-99999", (("10/22", ".22 LR", "rifle"), ("LCP", ".380 ACP", "pistol"))),
    ("Browning", "99999@@999", (("Auto-5", "12 gauge", "shotgun"), ("Hi-Power", "9x19mm",
                                                                    "pistol"))),
    ("Taurus", "@@@999999", (("G2C", "9x19mm", "pistol"), ("Model 85", ".38 Special",
                                                          "revolver"))),
)

# title, artist or school, period, materials: each a plausible object
_ARTWORKS = (
    ("Portrait of a Young Woman", "Flemish school", "17th century", "oil on panel"),
    ("Still Life with Lemons", "Unknown Dutch master", "17th century", "oil on canvas"),
    ("View of the Harbour", "French school", "19th century", "oil on canvas"),
    ("The Annunciation", "Workshop of a Florentine painter", "15th century",
     "tempera on wood"),
    ("Madonna and Child", "Circle of a Venetian master", "16th century", "oil on canvas"),
    ("Icon of Saint Nicholas", "Russian icon painter", "18th century", "tempera on wood"),
    ("Bronze Figure of a Horse", "Benin court artist", "18th century", "bronze"),
    ("Landscape with Pines", "Anonymous", "Ming dynasty", "ink on silk"),
    ("Bust of an Emperor", "Anonymous", "Roman, 2nd century", "marble"),
    ("Mount Fuji from the Sea", "Anonymous", "Edo period", "woodblock print"),
    ("Chalice", "Anonymous", "c. 1890", "silver gilt"),
    ("Winter Scene on a River", "Unknown Dutch master", "17th century", "oil on panel"),
)
_PLACES = ("church", "museum", "private collection", "gallery", "monastery")
_VARIANTS = ("", "", "", " (study)", " (pair)", ", after an earlier work", " II")


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
        make, serial, models = rng.choice(_FIREARMS)
        model, calibre, kind = rng.choice(models)
        record = self.envelopes(owner, f"{owner}-F-{index:08d}")
        record.update(kind="firearm", serial_number=canonical_number(fill(rng, serial)),
                      make=make, model=model, calibre=calibre, firearm_type=kind,
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
        title, artist, period, material = rng.choice(_ARTWORKS)
        height, width = rng.randint(12, 180), rng.randint(10, 150)
        place = rng.choice(PROFILES[owner].cities)
        record = self.envelopes(owner, f"{owner}-A-{index:08d}")
        record.update(
            kind="artwork", title=title + rng.choice(_VARIANTS), artist=artist,
            period=period, materials=material, dimensions=f"{height} x {width} cm",
            description=f"Stolen from a {rng.choice(_PLACES)} in {place}; {material}, "
                        f"inventory no. {rng.randint(100, 99999)}.",
            images=[f"https://images.polex.example/art/{owner.lower()}/{index}.jpg"]
            if rng.random() < 0.3 else [],
            status="stolen",
        )
        return record

