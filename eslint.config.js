import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';

const root = fileURLToPath(new URL('.', import.meta.url));

// Node's built-in modules, with and without the `node:` prefix (the web runs in a browser).
const nodeBuiltins = [...builtinModules.filter((name) => !name.startsWith('_')), 'node:*'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', '.bench-cache/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Layers (docs/ARCHITECTURE.md), checked by eslint-plugin-boundaries on every import,
    // `export … from` and dynamic import() of a file under src/, at any folder depth.
    //
    // Every import is resolved to a file first, through eslint-import-resolver-typescript,
    // which maps the ESM `.js` specifiers to the `.ts`/`.tsx` sources. Without it a project
    // import would resolve to nothing, be classed as "unknown" and pass every rule silently;
    // `boundaries/no-unknown` below makes such a failure loud instead.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: `${root}tsconfig.json` } },
      'boundaries/root-path': root,
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      // First match wins. `full` mode: the pattern matches the whole path from the root.
      'boundaries/elements': [
        { type: 'shared', pattern: 'src/shared/**', mode: 'full' },
        { type: 'config', pattern: 'src/config/**', mode: 'full' },
        { type: 'core', pattern: 'src/core/**', mode: 'full' },
        // What the doors may open: the storage (openStorage, type Storage), never a repository.
        { type: 'storage-entry', pattern: 'src/storage/database.ts', mode: 'full' },
        { type: 'storage', pattern: 'src/storage/**', mode: 'full' },
        // What the CLI may start in-process (`staffpath serve`).
        { type: 'http-entry', pattern: 'src/http/server.ts', mode: 'full' },
        // The wire shapes: TypeBox schemas the server validates and serialises with, and the
        // types derived from them (wire.ts) that the web compiles against.
        { type: 'http-schemas', pattern: 'src/http/schemas/**', mode: 'full' },
        { type: 'http', pattern: 'src/http/**', mode: 'full' },
        { type: 'cli', pattern: 'src/cli/**', mode: 'full' },
        // Vite's own config runs in Node at build time; it is not part of the SPA.
        { type: 'web-build', pattern: 'src/web/vite.config.ts', mode: 'full' },
        { type: 'web', pattern: 'src/web/**', mode: 'full' },
      ],
    },
    rules: {
      'boundaries/element-types': ['error', {
        default: 'disallow',
        rules: [
          { from: ['shared'], allow: ['shared'] },
          { from: ['config'], allow: ['config', 'shared'] },
          { from: ['core'], allow: ['core', 'shared', 'storage-entry', 'storage', 'config'] },
          { from: ['storage-entry', 'storage'], allow: ['storage-entry', 'storage', 'shared'] },
          { from: ['http-schemas'], allow: ['http-schemas', 'core', 'shared'] },
          { from: ['http-entry', 'http'], allow: ['http-entry', 'http', 'http-schemas', 'core', 'shared', 'config', 'storage-entry'] },
          { from: ['cli'], allow: ['cli', 'core', 'shared', 'config', 'storage-entry', 'http-entry'] },
          { from: ['web'], allow: ['web', 'shared'] },
          // The web compiles against the wire shapes, never runs server code: types only.
          { from: ['web'], allow: ['http-schemas'], importKind: 'type' },
        ],
      }],
      'boundaries/external': ['error', {
        default: 'allow',
        rules: [
          { from: ['core'], disallow: ['fastify', 'fastify-plugin', '@fastify/*', 'react', 'react-dom', 'react-router'] },
          { from: ['http-entry', 'http', 'http-schemas', 'cli'], disallow: ['kysely', 'pg', 'better-sqlite3'] },
          { from: ['web'], disallow: ['fastify', 'fastify-plugin', '@fastify/*', 'kysely', 'pg', 'better-sqlite3', ...nodeBuiltins] },
        ],
      }],
      // A project import that resolves to no element (or does not resolve) is an error, so a
      // broken resolver cannot make the rules above pass silently.
      'boundaries/no-unknown': 'error',
    },
  },
  {
    // One set of form controls: pages pick from src/web/components/controls (Select,
    // DateInput), never a raw <select> or date input, so every choice looks and works alike.
    files: ['src/web/**/*.tsx'],
    ignores: ['src/web/components/controls/**'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "JSXOpeningElement[name.name='select']", message: 'Use <Select> from components/controls.' },
        { selector: "JSXOpeningElement[name.name='input'] > JSXAttribute[name.name='type'][value.value=/^(date|datetime-local|month|week|time)$/]", message: 'Use <DateInput> from components/controls.' },
      ],
    },
  },
);
