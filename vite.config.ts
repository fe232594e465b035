import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // embed.html: the lean page instructors put in an iframe (src/embed.tsx);
    // interleave-element.js: the <interleave-playground> element, under a stable name.
    rollupOptions: {
      input: { main: 'index.html', embed: 'embed.html', element: 'src/interleave-element.tsx' },
      output: { entryFileNames: (chunk) => (chunk.name === 'element' ? 'interleave-element.js' : 'assets/[name]-[hash].js') },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
