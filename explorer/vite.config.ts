import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

/** Puts codegen's manifest of the explorer's operations (hash → document) into the build output. */
function persistedDocuments(): Plugin {
  return {
    name: 'entente-persisted-documents',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'persisted-documents.json',
        source: readFileSync('src/gql/persisted-documents.json', 'utf8'),
      });
    },
  };
}

export default defineConfig({
  // JSX through esbuild: no React plugin needed for a production build.
  esbuild: { jsx: 'automatic' },
  plugins: [persistedDocuments()],
  build: {
    outDir: 'target/dist',
    emptyOutDir: true,
    // The IDE (Monaco) is large: it is its own page, never part of the explorer's first load.
    rollupOptions: {
      input: { explorer: 'index.html', graphiql: 'graphiql.html' },
      onwarn(warning, warn) {
        // GraphiQL's UI libraries mark modules "use client" for React Server Components: meaningless here.
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') {
          warn(warning);
        }
      },
    },
    chunkSizeWarningLimit: 4096,
  },
  // Monaco's workers (GraphiQL) are split into chunks: ES module workers allow that.
  worker: { format: 'es' },
  // `npm run dev` against a gateway running on 8080 (./entente up).
  server: { proxy: { '/graphql': 'http://localhost:8080', '/explorer/config.json': 'http://localhost:8080' } },
  test: { include: ['src/**/*.test.ts', 'src/**/*.test.tsx'], environment: 'node' },
});
