import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * scripts/compose-schema.mjs, as `npm run check:ops` uses it: the project's compose file passes
 * the official Compose Specification schema, and broken fragments fail it with the offending path.
 */
const root = process.cwd();
const script = resolve(root, 'scripts/compose-schema.mjs');
const dir = mkdtempSync(join(tmpdir(), 'eas-compose-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(file: string): Promise<{ code: number; out: string }> {
  return new Promise((res) => {
    execFile(process.execPath, [script, file], { cwd: root }, (error, stdout, stderr) =>
      res({ code: typeof error?.code === 'number' ? error.code : 0, out: stdout + stderr }),
    );
  });
}

let n = 0;
function fragment(yaml: string): string {
  const file = join(dir, `fragment-${++n}.yaml`);
  writeFileSync(file, yaml);
  return file;
}

describe('compose file against the Compose Specification schema', () => {
  it('accepts docker/compose.yaml (name, env_file.required, merge keys, interpolation)', async () => {
    const { code, out } = await validate(resolve(root, 'docker/compose.yaml'));
    expect(out).toContain('is valid against dclint@');
    expect(code).toBe(0);
  });

  it('accepts a minimal valid fragment', async () => {
    const { code } = await validate(
      fragment(
        [
          'name: ok',
          'x-base: &base',
          '  restart: unless-stopped',
          'services:',
          '  app:',
          '    <<: *base',
          '    image: app:${TAG:-1}',
          '    env_file:',
          '      - path: app.env',
          '        required: false',
          '',
        ].join('\n'),
      ),
    );
    expect(code).toBe(0);
  });

  it.each([
    [
      'a misspelled service key',
      'services:\n  api:\n    image: a:1\n    restrat: always\n',
      '/services/api: must NOT have additional properties (restrat)',
    ],
    [
      'an unknown top-level key',
      'services:\n  api:\n    image: a:1\nvolumez: {}\n',
      '/: must NOT have additional properties (volumez)',
    ],
    [
      'a depends_on condition Compose does not know',
      'services:\n  db:\n    image: p:1\n  api:\n    image: a:1\n    depends_on:\n      db:\n        condition: service_ready\n',
      '/services/api/depends_on/db/condition: must be equal to one of the allowed values',
    ],
    [
      'ports given as a scalar',
      'services:\n  api:\n    image: a:1\n    ports: 3000\n',
      '/services/api/ports: must be array',
    ],
    [
      'an env_file entry without path',
      'services:\n  api:\n    image: a:1\n    env_file:\n      - required: false\n',
      "must have required property 'path'",
    ],
    [
      'a merged anchor that brings a wrong type',
      'x-base: &base\n  cap_drop: ALL\nservices:\n  api:\n    <<: *base\n    image: a:1\n',
      '/services/api/cap_drop: must be array',
    ],
    [
      'a duplicate key',
      'services:\n  api:\n    image: a:1\n    image: b:1\n',
      'Map keys must be unique',
    ],
  ])('rejects %s', async (_what, yaml, message) => {
    const { code, out } = await validate(fragment(yaml));
    expect(code).toBe(1);
    expect(out).toContain(message);
  });
});
