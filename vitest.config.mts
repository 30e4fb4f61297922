import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC (not esbuild) so Nest's decorator metadata is emitted in tests as in the build.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  // Vite 8 transforms TS with Oxc by default; SWC must do it alone to keep decorator metadata.
  oxc: false,
  test: {
    globals: false,
    include: ['src/**/*.spec.ts', 'dev/**/*.spec.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Integration tests share one throw-away database per run; files run one at a time.
    fileParallelism: false,
    reporters: ['default'],
  },
});
