#!/usr/bin/env python3
"""Writes BASIL articles as Markdown (title, date, body) and a batch manifest of same-event pairs.

Usage: bench/basil-pairs.py ../shared/datasets/basil-dev OUT_DIR
then:  ./parallax batch OUT_DIR/pairs.csv -o OUT_DIR/reports
Each event's three articles give three pairs (1-2, 1-3, 2-3). Nothing is written into the repository.
"""
import json
import os
import sys

src, out = sys.argv[1], sys.argv[2]
root = os.path.join(src, 'articles')
os.makedirs(out, exist_ok=True)
events = {}
for year in sorted(os.listdir(root)):
    for name in sorted(os.listdir(os.path.join(root, year))):
        triplet, n = name[:-5].rsplit('_', 1)
        events.setdefault((year, triplet), {})[n] = os.path.join(root, year, name)
rows = ['id,a,b']
for (year, triplet), files in sorted(events.items()):
    paths = {}
    for n, path in files.items():
        with open(path, encoding='utf-8') as f:
            a = json.load(f)
        md = os.path.join(out, f'{year}-{triplet[:8]}-{n}-{a["source"].lower()}.md')
        with open(md, 'w', encoding='utf-8') as f:
            f.write('# ' + a['title'] + '\n\n')
            if a.get('date'):
                f.write('Published: ' + a['date'] + '\n\n')
            for para in a['body-paragraphs']:
                f.write(' '.join(para) + '\n\n')
        paths[n] = os.path.abspath(md)
    for x, y in (('1', '2'), ('1', '3'), ('2', '3')):
        if x in paths and y in paths:
            rows.append(f'{year}-{triplet[:8]}-{x}{y},{paths[x]},{paths[y]}')
with open(os.path.join(out, 'pairs.csv'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(rows) + '\n')
print(f'{len(rows) - 1} pairs in {os.path.join(out, "pairs.csv")}')
