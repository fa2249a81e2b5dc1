// Vitest: the cross-engine spec (tests/engines/), one project per browser engine, run one engine after the other
// against the production build in dist/. `npm run test:engines`, or one engine: `npm run test:webkit`.
import { defineConfig } from 'vitest/config';
import { ENGINES } from './tests/engines/engines.ts';

export default defineConfig({
  test: {
    environment: 'node',
    // One browser at a time: two cores, and each engine's spec starts its own browser and server.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll: how long a person would wait for the page to answer.
    expect: { poll: { timeout: 7_000 } },
    projects: ENGINES.map((engine) => ({
      extends: true,
      test: { name: engine, include: ['tests/engines/**/*.spec.ts'], env: { ENGINE: engine } },
    })),
  },
});
