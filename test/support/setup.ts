import { CompiledStatement } from '../../src/modules/persistence/database/compiled-statement.js';

// Runs in every test worker before the test files. Tests never reach a real Google/OpenAI.
process.env.LOG_LEVEL ??= 'silent';
process.env.TZ = 'UTC';
// Every compiled statement is checked against a per-call build of the same call.
CompiledStatement.verify = true;
