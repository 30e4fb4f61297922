import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Comments say why, not how fast (issue 20): benchmark figures go stale the day the code around
 * them changes, so they live in docs/BENCHMARKS.md with their date and commit. This scans the
 * comments of src/, bench/, migrations/ and test/ (TypeScript), and of k8s/ and the bench
 * scripts (`#` lines), for measurement phrasing. Limits and settings ("cut to 64 KiB", "a
 * 30 s timeout") are not measurements and do not match.
 */
const FIGURES: readonly RegExp[] = [
  // A before/after pair: N → M, with or without a unit.
  /\d ?(?:µs|us|ms|s|%|MB|MiB|KB)? ?(?:→|->) ?~?\d/u,
  // Time per unit of work, or time of CPU.
  /\d ?(?:ns|µs|us|ms) (?:per|of (?:\w+ )?CPU)\b/u,
  // A share of CPU, a relative speed, a signed change in per cent.
  /\d ?% (?:of [^.;]{0,40}CPU|faster|slower|less|more|fewer|throughput)\b/u,
  /[-−+]\d+(?:\.\d+)? ?%/u,
  // A speed ratio.
  /\d ?[x×] (?:faster|slower|less|more|fewer)\b/u,
  // A throughput.
  /\d ?(?:req|emails|ops|calls|drafts)\/s\b/u,
  // A memory reading.
  /\d ?(?:KB|MB|MiB|GB|GiB) (?:of (?:heap|RSS|memory)|RSS)\b/u,
  // A timing taken by hand.
  /\btook (?:over |about |under |~)?(?:\d|half a)/u,
  /\b(?:a few|tens of|hundreds of) (?:micro|milli)seconds\b/u,
  /\bmeasured (?:here |at |on )?:? ?~?\d/u,
];

/**
 * Comments that may keep a figure, by file and a piece of the comment, each with its reason.
 * Keep it short: a figure that explains a design belongs in docs/BENCHMARKS.md instead.
 */
const ALLOWED: readonly { file: string; contains: string; why: string }[] = [
  {
    file: 'k8s/worker-scaledobject.yaml',
    contains: '70% of the requested CPU',
    why: 'the autoscaler target it configures',
  },
];

/** The first figure found in a comment's text, or undefined. */
function figureIn(comment: string): string | undefined {
  for (const re of FIGURES) {
    const found = re.exec(comment);
    if (found) return found[0];
  }
  return undefined;
}

/** One comment (a block, or a run of line comments on consecutive lines) as running text. */
interface Comment {
  line: number;
  text: string;
}

/** A comment's lines without their markers, joined, so a figure split over two lines is seen. */
function prose(lines: string[]): string {
  return lines.map((l) => l.replace(/^\s*(?:\/\*+|\*\/|\*|\/\/|#)?/u, '').trim()).join(' ');
}

/** Every comment of a TypeScript source (strings and regexes are not comments). */
function tsComments(source: string): Comment[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, false);
  const ranges = new Map<number, ts.CommentRange>();
  const collect = (found: ts.CommentRange[] | undefined) =>
    found?.forEach((r) => ranges.set(r.pos, r));
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(source, node.pos));
    collect(ts.getTrailingCommentRanges(source, node.end));
    ts.forEachChild(node, visit);
  };
  visit(file);
  collect(ts.getLeadingCommentRanges(source, file.endOfFileToken.pos));
  const runs: { line: number; last: number; single: boolean; lines: string[] }[] = [];
  for (const r of [...ranges.values()].sort((a, b) => a.pos - b.pos)) {
    const line = file.getLineAndCharacterOfPosition(r.pos).line + 1;
    const lines = source.slice(r.pos, r.end).split('\n');
    const single = r.kind === ts.SyntaxKind.SingleLineCommentTrivia;
    const prev = runs.at(-1);
    if (single && prev?.single && prev.last === line - 1) {
      prev.lines.push(...lines);
      prev.last = line;
    } else runs.push({ line, last: line + lines.length - 1, single, lines });
  }
  return runs.map((r) => ({ line: r.line, text: prose(r.lines) }));
}

/** Runs of `#` comment lines of a shell script or YAML file (whole-line comments only). */
function hashComments(source: string): Comment[] {
  const out: (Comment & { lines: string[] })[] = [];
  source.split('\n').forEach((text, i) => {
    if (!text.trimStart().startsWith('#')) return;
    const prev = out.at(-1);
    if (prev && prev.line + prev.lines.length === i + 1) prev.lines.push(text);
    else out.push({ line: i + 1, text: '', lines: [text] });
  });
  return out.map((c) => ({ line: c.line, text: prose(c.lines) }));
}

const root = process.cwd();

function files(dir: string, ext: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext) && !f.includes('node_modules'))
    .map((f) => join(dir, f));
}

