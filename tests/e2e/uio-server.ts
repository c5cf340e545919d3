import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import type { AddressInfo } from 'node:net';
import { GUIDE_PAGE_SEED, readSeed } from '../fixtures/seed-page';

export const GUIDE_PATH = '/english/for-employees/employment/one-to-one-work-dialogue/index.html';
export const GUIDE_URL = `http://www.uio.no${GUIDE_PATH}`;
/** The managers' guide page: here the seed with one question reworded and one added, as UiO might change it. */
export const MANAGER_GUIDE_PATH = '/english/for-employees/support/human-resources/hr-followup/one-to-one-work-dialogue/index.html';
export const MANAGER_GUIDE_URL = `http://www.uio.no${MANAGER_GUIDE_PATH}`;

function changedGuide(page: string): string {
  return page
    .replace('Do you get the necessarry follow-up from your manager?', 'Do you get the necessary follow-up from your manager?')
    .replace(
      '<li>How can the manager follow up and support you in the best way possible?</li>',
      '<li>How can the manager follow up and support you in the best way possible?</li>\n\t<li>Is there anything you would like your manager to start or stop doing?</li>',
    );
}

/** A page outside UiO's employee pages, answered by the same loopback server. */
export const OTHER_URL = 'http://www.uio.no/english/studies/';
/** A UiO employee page that is not the guide. */
export const EMPLOYEE_PAGE_URL = 'http://www.uio.no/for-ansatte/arbeidsstotte/';

/**
 * Serves the real seed copy of UiO's guide page on loopback. Chromium is pointed at it with
 * `--host-resolver-rules`, so the extension sees the real host name without any network.
 */
export async function startUioServer(): Promise<{ server: Server; port: number; resolverFlag: string; hits: string[]; close(): Promise<void> }> {
  const page = readSeed(GUIDE_PAGE_SEED);
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '');
    const path = new URL(request.url ?? '/', 'http://www.uio.no').pathname;
    if (path === GUIDE_PATH || path === GUIDE_PATH.replace('index.html', '')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    } else if (path === MANAGER_GUIDE_PATH) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(changedGuide(page));
    } else if (path === new URL(EMPLOYEE_PAGE_URL).pathname) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Arbeidsstøtte</title><h1>Arbeidsstøtte</h1>');
    } else if (path.startsWith('/english/studies')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Studies</title><h1>Studies</h1>');
    } else {
      // The page's own assets and its injected third-party script are not served: they must not matter.
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    resolverFlag: `--host-resolver-rules=MAP www.uio.no 127.0.0.1:${port}`,
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
