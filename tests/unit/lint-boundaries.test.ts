// The import boundaries hold whatever an import's spelling: source text is linted as if it lived at a path in src/,
// with the repository's own ESLint config. Only the boundary rule runs, and without type information (the sample
// files exist only here, so TypeScript's project service would not know them; the rule needs none).
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({
  cwd: path.resolve(import.meta.dirname, '../..'),
  ruleFilter: ({ ruleId }) => ruleId === 'import-x/no-restricted-paths',
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
});

/** The boundary messages for `code` placed at `file` (the file need not exist; what it imports must). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((message) => `${String(message.line)}: ${message.message}`);
}

// Loading the config, its plugins and the parser is the slow part, once: not inside a test's time limit.
beforeAll(() => eslint.lintText('', { filePath: 'src/lib/warm-up.ts' }), 60_000);

describe('the import boundaries', () => {
  it('stop a feature importing another feature, however the path is spelled, even lazily', async () => {
    const errors = await boundaryErrors(
      'src/features/album/boundary-sample.ts',
      [
        "import { wrapIndex } from '../../features/quotes/carousel.ts';",
        "import { useFavoritesReady } from '../favorites/use-favorites.ts';",
        "import type { Step } from '../../../src/features/quotes/carousel.ts';",
        "export const later = () => import('../quotes/QuoteCarousel.tsx');",
        'export { wrapIndex, useFavoritesReady };',
        'export type { Step };',
      ].join('\n'),
    );
    expect(errors).toEqual([
      expect.stringMatching(/^1: .*Features do not import each other/),
      expect.stringMatching(/^2: .*Features do not import each other/),
      expect.stringMatching(/^3: .*Features do not import each other/),
      expect.stringMatching(/^4: .*Features do not import each other/),
    ]);
  });

  it('stop a feature importing the app, and shared code importing a feature or the app', async () => {
    const fromFeature = await boundaryErrors(
      'src/features/track/boundary-sample.ts',
      "export { paths } from '../../app/paths.ts';",
    );
    expect(fromFeature).toEqual([expect.stringMatching(/^1: .*Features do not import src\/app/)]);
    const fromShared = await boundaryErrors(
      'src/lib/boundary-sample.ts',
      "export { paths } from '../app/paths.ts';\nexport { sharedFavoritesPath } from '../features/favorites/shared-link.ts';",
    );
    expect(fromShared).toEqual([
      expect.stringMatching(/^1: .*Shared code/),
      expect.stringMatching(/^2: .*Shared code/),
    ]);
  });

  it('let a feature import its own files and shared code, and the app import any feature', async () => {
    expect(
      await boundaryErrors(
        'src/features/album/boundary-sample.ts',
        "export { AlbumCover } from './AlbumCover.tsx';\nexport { formatSeconds } from '../../lib/duration.ts';",
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors(
        'src/app/boundary-sample.ts',
        "export { QuoteCarousel } from '../features/quotes/QuoteCarousel.tsx';",
      ),
    ).toEqual([]);
  });
});
