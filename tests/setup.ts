// Component-test setup: jest-dom matchers, cleanup, and a failure on any console error (the app must never log one).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { preloadIslands } from '../src/app/island.tsx';

// Sections that load near the screen in the browser (src/app/island.tsx) render at once in tests, as on the server.
beforeAll(() => preloadIslands());

let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  cleanup();
  localStorage.clear();
  if (errors.length > 0)
    throw new Error(`console.error was called: ${errors.map((e) => e.map(String).join(' ')).join('\n')}`);
});
