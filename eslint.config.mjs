// ESLint (flat config): typescript-eslint's rules that need no type information (fast: no program is built), plus
// the architecture's boundaries as import restrictions, so a crossing fails `npm run lint` at the line that makes it.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Bounded contexts: each owns its events' meaning, its commands and read models; they meet only in libs/domain. */
const BOUNDED_CONTEXTS = ['campaign', 'candidacy', 'evaluation', 'jury', 'election', 'shortlisting', 'results', 'organisation', 'identity', 'notifications'];

/** What libs/domain must never import: it is pure rules, testable and portable without any framework or store. */
const FRAMEWORK_MODULES = ['@nestjs/*', 'typeorm', 'typeorm/*', 'bullmq', 'ioredis', 'pg', 'express', 'class-validator', 'class-transformer', 'rxjs'];

const NODE_GLOBALS = Object.fromEntries(
  ['require', 'module', 'exports', '__dirname', '__filename', 'process', 'console', 'URL', 'Buffer', 'setTimeout', 'clearTimeout'].map((name) => [
    name,
    'readonly',
  ]),
);

const otherLibs = (lib) => ({
  group: ['@app/*', '!@app/' + lib, '!@app/' + lib + '/*'],
  message: 'libs/' + lib + ' may not import another lib of ours through @app/*.',
});

const contextBoundary = (context) => {
  const others = BOUNDED_CONTEXTS.filter((c) => c !== context);
  return {
    files: [`libs/${context}/src/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: others.flatMap((c) => [`@app/${c}`, `@app/${c}/*`]),
              message: `Bounded contexts never import each other (libs/${context}): share the rule through libs/domain or react to the other context's events.`,
            },
            {
              regex: `(^|/)libs/(${others.join('|')})/|^\\.\\./(\\.\\./)*(${others.join('|')})/src`,
              message: `Bounded contexts never import each other (libs/${context}), not even by a relative path.`,
            },
          ],
        },
      ],
    },
  };
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'coverage/**',
      'test-output/**',
      '.demo/**',
      'apps/admin-web/public/**',
      'apps/admin-web/src/api/generated/**',
      '**/*.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberately unused (a parameter kept for its position, a rest-sibling omitted).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Nest modules, CQRS queries and marker DTOs are legitimately empty classes.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // Plain JavaScript runs on Node: scripts and configs (CommonJS), the OIDC test provider (ES module).
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests and the demo read the api's JSON answers; until the client is generated from OpenAPI they are untyped on purpose.
    files: ['test/**/*.ts', '**/*.spec.ts', 'libs/testing/src/**/*.ts', 'libs/api-client/src/**/*.ts', 'apps/demo/src/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['apps/admin-web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  ...BOUNDED_CONTEXTS.map(contextBoundary),
  {
    files: ['libs/domain/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: FRAMEWORK_MODULES, message: 'libs/domain is pure rules: no framework, database, queue or HTTP library.' },
            otherLibs('domain'),
            { regex: '^\\.\\./\\.\\./\\.\\./', message: 'libs/domain imports nothing outside libs/domain/src.' },
          ],
        },
      ],
    },
  },
  {
    // The web UI runs in the browser and talks to the api over HTTP only: no server code may reach its bundle.
    files: ['apps/admin-web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@app/*', '@nestjs/*', 'typeorm', 'bullmq'], message: 'The web UI imports no server code; use its api/ client.' }] },
      ],
    },
  },
);
