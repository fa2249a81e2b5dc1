// ESLint: typescript-eslint (type-aware), React hooks rules, and the feature-folder import boundaries.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noCrossFeature = {
  regex: '^\\.\\./(?!\\.\\.)[^/]+/',
  message: 'Features do not import each other: compose them in src/app/ (STYLE.md principle 5).',
};
const noApp = { regex: '(^|/)app/', message: 'Only src/app/ composes the app; nothing imports it.' };
const noFeatures = { regex: '(^|/)features/', message: 'Shared code does not import features.' };

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
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/features/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noCrossFeature, noApp] }] },
  },
  {
    files: ['src/lib/**', 'src/ui/**', 'src/content/**', 'src/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noFeatures, noApp] }] },
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
