// Trials of issue #21: builds the app with one or more performance mechanisms taken out, so that each can be
// measured against the same code with it (docs/performance.md, "The mechanisms, one by one").
// `ROSIE_WITHOUT=memo,chunks npx tsx build/build.ts --out dist-trial`, or `npm run bench -- --without ...`.
// The app's source holds no switch: each removal is a rewrite made here, at build time only.
import type { Plugin } from 'vite';

export const MECHANISMS = ['content-visibility', 'memo', 'chunks'] as const;
export type Mechanism = (typeof MECHANISMS)[number];

/** The mechanisms named in ROSIE_WITHOUT; an unknown name stops the build rather than measure the wrong thing. */
export function withoutFromEnv(value = process.env.ROSIE_WITHOUT ?? ''): Set<Mechanism> {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of names)
    if (!(MECHANISMS as readonly string[]).includes(name))
      throw new Error(`ROSIE_WITHOUT: unknown mechanism "${name}" (known: ${MECHANISMS.join(', ')})`);
  return new Set(names as Mechanism[]);
}

/** Each rewrite: the file it applies to, and what it does to the source. */
const REWRITES: Record<Exclude<Mechanism, 'chunks'>, { file: RegExp; rewrite: (code: string) => string }> = {
  'content-visibility': {
    file: /\.css$/,
    rewrite: (code) => code.replace(/content-visibility:\s*auto;?/g, ''),
  },
  // The tracklist's rows render again when hydration ends.
  memo: {
    file: /\/src\/features\/album\/Tracklist\.tsx$/,
    rewrite: (code) => code.replace('memo(function TrackRows', '(function TrackRows'),
  },
};

export function without(mechanisms: Set<Mechanism>): Plugin {
  return {
    name: 'rosie-without',
    enforce: 'pre',
    transform(code, id) {
      let out = code;
      for (const mechanism of mechanisms) {
        if (mechanism === 'chunks') continue;
        const { file, rewrite } = REWRITES[mechanism];
        if (!file.test(id.split('?')[0])) continue;
        out = rewrite(out);
        if (out === code && mechanism !== 'content-visibility')
          this.error(
            `ROSIE_WITHOUT=${mechanism}: nothing to rewrite in ${id}; update build/without-plugin.ts`,
          );
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}
