import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { sendProblem } from './errors.js';
import { NONCE_PLACEHOLDER, appPageCsp, diagramFrameCsp, newNonce } from '../csp.js';

/**
 * Serves the built single-page app from `webDir`; any non-API GET that matches no file gets
 * index.html so that client-side routes have stable URLs. API paths answer problem+json.
 * index.html is sent with a fresh style nonce in its CSP each time, and `/mermaid.html` (the
 * diagram frame) with its own policy; see ../csp.ts.
 */
export async function registerWeb(app: FastifyInstance, webDir: string): Promise<void> {
  const index = join(webDir, 'index.html');
  const built = existsSync(index);
  if (built) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      // These two are sent by the not-found handler below, each with its own policy.
      allowedPath: (path) => path !== '/index.html' && path !== '/mermaid.html',
      // Vite names assets by content hash: they never change under the same name.
      setHeaders(reply, path) {
        reply.header('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
      },
    });
  }
  const html = built ? readFileSync(index, 'utf8') : null;
  const framePath = join(webDir, 'mermaid.html');
  const frame = existsSync(framePath) ? readFileSync(framePath, 'utf8') : null;

  app.setNotFoundHandler(async (request, reply) => {
    if (isApiPath(request.url)) return sendProblem(reply, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}.`);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendProblem(reply, 'not_found', 'Not found.');
    const path = request.url.split('?')[0];
    if (path === '/mermaid.html' && frame !== null) {
      return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').header('Content-Security-Policy', diagramFrameCsp()).send(frame);
    }
    if (!html) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The staffpath web app is not built yet. Run `npm run build:web` (npm start does it for you).');
    }
    const nonce = newNonce();
    return reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .header('Content-Security-Policy', appPageCsp(nonce))
      .send(html.replaceAll(NONCE_PLACEHOLDER, nonce));
  });
}

/** Whether a URL is under the API, however it is spelled (`/%61pi/`, `//api/`, `/API/`). */
function isApiPath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // An undecodable path is judged as written.
  }
  return /^\/+api(\/|$)/i.test(decoded.replace(/\\/g, '/'));
}
