import { createServer } from 'node:http';

// The ceiling of the server bench: a bare node:http server answering a fixed small JSON body, run
// as a child process like the real server, so both are measured on the same footing.
const body = JSON.stringify({ reference: 'K7F-93QD', status: 'open' });
const port = Number(process.env.PORT);

createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}).listen(port, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
