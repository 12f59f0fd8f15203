/** The ceiling the ballot path is measured against: a bare Node http server that reads a JSON ballot and answers 202. */
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
server.listen(0, '127.0.0.1', () => console.log(`bare server listening on ${(server.address() as { port: number }).port}`));
