#!/usr/bin/env python3
"""Builds marsad-core/src/main/resources/lang/ar/actors/places.tsv from the Arabic gazetteer.

usage: build_places.py GAZETTEER_DIR OUTPUT [NER_TSV ...]
  GAZETTEER_DIR holds places-ar.tsv, ids-crosswalk.tsv, common-word-names.tsv (GeoNames and
  Who's On First data, CC BY 4.0; CLDR names, Unicode licence; Natural Earth, public domain).
  NER_TSV: BIO-tagged Arabic corpora (word<TAB>tag); a one-word place spelling that these tag
  outside any entity more often than inside one is an ordinary word, and is left out. Only the
  decision to leave a spelling out comes from them; no text of theirs is copied.

Keeps cities, towns, capitals and first-level regions; drops every spelling that is also an
ordinary word (common-word-names.tsv); where several places share a spelling, keeps the most
populous, since the matcher has no better evidence at that point, except that a
place whose own name (not an alternative) the spelling is wins over more populous places that list it
only as an alternative, when it has at least a tenth of their population: الموصل is the city of
Mosul, not the province of Nineveh around it, which the gazetteer also calls so. A spelling that a
place of another state shares is written on that place too, as a shared spelling (shared_ar), when
it is one of its state's ten largest cities or a first-level region and has at least a tenth of the
chosen place's population: the coder reads it so only when the article
names that state more than the chosen place's (طرابلس beside بيروت is the Lebanese city).
A one-word spelling that is also a given name in the project's given-names.txt (beside OUTPUT) is
left out too (ناصر, جمال, سليمان, رياض), unless it is the own name of a capital or first-level
region of 100,000 people or more (بشار, Béchar; عمران, Amran): alone, such a word in news is far more
often a person. So is every spelling in place-words-left-out.txt beside this script: places the coder
found in news where the word meant something else (ماهي, جامعة, مشهد). A spelling the gazetteer's
common-word list gives as a place against a state (عمان: Amman against Oman) is written as a shared
spelling of the largest such place, a capital first: the state stays the first reading, and the place is read where
the article names its state more (عمان in a Jordanian article is Amman).
Deterministic: the same input gives the same file.
"""
import csv, os, sys, unicodedata, re

def key(s):
    s = re.sub('[\u064B-\u065F\u0670\u0640]', '', s)
    s = s.translate(str.maketrans('أإآٱىةؤئ', 'اااايهوي'))
    return ' '.join(s.split())

def ordinary_words(paths):
    inside, outside = {}, {}
    for path in paths:
        with open(path, encoding='utf-8') as f:
            for line in f:
                parts = line.rstrip('\n').split('\t')
                if len(parts) < 2 or not parts[0].strip():
                    continue
                k = key(parts[0].replace('\u200e', '').replace('\ufeff', '').strip())
                d = outside if parts[1] == 'O' else inside
                d[k] = d.get(k, 0) + 1
    return {k for k, n in outside.items() if n >= 2 and n > inside.get(k, 0)}

def choose(places):
    """The place a spelling names, from (own name, population, id) claims in gazetteer order."""
    most = max(p[1] for p in places)
    own = [p for p in places if p[0] and p[1] * 10 >= most]
    pool = own or places
    top = max(p[1] for p in pool)
    return next(p[2] for p in pool if p[1] == top)

