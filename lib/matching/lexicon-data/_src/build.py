#!/usr/bin/env python3
"""Build bilingual-NN.json from NN.txt and directions.json from directions.txt, and validate all outputs.
Source line:  pos| en, tokens | es, tokens      pos: n v a r p
Markers: * regular plural (nouns/adj/phrase) | + Spanish gender+plural | verbs inflect unless token ends with !
         ~ intentional second sense (may repeat a word of another group)"""
import json, os, re, sys, glob, collections
from morph import en_verb, es_verb, en_plural, es_plural, es_gender

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
POS = {'n': 'noun', 'v': 'verb', 'a': 'adj', 'r': 'adv', 'p': 'phrase'}
errors = []

def add(lst, xs):
    for x in xs:
        if x not in lst: lst.append(x)

def expand(tok, lang, pos, where):
    poly = tok.endswith('~') or '~' in tok
    tok = tok.replace('~', '').strip()
    if not tok: return [], poly
    try:
        if pos == 'verb' and not tok.endswith('!'):
            if tok.endswith('*') or tok.endswith('+'): tok = tok[:-1]
            return (en_verb(tok) if lang == 'en' else es_verb(tok)), poly
        if tok.endswith('!'): return [tok[:-1]], poly
        if tok.endswith('*'):
            t = tok[:-1]
            return [t, en_plural(t) if lang == 'en' else es_plural(t)], poly
        if tok.endswith('+'):
            if lang == 'en': raise ValueError('+ is Spanish only')
            return es_gender(tok[:-1]), poly
        return [tok], poly
    except Exception as e:
        errors.append('%s: %s: %s' % (where, tok, e)); return [tok], poly

WORD_OK = re.compile(r"^[a-z0-9áéíóúüñç'’.\-/&%+ ]+$")
def check_case(w, where):
    for part in re.split(r"[ \-/]", w):
        if not part: continue
        if part.lower() == part: continue
        ups = sum(1 for c in part if c.isupper())
        if part in ('kWh', 'MWh', 'GWh', 'km/h') or ups >= 2 or re.match(r'^[A-Z][0-9]', part) or re.match(r'^[0-9]+[A-Z]+$', part): continue   # acronym: GDP, mRNA, G7
        errors.append('%s: not lower case: %r' % (where, w))
    if not WORD_OK.match(w.lower()):
        errors.append('%s: odd characters: %r' % (where, w))

def parse_bilingual(path):
    groups = []
    for ln, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.strip()
        if not line or line.startswith('#'): continue
        where = '%s:%d' % (os.path.basename(path), ln)
        parts = [p.strip() for p in line.split('|')]
        if len(parts) != 3 or parts[0] not in POS:
            errors.append('%s: bad line %r' % (where, line)); continue
        pos = POS[parts[0]]
        g = {'en': [], 'es': [], 'pos': pos, '_poly': set(), '_where': where}
        for lang, field in (('en', parts[1]), ('es', parts[2])):
            for tok in [t.strip() for t in field.split(',') if t.strip()]:
                forms, poly = expand(tok, lang, pos, where)
                add(g[lang], forms)
                if poly: g['_poly'].update((lang, f) for f in forms)
            for f in g[lang]: check_case(f, where)
        if not g['en'] or not g['es']:
            errors.append('%s: empty side' % where)
        groups.append(g)
    return groups

def build_bilingual():
    allg = []
    for src in sorted(glob.glob(os.path.join(HERE, '[0-9][0-9].txt'))):
        nn = os.path.basename(src)[:2]
        gs = parse_bilingual(src)
        allg.append((nn, gs))
    # duplicate check within (lang, pos)
    seen = collections.defaultdict(list)
    for nn, gs in allg:
        for g in gs:
            for lang in ('en', 'es'):
                for f in g[lang]:
                    seen[(lang, g['pos'], f)].append(g)
    dups = 0
    for (lang, pos, f), gl in seen.items():
        if len(gl) > 1:
            if sum(1 for g in gl if (lang, f) not in g['_poly']) <= 1:
                continue
            dups += 1
            errors.append('dup %s %s %r in %s' % (lang, pos, f, ', '.join(g['_where'] for g in gl)))
    for nn, gs in allg:
        out = os.path.join(OUT, 'bilingual-%s.json' % nn)
        data = [{'en': g['en'], 'es': g['es'], 'pos': g['pos']} for g in gs]
        txt = '[\n' + ',\n'.join(json.dumps(d, ensure_ascii=False) for d in data) + '\n]\n'
        json.loads(txt)
        tmp = out + '.tmp'; open(tmp, 'w', encoding='utf-8').write(txt); os.replace(tmp, out)
    return allg

