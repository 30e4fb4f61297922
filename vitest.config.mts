import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC (not esbuild) so Nest's decorator metadata is emitted in tests as in the build.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  // Vite 8 transforms TS with Oxc by default; SWC must do it alone to keep decorator metadata.
  oxc: false,
  test: {
    globals: false,
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
    projects: [
      {
        // Unit specs fake their ports (Redis-backed ones keep to their own key prefix), so they
        // run side by side, before the integration and e2e suites.
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.spec.ts', 'dev/**/*.spec.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Integration and e2e suites share one throw-away database per run: one file at a time.
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
