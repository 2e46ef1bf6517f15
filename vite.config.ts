import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Two builds into dist/widget/:
 *  - default mode: the app (Preact UI, search, styles) as content-hashed ES modules, loaded on demand;
 *  - `--mode loader`: widget.js, the tiny classic script a site pastes in. It runs after the app build
 *    and bakes the app entry's hashed file name in, so a browser never mixes two builds.
 */
const outDir = 'dist/widget';

function appEntryFromManifest(): string {
  const manifest = JSON.parse(readFileSync(`${outDir}/.vite/manifest.json`, 'utf8')) as Record<string, { file: string; isEntry?: boolean }>;
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('no app entry in dist/widget/.vite/manifest.json: run the app build first');
  return entry.file;
}

export default defineConfig(({ mode }) => {
  if (mode === 'loader') {
    return {
      define: { __APP_ENTRY__: JSON.stringify(appEntryFromManifest()) },
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: 'widget/boot/loader.ts', formats: ['iife'], name: 'SupportWidgetLoader', fileName: () => 'widget.js' },
      },
    };
  }
  return {
    resolve: {
      // The widget only searches indexes the publish step built, which FlexSearch's light build
      // does at 4.5 KB gzip, against 18 KB for the full bundle its package entry points to
      // (widget/search/import-index.ts loads the export into it; its unit test uses this build).
      alias: [{ find: /^flexsearch$/, replacement: fileURLToPath(new URL('node_modules/flexsearch/dist/flexsearch.light.module.min.js', import.meta.url)) }],
    },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      manifest: true,
      modulePreload: false,
      rollupOptions: {
        input: { app: 'widget/app.ts' },
        preserveEntrySignatures: 'exports-only',
        output: { entryFileNames: '[name].[hash].js', chunkFileNames: '[name].[hash].js', assetFileNames: '[name].[hash][extname]' },
      },
    },
  };
});
