import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'web/vite.config.ts', 'eslint.config.js', 'bin'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/cli/**', 'src/app/serve.ts', 'scripts/**', 'bench/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // One clock (src/core/clock/clock.ts): the system time is read there only, and civil dates are
    // computed in TIME_ZONE, never as the UTC date of toISOString().
    files: ['src/**/*.ts', 'web/src/**/*.ts', 'web/src/**/*.tsx'],
    ignores: ['src/core/clock/**', 'web/src/clock.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Read the time from the Clock (src/core/clock/clock.ts; web/src/clock.ts in the web app).',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Read the time from the Clock (src/core/clock/clock.ts; web/src/clock.ts in the web app).',
        },
        {
          selector:
            "CallExpression[callee.property.name='slice'][callee.object.callee.property.name='toISOString']",
          message:
            "toISOString() is UTC: a civil date comes from civilDate(instant, timeZone) or the clock's today().",
        },
        {
          selector:
            'TemplateElement[value.raw=/\\b(current_date|current_timestamp|localtimestamp|transaction_timestamp|statement_timestamp|clock_timestamp)\\b/i]',
          message: "SQL reads the database server's clock: pass the instant or date from the Clock.",
        },
        {
          selector: 'Literal[value=/\\b(current_date|current_timestamp|localtimestamp)\\b/i]',
          message: "SQL reads the database server's clock: pass the instant or date from the Clock.",
        },
      ],
    },
  },
  {
    // Tests never read today's date from the real clock (CI runs on any day): the test clock
    // (tests/support/test-clock.ts) or a manual one. Date.now() stays for timeouts and waits.
    files: ['tests/**/*.ts', '**/*.test.ts'],
    ignores: ['tests/support/durations-reporter.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Today in a test comes from the test clock (testClock(), testToday(), t.clock).',
        },
        {
          selector:
            "CallExpression[callee.property.name='slice'][callee.object.callee.property.name='toISOString']",
          message: "toISOString() is UTC and real: use the test clock's today() or civilDate().",
        },
      ],
    },
  },
  {
    // expect.objectContaining() and friends are typed `any`
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
);
