// Component-test setup: jest-dom matchers, cleanup, and a failure on any console error (the app must never log one).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { prepareEverything } from '../src/app/pages.tsx';

// What loads on demand in the browser (sections near the screen, pages, Korean) renders at once in tests, as on the
// server.
beforeAll(() => prepareEverything());

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
