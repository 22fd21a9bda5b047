import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    '.next/**',
    // The benches' empty Next app, built and removed while they run.
    '.bench-floor/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'playwright-report/**',
    'test-results/**',
    'data/**',
    // Built by scripts/build-service-worker.ts.
    'public/sw.js',
  ]),
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Playwright fixtures call \`use\`, which is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // One adapter for the NLP library: everything else reads the annotated document it returns.
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    ignores: ['lib/quiz-engine/nlp/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['compromise', 'compromise/*', 'compromise-dates'],
              message:
                'Only lib/quiz-engine/nlp imports compromise and compromise-dates; use its annotated document or its helpers (@/lib/quiz-engine/nlp).',
            },
          ],
        },
      ],
    },
  },
  {
    // The engine and text libraries run in Node, the browser and a worker alike.
    files: ['lib/quiz-engine/**', 'lib/text/**'],
    // Tests run in Node and may read fixtures from disk.
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'next',
                'next/*',
                'zustand',
                'zustand/*',
                'node:*',
                'fs',
                'path',
              ],
              message:
                'lib/quiz-engine and lib/text are framework-free: text in, data out. They must run in a browser worker, so no React, Next, Zustand or Node built-ins.',
            },
            {
              group: ['@/app/*', '@/components/*', '@/store/*'],
              message: 'The engine knows nothing of the app.',
            },
            {
              group: ['compromise', 'compromise/*', 'compromise-dates'],
              message:
                'Only lib/quiz-engine/nlp imports compromise and compromise-dates; use its annotated document or its helpers (@/lib/quiz-engine/nlp).',
            },
          ],
        },
      ],
    },
  },
  {
    // The adapter itself: framework-free like the rest of the engine, and the one home of compromise.
    files: ['lib/quiz-engine/nlp/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'next',
                'next/*',
                'zustand',
                'zustand/*',
                'node:*',
                'fs',
                'path',
              ],
              message:
                'The NLP adapter runs in a browser worker too: no framework or Node built-ins.',
            },
          ],
        },
      ],
    },
  },
]);
