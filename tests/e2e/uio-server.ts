import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { GUIDE_PAGE_SEED, readSeed } from '../fixtures/seed-page';
import { norwegianExamplePage } from '../fixtures/uio-nb';

export const GUIDE_PATH = '/english/for-employees/employment/one-to-one-work-dialogue/index.html';
export const GUIDE_URL = `https://www.uio.no${GUIDE_PATH}`;
/** The managers' guide page: here the seed with one question reworded and one added, as UiO might change it. */
export const MANAGER_GUIDE_PATH = '/english/for-employees/support/human-resources/hr-followup/one-to-one-work-dialogue/index.html';
export const MANAGER_GUIDE_URL = `https://www.uio.no${MANAGER_GUIDE_PATH}`;
/** The same guide page over plain http, where a network attacker could change it: Samtale must not run there. */
export const PLAIN_HTTP_GUIDE_URL = `http://www.uio.no${GUIDE_PATH}`;

function changedGuide(page: string): string {
  return page
    .replace('Do you get the necessarry follow-up from your manager?', 'Do you get the necessary follow-up from your manager?')
    .replace(
      '<li>How can the manager follow up and support you in the best way possible?</li>',
      '<li>How can the manager follow up and support you in the best way possible?</li>\n\t<li>Is there anything you would like your manager to start or stop doing?</li>',
    );
}

/**
 * UiO's Norwegian example-question page (issue #20), built from the shared copy, with one question worded anew as
 * UiO might; and the same page after a redesign that moved its questions out of lists.
 */
export const NB_EXAMPLES_URL = 'https://www.uio.no/for-ansatte/ansettelsesforhold/medarbeidersamtale/eksempelsporsmal-medarbeidersamtale.html';
export const NB_EXAMPLES_REWORDED = ['Hvorfor?', 'Hvorfor ikke?'] as const;
export const NB_EXAMPLES_CHANGED_URL = 'https://www.uio.no/for-ansatte/ansettelsesforhold/medarbeidersamtale/eksempelsporsmal-ny.html';

/** A page outside UiO's employee pages, answered by the same loopback server. */
export const OTHER_URL = 'https://www.uio.no/english/studies/';
/** A UiO employee page that is not the guide. */
export const EMPLOYEE_PAGE_URL = 'https://www.uio.no/for-ansatte/arbeidsstotte/';

/** A self-signed certificate for www.uio.no, made for this run (the browser is told to accept it). */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'samtale-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=www.uio.no', '-addext', 'subjectAltName=DNS:www.uio.no', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Serves the real seed copy of UiO's guide page on loopback, over https as UiO does, and over plain http on the
 * same port (a TLS handshake starts with byte 0x16) so tests can show that nothing of Samtale's runs there.
 * Chromium is pointed at it with `--host-resolver-rules`, Firefox with its proxy preferences, so the extension sees
 * the real host name without any network, and the browser accepts the run's own certificate.
 */
export async function startUioServer(): Promise<{ server: Server; port: number; resolverFlag: string; browserArgs: string[]; firefoxPrefs: Record<string, string | number | boolean>; hits: string[]; close(): Promise<void> }> {
  const page = readSeed(GUIDE_PAGE_SEED);
  const hits: string[] = [];
  const answer = (request: IncomingMessage, response: ServerResponse) => {
    hits.push(request.url ?? '');
    const path = new URL(request.url ?? '/', 'https://www.uio.no').pathname;
    if (path === GUIDE_PATH || path === GUIDE_PATH.replace('index.html', '')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    } else if (path === MANAGER_GUIDE_PATH) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(changedGuide(page));
    } else if (path === new URL(NB_EXAMPLES_URL).pathname) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(norwegianExamplePage().replace(`<li><p>${NB_EXAMPLES_REWORDED[0]}</p></li>`, `<li><p>${NB_EXAMPLES_REWORDED[1]}</p></li>`));
    } else if (path === new URL(NB_EXAMPLES_CHANGED_URL).pathname) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(norwegianExamplePage({ changed: true }));
    } else if (path === new URL(EMPLOYEE_PAGE_URL).pathname) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Arbeidsstøtte</title><h1>Arbeidsstøtte</h1>');
    } else if (path.startsWith('/english/studies')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Studies</title><h1>Studies</h1>');
    } else {
      // The page's own assets and its injected third-party script are not served: they must not matter.
      response.writeHead(404).end();
    }
  };
  const https = createHttpsServer(selfSignedCertificate(), answer);
  const http = createHttpServer(answer);
  // Firefox has no host-resolver flag: it is given this server as its proxy, asks it to CONNECT to www.uio.no:443
  // and then speaks TLS through the tunnel, which goes to the same https server (plain http comes in absolute form,
  // which `answer` reads as any other request).
  http.on('connect', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    if (request.url !== 'www.uio.no:443') return void socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    https.emit('connection', socket);
  });
  const server = createTcpServer({ pauseOnConnect: true }, (socket) => {
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (!first) return void socket.destroy();
      socket.unshift(first);
      (first[0] === 0x16 ? https : http).emit('connection', socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const resolverFlag = `--host-resolver-rules=MAP www.uio.no 127.0.0.1:${port}`;
  return {
    server,
    port,
    resolverFlag,
    browserArgs: [resolverFlag, '--ignore-certificate-errors'],
    /** Firefox's preferences for the same: every request through this server (with the run's certificate accepted by the driver). */
    firefoxPrefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export type UioServer = Awaited<ReturnType<typeof startUioServer>>;

/** The loopback UiO server for the tests of one file or describe block: started before them, closed after. */
export function useUioServer(): () => UioServer {
  let uio: UioServer | undefined;
  beforeAll(async () => {
    uio = await startUioServer();
  });
  afterAll(() => uio?.close());
  return () => {
    if (!uio) throw new Error('the UiO server has not started');
    return uio;
  };
}
