// Container HEALTHCHECK: GET /api/health/live on the port the current role listens on.
// api / all -> PORT (3000); worker -> WORKER_HEALTH_PORT (3001). Exit 0 healthy, 1 unhealthy.
// ES module syntax: the repository's .js files are ES modules ("type": "module" in package.json).
import http from 'node:http';

const role = process.env.APP_ROLE || 'all';
const port = Number(
  role === 'worker' ? process.env.WORKER_HEALTH_PORT || 3001 : process.env.PORT || 3000,
);

const req = http.get(
  { host: '127.0.0.1', port, path: '/api/health/live', timeout: 4000 },
  (res) => {
    res.resume();
    process.exit(res.statusCode === 200 ? 0 : 1);
  },
);
req.on('timeout', () => {
  req.destroy();
  process.exit(1);
});
req.on('error', () => process.exit(1));
