#!/usr/bin/env python3
"""Synthetic agency feeds, written exactly as ../shared/spec/FEEDS.md describes.

Makes the demo under input/ and the large years the benchmark reads. Every
quirk the agencies are known for appears at a small rate: names in kk/ru/en in
any case with stray spaces, windows-1251 look-alike letters, BOMs and CRLF,
re-sent periods (.v2), duplicates, revisions, cancellations, impossible and
out-of-year dates, wrong field counts, bad BINs, unknown words.

The data is synthetic: no real person, permit or employer is in it.

    python3 tools/generate_feeds.py --out input --years 2001 2002 2003
    python3 tools/generate_feeds.py --out /tmp/big --years 2005 --slips 1000000 \
        --registrations 500000 --feeds migration-slips police-registrations
"""
import argparse
import calendar
import random
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = [  # alpha3, numeric, alpha2, names (kk, ru, en)
    ("RUS", "643", "RU", ["Ресей", "Россия", "Российская Федерация", "Russia"]),
    ("UZB", "860", "UZ", ["Өзбекстан", "Узбекистан", "Uzbekistan"]),
    ("KGZ", "417", "KG", ["Қырғызстан", "Киргизия", "Кыргызстан", "Kyrgyzstan"]),
    ("CHN", "156", "CN", ["Қытай", "Китай", "КНР", "China"]),
    ("TUR", "792", "TR", ["Түркия", "Турция", "Turkey"]),
    ("DEU", "276", "DE", ["Германия", "ФРГ", "Germany"]),
    ("UKR", "804", "UA", ["Украина", "Ukraine"]),
    ("TJK", "762", "TJ", ["Тәжікстан", "Таджикистан", "Tajikistan"]),
    ("MNG", "496", "MN", ["Моңғолия", "Монголия", "Mongolia"]),
    ("USA", "840", "US", ["АҚШ", "США", "United States"]),
    ("KOR", "410", "KR", ["Оңтүстік Корея", "Южная Корея", "South Korea"]),
    ("GEO", "268", "GE", ["Грузия", "Georgia"]),
    ("AZE", "031", "AZ", ["Әзірбайжан", "Азербайджан", "Azerbaijan"]),
    ("BLR", "112", "BY", ["Беларусь", "Белоруссия", "Belarus"]),
    ("TKM", "795", "TM", ["Түрікменстан", "Туркмения", "Turkmenistan"]),
    ("IRN", "364", "IR", ["Иран", "Iran"]),
    ("ISR", "376", "IL", ["Израиль", "Israel"]),
    ("IND", "356", "IN", ["Үндістан", "Индия", "India"]),
    ("ITA", "380", "IT", ["Италия", "Italy"]),
    ("AFG", "004", "AF", ["Ауғанстан", "Афганистан", "Afghanistan"]),
]
UNRESOLVABLE = ["Неизвестно", "н/д", "не указано", "Атлантида", "xxx", "---"]
REGIONS = [("KZ-11", ["Ақмола облысы", "Акмолинская область", "Akmola Region", "Целиноград"]),
           ("KZ-15", ["Ақтөбе облысы", "Актюбинская область"]), ("KZ-19", ["Алматы облысы", "Алматинская область"]),
           ("KZ-23", ["Атырау облысы", "Атырауская область"]), ("KZ-35", ["Қарағанды облысы", "Карагандинская область"]),
           ("KZ-39", ["Қостанай облысы", "Костанайская область", "Kostanay Region"]),
           ("KZ-51", ["Оңтүстік Қазақстан облысы", "Южно-Казахстанская область"]),
           ("KZ-55", ["Павлодар облысы", "Павлодарская область"]), ("KZ-63", ["Шығыс Қазақстан облысы"]),
           ("KZ-75", ["Алматы қаласы", "город Алматы"])]