def main(src, out, ner=()):
    ordinary = ordinary_words(ner)
    given = set()
    given_path = os.path.join(os.path.dirname(out), 'given-names.txt')
    if os.path.exists(given_path):
        with open(given_path, encoding='utf-8') as f:
            given = {key(line.strip()) for line in f if line.strip() and not line.startswith('#')}
    common = set()
    # a place spelled like a state (عمان: Amman, and Oman) is no ordinary word: it is kept as a shared spelling
    # of its largest place, read so only where the article names that place's state more than the other
    state_homonyms = set()
    with open(f'{src}/common-word-names.tsv', encoding='utf-8') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            (state_homonyms if '(country)' in row['ordinary_meaning'] else common).add(key(row['word']))
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'place-words-left-out.txt'), encoding='utf-8') as f:
        common.update(key(line.strip()) for line in f if line.strip() and not line.startswith('#'))
    qid = {}
    with open(f'{src}/ids-crosswalk.tsv', encoding='utf-8') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            if row.get('wikidata_qid'):
                qid[row['id']] = row['wikidata_qid']
    rank = {'capital': 0, 'admin1': 1, 'city': 2, 'town': 3}
    best = {}
    claims = {}
    rows = []
    with open(f'{src}/places-ar.tsv', encoding='utf-8') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            if row['feature'] not in rank or not row['country_iso3']:
                continue
            rows.append(row)
            pop = int(row['population'] or 0)
            for name in [row['name_ar']] + [n for n in row['alt_names_ar'].split('|') if n]:
                k = key(name)
                if not k or k in common or len(k) < 3:
                    continue
                if ' ' not in k and k in ordinary and row['feature'] != 'capital':
                    continue
                if ' ' not in k and k in given and not (key(row['name_ar']) == k and pop >= 100000
                                                        and row['feature'] in ('capital', 'admin1')):
                    continue
                claims.setdefault(k, []).append((key(row['name_ar']) == k, pop, row['id']))
    country = {row['id']: row['country_iso3'] for row in rows}
    population = {row['id']: int(row['population'] or 0) for row in rows}
    feature = {row['id']: row['feature'] for row in rows}
    # a state's largest cities: where news goes, unlike a small namesake abroad (Athens, Georgia)
    major = set()
    by_state = {}
    for row in rows:
        if row['feature'] in ('capital', 'city', 'town'):
            by_state.setdefault(row['country_iso3'], []).append((-population[row['id']], row['id']))
    for cities in by_state.values():
        major.update(pid for _, pid in sorted(cities)[:10])
    shared = {}
    for k, places in claims.items():
        winner = choose(places)
        if k in state_homonyms:
            capitals = [p for p in places if feature[p[2]] == 'capital']
            shared.setdefault(choose(capitals) if capitals else winner, set()).add(k)  # the city, not its province
            continue
        best[k] = (None, winner)
        # the best place of each other state that spells it so, when it is not a small namesake
        for iso in sorted({country[p[2]] for p in places} - {country[winner]}):
            theirs = [p for p in places if country[p[2]] == iso]
            other = choose(theirs)
            if (other in major or feature[other] == 'admin1') and population[other] * 10 >= population[winner] > 0:
                shared.setdefault(other, set()).add(k)
    kept = {}
    for row in rows:
        names = []
        also = []
        for name in [row['name_ar']] + [n for n in row['alt_names_ar'].split('|') if n]:
            k = key(name)
            if k in best and best[k][1] == row['id'] and name not in names:
                names.append(name)
            elif k in shared.get(row['id'], ()) and name not in also and all(key(a) != k for a in also):
                also.append(name)
        if names or also:
            kept[row['id']] = (row, names, also)
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# file: places.tsv\n')
        f.write('# about: cities, towns, capitals and first-level regions with an Arabic name, and the state each lies in\n')
        f.write("# source: GeoNames (CC BY 4.0, https://www.geonames.org/) and Who's On First (CC BY 4.0, Data from Who's On First) via the project's Arabic gazetteer; Unicode CLDR names (Unicode License v3); Natural Earth (public domain); Wikidata QIDs (CC0); built by tools/lexicons/build_places.py\n")
        f.write('# licence: CC BY 4.0 (attribution above)\n')
        f.write('# format: TSV, one row per place; lat and lon in decimal degrees (WGS 84); names_ar separated by |; spellings that are ordinary words are left out (the gazetteer list, the tools/lexicons/place-words-left-out.txt, and one-word spellings that the public Arabic NER corpora ANERcorp, NewsFANE and WikiFANE tag as no entity more often than as one), and one-word spellings that are given names (given-names.txt) unless the own name of a capital or region of 100,000 people or more; a spelling shared by several places is kept only on the most populous, or on the place whose own name it is when that place has at least a tenth of their population; shared_ar: spellings this place, one of the ten largest cities or a first-level region of its state, shares with a place of another state that has them (and at most ten times its population), or with a state (عمان, Amman and Oman), read as this place only where the article names this state more\n')
        f.write('# normalisation: spellings as written; the loader normalises (diacritics, alef forms, teh marbuta, alef maqsura)\n')
        f.write('key\tname_en\tnames_ar\tcountry\tfeature\tpopulation\twikidata\tlat\tlon\tshared_ar\n')
        for pid in sorted(kept, key=lambda p: (kept[p][0]['country_iso3'], kept[p][0]['name_en'], p)):
            row, names, also = kept[pid]
            f.write('\t'.join([pid, row['name_en'], '|'.join(names), row['country_iso3'], row['feature'],
                               row['population'] or '', qid.get(pid, ''), row['lat'], row['lon'], '|'.join(also)]) + '\n')

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
