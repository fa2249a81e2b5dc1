// Vitest: unit tests (pure logic) and component tests (Testing Library in jsdom).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Component tests render the whole app; on a machine busy with parallel builds 5 s is too tight.
    testTimeout: 15_000,
  },
});
