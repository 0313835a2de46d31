// Lint rules that keep the project's architecture whole: src/sim stays pure (no randomness or time
// from the environment, no DOM, no Node modules, no imports from the UI or CLI, no console output),
// and a CLI command imports no other command (what two commands share lives in src/cli/run or src/cli).
// Formatting is Prettier's (.prettierrc.json, `npm run format`): no stylistic rule belongs here, so the two never disagree.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: { 'no-debugger': 'error', 'no-var': 'error', 'prefer-const': 'error' },
  },
  {
    files: ['src/sim/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: "src/sim must use the run's named RNG streams." },
        { object: 'Date', property: 'now', message: 'src/sim must not read the clock.' },
        { object: 'performance', property: 'now', message: 'src/sim must not read the clock.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/sim must not touch the DOM.' },
        { name: 'document', message: 'src/sim must not touch the DOM.' },
        { name: 'navigator', message: 'src/sim must not touch the browser.' },
        { name: 'localStorage', message: 'src/sim must not touch the browser.' },
        { name: 'process', message: 'src/sim must not touch Node.' },
        { name: 'require', message: 'src/sim must not touch Node.' },
        { name: 'performance', message: 'src/sim must not read the clock.' },
      ],
      'no-restricted-syntax': ['error', { selector: 'NewExpression[callee.name="Date"]', message: 'src/sim must not read the clock.' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'url'],
              message: 'src/sim must not import Node modules.',
            },
            {
              group: ['**/ui/**', '**/cli/**', '../ui', '../cli', '../../ui', '../../cli'],
              message: 'src/sim must not import from the UI or CLI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/commands/**/*.ts'],
    ignores: ['src/cli/commands/register.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['./*'],
              message: 'A command imports no other command: move what two commands share to src/cli/run, src/cli or src/sim.',
            },
          ],
        },
      ],
    },
  },
);
