#!/usr/bin/env python3
"""Build a training pool of real news pages, flattened exactly as the benchmark's pages are.

Usage:
    pool.py OUTDIR --against AEBDIR [--readability SRC] [--newspaper SRC]
            [--newspaper4k SRC] [--postlight SRC] [--goose SRC] [--trafilatura SRC] [--htmldate SRC]

Each SRC is a checkout or a bare git directory of a public repository that keeps saved
news pages for its own tests (see README.md and docs/data-sources.md for what each holds and
its licence): mozilla/readability, codelucas/newspaper, AndyTheFactory/newspaper4k,
postlight/parser, goose3/goose3, adbar/trafilatura, adbar/htmldate (dates only). AEBDIR is flatten.py's output for the article-extraction-benchmark (all
181 pages and gold.json): no page of the benchmark, development or held-out, may enter the
pool, so every candidate is compared with all of them by URL and by text, automatically
(nobody reads the held-out pages for this).

For every page kept this writes OUTDIR/<source>_<name>.txt (flatten.py's innerText
flattening of the whole page) and one entry of OUTDIR/gold.json (OUTDIR/gold-english.json
holds the English pages only):

* ``title``, ``authors``, ``published``: from the page's own metadata, exactly as
  flatten.py reads them for the benchmark, except that a headline postlight or
  trafilatura checked by hand wins where the page prints it; where the page has none, the source's own
  annotation of that field when the source has one (``source`` says which; htmldate's
  hand-checked publication dates are its only labels);
* ``body``: the source's gold article text where it has one (readability's expected
  output, newspaper's expected text); absent otherwise;
* ``with`` / ``without``: snippets the source says are inside / outside the article
  (trafilatura's evaluation; the start of the article for goose3 and postlight);
* ``site`` (the host, for cross-validation by site) and ``english`` (a function-word test).

Python 3 standard library only; deterministic.
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import flatten  # noqa: E402


class Repo:
    """Files of a checkout or (HEAD of) a bare git directory."""

    def __init__(self, path):
        self.path = path
        self.bare = not os.path.isdir(os.path.join(path, '.git')) and os.path.isfile(os.path.join(path, 'HEAD'))
        self._names = None

    def names(self):
        if self._names is None:
            if self.bare:
                out = subprocess.run(['git', '--git-dir=' + self.path, 'ls-tree', '-r', '-z', '--name-only', 'HEAD'],
                                     check=True, stdout=subprocess.PIPE).stdout.decode('utf-8')
                self._names = sorted(n for n in out.split('\0') if n)
            else:
                self._names = sorted(os.path.relpath(os.path.join(d, f), self.path).replace(os.sep, '/')
                                     for d, _, fs in os.walk(self.path) if '/.git' not in d for f in fs)
        return self._names

    def read(self, name):
        if self.bare:
            r = subprocess.run(['git', '--git-dir=' + self.path, 'show', 'HEAD:' + name],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            return r.stdout if r.returncode == 0 else None
        try:
            with open(os.path.join(self.path, name), 'rb') as f:
                return f.read()
        except OSError:
            return None


CHARSET = re.compile(rb'charset\s*=\s*["\']?([A-Za-z0-9_.:-]+)', re.I)


def decode_html(data):
    """UTF-8 when the bytes are UTF-8, else the charset the page declares, else windows-1252."""
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        pass
    m = CHARSET.search(data[:4096])
    for enc in ([m.group(1).decode('ascii')] if m else []) + ['cp1252']:
        try:
            return data.decode(enc, errors='replace')
        except LookupError:
            continue
    return data.decode('utf-8', errors='replace')


def html_text(fragment):
    """The text of an HTML fragment (a gold article), flattened as the pages are."""
    text, _ = flatten.flatten_html(fragment)
    return text


def persons(names):
    """The names that look like a person's, cleaned as flatten.py cleans the metadata's."""
    return [c for c in (flatten.person_like(n) for n in names) if c]


def host(url):
    h = urllib.parse.urlsplit(url or '').netloc.lower()
    return h[4:] if h.startswith('www.') else h


# --------------------------------------------------------------------------
# Sources. Each yields dicts: name, url, html, and optionally body, with, without,
# annotated {title, authors, published}, site.

def readability(repo):
    pages = sorted({n.split('/')[2] for n in repo.names() if n.startswith('test/test-pages/')})
    for page in pages:
        base = 'test/test-pages/%s/' % page
        source, expected, meta = repo.read(base + 'source.html'), repo.read(base + 'expected.html'), repo.read(base + 'expected-metadata.json')
        if source is None or expected is None:
            continue
        annotated = {}
        if meta:
            m = json.loads(meta.decode('utf-8'))
            if m.get('title'):
                annotated['title'] = m['title']
            if m.get('byline'):
                annotated['authors'] = persons(flatten.split_names(m['byline']))
            if m.get('publishedTime'):
                annotated['published'] = flatten.parse_date(m['publishedTime'])
        yield {'name': page, 'url': '', 'site': re.sub(r'-\d+$', '', page), 'html': decode_html(source),
               'body': html_text(decode_html(expected)), 'annotated': annotated}


def pages_with_text(repo, text_folder, site_suffix):
    """newspaper's layout: tests/data/html/NAME.html with its expected article in TEXT_FOLDER/NAME.txt;
    the site is the name without SITE_SUFFIX (a pattern: numbers that tell a site's pages apart)."""
    for name in repo.names():
        if not (name.startswith('tests/data/html/') and name.endswith('.html')):
            continue
        stem = name[len('tests/data/html/'):-len('.html')]
        text = repo.read('%s/%s.txt' % (text_folder, stem))
        if text is None:
            continue
        yield {'name': stem, 'url': '', 'site': re.sub(site_suffix, '', stem), 'html': decode_html(repo.read(name)),
               'body': text.decode('utf-8', errors='replace')}


def newspaper(repo):
    return pages_with_text(repo, 'tests/data/text', r'\d+$')


JS_STRING = r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`)"""


def _js(literal):
    body = literal[1:-1]
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), body)


def postlight(repo):
    annotations = {}
    for name in repo.names():
        if not re.match(r'src/extractors/custom/[^/]+/index\.test\.js$', name):
            continue
        js = repo.read(name).decode('utf-8', errors='replace')
        parts = re.split(r"readFileSync\(\s*", js)
        if len(parts) < 2:
            continue
        url = re.search(r'url\s*=\s*' + JS_STRING, parts[0])
        block = parts[1]
        fixture = re.match(JS_STRING, block)
        if not fixture:
            continue
        found = {'url': _js(url.group(1)) if url else ''}
        for field in ('title', 'author', 'date_published'):
            m = re.search(r'assert\.equal\(\s*' + field + r'\s*,\s*' + JS_STRING, block)
            if m:
                found[field] = _js(m.group(1))
        m = re.search(r'assert\.equal\(\s*first\d+\s*,\s*' + JS_STRING, block)
        if m:
            found['first'] = _js(m.group(1))
        annotations[_js(fixture.group(1)).lstrip('./')] = found
    for name in repo.names():
        if not (name.startswith('fixtures/') and name.endswith('.html')):
            continue
        found = annotations.get(name, {})
        annotated = {}
        if found.get('title'):
            annotated['title'] = found['title']
        if found.get('author'):
            annotated['authors'] = persons(flatten.split_names(found['author']))
        if found.get('date_published'):
            annotated['published'] = flatten.parse_date(found['date_published'])
        stem = name[len('fixtures/'):-len('.html')]
        page = {'name': stem, 'url': found.get('url', ''), 'site': stem.split('--')[0], 'html': decode_html(repo.read(name)),
                'annotated': annotated}
        if found.get('first'):
            page['with'] = [found['first'].rstrip('.… ')]
        yield page


def goose(repo):
    for name in repo.names():
        if not (name.startswith('tests/data/content/') and name.endswith('.json')):
            continue
        html = repo.read(name[:-5] + '.html')
        if html is None:
            continue
        spec = json.loads(repo.read(name).decode('utf-8'))
        expected = spec.get('expected', {})
        page = {'name': name.split('/')[-1][:-5], 'url': spec.get('url', ''), 'html': decode_html(html), 'annotated': {}}
        if expected.get('title'):
            page['annotated']['title'] = expected['title']
        text = (expected.get('cleaned_text') or '').strip()
        if text:
            page['with'] = [p.strip() for p in text.split('\n') if len(p.split()) >= 4][:3]
        yield page


def trafilatura(repo):
    data = json.loads(repo.read('tests/evaldata.json').decode('utf-8'))
    files = set(repo.names())
    for url, spec in sorted(data.items()):
        path = next((p for p in ('tests/eval/' + spec['file'], 'tests/cache/' + spec['file']) if p in files), None)
        if path is None:
            continue
        annotated = {}
        if spec.get('title'):
            annotated['title'] = spec['title']
        if spec.get('author'):
            names = spec['author'] if isinstance(spec['author'], list) else spec['author'].split(';')
            annotated['authors'] = persons(names)
        if spec.get('date'):
            annotated['published'] = flatten.parse_date(spec['date'])
        yield {'name': os.path.splitext(spec['file'])[0], 'url': url, 'html': decode_html(repo.read(path)),
               'with': spec.get('with') or [], 'without': spec.get('without') or [], 'annotated': annotated}


def newspaper4k(repo):
    return pages_with_text(repo, 'tests/data/txt', r'(_\d+|\d+|_article)$')


def htmldate(repo):
    for index, folder in (('tests/eval_mediacloud_2020.json', 'tests/test_set/'), ('tests/eval_default.json', 'tests/eval/')):
        data = json.loads(repo.read(index).decode('utf-8'))
        for url, spec in sorted(data.items()):
            html = repo.read(folder + spec['file'])
            if html is None:
                continue
            annotated = {'published': flatten.parse_date(spec['date'])} if spec.get('date') else {}
            yield {'name': os.path.splitext(spec['file'])[0], 'url': url, 'html': decode_html(html), 'annotated': annotated}


# Sources whose headline annotations were written or checked by people (readability's and goose3's
# are their programs' output, site names included).
HAND_TITLES = {'postlight', 'trafilatura'}

SOURCES = {'readability': readability, 'newspaper': newspaper, 'newspaper4k': newspaper4k, 'postlight': postlight,
           'goose': goose, 'trafilatura': trafilatura, 'htmldate': htmldate}

# --------------------------------------------------------------------------
# Deduplication and language.

WORD = re.compile(r'\w+')
ENGLISH = frozenset('the of and to in a is that for it was on with as he be by at his are this from have but not '
                    'they has had were which an their said will been who would its we more after also'.split())


def prose_shingles(text, n=8):
    """Hashes of the runs of n words in the page's longer lines (prose, not menus that a site repeats)."""
    out = set()
    for line in text.split('\n'):
        words = WORD.findall(line.lower())
        if len(words) >= 12:
            for i in range(len(words) - n + 1):
                out.add(hashlib.md5(' '.join(words[i:i + n]).encode('utf-8')).digest()[:8])
    return out


def english(text):
    words = WORD.findall(text.lower())
    return len(words) >= 50 and sum(w in ENGLISH for w in words) / len(words) >= 0.12


def norm_url(url):
    parts = urllib.parse.urlsplit(url or '')
    return (host(url) + parts.path.rstrip('/')).lower() if parts.netloc else ''


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('outdir')
    ap.add_argument('--against', required=True, help="flatten.py's output for the whole benchmark (gold.json and aeb_*.txt)")
    for source in SOURCES:
        ap.add_argument('--' + source, metavar='SRC')
    args = ap.parse_args(argv)

    bench_gold = json.load(open(os.path.join(args.against, 'gold.json'), encoding='utf-8'))
    bench_urls = {norm_url(g.get('url')) for g in bench_gold.values()} - {''}
    bench_shingles = []
    for pid in sorted(bench_gold):
        with open(os.path.join(args.against, pid + '.txt'), encoding='utf-8') as f:
            bench_shingles.append(prose_shingles(f.read()))
    seen = []
    os.makedirs(args.outdir, exist_ok=True)
    gold, dropped = {}, {}
    for source, read in SOURCES.items():
        path = getattr(args, source)
        if not path:
            continue
        for page in read(Repo(path)):
            pid = source + '_' + re.sub(r'[^A-Za-z0-9._-]+', '-', page['name'])[:80]
            text, parser = flatten.flatten_html(page['html'])
            shingles = prose_shingles(text)
            lines = [l for l in text.split('\n') if l]
            reason = None
            if len(lines) < 15 or len(text) < 1500:
                reason = 'too small'
            elif norm_url(page['url']) in bench_urls:
                reason = 'benchmark url'
            elif shingles and any(len(shingles & b) > 0.3 * len(shingles) for b in bench_shingles):
                reason = 'benchmark text'
            elif shingles and any(len(shingles & s) > 0.3 * min(len(shingles), len(s)) for s in seen):
                reason = 'duplicate in pool'
            elif pid in gold:
                reason = 'id collision'
            if reason:
                dropped[reason] = dropped.get(reason, 0) + 1
                continue
            seen.append(shingles)
            rec = flatten.build_gold(parser, text, page['url'], page.get('body', ''), pid)
            if 'body' not in page:
                del rec['body']
            annotated = page.get('annotated', {})
            # Postlight's and trafilatura's headlines were checked by hand against the page; where the
            # page prints one, it is the headline (metadata titles there are sometimes the site's name).
            page_norm = flatten.norm_text(text.replace('\n', ' '))
            if source in HAND_TITLES and annotated.get('title') and flatten.norm_text(annotated['title']) in page_norm:
                if rec.get('title') != annotated['title']:
                    rec['title'] = annotated['title']
                    rec['source']['title'] = 'annotation of ' + source
                    rec['source']['title_in_page'] = True
            for field in ('title', 'authors', 'published'):
                if field not in rec and annotated.get(field):
                    rec[field] = annotated[field]
                    rec['source'][field] = 'annotation of ' + source
            for key in ('with', 'without'):
                if page.get(key):
                    rec[key] = page[key]
            rec['site'] = page.get('site') or host(page['url']) or pid
            rec['english'] = english(text)
            gold[pid] = rec
            with open(os.path.join(args.outdir, pid + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
                f.write(text)
    for name, part in (('gold.json', gold), ('gold-english.json', {k: g for k, g in gold.items() if g['english']})):
        with open(os.path.join(args.outdir, name), 'w', encoding='utf-8', newline='\n') as f:
            json.dump(part, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write('\n')
    by_source = {}
    for pid, g in gold.items():
        s = by_source.setdefault(pid.split('_')[0], [0, 0, 0, 0, 0])
        s[0] += 1
        s[1] += g['english']
        s[2] += 'body' in g
        s[3] += 'title' in g
        s[4] += 'authors' in g
    for s, (n, en, body, title, authors) in by_source.items():
        print('%-12s %4d pages (%d English): body %d, title %d, authors %d' % (s, n, en, body, title, authors))
    print('kept %d pages from %d sites; dropped %s' % (len(gold), len({g['site'] for g in gold.values()}), dropped))


if __name__ == '__main__':
    main()
