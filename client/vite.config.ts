// The investigation view is built to client/dist and served by the server at `/`.
// Everything is bundled: no third-party or CDN assets at run time (strict CSP, closed networks).
import path from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    // Cytoscape alone is ~400 kB; a warning at 500 kB would only be noise.
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
