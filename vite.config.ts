import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The web app: built from ui/ into dist/ui, which the server serves at `/`. In development
// (`npx vite`), API calls go to a server started with `npm start` on port 3000.
export default defineConfig({
  root: fileURLToPath(new URL('./ui', import.meta.url)),
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('./dist/ui', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // The quantile sketch's optional protobuf serialisation, which stafflab never uses (and
      // whose package is not installed); the engine that uses the sketch does not run in the page.
      external: ['protobufjs/minimal'],
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
