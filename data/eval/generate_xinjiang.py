#!/usr/bin/env python3
"""Writes xinjiang_generated.csv: the systematic part of the Xinjiang evaluation set.

Rows are built from the bundled division table (data/geo/cn_admin_level4_pinyin.csv) and the
Xinjiang exonyms (data/geo/xinjiang_exonyms.csv), with a fixed random seed, so the file is the
same on every run:  python3 data/eval/generate_xinjiang.py
The hand-written hard negatives and varied formats are in xinjiang_handwritten.csv.
"""
import csv
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.path.join(HERE, "..", "geo")
rnd = random.Random(20261125)

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(division):
    body = rnd.choice("9159") + rnd.choice("123") + division + "".join(rnd.choice(ALPHABET) for _ in range(9))
    total = sum(ALPHABET.index(c) * w for c, w in zip(body, WEIGHTS))
    return body + ALPHABET[(31 - total % 31) % 31]


def corrupt(code):
    last = code[-1]
    return code[:-1] + ALPHABET[(ALPHABET.index(last) + rnd.randint(1, 30)) % 31]


divisions = {}
with open(os.path.join(GEO, "cn_admin_level4_pinyin.csv"), encoding="utf-8-sig") as f:
    for row in csv.DictReader(f):
        divisions[row["id"]] = row
