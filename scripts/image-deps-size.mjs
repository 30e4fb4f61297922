#!/usr/bin/env node
/**
 * Size of the image's production node_modules, measured without a Docker daemon.
 *
 *   node scripts/image-deps-size.mjs [--stage prod-deps] [--dockerfile docker/Dockerfile] [--keep]
 *
 * Replays one stage of the Dockerfile on this machine: the stage's ENV, its COPYs from the build
 * context and its RUN commands (BuildKit `--mount` flags dropped) run in a temporary directory,
 * so the figure follows whatever install command the Dockerfile has, not a copy of it here.
 * npm's cache is redirected into the temporary directory, so a `npm cache clean --force` in the
 * stage never touches the user's cache. Any other instruction in the stage (COPY --from, ADD, …)
 * is refused rather than approximated.
 *
 * The stage's own output goes to stderr; stdout is one JSON line: node_modules bytes (file
 * sizes) and disk bytes (allocated blocks), file and package counts, the ten largest packages,
 * plus the commit, node and npm versions used.
 * The image's npm may differ from this machine's: both are named in the output.
 * Run from the repository root.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = process.cwd();
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const STAGE = opt('stage', 'prod-deps');
const DOCKERFILE = path.resolve(ROOT, opt('dockerfile', 'docker/Dockerfile'));
const KEEP = args.includes('--keep');

const fail = (msg) => {
  console.error(`image-deps-size: ${msg}`);
  process.exit(1);
};
if (!existsSync(path.join(ROOT, 'package.json'))) fail('run it from the repository root');
if (!existsSync(DOCKERFILE)) fail(`${DOCKERFILE} not found`);

/** Instructions of one stage: continuation lines joined, comments and parser directives dropped. */
function stageInstructions(text, stage) {
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => ({ op: l.split(/\s+/, 1)[0].toUpperCase(), rest: l.replace(/^\S+\s*/, '') }));
  const start = lines.findIndex(
    (i) => i.op === 'FROM' && i.rest.split(/\s+/).at(-1)?.toLowerCase() === stage.toLowerCase(),
  );
  if (start < 0) fail(`no stage "${stage}" in ${path.relative(ROOT, DOCKERFILE)}`);
  const end = lines.findIndex((i, n) => n > start && i.op === 'FROM');
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** `ENV A=1 B="two words"` (the key=value form only). */
function parseEnv(rest) {
  const out = {};
  for (const m of rest.matchAll(/([A-Za-z_]\w*)=("[^"]*"|'[^']*'|\S*)/g))
    out[m[1]] = m[2].replace(/^(["'])(.*)\1$/, '$2');
  if (!Object.keys(out).length) fail(`unsupported ENV form: ENV ${rest}`);
  return out;
}

function replay(instructions, dir) {
  const env = {
    ...process.env,
    npm_config_cache: path.join(dir, '.npm-cache'),
    NPM_CONFIG_CACHE: path.join(dir, '.npm-cache'),
  };
  const work = path.join(dir, 'app');
  const commands = [];
  for (const { op, rest } of instructions) {
    if (op === 'WORKDIR' || op === 'ARG' || op === 'LABEL') continue;
    if (op === 'ENV') {
      Object.assign(env, parseEnv(rest));
      continue;
    }
    if (op === 'COPY' && !/--from=/.test(rest)) {
      const parts = rest.split(/\s+/).filter((p) => !p.startsWith('--'));
      const dest = parts.pop();
      if (dest !== './' && dest !== '.') fail(`COPY to ${dest}: only ./ is replayed`);
      for (const src of parts)
        cpSync(path.join(ROOT, src), path.join(work, path.basename(src)), { recursive: true });
      continue;
    }
    if (op === 'RUN') {
      const cmd = rest.replace(/^(--\S+\s+)+/, '');
      commands.push(cmd.replace(/\s+/g, ' '));
      execFileSync('sh', ['-c', cmd], { cwd: work, env, stdio: ['ignore', 2, 'inherit'] });
      continue;
    }
    fail(`cannot replay "${op} ${rest}" in stage ${STAGE}`);
  }
  return { work, commands };
}

/** Sizes per installed package (nested node_modules count as their own packages). */
function measure(nodeModules) {
  const perPackage = new Map();
  let bytes = 0;
  let diskBytes = 0;
  let files = 0;
  let packages = 0;
  const count = (file, pkg) => {
    const st = lstatSync(file);
    files++;
    bytes += st.size;
    diskBytes += st.blocks * 512;
    if (pkg) perPackage.set(pkg, (perPackage.get(pkg) ?? 0) + st.size);
  };
  const walk = (dir, pkg) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (!entry.isDirectory()) count(p, pkg);
      else if (entry.name === 'node_modules') walkModules(p);
      else walk(p, pkg);
    }
  };
  // node_modules/<name> or node_modules/@scope/<name>; .bin and .package-lock.json count to no package.
  const walkModules = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (!entry.isDirectory()) count(p, null);
      else if (entry.name.startsWith('.')) walk(p, null);
      else if (!entry.name.startsWith('@')) {
        packages++;
        walk(p, entry.name);
      } else
        for (const scoped of readdirSync(p, { withFileTypes: true })) {
          const q = path.join(p, scoped.name);
          if (!scoped.isDirectory()) count(q, null);
          else {
            packages++;
            walk(q, `${entry.name}/${scoped.name}`);
          }
        }
    }
  };
  walkModules(nodeModules);
  const top = [...perPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, size]) => ({ name, bytes: size }));
  return { bytes, diskBytes, files, packages, top };
}

const git = (...a) => {
  try {
    return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};

const dir = mkdtempSync(path.join(tmpdir(), 'image-deps-'));
try {
  const { work, commands } = replay(
    stageInstructions(readFileSync(DOCKERFILE, 'utf8'), STAGE),
    dir,
  );
  const nodeModules = path.join(work, 'node_modules');
  if (!existsSync(nodeModules)) fail(`stage ${STAGE} produced no node_modules`);
  const result = {
    date: new Date().toISOString(),
    commit: git('rev-parse', '--short', 'HEAD'),
    dirty: Boolean(git('status', '--porcelain', '--untracked-files=no')),
    dockerfile: path.relative(ROOT, DOCKERFILE),
    stage: STAGE,
    commands,
    node: process.version,
    npm: execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim(),
    ...measure(nodeModules),
  };
  console.log(JSON.stringify(result));
} finally {
  if (KEEP) console.error(`image-deps-size: kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
