import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './vite-plugin-precompress';

// Served by the api under /app/ (apps/api/src/main.ts). `npm run dev` proxies API calls to a local api.
const api = process.env.API_URL ?? 'http://localhost:3000';
const apiPaths = ['/auth', '/campaigns', '/candidacies', '/commands', '/health', '/evaluation', '/assignments', '/score-sheets', '/jury', '/ballots', '/public', '/api'];

export default defineConfig({
  base: '/app/',
  plugins: [react(), precompress()],
  // Every tag Vite writes, and <meta property="csp-nonce">, carry this placeholder; the api puts a fresh nonce in
  // its place for each response (apps/api/src/http/web/app-document.ts), so the CSP needs no 'unsafe-inline'.
  html: { cspNonce: 'CSP_NONCE_PLACEHOLDER' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'echarts';
          if (id.includes('node_modules/antd') || id.includes('node_modules/@ant-design') || id.includes('node_modules/@rc-component')) return 'antd';
          if (id.includes('node_modules')) return 'vendor';
          return undefined;
        },
      },
    },
  },
  server: { proxy: Object.fromEntries(apiPaths.map((p) => [p, api])) },
});