CITY = ["KZ-71", "71", "Астана", "Акмола қаласы", "город Акмола"]
ETHNIC = ["қазақ", "казах", "казашка", "Kazakh", "орыс", "русский", "русская", "Russian", "украинец", "немец",
          "немцы", "неміс", "татарин", "өзбек", "узбек", "уйгур", "кореец", "белорус", "поляк", "другие", ""]
FOLD = str.maketrans("ӘҒҚҢӨҰҮҺәғқңөұүһ", "АГКНОУУХагкноуух")
PURPOSES = ["work", "study", "private", "business", "tourism", "transit", "other"]


def messy(rng, name):
    """Any letter case, stray spaces, now and then."""
    r = rng.random()
    if r < 0.08:
        name = name.upper()
    elif r < 0.14:
        name = name.lower()
    if rng.random() < 0.05:
        name = " " + name + "  "
    return name


def date_text(rng, year, fmt="dmy", month=None):
    m = month or rng.randint(1, 12)
    d = rng.randint(1, calendar.monthrange(year, m)[1])
    return f"{d:02d}.{m:02d}.{year}" if fmt == "dmy" else f"{year}-{m:02d}-{d:02d}"


def bin_number(rng, valid=True):
    while True:
        digits = [rng.randint(0, 9) for _ in range(11)]
        c = sum(d * w for d, w in zip(digits, range(1, 12))) % 11
        if c == 10:
            c = sum(d * w for d, w in zip(digits, list(range(3, 12)) + [1, 2])) % 11
        if c == 10:
            continue
        if not valid:
            c = (c + 1) % 10
        return "".join(map(str, digits)) + str(c)


