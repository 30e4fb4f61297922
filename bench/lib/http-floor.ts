import { FloorServer } from './floor-server.js';

/**
 * The machine's own ceiling for any HTTP endpoint driven by the same load generator (wrk): a bare
 * node:http server (same Node binary as the roles) that reads the body, parses it as JSON and
 * answers 204, with no framework, no verification, no storage and no logging. Printed beside the
 * webhook's figures so a ratio target can be read against what HTTP alone allows on this host.
 */
const SERVER = `
const http = require('node:http');
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => { JSON.parse(body || '{}'); res.statusCode = 204; res.end(); });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

export function httpFloor(dir: string): FloorServer {
  return new FloorServer('http-floor', SERVER, {}, dir);
}
