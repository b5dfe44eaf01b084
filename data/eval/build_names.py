#!/usr/bin/env python3
"""Builds names.csv, the labelled name-matching set, from the bundled lists and the team's files.

Deterministic (no randomness): run `python3 data/eval/build_names.py` from the repository root.
Inputs: data/lists/uflpa_entity_list.csv, data/lists/cbp_wro_findings_active_unverified.csv,
data/eval/chinese_names.tsv and data/eval/hard_negatives.tsv (both written by hand).
Each row pairs a query with one list entry (by list id and primary name) and a label.
"""
import csv, hashlib, re, os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
OUT = os.path.join(ROOT, 'data', 'eval', 'names.csv')

def h(s):
    return int(hashlib.sha1(s.encode('utf-8')).hexdigest(), 16)

def uflpa():
    out = []
    for r in csv.DictReader(open(os.path.join(ROOT, 'data/lists/uflpa_entity_list.csv'), encoding='utf-8-sig')):
        aliases = [a.strip() for a in r['aliases'].split(';') if a.strip()]
        subs = 'subsidiar' in r['notes'].lower()
        out.append(('uflpa', r['name'].strip(), aliases, subs))
    return out

COMPANY = re.compile(r'\b(co|ltd|limited|factory|plant|corporation|corp|group|industrial|bhd|berhad|center|works|park|inc)\b', re.I)

def cbp():
    out, seen = [], set()
    for r in csv.DictReader(open(os.path.join(ROOT, 'data/lists/cbp_wro_findings_active_unverified.csv'), encoding='utf-8-sig')):
        names = [n.strip() for n in r['Entity'].split(', a/k/a ') if n.strip()]
        if not names or names[0] in seen or names[0].startswith(('All ', 'Tobacco ', 'Fishing Vessel')):
            continue
        if ' and ' in names[0] and 'Co., Ltd. and' in names[0]:
            continue
        seen.add(names[0])
        out.append(('cbp_wro', names[0], names[1:], False))
    return out

LEGAL = [', Co., Ltd.', ' Co., Ltd.', ' Co. Ltd.', ' CO. Ltd.', ', Ltd.', ' Co.', ' Corporation', ' Limited', ' Bhd', ' Berhad']

def cut_legal(name):
    for form in LEGAL:
        if name.endswith(form):
            return name[: -len(form)]
    return None

def legal_variant(name):
    pairs = [('Co., Ltd.', 'Company Limited'), ('Co. Ltd.', 'Co Ltd'), ('Corporation', 'Corp.'),
             ('Co.', 'Company'), ('Limited', 'Ltd'), ('Group', 'Group Co., Ltd.')]
    for a, b in pairs:
        if name.endswith(a):
            return name[: -len(a)] + b
    return name + ' Co., Ltd.'

def upper(name):
    return re.sub(r'[.,()]', '', name).upper()

def fullwidth(name):
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else ('\u3000' if c == ' ' else c) for c in name)

COMMON = set('co ltd limited company corporation group industrial industry technology textile textiles '
              'international trading trade new energy material materials products product hair apparel garment '
              'manufacturing information nonferrous metals metal cotton linen mining and the of holdings holding '
              'chemical wool silicon solar electronics printing digital food foods park county factory plant '
              'machinery development biotechnology biotech green copper zinc magnesium gold mine steel iron '
              'inner mongolia production construction pipe malleable hide no heavy duty electric welding machine '
              'new life labor reform through reeducation camp fitting fittings economic foundation corps prison'.split())

def typo(name):
    words = name.split(' ')
    cands = [i for i, w in enumerate(words) if len(re.sub(r'\W', '', w)) >= 5 and re.sub(r'\W', '', w).lower() not in COMMON]
    if not cands:
        return None
    i = cands[h(name) % len(cands)]
    w = words[i]
    k = 1 + h(name + 'k') % (len(w) - 3)
    kind = h(name + 't') % 3
    if kind == 0:
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]          # swap two letters
    elif kind == 1:
        w = w[:k] + w[k + 1:]                            # drop a letter
    else:
        w = w[:k] + w[k] + w[k:]                         # double a letter
    words[i] = w
    return ' '.join(words)

REGIONS = ('Xinjiang', 'Hetian', 'Zhuhai', 'Aksu', 'Changji', 'Turpan', 'Guangdong', 'Jiangsu', 'Anhui', 'Hefei',
           'Yili', 'Nanjing', 'Sichuan', 'Hebei', 'Henan', 'Gansu', 'Hunan', 'Dalian', 'Tianjin', 'Hangzhou',
           'Shandong', 'Dongguan', 'Changzhou', 'Binzhou', 'Heze', 'Fujian', 'Kashgar', 'Donghai', 'Inner Mongolia',
           'Shanghai', 'Shenyang', 'Qinghai', 'Yunnan', 'Huizhou', 'Baoding', 'Khotan', 'Lop County', 'Guangzhou')

def reordered(name):
    base = cut_legal(name) or name
    for r in REGIONS:
        if base.startswith(r + ' '):
            return base[len(r) + 1:] + ' (' + r + ')' + (' Co., Ltd.' if base != name else '')
    words = base.split(' ')
    if len(words) >= 3:
        return ' '.join(words[1:2] + words[:1] + words[2:])
    return None

