// The schema of public/data/rosie.json: every type the app uses for content is inferred from here.
import * as v from 'valibot';

const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
  v.check((s) => isRealDate(s), 'is not a real calendar date'),
);

const isoInstant = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/,
    'expected an instant with an offset, e.g. 2024-12-06T00:00:00+09:00',
  ),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a real instant'),
);

/** "m:ss" (minutes any width, seconds 00–59), or null when the duration is not verified. */
const duration = v.nullable(v.pipe(v.string(), v.regex(/^\d{1,2}:[0-5]\d$/, 'expected a duration as m:ss')));

const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase, hyphenated slug'));

const confidence = v.picklist(['verified', 'secondary', 'unverified']);
const sourceIds = v.pipe(v.array(v.string()), v.minLength(1, 'needs at least one source'));

/** Every fact the app shows carries how sure we are and where it comes from. */
const sourced = { confidence, sources: sourceIds };

const credit = v.nullable(v.object({ names: v.pipe(v.array(v.string()), v.minLength(1)), ...sourced }));

const note = v.nullable(v.object({ text: v.string(), ...sourced }));

export const SourceSchema = v.object({
  id: v.string(),
  title: v.string(),
  publisher: v.string(),
  url: v.nullable(v.pipe(v.string(), v.url('expected an absolute URL'))),
});

export const TrackSchema = v.object({
  number: v.pipe(v.number(), v.integer()),
  slug,
  title: v.string(),
  aliases: v.array(v.string()),
  duration,
  featuring: v.nullable(v.string()),
  writers: credit,
  producers: credit,
  note,
});

export const QuoteSchema = v.object({
  id: v.string(),
  text: v.string(),
  context: v.string(),
  saidTo: v.nullable(v.string()),
  date: v.nullable(isoDate),
  reportedOn: v.nullable(isoDate),
  trackSlug: v.nullable(slug),
  ...sourced,
});

/**
 * When an event happens. `instant`: one moment worldwide (an offset is required).
 * `local-midnight`: 00:00 of that date in the visitor's own time zone (a staggered release).
 * `local-date`: a day, with no meaningful time.
 */
export const WhenSchema = v.variant('timing', [
  v.object({ timing: v.literal('instant'), at: isoInstant }),
  v.object({ timing: v.literal('local-midnight'), date: isoDate }),
  v.object({ timing: v.literal('local-date'), date: isoDate }),
]);

export const MilestoneSchema = v.object({
  id: v.string(),
  title: v.string(),
  when: WhenSchema,
  note: v.nullable(v.string()),
  trackSlug: v.nullable(slug),
  ...sourced,
});

/** A yearly event that falls at local midnight of month/day in the visitor's time zone. */
export const AnniversarySchema = v.object({
  id: v.string(),
  title: v.string(),
  month: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)),
  day: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31)),
  firstYear: v.nullable(v.pipe(v.number(), v.integer())),
  trackSlug: v.nullable(slug),
  ...sourced,
});

export const ChartFactSchema = v.object({
  id: v.string(),
  subject: v.string(),
  text: v.string(),
  asOf: isoDate,
  ...sourced,
});

export const AlbumSchema = v.object({
  title: v.string(),
  artist: v.string(),
  artistNote: v.string(),
  labels: v.array(v.string()),
  appleMusicId: v.pipe(v.string(), v.regex(/^\d+$/, 'expected a numeric Apple Music id')),
  trackCount: v.pipe(v.number(), v.integer()),
  announced: v.object({ date: isoDate, note: v.string(), ...sourced }),
  release: v.object({
    date: isoDate,
    timing: v.literal('local-midnight'),
    note: v.string(),
    markets: v.array(v.object({ city: v.string(), timeZone: v.string(), at: isoInstant })),
    ...sourced,
  }),
  laterEditions: v.object({ text: v.string(), ...sourced }),
  ...sourced,
});

export const ContentSchema = v.object({
  schemaVersion: v.literal(1),
  compiledOn: isoDate,
  sources: v.array(SourceSchema),
  album: AlbumSchema,
  tracks: v.pipe(v.array(TrackSchema), v.minLength(1)),
  quotes: v.array(QuoteSchema),
  milestones: v.array(MilestoneSchema),
  anniversaries: v.array(AnniversarySchema),
  charts: v.array(ChartFactSchema),
});

export type Content = v.InferOutput<typeof ContentSchema>;
export type Album = Content['album'];
export type Track = v.InferOutput<typeof TrackSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Milestone = v.InferOutput<typeof MilestoneSchema>;
export type When = v.InferOutput<typeof WhenSchema>;
export type Anniversary = v.InferOutput<typeof AnniversarySchema>;
export type ChartFact = v.InferOutput<typeof ChartFactSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Confidence = v.InferOutput<typeof confidence>;
export type Credit = NonNullable<Track['writers']>;

export interface ContentIssue {
  path: string;
  message: string;
}

/** Thrown when the content JSON does not match the schema; the message names each bad path. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(`The album data is invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Rules that span several fields: unique slugs, 1..N numbering, references that resolve. */
function crossFieldIssues(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  content.tracks.forEach((track, i) => {
    if (seen.has(track.slug))
      issues.push({ path: `tracks.${i}.slug`, message: `duplicate slug "${track.slug}"` });
    seen.add(track.slug);
    if (track.number !== i + 1)
      issues.push({
        path: `tracks.${i}.number`,
        message: `expected track number ${i + 1}, got ${track.number}`,
      });
  });
  if (content.album.trackCount !== content.tracks.length)
    issues.push({
      path: 'album.trackCount',
      message: `says ${content.album.trackCount} tracks but the list has ${content.tracks.length}`,
    });
  const sourceIdSet = new Set(content.sources.map((s) => s.id));
  const checkSources = (ids: string[], path: string) =>
    ids.forEach((id, j) => {
      if (!sourceIdSet.has(id))
        issues.push({ path: `${path}.sources.${j}`, message: `unknown source "${id}"` });
    });
  const checkTrack = (ref: string | null, path: string) => {
    if (ref !== null && !seen.has(ref)) issues.push({ path, message: `unknown track "${ref}"` });
  };
  checkSources(content.album.sources, 'album');
  checkSources(content.album.release.sources, 'album.release');
  content.tracks.forEach((t, i) => {
    if (t.writers) checkSources(t.writers.sources, `tracks.${i}.writers`);
    if (t.producers) checkSources(t.producers.sources, `tracks.${i}.producers`);
    if (t.note) checkSources(t.note.sources, `tracks.${i}.note`);
  });
  for (const key of ['quotes', 'milestones', 'anniversaries'] as const) {
    content[key].forEach((item, i) => {
      checkSources(item.sources, `${key}.${i}`);
      checkTrack(item.trackSlug, `${key}.${i}.trackSlug`);
    });
  }
  content.charts.forEach((c, i) => checkSources(c.sources, `charts.${i}`));
  return issues;
}

/** Validates unknown JSON as album content, or throws a ContentError naming every bad path. */
export function parseContent(input: unknown): Content {
  const result = v.safeParse(ContentSchema, input);
  if (!result.success) {
    throw new ContentError(
      result.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '(root)', message: issue.message })),
    );
  }
  const issues = crossFieldIssues(result.output);
  if (issues.length > 0) throw new ContentError(issues);
  return result.output;
}