import unicodedata
def strip_acc(w):
    return ''.join(c for c in unicodedata.normalize('NFD', w) if unicodedata.category(c) != 'Mn')

def build_directions():
    src = os.path.join(HERE, 'directions.txt')
    if not os.path.exists(src): return []
    ents = []; cur = None
    for ln, line in enumerate(open(src, encoding='utf-8'), 1):
        line = line.strip()
        if not line or line.startswith('#'): continue
        where = 'directions.txt:%d' % ln
        if line.startswith('@'):
            m = re.match(r'^@\s*([a-z_]+)\s*>\s*([a-z_]+)$', line)
            if not m: errors.append('%s: bad header' % where); continue
            cur = {'id': m.group(1), 'opposite': m.group(2), 'en': [], 'es': [], '_where': where}; ents.append(cur); continue
        m = re.match(r'^(en|es):\s*(.*)$', line)
        if not m or cur is None: errors.append('%s: bad line' % where); continue
        lang = m.group(1)
        for tok in [t.strip() for t in m.group(2).split(',') if t.strip()]:
            if tok.startswith('-'):
                cur.setdefault('_drop', set()).add((lang, tok[1:])); continue
            if tok.endswith('@'):
                forms, _ = expand(tok[:-1], lang, 'verb', where)
            else:
                forms, _ = expand(tok, lang, 'noun', where)
            for f in forms: check_case(f, where)
            add(cur[lang], forms)
    for e in ents:
        for lang, f in e.get('_drop', ()):
            if f not in e[lang]: errors.append('directions: %s: nothing to drop: %r' % (e['id'], f))
            else: e[lang].remove(f)
    ids = {e['id']: e for e in ents}
    if len(ids) != len(ents): errors.append('directions: repeated id')
    for e in ents:
        o = ids.get(e['opposite'])
        if not o or o['opposite'] != e['id']: errors.append('directions: %s opposite %s not mirrored' % (e['id'], e['opposite']))
        if not e['en'] or not e['es']: errors.append('directions: %s empty side' % e['id'])
    owner = {}
    for e in ents:
        for lang in ('en', 'es'):
            for f in e[lang]:
                k = strip_acc(f.lower())
                if k in owner and owner[k] != e['id']:
                    errors.append('directions: %r in %s and %s' % (f, owner[k], e['id']))
                owner.setdefault(k, e['id'])
    data = [{'id': e['id'], 'opposite': e['opposite'], 'en': e['en'], 'es': e['es']} for e in ents]
    txt = '[\n' + ',\n'.join(json.dumps(d, ensure_ascii=False) for d in data) + '\n]\n'
    json.loads(txt)
    out = os.path.join(OUT, 'directions.json'); tmp = out + '.tmp'
    open(tmp, 'w', encoding='utf-8').write(txt); os.replace(tmp, out)
    return ents

if __name__ == '__main__':
    allg = build_bilingual()
    ents = build_directions()
    for e in errors[:300]: print('ERR', e)
    if len(errors) > 300: print('... %d errors' % len(errors))
    n = sum(len(gs) for _, gs in allg)
    en = sum(len(g['en']) for _, gs in allg for g in gs); es = sum(len(g['es']) for _, gs in allg for g in gs)
    per = collections.Counter(g['pos'] for _, gs in allg for g in gs)
    print('concepts', n, 'en forms', en, 'es forms', es, dict(per), 'files', [(nn, len(gs)) for nn, gs in allg])
    print('direction entries', len(ents), 'pairs', len(ents) // 2)
    sys.exit(1 if errors else 0)