ABBR = [('Technology', 'Tech'), ('International', "Int'l"), ('Industrial', 'Ind.'), ('Manufacturing', 'Mfg'),
        ('Corporation', 'Corp'), ('Company', 'Co'), (' and ', ' & '), ('Information', 'Info'),
        ('Development', 'Dev.'), ('Products', 'Prods'), ('Limited', 'Ltd')]

def abbreviated(name):
    out = name
    for a, b in ABBR:
        out = out.replace(a, b)
    return out if out != name else None

def main():
    rows = []
    def add(q, lst, entry, label, cat):
        if q and q.strip():
            rows.append([q, lst, entry, label, cat])
    entries = uflpa() + cbp()
    for lst, name, aliases, subs in entries:
        add(name, lst, name, 1, 'exact')
        add(upper(name), lst, name, 1, 'case')
        add(cut_legal(name), lst, name, 1, 'legal_cut')
        add(legal_variant(name), lst, name, 1, 'legal_variant')
        add(fullwidth(name), lst, name, 1, 'fullwidth')
        add(typo(name), lst, name, 1, 'typo')
        add(reordered(name), lst, name, 1, 'reordered')
        add(abbreviated(name), lst, name, 1, 'abbreviation')
        for a in aliases:
            add(a, lst, name, 1, 'alias')
        base = cut_legal(name) or name
        add(base + ' Co., Ltd. Urumqi Branch', lst, name, 1, 'branch')
        if subs:
            add(base + ' (Shanghai) Co., Ltd.', lst, name, 1, 'subsidiary')
            add(base + ' (Hong Kong) Limited', lst, name, 1, 'subsidiary')
    for r in csv.reader(open(os.path.join(ROOT, 'data/eval/chinese_names.tsv'), encoding='utf-8'), delimiter='\t'):
        if not r or r[0].startswith('#'):
            continue
        lst, name, zh, tw, py = r
        add(zh, lst, name, 1, 'chinese')
        if tw != zh:
            add(tw, lst, name, 1, 'traditional')
        add(py, lst, name, 1, 'pinyin')
        short = re.sub(r'(股份有限公司|有限责任公司|有限公司)$', '', zh)
        if short != zh:
            add(short, lst, name, 1, 'chinese_short')
        add(fullwidth(zh.replace('(', '（').replace(')', '）')), lst, name, 1, 'chinese')
        add(short + '乌鲁木齐分公司', lst, name, 1, 'branch_zh')
    for r in csv.reader(open(os.path.join(ROOT, 'data/eval/hard_negatives.tsv'), encoding='utf-8'), delimiter='\t'):
        if not r or r[0].startswith('#'):
            continue
        lst, name, q, cat = r
        add(q, lst, name, 1 if cat.startswith('pos_') else 0, cat)
    # Generated hard negatives: the trade name swapped for another (a different company in the
    # same region and industry), and other listed entries that share the region but no trade word.
    pool = ['Tianrun', 'Hengtai', 'Ruifeng', 'Jinlong', 'Baoli', 'Yongsheng', 'Guanghui', 'Dongsheng',
            'Kaiyuan', 'Minsheng', 'Fuxing', 'Wanda', 'Pengcheng', 'Lianchuang', 'Zhengda', 'Xingye']
    def trade_words(n):
        return [w for w in re.findall(r"[A-Za-z&'-]+", n) if w.lower() not in COMMON and w not in REGIONS
                and w.lower() not in ('xinjiang', 'zhuhai', 'hetian', 'aksu', 'lop', 'turpan', 'changji')]
    for lst, name, aliases, subs in entries:
        tw = trade_words(name)
        base = cut_legal(name) or name
        if tw and any(base.startswith(r + ' ') for r in REGIONS):
            t = tw[0]
            choices = [p for p in pool if p[0].lower() != t[0].lower() and p[:2].lower() != t[:2].lower()]
            other = choices[h(name) % len(choices)]
            add(name.replace(t, other, 1), lst, name, 0, 'neg_trade')
        shared = [n for l2, n, _, _ in entries if l2 == lst and n != name and n.split(' ')[0] == name.split(' ')[0]
                  and not set(w.lower() for w in trade_words(n)) & set(w.lower() for w in tw)]
        for n in shared[:1]:
            add(n, lst, name, 0, 'neg_other_entry')
    zh_rows = [r for r in csv.reader(open(os.path.join(ROOT, 'data/eval/chinese_names.tsv'), encoding='utf-8'), delimiter='\t')
               if r and not r[0].startswith('#')]
    for lst, name, zh, tw, py in zh_rows:
        mine = set(w.lower() for w in trade_words(name))
        others = [n for l2, n, _, _ in entries if l2 == lst and n != name
                  and (n.split(' ')[0] == name.split(' ')[0] or n.split(' ')[-3:] == name.split(' ')[-3:])
                  and not set(w.lower() for w in trade_words(n)) & mine]
        for n in others[:2]:
            add(zh, lst, n, 0, 'neg_other_entry_zh')
    known = {(l, n) for l, n, _, _ in entries}
    for q, lst, name, label, cat in rows:
        assert (lst, name) in known, (lst, name)
    with open(OUT, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['query', 'list', 'entry_name', 'label', 'category'])
        w.writerows(rows)
    print(len(rows), 'pairs')

main()
