// Vitest: unit tests (pure logic) and component tests (Testing Library in jsdom). Time-zone tests
// (`*.tz.test.ts[x]`) run once per zone, each project with its own TZ, so "the visitor's zone" is real.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export const TIME_ZONES = [
  'Asia/Seoul',
  'America/New_York',
  'Europe/London',
  'America/Los_Angeles',
  'Pacific/Auckland',
] as const;

const TESTS = ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'];
const TZ_TESTS = ['tests/unit/**/*.tz.test.{ts,tsx}', 'tests/component/**/*.tz.test.{ts,tsx}'];

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Six projects share the workers: on a loaded machine a cold first render can pass 5 s.
    testTimeout: 15_000,
    projects: [
      { extends: true, test: { name: 'app', include: TESTS, exclude: TZ_TESTS, env: { TZ: 'UTC' } } },
      ...TIME_ZONES.map((tz) => ({
        extends: true as const,
        test: { name: `tz ${tz}`, include: TZ_TESTS, env: { TZ: tz } },
      })),
    ],
  },
});
