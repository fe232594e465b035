import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Imports flow one way: vm ← scheduler/trace ← worker ← UI. A layer may import the layers
// below it, never the ones above. The CLI sits beside the worker (it drives the VM from Node).
const UI = ['components', 'store', 'timeline', 'lessons'];
const layerRule = (forbidden, layer) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          regex: `(^|/)(${forbidden.join('|')})(/|$)`,
          message: `${layer} must not import from ${forbidden.join(', ')} (imports flow vm ← scheduler/trace ← worker ← UI).`,
        },
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/components/**', 'src/store/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  { files: ['src/vm/**'], rules: layerRule(['scheduler', 'trace', 'worker', 'cli', ...UI], 'src/vm') },
  { files: ['src/scheduler/**', 'src/trace/**'], rules: layerRule(['worker', 'cli', ...UI], 'src/scheduler and src/trace') },
  { files: ['src/worker/**'], rules: layerRule(UI, 'src/worker') },
  // src/lessons is a loader (front matter, blocks) without DOM: `interleave lessons check` reads it.
  { files: ['src/cli/**'], rules: layerRule(UI.filter((layer) => layer !== 'lessons'), 'src/cli') },
);
