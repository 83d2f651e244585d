import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    pool: 'threads',
    // The suite must pass on a busy machine: the checker runs whole guides and rule sets, which can take
    // seconds when other programs share the processor. Vitest's default 5 s is not a property of the code.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
