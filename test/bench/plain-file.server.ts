import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { pipeline } from 'node:stream';

/**
 * The download baseline: the simplest Node file server, `fs.createReadStream` piped into the
 * response, started as its own process. `node plain-file.server.js <file>`; prints "listening <port>".
 */
const file = process.argv[2];
if (!file) {
  console.error('usage: plain-file.server.js <file>');
  process.exit(2);
}
const size = statSync(file).size;

const server = createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/gzip', 'Content-Length': String(size) });
  pipeline(createReadStream(file), res, () => undefined);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
