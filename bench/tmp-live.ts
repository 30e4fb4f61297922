import autocannon from 'autocannon';
import { Stack } from './lib/stack';
(async () => {
  const stack = await new Stack({ name: 'live' }).start();
  const api = await stack.role('api', 'api').start();
  await autocannon({ url: `${api.url}/api/health/live`, connections: 32, duration: 3 });
  const t0 = api.memory().cpuSeconds!;
  const r = await autocannon({ url: `${api.url}/api/health/live`, connections: 32, duration: 8 });
  const t1 = api.memory().cpuSeconds!;
  console.log('live rps', r.requests.average, 'p99', r.latency.p99, 'cpu ms/req', ((t1 - t0) * 1000 / r.requests.total).toFixed(3));
  // unauthenticated webhook: 401 path (verify only)
  const r2 = await autocannon({ url: `${api.url}/api/webhook/gmail`, method: 'POST', body: '{}', headers: {'content-type':'application/json'}, connections: 32, duration: 5 });
  console.log('401 rps', r2.requests.average, 'p99', r2.latency.p99);
  await stack.close();
})();
