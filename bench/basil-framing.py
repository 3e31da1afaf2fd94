#!/usr/bin/env python3
"""Estimates how often framing flags point at words BASIL's annotators marked as biased.

Usage: bench/basil-framing.py BASIL_DIR MANIFEST REPORTS_DIR [-v]
  BASIL_DIR    ../shared/datasets/basil-dev (articles/ and annotations/)
  MANIFEST     the pairs.csv of bench/basil-pairs.py, filtered as needed (e.g. without held-out events:
               grep -v -F -f EVENT_PREFIXES pairs.csv > dev.csv)
  REPORTS_DIR  the JSON reports of `./parallax batch MANIFEST -o REPORTS_DIR`

A flag on one side is supported when a gold span of that article (Fan et al. 2019: "lex" lexical bias, "inf"
informational bias) lies in one of the flag's sentences of that side (or the title, for headline flags) and
shares a word with the flag's terms. A contrast flag (no side: attribution, naming, headline) is supported
when either side's word is. Voice-share and lead flags name no biased words and are not scored.
BASIL's annotators mark few spans (lexical spans cover a few per cent of words), so support is a lower bound
of an editor's precision, useful to compare rules, not an absolute figure. Prints a table per kind and
confidence (the rule that rated the flag), and the base rate: the share of content words of all articles
that lie in a lexical span. Nothing is written.
"""
import csv
import json
import os
import re
import sys

STOP = set('a an the and or but of to in on at for with by from as is are was were be been it its this that these those '
           'he she they we you i his her their our your not no has have had will would can could may might do does did '
           'than then so if about into over after before who whom which what when where while also more most'.split())


def words(text):
    return [w for w in re.findall(r"[a-z0-9][a-z0-9'\-]*", text.lower()) if w not in STOP and len(w) >= 3]


def same_word(x, y):
    return x == y or (len(x) >= 5 and len(y) >= 5 and x[:5] == y[:5])


def shares_word(a, b):
    wa, wb = words(a), words(b)
    return any(same_word(x, y) for x in wa for y in wb)


def overlap(a, b):
    """Share of the shorter text's content words found in the other."""
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return 0.0
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return len(small & large) / len(small)


def load_article(basil, year, prefix, n):
    adir = os.path.join(basil, 'articles', year)
    name = next(f for f in os.listdir(adir) if f.startswith(prefix) and f.endswith('_' + n + '.json'))
    with open(os.path.join(adir, name), encoding='utf-8') as f:
        art = json.load(f)
    with open(os.path.join(basil, 'annotations', year, name[:-5] + '_ann.json'), encoding='utf-8') as f:
        ann = json.load(f)
    sents = [s for para in art['body-paragraphs'] for s in para]
    spans = []
    for a in ann.get('phrase-level-annotations', []):
        sid = a.get('id', '')
        where = art['title'] if sid == 'title' else (sents[int(sid[1:])] if sid[1:].isdigit() and int(sid[1:]) < len(sents) else '')
        spans.append({'bias': a.get('bias'), 'txt': a.get('txt', ''), 'sentence': where, 'title': sid == 'title',
                      'quote': a.get('quote') == 'yes'})
    return art, sents, spans


def base_rate(arts):
    total = inside = 0
    for art, sents, spans in arts:
        for s in sents:
            lex = [sp['txt'].lower() for sp in spans if sp['bias'] == 'lex' and sp['sentence'] == s]
            for w in words(s):
                total += 1
                inside += any(w in t for t in lex)
    return inside / total if total else 0.0


def supported(spans, sentence_texts, term, title, bias):
    for sp in spans:
        if sp['bias'] not in bias:
            continue
        if title:
            if not sp['title']:
                continue
        elif sp['title'] or not any(overlap(sp['sentence'], t) >= 0.6 for t in sentence_texts):
            continue
        if shares_word(sp['txt'], term):
            return True
    return False


def main():
    basil, manifest, reports = sys.argv[1:4]
    verbose = '-v' in sys.argv[4:]
    table = {}
    arts = {}
    listing = []
    with open(manifest, encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        rep = os.path.join(reports, row['id'] + '.json')
        if not os.path.isfile(rep):
            continue
        with open(rep, encoding='utf-8') as f:
            report = json.load(f)
        side = {}
        for label, path in (('A', row['a']), ('B', row['b'])):
            year, prefix, n = os.path.basename(path).split('-')[:3]
            key = (year, prefix, n)
            if key not in arts:
                arts[key] = load_article(basil, year, prefix, n)
            side[label] = arts[key]
        text = {s['id']: s['text'] for a in report['articles'] for s in a['sentences']}
        for flag in report.get('framing', []):
            kind = flag['kind']
            if kind in ('voice-share', 'lead'):
                continue
            title = kind == 'headline'
            if flag['article'] in ('A', 'B'):
                checks = [(flag['article'], ' '.join(flag['terms']))]
            else:
                terms = flag['terms']
                checks = [('A', terms[0]), ('B', terms[1] if len(terms) > 1 else terms[0])]
            res = {}
            for bias in (('lex',), ('lex', 'inf')):
                ok = False
                for label, term in checks:
                    ids = [i for i in flag['sentenceIds'] if i.startswith(label + '-')]
                    ok |= supported(side[label][2], [text.get(i, '') for i in ids], term, title, bias)
                res[bias] = ok
            key = '%s %.2f' % (kind, flag['confidence'])
            t = table.setdefault(key, [0, 0, 0, 0, 0])
            t[0] += 1
            t[1] += flag['shownByDefault']
            t[2] += res[('lex',)]
            t[3] += res[('lex', 'inf')]
            t[4] += flag['shownByDefault'] and res[('lex',)]
            if verbose:
                listing.append('%s | %s | %s | %s | %s' % (row['id'], key, flag['article'] or 'A+B', flag['terms'],
                                                           'lex' if res[('lex',)] else 'inf' if res[('lex', 'inf')] else '-'))
    print('%d pairs, %d articles; base rate: %.1f%% of content words lie in a lexical span'
          % (len(rows), len(arts), 100 * base_rate(arts.values())))
    print('%-22s %6s %6s %9s %12s %12s' % ('kind confidence', 'flags', 'shown', 'lex', 'lex or inf', 'shown+lex'))
    tot = [0] * 5
    for key in sorted(table):
        t = table[key]
        tot = [x + y for x, y in zip(tot, t)]
        print('%-22s %6d %6d %4d %3.0f%% %6d %3.0f%% %6d' % (key, t[0], t[1], t[2], 100 * t[2] / t[0], t[3],
                                                              100 * t[3] / t[0], t[4]))
    if tot[0]:
        print('%-22s %6d %6d %4d %3.0f%% %6d %3.0f%% %6d' % ('all scored', tot[0], tot[1], tot[2], 100 * tot[2] / tot[0],
                                                              tot[3], 100 * tot[3] / tot[0], tot[4]))
    if tot[1]:
        print('shown by default: %d flags, %d (%.0f%%) on a lexical span' % (tot[1], tot[4], 100 * tot[4] / tot[1]))
    for line in listing:
        print(line)


if __name__ == '__main__':
    main()
