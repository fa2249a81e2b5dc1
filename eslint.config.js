// ESLint: typescript-eslint (type-aware), React hooks rules, and the feature-folder import boundaries.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import fs from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Code flows one way, shared -> features -> app (STYLE.md principle 5), checked on the resolved file, whatever
// the import's spelling: one zone per feature folder (a new folder gets its own), one for the shared folders.
const features = fs
  .readdirSync(new URL('src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const boundaries = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: compose them in src/app/.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features do not import src/app/: the app composes them, not the other way round.',
  },
  {
    target: ['./src/ui', './src/lib', './src/content', './src/i18n'],
    from: ['./src/features', './src/app'],
    message: 'Shared code (ui, lib, content, i18n) imports no feature and no app code.',
  },
];

export default tseslint.config(
  {
    ignores: ['dist', 'dist-*', 'node_modules', 'coverage', 'test-results', 'playwright-report', 'reports'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: boundaries }],
    },
  },
  {
    files: ['build/**', 'tools/**', 'tests/e2e/**', 'tests/engines/**', '*.config.ts', 'eslint.config.js'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['eslint.config.js', 'public/**/*.js', 'tests/engines/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
