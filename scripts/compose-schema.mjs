#!/usr/bin/env node
/**
 * Validates Compose files against the official Compose Specification JSON schema
 * (compose-spec/compose-spec, schema/compose-spec.json).
 *
 *   node scripts/compose-schema.mjs docker/compose.yaml [more.yaml …]   # exit 1 on any error
 *
 * The schema file comes from the `dclint` dev dependency, which ships the upstream file unchanged
 * as schemas/compose.schema.json (its update script copies compose-spec's main branch). It is
 * read from the package folder: dclint's `exports` does not list it, so a release that moves it
 * makes loadComposeSchema() fail loudly instead of validating against nothing.
 *
 * Like Compose, the file is interpolated before it is validated: `${VAR:-default}` takes its
 * default, `${VAR:?msg}` becomes a `<VAR>` placeholder, `$$` a literal `$`. YAML merge keys
 * (`<<: *anchor`) are resolved, as Compose does.
 * Run from the repository root.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import YAML from 'yaml';

const SCHEMA_PACKAGE = 'dclint';
const SCHEMA_FILE = 'schemas/compose.schema.json';

/** The schema, its source package and version. */
export function loadComposeSchema(root = process.cwd()) {
  const require = createRequire(path.join(root, 'package.json'));
  const pkgFile = require.resolve(`${SCHEMA_PACKAGE}/package.json`);
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  const schema = JSON.parse(readFileSync(path.join(path.dirname(pkgFile), SCHEMA_FILE), 'utf8'));
  if (schema.$id !== 'compose_spec.json' || schema.title !== 'Compose Specification')
    throw new Error(`${SCHEMA_PACKAGE}/${SCHEMA_FILE} is not the Compose Specification schema`);
  return { schema, source: `${SCHEMA_PACKAGE}@${pkg.version} ${SCHEMA_FILE}` };
}

const INTERPOLATION =
  /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * Compose interpolation of one string, with every variable unset: defaults apply, required
 * variables become `<NAME>`. onRequired(name) and onBare(name) report what was found.
 */
export function interpolate(value, { onRequired, onBare } = {}) {
  if (typeof value !== 'string') return value;
  return value.replace(INTERPOLATION, (m, name, op, arg, bare) => {
    if (m === '$$') return '$';
    if (bare) {
      onBare?.(bare);
      return '';
    }
    if (!op || op.endsWith('+')) return '';
    if (op.endsWith('?')) {
      onRequired?.(name);
      return `<${name}>`;
    }
    return arg;
  });
}

/** Interpolates every string value (not keys) of a parsed Compose document. */
export function interpolateDocument(node, options) {
  if (Array.isArray(node)) return node.map((n) => interpolateDocument(n, options));
  if (node !== null && typeof node === 'object')
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [k, interpolateDocument(v, options)]),
    );
  return interpolate(node, options);
}

/** Parses Compose YAML the way Compose reads it; throws on syntax errors or duplicate keys. */
export function parseCompose(text) {
  const docs = YAML.parseAllDocuments(text, { merge: true, uniqueKeys: true });
  if (docs.length !== 1) throw new Error(`expected one YAML document, found ${docs.length}`);
  const [doc] = docs;
  if (doc.errors.length) throw new Error(doc.errors[0].message.split('\n')[0]);
  return doc.toJS({ maxAliasCount: 1000 });
}

/** A validate(document) => string[] function (empty when valid) for the Compose schema. */
export function composeValidator(root = process.cwd()) {
  const { schema, source } = loadComposeSchema(root);
  const ajv = new Ajv({ allErrors: true, strict: false });
  // Upstream names draft-07 by its https URI; ajv knows the same meta-schema under http.
  const draft7 = ajv.getSchema('http://json-schema.org/draft-07/schema')?.schema;
  if (schema.$schema && !ajv.getSchema(schema.$schema) && draft7)
    ajv.addMetaSchema({ ...draft7, $id: schema.$schema });
  const check = ajv.compile(schema);
  const validate = (document) => {
    if (check(document)) return [];
    const seen = new Set();
    for (const e of check.errors ?? []) {
      const extra = e.params?.additionalProperty ?? e.params?.allowedValues?.join(', ');
      seen.add(`${e.instancePath || '/'}: ${e.message}${extra ? ` (${extra})` : ''}`);
    }
    return [...seen];
  };
  return { validate, source };
}

async function main(files) {
  if (!files.length) {
    console.error('usage: node scripts/compose-schema.mjs <compose.yaml> [...]');
    return 2;
  }
  const { validate, source } = composeValidator();
  let failed = 0;
  for (const file of files) {
    let errors;
    try {
      errors = validate(interpolateDocument(parseCompose(readFileSync(file, 'utf8'))));
    } catch (e) {
      errors = [e.message];
    }
    if (errors.length) failed++;
    for (const e of errors) console.log(`  ✖ ${file}: ${e}`);
    if (!errors.length) console.log(`  ✔ ${file} is valid against ${source}`);
  }
  return failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = await main(process.argv.slice(2));
