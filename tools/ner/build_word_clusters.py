#!/usr/bin/env python3
"""Builds marsad-core/src/main/resources/lang/ar/word-clusters.tsv: classes of words that occur in
like contexts in unlabelled Arabic news, as features for the statistical name finder (a word the
training data never tagged may share a class with names it did).

usage: build_word_clusters.py CORPUS_JSONL OUTPUT
  CORPUS_JSONL: news articles, one JSON object a line with a "text" field.

Method (deterministic): words folded as the name finder folds them (no diacritics or tatweel;
alef forms, alef maqsura, teh marbuta folded); each word of 5 or more occurrences (at most 60,000)
(Arabic or Latin letters only) is described by the positive pointwise mutual information with the 2,000 most frequent words one
and two places to its left and right; the description is reduced to 100 dimensions by a truncated
SVD and grouped by k-means (fixed seeds) into 64 coarse, 512 fine, 2,048 finest and 16 top classes
(several granularities: a name finder learns from the coarse ones what the fine ones are too rare to teach). Only word classes
are written; no text of the corpus is copied.
"""
import json, re, sys
from collections import Counter
import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.linalg import svds

TOKEN = re.compile(r'[\u0621-\u064A\u0660-\u0669\u0671-\u06D3\u064B-\u0652\u0640]+|[A-Za-z]+|[0-9]+|[^\sA-Za-z0-9\u0600-\u06FF]')

WORD = re.compile(r'[\u0621-\u064A\u0671-\u06D3]{2,}|[A-Za-z]{2,}')

def key(s):
    s = re.sub('[\u064B-\u065F\u0670\u0640]', '', s)
    return s.translate(str.maketrans('أإآٱىةؤئ', 'اااايهوي'))

def kmeans(x, k, seed, iterations=25):
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(iterations):
        labels = np.empty(len(x), dtype=np.int64)
        for a in range(0, len(x), 8192):
            labels[a:a + 8192] = np.argmax(x[a:a + 8192] @ centres.T, axis=1)
        for c in range(k):
            members = x[labels == c]
            if len(members):
                v = members.sum(axis=0)
                centres[c] = v / (np.linalg.norm(v) or 1.0)
    return labels

def main(corpus, out):
    docs = []
    with open(corpus, encoding='utf-8') as f:
        for line in f:
            text = json.loads(line).get('text') or ''
            docs.append([key(t) for t in TOKEN.findall(text)])
    freq = Counter(w for d in docs for w in d)
    vocab = [w for w, n in freq.most_common() if n >= 5 and WORD.fullmatch(w)][:60000]
    index = {w: i for i, w in enumerate(vocab)}
    contexts = {w: i for i, (w, _) in enumerate(freq.most_common(2000))}
    rows, cols = [], []
    offsets = [(-2, 0), (-1, 1), (1, 2), (2, 3)]
    for d in docs:
        ids = [index.get(w, -1) for w in d]
        ctx = [contexts.get(w, -1) for w in d]
        n = len(d)
        for i in range(n):
            if ids[i] < 0:
                continue
            for off, slot in offsets:
                j = i + off
                if 0 <= j < n and ctx[j] >= 0:
                    rows.append(ids[i])
                    cols.append(slot * 2000 + ctx[j])
    m = coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(vocab), 4 * 2000)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col = col / col.sum() * total
    m = m.tocoo()
    pmi = np.log(m.data * total / (row[m.row] * col[m.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape).tocsr()
    u, s, _ = svds(ppmi, k=100, random_state=7) if 'random_state' in svds.__code__.co_varnames else svds(ppmi, k=100)
    x = u * np.sqrt(s)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-12
    coarse = kmeans(x, 64, 11)
    fine = kmeans(x, 512, 13)
    finest = kmeans(x, 2048, 17)
    top = kmeans(x, 16, 19)
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# about: classes of Arabic words that occur in like contexts in news, features for the statistical name finder\n')
        f.write('# source: computed by tools/ner/build_word_clusters.py from the 15,000 articles of bench-ar.jsonl (ANT corpus, Apache-2.0: Al Arabiya, BBC Arabic, CNN Arabic, France 24 Arabic, Sky News Arabia 2018; Jawhara FM 2014-2017); only word classes, no text\n')
        f.write('# licence: Apache-2.0\n')
        f.write('# format: TSV: word, coarse class (64), fine class (512), finest class (2048), top class (16)\n')
        f.write('# normalisation: diacritics and tatweel removed, alef forms, alef maqsura and teh marbuta folded; the loader normalises again\n')
        f.write('word\tcoarse\tfine\tfinest\ttop\n')
        for w in sorted(vocab):
            i = index[w]
            f.write(f'{w}\tc{coarse[i]}\tf{fine[i]}\tx{finest[i]}\tt{top[i]}\n')
    print(f'{len(vocab)} words, {len(docs)} articles', file=sys.stderr)

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
