// ESLint: typescript-eslint, React hooks, kebab-case file names and the one-way layers
// src/shared, src/octoprint -> src/store -> src/ui -> src/features/<panel> -> src/app (no imports between features);
// src/shared (heaters, formats, persistence) sits below them all and imports none of them; src/ui holds the React
// primitives several features share (icon frame, command status, in-page link).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { noLiteralUiString } from './scripts/eslint-no-literal-ui-string.mjs';

const features = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const layerZones = [
  {
    target: './src/shared',
    from: ['./src/octoprint', './src/store', './src/perf', './src/features', './src/app'],
    message: 'src/shared is the bottom layer: it imports no other.',
  },
  {
    target: './src/octoprint',
    from: ['./src/store', './src/perf', './src/features', './src/app'],
    message: 'src/octoprint is the bottom layer.',
  },
  {
    target: './src/perf',
    from: ['./src/store', './src/features', './src/app'],
    message: 'src/perf is pure measurement logic.',
  },
  { target: './src/store', from: ['./src/ui', './src/features', './src/app'], message: 'Stores must not import UI.' },
  {
    target: './src/ui',
    from: ['./src/features', './src/app'],
    message: 'src/ui holds the primitives every feature shares: it imports no feature.',
  },
  {
    target: './src/features',
    from: ['./src/app'],
    message: 'Features are composed by src/app, not the other way round.',
  },
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message: 'No imports between features: compose them in src/app.',
  })),
];
const appNeverImportsTests = {
  target: './src',
  from: ['./mock', './e2e', './bench'],
  message: 'The app never imports the mock or tests.',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/', 'playwright-report/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { 'src/**/': 'KEBAB_CASE', 'mock/**/': 'KEBAB_CASE', 'e2e/**/': 'KEBAB_CASE' },
      ],
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, appNeverImportsTests] }],
      // Fields before methods: a class reads top-down from what it holds to what it does.
      '@typescript-eslint/member-ordering': [
        'error',
        {
          classes: ['signature', 'call-signature', 'field', 'static-initialization', 'constructor', 'method'],
          classExpressions: ['signature', 'call-signature', 'field', 'static-initialization', 'constructor', 'method'],
          // Interfaces and type literals group members by concern (an option beside its callback).
          interfaces: 'never',
          typeLiterals: 'never',
        },
      ],
      // Sorted imports (node built-ins, packages, then the project's own), so a diff never argues about order.
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  {
    // Tests and their helpers may reuse the mock's protocol pieces (e.g. mock/push/object-frames.ts), never e2e or bench.
    files: ['src/**/*.test.{ts,tsx}', 'src/**/testing/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...layerZones,
            { target: './src', from: ['./e2e', './bench'], message: 'Unit tests never import e2e or bench.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/octoprint/**/*.{ts,tsx}', 'src/perf/**/*.{ts,tsx}', 'src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'No React below src/store.' },
            { name: 'react-dom', message: 'No React below src/store.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Network text is rendered as text only.',
        },
      ],
    },
  },
  {
    // Every word a person sees comes from the message catalogs (src/shared/messages, README: Languages).
    files: ['src/ui/**/*.tsx', 'src/features/**/*.tsx', 'src/app/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    plugins: { i18n: { rules: { 'no-literal-ui-string': noLiteralUiString } } },
    rules: { 'i18n/no-literal-ui-string': 'error' },
  },
);
