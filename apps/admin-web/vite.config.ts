import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { ballotChunk } from './vite-plugin-ballot-chunk.ts';
import { precompress } from './vite-plugin-precompress.ts';

// Served by the api under /app/ (apps/api/src/main.ts). `npm run dev` proxies API calls to a local api.
const api = process.env.API_URL ?? 'http://localhost:3000';
const apiPaths = [
  '/auth',
  '/campaigns',
  '/candidacies',
  '/commands',
  '/health',
  '/evaluation',
  '/assignments',
  '/score-sheets',
  '/jury',
  '/ballots',
  '/public',
  '/api',
];

// The phone pages of the vote (a juror's, a delegate's): reached from QR links at venues, so kept small and whole.
const ballot = ballotChunk(['src/pages/juror/JuryVote.tsx', 'src/pages/delegate/DelegateVote.tsx']);

export default defineConfig({
  base: '/app/',
  plugins: [react(), ballot.plugin, precompress()],
  // Every tag Vite writes, and <meta property="csp-nonce">, carry this placeholder; the api puts a fresh nonce in
  // its place for each response (apps/api/src/http/web/app-document.ts), so the CSP needs no 'unsafe-inline'.
  html: { cspNonce: 'CSP_NONCE_PLACEHOLDER' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Two chunks pass the default 500 KB (minified): the ballot pages' (react-dom included; ~154 KB as brotli, ~181 KB as gzip) and ECharts.
    chunkSizeWarningLimit: 1000,
    // No "antd" vendor chunk: it made every page download all of antd (1.3 MB). Each lazily loaded screen
    // (src/lazyPage.tsx) gets only the components it uses; the ballot pages' share comes in one piece.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'ballot', test: ballot.test }] } } },
  },
  server: { proxy: Object.fromEntries(apiPaths.map((p) => [p, api])) },
});