function findings(): string[] {
  const sources = [
    ...['src', 'bench', 'migrations', 'test'].flatMap((d) =>
      files(d, '.ts').map((f) => ({ f, comments: tsComments })),
    ),
    ...[...files('bench', '.sh'), ...files('k8s', '.yaml')].map((f) => ({
      f,
      comments: hashComments,
    })),
  ];
  const out: string[] = [];
  for (const { f, comments } of sources) {
    for (const { line, text } of comments(readFileSync(join(root, f), 'utf8'))) {
      const figure = figureIn(text);
      if (!figure) continue;
      if (ALLOWED.some((a) => a.file === f && text.includes(a.contains))) continue;
      out.push(`${f}:${line}: "${figure}" in a comment (docs/BENCHMARKS.md is the place)`);
    }
  }
  return out;
}

describe('no benchmark figures in comments', () => {
  it.each([
    ['step: measured here 56 → 36 µs of client CPU'],
    ['which cost ~165 µs per draft here'],
    ['860-890 µs of backend CPU per claim'],
    ["it was ~6 % of the api's CPU at 800 req/s"],
    ['worker main-thread instructions −20.7 %'],
    ['has run 1.6x faster or slower'],
    ['valgrind (about 40× slower: ~4 minutes)'],
    ['about 55 MB of heap in every process'],
    ['64 KB took 11.6 s'],
    ['a 500 KB subject took over half a second'],
    ['html-to-text cost a few microseconds per byte'],
    ['3,994 req/s at p99 23 ms'],
  ])('finds the figure in %j', (comment) => {
    expect(figureIn(comment)).toBeDefined();
  });

  it.each([
    ['HTML is cut to 64 KiB before conversion'],
    ['Under the 384 MB heap cap'],
    ['CPU milliseconds per drafted email'],
    ['Longer than one Gmail call can take (30 s timeout)'],
    ['at a window edge up to 2× limit can pass'],
    ['offer 1.5× what RPM allows'],
    ['jittered into [50 %, 100 %], scaled by 0.001 → ≥ 30 ms'],
    ['"85" means 85 %: models often answer on a 0-100 scale'],
    ['RFC 822 bytes → Gmail payload tree'],
  ])('leaves a setting or a fact alone: %j', (comment) => {
    expect(figureIn(comment)).toBeUndefined();
  });

  it("reads comments, not strings or code, and joins a comment's lines", () => {
    const source = [
      "const a = 'cost 56 → 36 µs'; // fine",
      '/**',
      ' * A block comment that cost 165 µs',
      ' * per draft once.',
      ' */',
      'const url = "http://x/took 3 s";',
      'const b = 1; // runs 40×',
      '// faster now',
      '',
      '// 1.6x',
      'const c = /took 9 s/;',
    ].join('\n');
    expect(tsComments(source).filter(({ text }) => figureIn(text))).toEqual([
      { line: 2, text: ' A block comment that cost 165 µs per draft once. ' },
      { line: 7, text: 'runs 40× faster now' },
    ]);
    expect(
      hashComments('a: 1\n# valgrind is 40×\n# slower\nb: 2\n# faster').map((c) => c.line),
    ).toEqual([2, 5]);
  });

  it('src, bench, migrations, test and k8s comments carry no figures', () => {
    expect(findings()).toEqual([]);
  });
});
