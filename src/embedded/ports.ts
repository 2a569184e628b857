import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';

/** Ask the OS for a free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

// Binds `n` sockets at once (so the ports differ), prints them, closes them.
const PICK_PORTS = `
const { createServer } = require('node:net');
const n = Number(process.argv[1]);
const servers = Array.from({ length: n }, () => createServer());
Promise.all(servers.map((s) => new Promise((ok) => s.listen(0, '127.0.0.1', ok)))).then(() => {
  process.stdout.write(servers.map((s) => s.address().port).join(','));
  for (const s of servers) s.close();
});`;

/**
 * `n` distinct free loopback ports, synchronously: Playwright's config is evaluated with require() in
 * CommonJS apps, where nothing may be awaited, and the web servers need their ports in the config itself.
 * A short-lived child process does the asking (~50 ms).
 */
export function freePortsSync(n: number): number[] {
  const output = execFileSync(process.execPath, ['-e', PICK_PORTS, String(n)], { encoding: 'utf8' });
  return output.split(',').map(Number);
}
