/**
 * The Pub/Sub OIDC fake moved to src/demo/sandbox/ (the demo ships it in the build). Kept as an
 * alias for code still importing it from here; new code imports OidcSandbox directly.
 */
export { OidcSandbox as OidcFake, pushBody } from '../../src/demo/sandbox/oidc-sandbox.js';