english = {}
with open(os.path.join(GEO, "xinjiang_exonyms.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["kind"] == "english":
            english.setdefault(row["code"], row["form"])


def cap(pinyin):
    return "".join(pinyin.split()).capitalize()


ROADS_ZH = ["人民路", "解放路", "建设路", "团结路", "光明路", "友谊路", "文化路", "和平路", "新华路", "胜利路"]
ROADS_EN = ["Renmin Road", "Jiefang Road", "Jianshe Road", "Tuanjie Road", "Guangming Road", "Youyi Street",
            "Wenhua Road", "Heping Avenue", "Xinhua Road", "Shengli Road"]
NAMES_ZH = ["棉业", "纺织", "农业", "化工", "硅业", "番茄制品", "服装", "商贸", "物流", "食品"]
NAMES_EN = ["Cotton", "Textile", "Agriculture", "Chemical", "Silicon", "Tomato Products", "Garment", "Trading",
            "Logistics", "Food"]

rows = []


def add(name="", address="", city="", region="", postal="", country="", phone="", reg="", xinjiang="no",
        signals="", note=""):
    rows.append(dict(id="G-%04d" % (len(rows) + 1), name=name, address=address, city=city, region=region,
                     postal_code=postal, country=country, phone=phone, registration_id=reg,
                     xinjiang=xinjiang, signals=signals, note=note))


def full(code):
    return divisions[code]["ext_name"]


xj_prefectures = [d for d in divisions.values() if d["deep"] == "1" and d["id"].startswith("65")]
xj_counties = [d for d in divisions.values() if d["deep"] == "2" and d["id"].startswith("65") and len(d["id"]) == 6]
xj_townships = [d for d in divisions.values() if d["deep"] == "3" and d["id"].startswith("65")]

# Xinjiang addresses: every prefecture-level unit and county, in Chinese, Western and pinyin formats.
for d in xj_prefectures:
    n = rnd.randint(1, 400)
    add(address="新疆维吾尔自治区%s%s%d号" % (full(d["id"]), rnd.choice(ROADS_ZH), n), country="中国",
        xinjiang="yes", signals="address", note="xj prefecture, Chinese")
    add(address="No. %d %s, %s, Xinjiang, China" % (n, rnd.choice(ROADS_EN), english[d["id"]]),
        xinjiang="yes", signals="address", note="xj prefecture, English")
    add(address="%s Shi %s" % (cap(d["pinyin"]), rnd.choice(ROADS_EN)), region="Xinjiang", country="CN",
        xinjiang="yes", signals="address", note="xj prefecture, pinyin")
for d in xj_counties:
    parent = divisions[d["pid"]]
    n = rnd.randint(1, 400)
    add(address="%s%s%s%d号" % (full(parent["id"]), full(d["id"]), rnd.choice(ROADS_ZH), n), xinjiang="yes",
        signals="address", note="xj county, Chinese")
    add(address="%d %s, %s" % (n, rnd.choice(ROADS_EN), english[d["id"]]), city=english[parent["id"]],
        region="Xinjiang", country="China", xinjiang="yes", signals="address", note="xj county, English")
    add(address="新疆%s%s" % (full(d["id"]), rnd.choice(ROADS_ZH)), xinjiang="yes", signals="address",
        note="xj county, no spaces")
# Townships under their county.
for d in rnd.sample(xj_townships, 120):
    county = divisions.get(d["pid"]) or divisions.get(d["pid"][:6])
    add(address="%s%s" % (full(county["id"]) if county else "新疆", d["ext_name"]), xinjiang="yes",
        signals="address", note="xj township")

# Registration: valid codes registered in Xinjiang and with the XPCC; corrupted ones.
for d in rnd.sample(xj_counties, 60):
    add(name="Supplier %d Co., Ltd." % len(rows), reg=uscc(d["id"]), xinjiang="yes", signals="registration_id",
        note="uscc xinjiang")
for code in ["660000", "660100", "660800", "659001", "659004"]:
    add(name="Bingtuan unit %s" % code[-2:], reg=uscc(code), xinjiang="yes", signals="registration_id;name",
        note="uscc xpcc")
for d in rnd.sample(xj_counties, 10):
    add(name="Supplier %d Co., Ltd." % len(rows), reg=corrupt(uscc(d["id"])), xinjiang="no",
        signals="registration_id", note="uscc corrupted: reported as invalid, not trusted")

# Phones: every Xinjiang area code in every form.
for area in ["0990", "0991", "0992", "0993", "0994", "0995", "0996", "0997", "0998", "0999", "0901", "0902",
             "0903", "0906", "0908", "0909"]:
    local = "%d" % rnd.randint(2000000, 8999999)
    for form in ["+86 %s %s" % (area[1:], local), "0086-%s-%s" % (area[1:], local), "(%s) %s" % (area, local),
                 "%s-%s" % (area, local)]:
        add(name="Trading Company %d" % len(rows), phone=form, xinjiang="yes", signals="phone", note="phone xj")

# Postcodes in Xinjiang's range.
for _ in range(40):
    add(name="Supplier %d" % len(rows), postal="%06d" % rnd.randint(830000, 848999), country="China",
        xinjiang="yes", signals="postal_code", note="postcode xj")

# Names: Xinjiang places leading a company name, Chinese and English.
for d in rnd.sample(xj_prefectures + xj_counties, 60):
    short = d["name"][:-1] if d["name"][-1] in "市县" and len(d["name"]) > 2 else d["name"]
    if d["ext_name"].endswith("区"):
        short = d["ext_name"]
    add(name="%s%s有限公司" % (short, rnd.choice(NAMES_ZH)), xinjiang="yes", signals="name", note="name xj Chinese")
for d in rnd.sample(xj_prefectures, 20):
    add(name="%s %s Co., Ltd." % (english[d["id"]], rnd.choice(NAMES_EN)), country="China", xinjiang="yes",
        signals="name", note="name xj English")

# The XPCC: divisions in every naming, regiments.
ZH = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四"]
ORD = ["", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th", "13th", "14th"]
for n in range(1, 15):
    for form in ["新疆生产建设兵团第%s师" % ZH[n], "兵团%s师" % ZH[n], "农%s师" % ZH[n], "第%s师" % ZH[n]]:
        add(address=form + "机关", xinjiang="yes", signals="address", note="xpcc division Chinese")
    add(address="%s Division, XPCC" % ORD[n], xinjiang="yes", signals="address", note="xpcc division English")
for number in rnd.sample(range(1, 225), 30):
    add(address="兵团%d团" % number, xinjiang="yes", signals="address", note="xpcc regiment")

# Elsewhere in China: counties of every other province, Chinese and Western format, with their phones.
others = [d for d in divisions.values() if d["deep"] == "2" and not d["id"].startswith(("65", "71", "81", "82", "91"))
          and len(d["id"]) == 6]
for d in rnd.sample(others, 260):
    pref = divisions.get(d["pid"])
    prov = divisions.get(d["id"][:2])
    if not pref or not prov:
        continue
    n = rnd.randint(1, 900)
    postal = "%06d" % rnd.choice([rnd.randint(100000, 829999), rnd.randint(850000, 859999)])
    add(name="%s%s有限公司" % (pref["name"], rnd.choice(NAMES_ZH)),
        address="%s%s%s%s%d号" % (prov["ext_name"], pref["ext_name"], d["ext_name"], rnd.choice(ROADS_ZH), n),
        postal=postal, country="中国", phone="0%d-%d" % (rnd.randint(10, 89), rnd.randint(20000000, 89999999)),
        reg=uscc(d["id"]), note="elsewhere in China, Chinese")
    add(name="%s %s Co., Ltd." % (cap(pref["pinyin"]), rnd.choice(NAMES_EN)),
        address="No. %d %s, %s, %s" % (n, rnd.choice(ROADS_EN), cap(pref["pinyin"]), cap(prov["pinyin"])),
        country="China", phone="+86 %d %d" % (rnd.randint(10, 89), rnd.randint(20000000, 89999999)),
        note="elsewhere in China, English")

# Abroad: suppliers in the countries that ship most to the US.
ABROAD = [("Vietnam", "+84 28 %d", ["Ho Chi Minh City", "Hanoi", "Hai Phong", "Da Nang", "Binh Duong"]),
          ("Malaysia", "+60 3 %d", ["Kuala Lumpur", "Penang", "Johor Bahru", "Ipoh"]),
          ("Thailand", "+66 2 %d", ["Bangkok", "Chonburi", "Rayong", "Chiang Mai"]),
          ("Bangladesh", "+880 2 %d", ["Dhaka", "Chattogram", "Gazipur"]),
          ("India", "+91 22 %d", ["Mumbai", "Tiruppur", "Surat", "Ludhiana"]),
          ("Turkey", "+90 212 %d", ["Istanbul", "Bursa", "Denizli"]),
          ("Mexico", "+52 81 %d", ["Monterrey", "Puebla", "Tijuana"]),
          ("USA", "+1 213 %d", ["Los Angeles", "Dallas", "Atlanta"]),
          ("Germany", "+49 30 %d", ["Berlin", "Hamburg", "Munich"])]
for i in range(150):
    country, phone, cities = ABROAD[i % len(ABROAD)]
    add(name="%s %s %d Ltd" % (rnd.choice(cities).split()[0], rnd.choice(NAMES_EN), i),
        address="%d %s Street" % (rnd.randint(1, 300), rnd.choice(["Main", "Market", "Harbour", "Station", "Mill"])),
        city=rnd.choice(cities), postal="%05d" % rnd.randint(10000, 99999), country=country,
        phone=phone % rnd.randint(1000000, 9999999), note="abroad")

with open(os.path.join(HERE, "xinjiang_generated.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
print(len(rows), "rows")
