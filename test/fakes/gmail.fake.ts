/**
 * The Gmail fake moved to src/demo/sandbox/ (the demo ships it in the build). Kept as an alias
 * for code still importing it from here; new code imports GmailSandbox directly.
 */
export { GmailSandbox as GmailFake } from '../../src/demo/sandbox/gmail-sandbox.js';
export type {
  DeliverOptions,
  FailSpec,
  FakeRequest,
} from '../../src/demo/sandbox/gmail-sandbox.js';
