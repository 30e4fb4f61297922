// Runs in every test worker before the test files. Tests never reach a real Google/OpenAI.
process.env.LOG_LEVEL ??= 'silent';
process.env.TZ = 'UTC';
