/**
 * The module boundaries (docs/ARCHITECTURE.md), checked by `npm run lint`.
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'core-imports-no-feature',
      comment: 'src/core is infrastructure every feature may use; it must not depend on one.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'only-app-and-bootstrap-wire',
      comment:
        'Modules are wired into roles by src/app and started by src/bootstrap or a CLI entry (src/cli).',
      severity: 'error',
      from: { path: '^src/(core|modules)/' },
      to: { path: '^src/(app|bootstrap)/', pathNot: '^src/app/version[.]ts$' },
    },
    {
      name: 'config-slice-owned-by-its-module',
      comment:
        "A module's config slice (*.config.ts) is read by that module only (src/app, src/bootstrap and the CLIs load them all); a value two modules need lives in core or goes through the owner's exported service.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/.*[.]config[.]ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'no-development-code-in-src',
      comment: 'Tests, fakes, the demo, benches and scripts never ship: src must not import them.',
      severity: 'error',
      from: { path: '^src/', pathNot: '[.]spec[.]ts$' },
      to: { path: '^(test|dev|bench|scripts)/' },
    },
    {
      name: 'no-dev-dependencies-in-src',
      comment: 'The image installs production dependencies only.',
      severity: 'error',
      from: { path: '^src/', pathNot: '[.]spec[.]ts$' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      comment:
        'A cycle between files makes ES module evaluation order (and decorator metadata) fragile.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/', circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
