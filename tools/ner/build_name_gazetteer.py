#!/usr/bin/env python3
"""Builds marsad-core/src/main/resources/lang/ar/name-gazetteer.tsv: the entity names of the FANE
corpora with their coarse types, as gazetteer features for the statistical name finder.

usage: build_name_gazetteer.py TYPE_MAP OUTPUT FANE_TSV... --exclude NER_TSV...
  TYPE_MAP: lang/ar/ner-type-map.tsv (fine FANE type -> PERS, ORG, LOC; other types are left out).
  FANE_TSV: NewsFANE / WikiFANE Gold (Alotaibi & Lee 2014, CC BY-SA 3.0), word<TAB>fine BIO tag.
  NER_TSV: corpora the name finder is trained and scored on (ANERcorp); a FANE sentence that shares
  a 24-letter run with one of them is skipped, so the list holds no names taken from the very text
  the model learns from or is measured on. NewsFANE is ANERcorp's text annotated again: most of its
  sentences repeat ANERcorp's training part and the rest are, almost surely, ANERcorp's test part;
  so pass NewsFANE itself after --exclude too, or names of that test part leak into the list.

Every distinct name with each coarse type it was tagged with and how often. Deterministic.
"""
import re, sys
from collections import Counter

W = 24

def key(s):
    s = re.sub('[\u064B-\u065F\u0670\u0640\u200e\u200f\ufeff]', '', s)
    return s.translate(str.maketrans('أإآٱىةؤئ', 'اااايهوي'))

def letters(words):
    return ''.join(c for c in key(''.join(words)) if c.isalnum())

def sentences(path):
    words, tags = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.replace('\ufeff', '').replace('\u200e', '').replace('\u200f', '').rstrip('\n')
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            parts = line.split('\t')
            words.append(parts[0].strip())
            tags.append(parts[-1].strip())
    if words:
        yield words, tags

def entities(tags):
    start, kind = None, None
    for i, tag in enumerate(tags + ['O']):
        t = tag[2:] if len(tag) > 2 and tag[1] == '-' else None
        begins = tag.startswith('B-') or (tag.startswith('I-') and t != kind)
        if start is not None and (t is None or begins):
            yield start, i, kind
            start, kind = None, None
        if t is not None and (begins or start is None):
            start, kind = i, t

def main(argv):
    exclude_at = argv.index('--exclude')
    type_map, out, fane, excluded = argv[0], argv[1], argv[2:exclude_at], argv[exclude_at + 1:]
    coarse = {}
    with open(type_map, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip() or line.startswith('fine_type'):
                continue
            fine, c = line.rstrip('\n').split('\t')[:2]
            coarse[fine] = c
    windows = set()
    for path in excluded:
        for words, _ in sentences(path):
            k = letters(words)
            windows.update(k[i:i + W] for i in range(0, len(k) - W + 1, 4))
    counts = Counter()
    skipped = kept = 0
    for path in fane:
        for words, tags in sentences(path):
            k = letters(words)
            if any(k[i:i + W] in windows for i in range(len(k) - W + 1)):
                skipped += 1
                continue
            kept += 1
            for s, e, fine in entities(tags):
                c = coarse.get(fine)
                name = ' '.join(key(w) for w in words[s:e])
                if c and len(name) >= 2 and e - s <= 6:
                    counts[(name, c)] += 1
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# about: names of people, organisations and places with their named-entity type, for the gazetteer features of the statistical name finder\n')
        f.write('# source: the entity names of NewsFANE Gold and WikiFANE Gold (Alotaibi & Lee, COLING 2014), fine types mapped by ner-type-map.tsv; '
                f'sentences sharing text with the excluded corpora (ANERcorp training part; NewsFANE, whose other sentences are ANERcorp\'s test part) left out ({skipped} of {skipped + kept}); built by tools/ner/build_name_gazetteer.py\n')
        f.write('# licence: CC BY-SA 3.0 (derived from the FANE corpora; attribution as in source, shared alike)\n')
        f.write('# format: TSV: name, type (PERS, ORG or LOC), times tagged so; a name tagged with several types has a row for each\n')
        f.write('# normalisation: words as the FANE corpora write them (clitics split off, alef forms folded); the loader normalises\n')
        f.write('name\ttype\tcount\n')
        for (name, c), n in sorted(counts.items(), key=lambda x: (x[0][0], x[0][1])):
            f.write(f'{name}\t{c}\t{n}\n')
    print(f'{len(counts)} names; {skipped} sentences skipped, {kept} kept', file=sys.stderr)

if __name__ == '__main__':
    main(sys.argv[1:])
