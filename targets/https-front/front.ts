// The local https front: a TLS reverse proxy on loopback in front of a reference app, plus a plain-http
// listener that redirects every request to the https origin (same host), the way a production host or CDN
// does. It lets the suite prove the https-only checks (HSTS, http -> https redirect, Secure cookies)
// against the embedded target. The app keeps listening on plain http; only the front talks to it.
import {
  createServer as createHttpServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { localhostCertificate } from './certificate.ts';

export interface FrontOptions {
  /** Where the https front listens (0 = any free port). */
  httpsPort: number;
  /** Where plain http is answered with a redirect to https (0 = any free port). */
  httpPort: number;
  /** PEM certificate and key to serve (the embedded stack writes them at start); default: made here. */
  certificate?: { cert: string; key: string };
  /** The app behind the front, on plain http at localhost. */
  upstreamPort: number;
  /**
   * Fault http-not-redirected: the plain-http listener proxies to the app (the way a host with "force
   * https" left off does) instead of redirecting.
   */
  serveHttp?: boolean;
}

export interface RunningFront {
  httpsURL: string;
  httpURL: string;
  close(): Promise<void>;
}

// Loopback only: the front must never be reachable from another machine.
const HOSTS = ['127.0.0.1', '::1'];

function proxy(upstreamPort: number, port: number, proto: 'https' | 'http' = 'https') {
  return (req: IncomingMessage, res: ServerResponse) => {
    const host = req.headers.host ?? `localhost:${port}`;
    const headers = {
      ...req.headers,
      // What a TLS-terminating proxy tells the app, so the app and Clerk build https URLs.
      'x-forwarded-proto': proto,
      'x-forwarded-host': host,
      'x-forwarded-port': String(port),
      'x-forwarded-for': req.socket.remoteAddress ?? '127.0.0.1',
    };
    const upstream = httpRequest(
      { host: 'localhost', port: upstreamPort, method: req.method, path: req.url, headers },
      (answer) => {
        // rawHeaders keeps repeated headers (Set-Cookie) exactly as the app sent them.
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.rawHeaders);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end(`https-front: the app on port ${upstreamPort} did not answer (${error.message})`);
    });
    req.pipe(upstream);
  };
}

function redirectToHttps(httpsPort: number) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const hostname = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
    res.writeHead(301, { Location: `https://${hostname}:${httpsPort}${req.url ?? '/'}`, 'Content-Length': '0' });
    res.end();
  };
}

async function listen(make: () => Server, port: number): Promise<{ servers: Server[]; port: number }> {
  const servers: Server[] = [];
  let chosen = port;
  for (const host of HOSTS) {
    const server = make();
    try {
      await new Promise<void>((done, fail) => {
        server.once('error', fail);
        server.listen(chosen, host, () => done());
      });
    } catch (error) {
      // A machine without IPv6 loopback still gets the IPv4 listener.
      if (host === '::1') continue;
      throw error;
    }
    chosen = (server.address() as AddressInfo).port;
    servers.push(server);
  }
  return { servers, port: chosen };
}

export async function startHttpsFront(options: FrontOptions): Promise<RunningFront> {
  const certificate = options.certificate ?? localhostCertificate();
  let httpsPort = options.httpsPort;
  const https = await listen(() => createHttpsServer(certificate, proxy(options.upstreamPort, httpsPort)), httpsPort);
  httpsPort = https.port;
  // The plain listener's own port is only known once it listens: the proxy reads it from the Host header.
  const http = await listen(
    () =>
      createHttpServer(
        options.serveHttp ? proxy(options.upstreamPort, options.httpPort, 'http') : redirectToHttps(httpsPort),
      ),
    options.httpPort,
  );
  const servers = [...https.servers, ...http.servers];
  return {
    httpsURL: `https://localhost:${httpsPort}`,
    httpURL: `http://localhost:${http.port}`,
    close: async () => {
      await Promise.all(servers.map((server) => new Promise<void>((done) => server.close(() => done()))));
    },
  };
}
