import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * The web app is served by the API server under a strict CSP
 * (`default-src 'self'`, `script-src 'self'`, `style-src 'self'`), so the build must not
 * rely on inline scripts, inline <style> or data: URIs. index.html carries a nonce placeholder
 * that the server replaces on every response (src/http/csp.ts): CodeMirror's injected
 * stylesheet carries it. mermaid.html is the diagram frame, a second entry point.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  html: { cspNonce: '__STAFFPATH_CSP_NONCE__' },
  build: {
    outDir,
    rollupOptions: {
      input: { main: fileURLToPath(new URL('./index.html', import.meta.url)), mermaid: fileURLToPath(new URL('./mermaid.html', import.meta.url)) },
    },
    emptyOutDir: true,
    target: 'es2022',
    // data: URIs would be blocked by `default-src 'self'`.
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: true,
    // The budget is on gzipped initial JavaScript (≤ 250 KB, PRODUCT.md §6), not on raw
    // size; pages, marked and DOMPurify load on demand.
    chunkSizeWarningLimit: 700,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: 'http://127.0.0.1:4870', changeOrigin: false },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:4870', changeOrigin: false },
    },
  },
});
