#!/usr/bin/env python3
"""Regenerate pipelines/codelists/countries.tsv from Debian's iso-codes package.

ISO 3166-1 codes with their English names and the Kazakh (kk) and Russian (ru)
translations that iso-codes ships, one column per kind of name and language,
named by the header line (the code lists and the report read them by name):

    name_<lang>      the common short name an official writes (China, Қытай, Китай;
                     South Korea, Оңтүстік Корея, Южная Корея): the report shows it
    official_<lang>  the official name (People's Republic of China, ...)
    iso_<lang>       ISO's list name where it differs from both (Korea, Republic of)

A cell is empty where iso-codes has no such name or no translation of it
(gettext gives the English back): an English word is never a Kazakh or
Russian name. SHORT_NAMES fills the few short names iso-codes lacks or gives
in a form officials do not write. Every name of a row is matched when a feed
names a country; agencies' other spellings (КНР, США, ...) live in
country-aliases.tsv, which is edited by hand.

    apt-get install iso-codes && python3 tools/generate_country_list.py
"""
import gettext
import json
import sys
from pathlib import Path

ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
LOCALES = Path("/usr/share/locale")
OUT = Path(__file__).resolve().parent.parent / "pipelines" / "codelists" / "countries.tsv"
LANGUAGES = ("en", "kk", "ru")
KINDS = ("name", "official", "iso")

# (alpha3, language) -> the short name officials write, where iso-codes has
# none (Türkiye has no Russian translation) or a clumsy one.
SHORT_NAMES = {
    ("TUR", "ru"): "Турция",
    ("USA", "ru"): "США",
    ("GBR", "ru"): "Великобритания",
    ("RUS", "en"): "Russia",
    ("RUS", "ru"): "Россия",
    ("KGZ", "ru"): "Кыргызстан",  # the form of Kazakhstan's official Russian
    ("MDA", "ru"): "Молдова",
    ("MNG", "kk"): "Моңғолия",  # standard Kazakh spelling (iso-codes has "нғ")
    ("SYR", "kk"): "Сирия",
    ("SYR", "ru"): "Сирия",
    ("LAO", "kk"): "Лаос",
    ("LAO", "ru"): "Лаос",
    ("TWN", "kk"): "Тайвань",
    ("PSE", "kk"): "Палестина",
    ("VAT", "ru"): "Ватикан",
    ("BRN", "ru"): "Бруней",
    ("WLF", "ru"): "Уоллис и Футуна",
    ("CAF", "ru"): "Центральноафриканская Республика",
    ("DOM", "ru"): "Доминиканская Республика",
    ("MYT", "kk"): "Майотта",
    ("ASM", "kk"): "Америкалық Самоа",
    ("ATF", "kk"): "Францияның Оңтүстік аумақтары",
    ("UMI", "kk"): "АҚШ-тың Сыртқы Кішкене аралдары",
}

# (alpha3, language) -> the official name, where iso-codes' translation is
# wrong (Nepal's Kazakh official name is the Central African Republic's).
OFFICIAL_NAMES = {
    ("NPL", "kk"): "Непал Федеративтік Демократиялық Республикасы",
    ("TGO", "kk"): "Тоголез Республикасы",
    ("NLD", "kk"): "Нидерланд Корольдігі",
}

# Translations iso-codes gets wrong (misspelt, or the wrong place): never
# written by anyone, so not kept as further names to match either.
WRONG_TRANSLATIONS = {
    "Мариотт", "Шығыс Самоа (АҚШ)", "Францияның Солтүстік Аймақтары",
    "АҚШ-ң Сыртқы Кішкене аралдары", "Уоллес и Футана",
}


def translator(lang):
    if lang == "en":
        return None
    try:
        return gettext.translation("iso_3166-1", localedir=str(LOCALES), languages=[lang])
    except OSError:
        sys.exit(f"no {lang} translation of iso_3166-1 under {LOCALES}: apt-get install iso-codes")


def clean(text):
    # Some Russian translations carry stress marks (U+0301: "Респу́блика"), which no official writes.
    return " ".join(text.replace("\u0301", "").split())


def names(country, lang, t):
    """The row's name, official name and ISO name in one language ("" where none)."""
    def local(key):
        if key not in country:
            return ""
        if t is None:
            return clean(country[key])
        translated = t.gettext(country[key])
        translated = clean(translated)
        return "" if translated == clean(country[key]) or translated in WRONG_TRANSLATIONS else translated
    short = SHORT_NAMES.get((country["alpha_3"], lang)) or local("common_name") or local("name")
    official = OFFICIAL_NAMES.get((country["alpha_3"], lang)) or local("official_name")
    iso = local("name")
    return [short, official if official != short else "", iso if iso not in (short, official) else ""]


def main():
    if not ISO_JSON.exists():
        sys.exit(f"{ISO_JSON} not found: apt-get install iso-codes")
    translators = {lang: translator(lang) for lang in LANGUAGES}
    rows = []
    for c in json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]:
        by_language = {lang: names(c, lang, translators[lang]) for lang in LANGUAGES}
        cells = [by_language[lang][k] for k in range(len(KINDS)) for lang in LANGUAGES]
        rows.append([c["alpha_3"], c["alpha_2"], c["numeric"]] + cells)
    rows.sort()
    header = ["alpha3", "alpha2", "numeric"] + [f"{kind}_{lang}" for kind in KINDS for lang in LANGUAGES]
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by tools/generate_country_list.py from Debian's iso-codes; do not edit.\n")
        f.write("# Columns by the header's names: name_<lang> is the short name the report shows, official_<lang>\n")
        f.write("# and iso_<lang> further names matched in feeds; an empty cell has no such name in that language.\n")
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} countries to {OUT}")


if __name__ == "__main__":
    main()
