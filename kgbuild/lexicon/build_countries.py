"""Regenerate the country/territory rows of places.tsv from CLDR (Babel) + pycountry + countries_extra.tsv.

Run:  .venv/bin/python -m kgbuild.lexicon.build_countries
Only the block between the BEGIN/END markers in places.tsv is rewritten; hand-written city and region rows
outside the block are kept as they are. Babel and pycountry are needed only here (test/build-time deps);
the run-time loader reads the committed TSV.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

HERE = Path(__file__).parent
PLACES = HERE / "places.tsv"
EXTRA = HERE / "countries_extra.tsv"
BEGIN = "# BEGIN generated countries (build_countries.py: CLDR via Babel Locale('ar').territories + pycountry + countries_extra.tsv)"
END = "# END generated countries"
HEADER = ["key", "type", "kind", "wikidata", "name_en", "forms_ar", "nisba_ar", "country_key"]

# ISO 3166-1 entries that are not sovereign states -> the alpha2 of the state they belong to (or "" if disputed).
DEPENDENCIES = {
    "AW": "NL", "AI": "GB", "AX": "FI", "AS": "US", "AQ": "", "TF": "FR", "BQ": "NL", "BL": "FR", "BM": "GB",
    "BV": "NO", "CC": "AU", "CK": "NZ", "CW": "NL", "CX": "AU", "KY": "GB", "FK": "GB", "FO": "DK", "GG": "GB",
    "GI": "GB", "GP": "FR", "GL": "DK", "GU": "US", "GF": "FR", "HK": "CN", "HM": "AU", "IM": "GB", "IO": "GB",
    "JE": "GB", "MO": "CN", "MF": "FR", "MP": "US", "MS": "GB", "MQ": "FR", "YT": "FR", "NC": "FR", "NF": "AU",
    "NU": "NZ", "PN": "GB", "PR": "US", "PF": "FR", "RE": "FR", "GS": "GB", "SH": "GB", "SJ": "NO", "PM": "FR",
    "SX": "NL", "TC": "GB", "TK": "NZ", "UM": "US", "VG": "GB", "VI": "US", "WF": "FR", "EH": "",
}
# English names shorter than pycountry's official ones.
SHORT_EN = {
    "BO": "Bolivia", "IR": "Iran", "KR": "South Korea", "KP": "North Korea", "LA": "Laos", "MD": "Moldova",
    "PS": "Palestine", "RU": "Russia", "SY": "Syria", "TW": "Taiwan", "TZ": "Tanzania", "VE": "Venezuela",
    "VN": "Vietnam", "FM": "Micronesia", "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
    "BN": "Brunei", "VA": "Vatican City", "CZ": "Czech Republic", "TR": "Turkey", "CI": "Ivory Coast",
    "CV": "Cape Verde", "SZ": "Eswatini", "TL": "East Timor", "XK": "Kosovo", "MK": "North Macedonia",
    "FK": "Falkland Islands", "SH": "Saint Helena", "VG": "British Virgin Islands", "VI": "US Virgin Islands",
}


def slug_en(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def expand_nisba(stem: str) -> list[str]:
    """Masculine singular stem -> sg m/f with and without the article, sound plurals (nom/obl)."""
    out = []
    for base in (stem, stem + "ة", stem + "ون", stem + "ين"):
        out += [base, "ال" + base]
    return out


STATUS_WORDS = ("منطقة", "إقليم")  # words that open a description of a territory's status in CLDR


def clean_cldr(name: str) -> list[str]:
    """"ميانمار (بورما)" -> ["ميانمار", "بورما"]; "الكونغو - كينشاسا" -> ["الكونغو - كينشاسا", "الكونغو كينشاسا"]."""
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", name)
    if m:
        # a parenthesis that gives the territory's status ("منطقة إدارية خاصة", a special administrative
        # region) is no other name: as a form it would match the generic phrase in any text
        alt = m.group(2).strip()
        return [m.group(1).strip()] + ([] if alt.startswith(STATUS_WORDS) else [alt])
    return [name.replace("ُ", "")]


def build_rows() -> list[list[str]]:
    import babel
    import pycountry

    territories = babel.Locale("ar").territories
    extra: dict[str, dict[str, str]] = {}
    with EXTRA.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        extra[row["alpha2"]] = row

    codes = {c.alpha_2: c for c in pycountry.countries}
    entries = []
    for a2 in sorted(set(codes) | {"XK"}):
        ex = extra.get(a2, {})
        name_en = SHORT_EN.get(a2) or getattr(codes.get(a2), "common_name", None) or codes[a2].name
        forms: list[str] = []
        if ex.get("label_ar"):
            forms.append(ex["label_ar"])
        if a2 in territories:
            forms += clean_cldr(territories[a2])
        forms += [f for f in (ex.get("forms_ar") or "").split("|") if f]
        seen, uniq = set(), []
        for f in forms:
            if f and f not in seen:
                seen.add(f)
                uniq.append(f)
        nisba = []
        for stem in (ex.get("nisba_stems") or "").split("|"):
            if stem:
                nisba += expand_nisba(stem)
        nisba += [f for f in (ex.get("nisba_forms") or "").split("|") if f]
        nisba = [n for n in dict.fromkeys(nisba) if n not in seen]
        qid = ex.get("wikidata") or ""
        entries.append((a2, qid, name_en, uniq, nisba))

    key_of = {a2: (qid or f"place:{slug_en(en)}") for a2, qid, en, _, _ in entries}
    rows = []
    for a2, qid, name_en, forms, nisba in entries:
        if a2 in DEPENDENCIES:
            kind, ck = "region", key_of.get(DEPENDENCIES[a2], "")
        else:
            kind, ck = "country", ""
        rows.append([key_of[a2], "Place", kind, qid, name_en, "|".join(forms), "|".join(nisba), ck])
    return rows


def main() -> None:
    rows = build_rows()
    block = [BEGIN] + ["\t".join(r) for r in rows] + [END]
    if PLACES.exists():
        lines = PLACES.read_text(encoding="utf-8").splitlines()
    else:
        lines = ["\t".join(HEADER)]
    if BEGIN in lines and END in lines:
        i, j = lines.index(BEGIN), lines.index(END)
        lines = lines[:i] + block + lines[j + 1:]
    else:
        lines = lines[:1] + block + lines[1:]
    PLACES.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} country/territory rows to {PLACES}")


if __name__ == "__main__":
    main()
