/** The baseline: a bare Node http server that reads a small JSON ballot and answers 202 (what HTTP alone costs). */
import * as http from 'node:http';

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const ballot = JSON.parse(Buffer.concat(chunks).toString() || '{}');
    res.writeHead(202, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: 'accepted', scores: Array.isArray(ballot.scores) ? ballot.scores.length : 0 }));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  console.log(`bare server listening on ${address.port}`);
});