def slips(out, year, rows, rng):
    folder = out / "migration-slips" / str(year)
    folder.mkdir(parents=True, exist_ok=True)
    per_month = max(1, rows // 12)
    seq = 0
    for month in range(1, 13):
        lines = []
        for _ in range(per_month):
            seq += 1
            sid = f"S{year}-{seq:07d}"
            kind = rng.choice("AAAADDDa")
            when = date_text(rng, year, month=month)
            eth = messy(rng, rng.choice(ETHNIC))
            r = rng.random()
            if r < 0.55:
                code, names = rng.choice(REGIONS)
                pk, pc, pn = "REGION", rng.choice([code, code[3:], ""]), rng.choice(names)
            elif r < 0.90:
                a3, num, a2, names = rng.choice(COUNTRIES)
                pk, pc, pn = "COUNTRY", rng.choice([a3, num, a2, "", ""]), rng.choice(names)
            elif r < 0.94:
                pk, pc, pn = "REGION", "", rng.choice(CITY)
            elif r < 0.97:
                pk, pc, pn = "COUNTRY", "", rng.choice(UNRESOLVABLE)
            else:
                pk, pc, pn = "", "", ""
            if not pc and not pn and pk:
                pn = "Россия" if pk == "COUNTRY" else "Ақмола облысы"
            q = rng.random()
            if q < 0.003:
                sid = ""
            elif q < 0.006:
                kind = "X"
            elif q < 0.009:
                when = f"31.02.{year}"
            elif q < 0.012:
                when = date_text(rng, year - 1, month=12)
            elif q < 0.02 and seq > 10:
                sid = f"S{year}-{seq - rng.randint(1, 9):07d}"       # repeated slip_id
            pn = messy(rng, pn)
            if "," in pn or rng.random() < 0.03:
                pn = '"' + pn.replace('"', '""') + '"'
            fields = [sid, kind, when, rng.choice("MF"), str(rng.randint(1925, year)), eth,
                      rng.choice(["KAZ", "KAZ", "KAZ", "RUS", "UZB"]), pk, pc, pn]
            line = ",".join(fields)
            if rng.random() < 0.003:
                line += ","                                           # trailing separator
            lines.append(line)
        text = "slip_id,kind,event_date,sex,birth_year,ethnicity,citizenship,partner_kind,partner_code,partner_name\n"
        eol = "\r\n" if month % 4 == 0 else "\n"
        body = (text.rstrip("\n") + eol + eol.join(lines) + eol).encode("utf-8")
        if month % 3 == 0:
            body = b"\xef\xbb\xbf" + body
        (folder / f"slips-{year}-{month:02d}.csv").write_bytes(body)
    # one re-sent month: the original stays, the .v2 replaces it
    v1 = (folder / f"slips-{year}-05.csv").read_bytes()
    (folder / f"slips-{year}-05.v2.csv").write_bytes(v1.replace(b",D,", b",A,", 3))


def registrations(out, year, count, rng):
    folder = out / "police-registrations" / str(year)
    folder.mkdir(parents=True, exist_ok=True)
    per_month = max(1, count // 12)
    people = [f"{rng.getrandbits(64):016x}" for _ in range(max(1, count // 2))]
    seq = 0
    for month in range(1, 13):
        v2 = year >= 2002 and month > 6
        cp1251 = month % 2 == 1
        fmt = "iso" if v2 else "dmy"
        enc = "windows-1251" if cp1251 else "UTF-8"
        parts = [f'<?xml version="1.0" encoding="{enc}"?>\n',
                 f'<RegistrationReport xmlns="urn:kz:migration-police:registrations"\n'
                 f'    schemaVersion="{2 if v2 else 1}" period="{year}-{month:02d}" generated="{year}-{month:02d}-28T09:15:00">\n']
        for _ in range(per_month):
            seq += 1
            rid = f"R{year}-{seq:06d}"
            a3, num, a2, names = rng.choice(COUNTRIES)
            reg_day = rng.randint(2, calendar.monthrange(year, month)[1])
            reg = f"{reg_day:02d}.{month:02d}.{year}" if fmt == "dmy" else f"{year}-{month:02d}-{reg_day:02d}"
            arr = f"{reg_day - 1:02d}.{month:02d}.{year}" if fmt == "dmy" else f"{year}-{month:02d}-{reg_day - 1:02d}"
            revision, status = "1", "active"
            q = rng.random()
            if q < 0.01:
                revision = "2"
            elif q < 0.015:
                status = "cancelled"
            elif q < 0.02:
                reg = "31.02.%d" % year if fmt == "dmy" else f"{year}-02-31"
            name = messy(rng, rng.choice(names))
            if cp1251:
                name = name.translate(FOLD)
            cit = rng.random()
            if cit < 0.4:
                citizenship = f'<Citizenship code="{rng.choice([a3, num, a2])}"/>'
            elif cit < 0.95:
                citizenship = f"<Citizenship>{name}</Citizenship>"
            elif cit < 0.97:
                citizenship = "<Citizenship>лицо без гражданства</Citizenship>"
            else:
                citizenship = ""
            purpose = rng.choice(PURPOSES + ["WORK", "medical"] if rng.random() < 0.05 else PURPOSES)
            extra = ""
            if rng.random() < 0.05:
                extra += f'\n    <Offence article="394" date="{reg}"/>'
            if rng.random() < 0.01:
                extra += f'\n    <Expulsion date="{reg}" decision="court"/>'
            parts.append(f'  <Registration id="{rid}" revision="{revision}" status="{status}">\n'
                         f'    <Person docHash="{rng.choice(people)}" sex="{rng.choice("MF")}" birthYear="{rng.randint(1940, 2000)}"/>\n'
                         f'    {citizenship}\n'
                         f'    <Arrival date="{arr}" purpose="{purpose}"/>\n'
                         f'    <Registered date="{reg}" district="Сарыарқа" until="{reg}"/>{extra}\n'
                         f'  </Registration>\n')
        parts.append("</RegistrationReport>\n")
        text = "".join(parts)
        data = text.translate(FOLD).encode("cp1251", errors="replace") if cp1251 else text.encode("utf-8")
        (folder / f"registrations-{year}-{month:02d}.xml").write_bytes(data)


def labour(out, year, permits, rng):
    folder = out / "labour-quotas" / str(year)
    folder.mkdir(parents=True, exist_ok=True)
    quota = "Год;Категория;Квота\r\n" + "".join(f"{year};{c};{n}\r\n" for c, n in
                                                  [("I", 40), ("II", 300), ("III", 650), ("IV", 0)])
    (folder / f"quota-{year}.csv").write_bytes(quota.encode("cp1251"))
    header = ("Номер разрешения;Дата выдачи;Действительно до;БИН работодателя;Работодатель;ОКЭД;"
              "Категория;Страна;Количество работников;Статус\r\n")
    employers = [(bin_number(rng), f'"ТОО ""Курылыс {i}"""') for i in range(20)]
    issued = []
    for quarter in range(1, 5):
        rows = []
        for _ in range(max(1, permits // 4)):
            number = f"AST-{year}-{len(issued) + 1:05d}"
            bin_, employer = rng.choice(employers)
            a3, num, a2, names = rng.choice(COUNTRIES)
            when = date_text(rng, year, month=rng.randint(3 * quarter - 2, 3 * quarter))
            workers = str(rng.randint(1, 40)) + rng.choice(["", "", ",0"])
            q = rng.random()
            if q < 0.02:
                bin_ = bin_number(rng, valid=False)
            elif q < 0.03:
                workers = "0"
            elif q < 0.04:
                number = ""
            cat = rng.choice(["I", "II", "III", "1", "2", "3"])
            country = rng.choice([a3, num, rng.choice(names).translate(FOLD)])
            rows.append(f"{number};{when};31.12.{year + 1};{bin_};{employer};41200;{cat};{country};{workers};"
                        + rng.choice(["выдано", "берілді".translate(FOLD)]))
            if number:
                issued.append((number, bin_, employer, cat, country, workers))
        for number, bin_, employer, cat, country, workers in rng.sample(issued, min(len(issued), len(rows) // 5)):
            status = rng.choice(["продлено", "отозвано", "ұзартылды".translate(FOLD)])
            when = date_text(rng, year, month=3 * quarter)
            rows.append(f"{number};{when};31.12.{year + 2};{bin_};{employer};41200;{cat};{country};{workers};{status}")
        (folder / f"permits-{year}-Q{quarter}.csv").write_bytes((header + "\r\n".join(rows) + "\r\n").encode("cp1251"))


def repatriates(out, year, families, rng):
    folder = out / "repatriates" / str(year)
    folder.mkdir(parents=True, exist_ok=True)
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n',
             f'<Resettlement xmlns="urn:kz:migration-agency:repatriates" year="{year}"\n'
             f'              region="KZ-71" generated="{year + 1}-01-15T10:00:00">\n',
             f'  <QuotaPlan families="{int(families * 0.9)}" persons="{int(families * 4.5)}"/>\n']
    origins = ["MNG", "CHN", "UZB", "TKM", "IRN", "RUS", "Монголия", "Қытай", "Узбекистан", "AFG", "TUR"]
    for i in range(1, families + 1):
        members = ['    <Member role="head" sex="M" birthYear="1960"/>\n'] + \
                  [f'    <Member role="{rng.choice(["spouse", "child", "parent"])}" sex="{rng.choice("MF")}" birthYear="{rng.randint(1930, year)}"/>\n'
                   for _ in range(rng.randint(0, 6))]
        q = rng.random()
        if q < 0.02:
            members = members[1:]
        payments = [("benefit", f"{rng.randint(30000, 99000)}.{rng.randint(0, 99):02d}"),
                    ("transport", f"{rng.randint(20000, 40000)}.{rng.choice(['00', '01', '47'])}")]
        if rng.random() < 0.6:
            payments.append(("housing", "1480000.00"))
        if rng.random() < 0.3:
            payments.append(("adaptation", f"{rng.randint(1000, 9000)}.{rng.randint(0, 99):02d}"))
        if 0.02 <= q < 0.03:
            payments.append(("bonus", "5000.00"))
        parts.append(f'  <Family id="F{year}-{i:04d}" arrived="{date_text(rng, year, "iso")}" '
                     f'quota="{"true" if rng.random() < 0.85 else "false"}" origin="{rng.choice(origins)}">\n'
                     + "".join(members)
                     + "".join(f'    <Payment kind="{k}" amount="{a}"/>\n' for k, a in payments)
                     + "  </Family>\n")
    parts.append("</Resettlement>\n")
    (folder / f"repatriates-{year}.xml").write_text("".join(parts), encoding="utf-8")


# The population on 1 January 2001 (440.8 thousand, as the programme states it), men and women.
POPULATION_2001 = {"M": 212874, "F": 227963}
POPULATION_ITEMS = {"START": ["халық саны", "численность населения"], "ADJUSTMENT": ["түзету", "корректировка"]}
SEXES = {"M": ["ер", "м", "мужской"], "F": ["әйел", "ж", "женский"]}


def counted_net_migration(out, year):
    """Arrivals minus departures as migstat counts the year's slips (FEEDS.md:
    the highest version of each month; rejects, repeated ids and moves inside
    the city left out), so that the population's year ends where migstat ends it."""
    import csv
    import io
    folder = out / "migration-slips" / str(year)
    latest = {}
    for f in sorted(folder.glob(f"slips-{year}-*.csv")) if folder.is_dir() else []:
        month, _, version = f.name[len(f"slips-{year}-"):-len(".csv")].partition(".v")
        if month not in latest or int(version or 1) > latest[month][0]:
            latest[month] = (int(version or 1), f)
    city = {"астана", "акмола каласы", "город акмола"}              # the city's names in regions.tsv, folded
    seen, net = set(), 0
    for _, f in sorted(latest.values(), key=lambda v: v[1].name):
        for row in list(csv.reader(io.StringIO(f.read_bytes().decode("utf-8-sig"), newline="")))[1:]:
            if not row or len(row) != 10:
                continue
            sid, kind, when = row[0].strip(), row[1].strip().upper(), row[2].strip()
            try:
                d, m, y = map(int, when.split("."))
                valid = len(when) == 10 and y == year and 1 <= d <= calendar.monthrange(y, m)[1]
            except ValueError:
                valid = False
            if not sid or kind not in ("A", "D") or not valid or sid in seen:
                continue
            seen.add(sid)
            if row[7].strip().upper() == "REGION" and not row[8].strip() and " ".join(row[9].split()).lower().translate(FOLD) in city:
                continue                                              # a move inside the city: excluded
            net += 1 if kind == "A" else -1
    return net


def population(out, year, start, rng):
    """The population file (1 January by sex, the year's adjustments) and the
    monthly vital files; returns the population at the year's end by sex, so
    that the next year starts where this one ends."""
    folder = out / "population" / str(year)
    folder.mkdir(parents=True, exist_ok=True)

    def write(name, header, rows):            # UTF-8 with a byte-order mark, CRLF
        (folder / name).write_bytes(b"\xef\xbb\xbf" + "".join(f"{line}\r\n" for line in [header] + rows).encode("utf-8"))

    def word(words, key):
        return messy(rng, rng.choice(words[key]))

    adjustments = {0: [(f"05.06.{year}", {"M": 1520, "F": 1611}, "қала шекарасы өзгерді: Ақмола облысының 3 ауылы")],
                   2: [(f"14.10.{year}", {"M": -426, "F": -391},
                        "қайта санау: тұрғылықты жерінен шығып кеткендер есептен алынды")]}.get(year % 3, [])
    rows = [f"{word(POPULATION_ITEMS, 'START')};01.01.{year};{word(SEXES, sex)};{start[sex]};" for sex in "MF"]
    rows.insert(1 + rng.randint(0, 1), f"{word(POPULATION_ITEMS, 'START')};01.01.{year};{word(SEXES, 'M')};{start['M'] - 71};")
    for when, persons, note in adjustments:
        rows += [f"{word(POPULATION_ITEMS, 'ADJUSTMENT')};{when};{word(SEXES, sex)};{persons[sex]};{note}" for sex in "MF"]
    rows.append(f"түзету;28.12.{year - 1};ер;85;өткен жылғы түзету")     # dated in the year before: rejected
    write(f"population-{year}.csv", "көрсеткіш;күні;жынысы;адам саны;түсініктеме", rows)

    end = {sex: start[sex] + sum(p[sex] for _, p, _ in adjustments) for sex in "MF"}
    header = "айы;жынысы;туғандар;қайтыс болғандар"
    for month in range(1, 13):
        counts = {"M": (rng.randint(280, 360), rng.randint(140, 200)), "F": (rng.randint(260, 340), rng.randint(120, 180))}
        for sex, (births, deaths) in counts.items():
            end[sex] += births - deaths
        rows = [f"{year}-{month:02d};{word(SEXES, sex)};{b};{d}" for sex, (b, d) in counts.items()]
        if month == 3:
            rows.append(f"{year}-{month:02d};барлығы;{sum(b for b, _ in counts.values())};{sum(d for _, d in counts.values())}")
        if month == 9:
            rows.append(rows[0])                                      # a row repeated: rejected
        if month == 4:                                                # re-sent: the .v2 replaces the first figures
            write(f"vital-{year}-04.csv", header, [f"{year}-04;{word(SEXES, sex)};{b - 11};{d}" for sex, (b, d) in counts.items()])
            write(f"vital-{year}-04.v2.csv", header, rows)
        else:
            write(f"vital-{year}-{month:02d}.csv", header, rows)
    net = counted_net_migration(out, year)
    end["M"] += net // 2
    end["F"] += net - net // 2
    return end


REFUGEE_COUNTRIES = [  # alpha3, forms written (codes, kk/ru/en names), weight
    ("AFG", ["004", "AF", "AFG", "Ауғанстан", "Афганистан", "Afghanistan"], 8),
    ("TJK", ["762", "TJ", "TJK", "Тәжікстан", "Таджикистан", "Tajikistan"], 3),
    ("CHN", ["156", "CN", "CHN", "Қытай", "Китай", "КНР", "China"], 3),
    ("UZB", ["860", "UZ", "UZB", "Өзбекстан", "Узбекистан", "Uzbekistan"], 2),
    ("RUS", ["643", "RU", "RUS", "Ресей", "Россия", "Russia"], 2),
    ("IRN", ["364", "IR", "IRN", "Иран", "Iran"], 1),
    ("XXA", ["XXA", "азаматтығы жоқ", "лицо без гражданства", "stateless"], 1),
]
REFUGEE_OUTCOMES = {"granted": ["granted", "предоставлен", "берілді"], "refused": ["refused", "отказано", "бас тартылды"],
                    "withdrawn": ["withdrawn", "отозвано заявителем", "өтініш кері алынды"]}
REFUGEE_BASES = ["returned", "returned", "naturalised", "resettled", "revoked"]


def refugee_cases(rng, count, year, applied_from, applied_to, first):
    """`count` new cases applied between two dates (ordinal days), numbered from `first`."""
    cases = []
    for i in range(count):
        a3, forms, _ = rng.choices(REFUGEE_COUNTRIES, weights=[w for *_, w in REFUGEE_COUNTRIES])[0]
        cases.append({"id": f"RC-{year}-{first + i:04d}", "doc": f"{rng.getrandbits(64):016x}", "sex": rng.choice("MF"),
                      "born": rng.randint(1940, 1990), "forms": forms, "rev": 0,
                      "persons": rng.choices([1, 2, 3, 4, 5, 6], weights=[5, 3, 3, 3, 2, 1])[0],
                      "applied": date.fromordinal(rng.randint(applied_from, applied_to)), "decision": None, "ceased": None})
    return cases


def refugee_xml(case, rng, cp1251, status=None):
    """A case as it stands: every event it has had so far."""
    def word(text):
        text = messy(rng, text)
        return text.translate(FOLD) if cp1251 else text
    form = rng.choice(case["forms"])
    code = form.isascii() and (form.isdigit() or form.isupper() and len(form) <= 3)
    citizenship = f'<Citizenship code="{form}"/>' if code else f"<Citizenship>{word(form)}</Citizenship>"
    status = f' status="{status}"' if status else ""
    lines = [f'  <Case id="{case["id"]}" revision="{case["rev"]}"{status}>',
             f'    <Applicant docHash="{case["doc"]}" sex="{case["sex"]}" birthYear="{case["born"]}"/>',
             f"    {citizenship}"]
    if case["persons"] != 1 or rng.random() < 0.5:                     # missing means 1
        lines.append(f'    <Family persons="{case["persons"]}"/>')
    lines.append(f'    <Applied date="{case["applied"]}"/>')
    if case["decision"]:
        when, outcome = case["decision"]
        lines.append(f'    <Decision date="{when}" outcome="{word(rng.choice(REFUGEE_OUTCOMES[outcome]))}"/>')
    if case["ceased"]:
        when, basis = case["ceased"]
        lines.append(f'    <Ceased date="{when}" basis="{messy(rng, basis)}"/>')
    return "\n".join(lines + ["  </Case>\n"])


def refugees(out, year, open_cases, rng):
    """The opening register (every case open on 1 January, as it stood) and the
    monthly files of every case with an event in the month. The cases still
    open at the year's end are returned: the next year's register, so that
    each year opens where the previous one closed."""
    folder = out / "refugees" / str(year)
    folder.mkdir(parents=True, exist_ok=True)
    ns = 'xmlns="urn:kz:migration-police:refugees"'
    register = [f'<?xml version="1.0" encoding="UTF-8"?>\n<RefugeeRegister {ns} date="{year}-01-01"\n'
                f'                 generated="{year}-01-06T10:00:00">\n']
    register += [refugee_xml(c, rng, False) for c in sorted(open_cases, key=lambda c: c["id"])]
    (folder / f"register-{year}.xml").write_text("".join(register) + "</RefugeeRegister>\n", encoding="utf-8")

    start, end = date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
    cases = open_cases + refugee_cases(rng, rng.randint(40, 60), year, start, end, 1)
    months = {m: [] for m in range(1, 13)}                              # month → (day, case snapshot)
    for c in cases:
        events = [c["applied"]] if c["applied"].year == year else []
        if c["decision"] is None and rng.random() < (0.75 if c["applied"].year < year else 0.6):
            when = date.fromordinal(max(c["applied"].toordinal(), start) + rng.randint(20, 200))
            if when.year == year:
                c["decision"] = (when, rng.choices(["granted", "refused", "withdrawn"], weights=[40, 50, 10])[0])
                events.append(when)
        if c["decision"] and c["decision"][1] == "granted" and c["ceased"] is None and rng.random() < 0.06:
            when = date.fromordinal(max(c["decision"][0].toordinal(), start) + rng.randint(10, 300))
            if when.year == year:
                c["ceased"] = (when, rng.choice(REFUGEE_BASES))
                events.append(when)
        for month in sorted({d.month for d in events}):                 # as it stands after its last event of the month
            def until(event):
                return event if event and (event[0].year, event[0].month) <= (year, month) else None
            snapshot = dict(c, decision=until(c["decision"]), ceased=until(c["ceased"]))
            c["rev"] += 1
            months[month].append((max(d.day for d in events if d.month == month), dict(snapshot, rev=c["rev"])))
    # Quirks that change no count: a re-delivery, a lower revision late, a case cancelled, one reject of a kind a year.
    revised = [s for m in range(1, 7) for _, s in months[m] if s["rev"] == 1 and s["applied"].year == year]
    if revised:
        months[12].append((31, dict(revised[0])))                        # superseded by a later revision, or a duplicate
    if months[1]:
        months[rng.randint(1, 12)].append((28, dict(months[1][0][1])))
    error = refugee_cases(rng, 1, year, start, end - 40, 900)[0]
    months[error["applied"].month].append((1, dict(error, rev=1)))
    months[error["applied"].month + 1].append((1, dict(error, rev=2, cancelled=True)))
    bad = refugee_cases(rng, 1, year, start + 40, end, 950)[0]
    reason = year % 3
    bad = dict(bad, rev=1, **({"doc": ""} if reason == 0 else {"persons": 0} if reason == 1 else
                             {"decision": (bad["applied"] - timedelta(days=3), "refused")}))
    months[bad["applied"].month].append((2, bad))

    for month, records in months.items():
        records.sort(key=lambda r: r[0])                                # by day in the month
        cp1251 = month == 8
        head = (f'<?xml version="1.0" encoding="{"windows-1251" if cp1251 else "UTF-8"}"?>\n'
                f'<RefugeeCases {ns} period="{year}-{month:02d}"\n'
                f'              generated="{year + (month == 12)}-{month % 12 + 1:02d}-03T11:00:00">\n')
        body = [refugee_xml(s, rng, cp1251, "cancelled" if s.get("cancelled") else None) for _, s in records]
        text = head + "".join(body) + "</RefugeeCases>\n"
        data = text.translate(FOLD).encode("cp1251") if cp1251 else text.encode("utf-8")
        if month == 6:                                                  # re-sent: the .v2 is whole
            short = head + "".join(body[:-1]) + "</RefugeeCases>\n"
            (folder / f"cases-{year}-06.xml").write_text(short, encoding="utf-8")
            (folder / f"cases-{year}-06.v2.xml").write_bytes(data)
        else:
            (folder / f"cases-{year}-{month:02d}.xml").write_bytes(data)
    return [c for c in cases if c["ceased"] is None and (c["decision"] is None or c["decision"][1] == "granted")]


def refugees_before(year, rng):
    """The cases open on 1 January of the first demo year, with their history."""
    cases = refugee_cases(rng, 90, year - 3, date(year - 3, 1, 1).toordinal(), date(year - 1, 12, 20).toordinal(), 1)
    for c in cases:
        c["id"] = f"RC-{c['applied'].year}-{c['id'][-4:]}"
        c["rev"] = 1
        if rng.random() < 0.6:
            when = date.fromordinal(min(c["applied"].toordinal() + rng.randint(30, 300), date(year - 1, 12, 31).toordinal()))
            c["decision"], c["rev"] = (when, "granted"), 2
    return cases


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", default="input", help="input folder to write (default: input)")
    p.add_argument("--years", type=int, nargs="+", default=[2001, 2002, 2003])
    p.add_argument("--slips", type=int, default=2400, help="slip rows per year")
    p.add_argument("--registrations", type=int, default=600, help="police registrations per year")
    p.add_argument("--permits", type=int, default=80, help="new work permits per year")
    p.add_argument("--families", type=int, default=60, help="repatriate families per year")
    p.add_argument("--feeds", nargs="+", default=["migration-slips", "police-registrations", "labour-quotas", "repatriates",
                                                  "population", "refugees"])
    p.add_argument("--seed", type=int, default=2003)
    a = p.parse_args()
    out = Path(a.out)
    people = dict(POPULATION_2001)
    for year in a.years:
        rng = random.Random(a.seed * 10000 + year)
        if "migration-slips" in a.feeds:
            slips(out, year, a.slips, rng)
        if "police-registrations" in a.feeds:
            registrations(out, year, a.registrations, rng)
        if "labour-quotas" in a.feeds:
            labour(out, year, a.permits, rng)
        if "repatriates" in a.feeds:
            repatriates(out, year, a.families, rng)
        if "population" in a.feeds:               # its own random numbers: the other feeds' files stay as they were
            people = population(out, year, people, random.Random(f"population-{a.seed}-{year}"))
        if "refugees" in a.feeds:                 # its own random numbers too
            rng = random.Random(f"refugees-{a.seed}-{year}")
            open_cases = refugees(out, year, open_cases if year != a.years[0] else refugees_before(year, rng), rng)
    print(f"wrote {', '.join(a.feeds)} for {', '.join(map(str, a.years))} under {out}")


if __name__ == "__main__":
    main()
