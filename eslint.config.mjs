// Flat config: typescript-eslint's type-checked rules, prettier owning formatting, and import bans
// that turn the architecture into lint errors: the engine and the domain folders import neither
// `vscode` nor Node built-ins (they run in a web worker too), and nothing imports the client.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'util',
  'url',
  'net',
  'http',
  'https',
  'stream',
  'worker_threads',
  'process',
  'buffer',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.out/**',
      '.bench/**',
      'node_modules/**',
      '.vscode-test/**',
      '.vscode-test-web/**',
      'examples/**',
      'test/fixtures/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Unit tests and CLI paths use non-null checks through assert; keep the strict default elsewhere.
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    files: [
      'src/engine/**/*.ts',
      'src/dockerfile/**/*.ts',
      'src/workflow/**/*.ts',
      'src/secrets/**/*.ts',
      'src/scaffold/**/*.ts',
      'src/shared/**/*.ts',
      'src/registry/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'The engine runs in the CLI and a web worker: no vscode here.' },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The engine runs in a web worker too: no Node built-ins here; take a port instead.',
            })),
          ],
          patterns: [
            { group: ['node:*'], message: 'The engine runs in a web worker too: no Node built-ins here; take a port instead.' },
            { group: ['**/client/**', '**/server/**', '**/cli/**'], message: 'The engine does not depend on its front ends.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts', 'src/cli/**/*.ts', 'src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'Only src/client may import vscode.' }],
          patterns: [{ group: ['**/client/**'], message: 'Nothing imports the client.' }],
        },
      ],
    },
  },
  {
    // The in-host entries load the suites through esbuild's virtual `drydock:host-tests` module,
    // which only a require() can name.
    files: ['test/host/web/index.ts', 'test/host/node/index.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  prettier,
);
