// The schema of public/data/rosie.json: every type the app uses for content is inferred from here.
import * as v from 'valibot';
import { LANG_TAGS, type Lang } from '../i18n/languages.ts';

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

/** A language tag (BCP 47), e.g. "en", "ko", "pt-BR": the language a page or a quote is in. */
const langTag = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag, e.g. "en"'),
);

const text = v.pipe(v.string(), v.nonEmpty('is empty'));

/**
 * A human-readable string in every language the app declares (src/i18n/languages.ts): `{ "en": "…", "ko": "…" }`.
 * A missing language is rejected with its path ("milestones.2.title: missing the "ko" translation"). Official
 * titles and people's names are not localized: they stay plain strings.
 */
const localized = v.object(
  Object.fromEntries(LANG_TAGS.map((tag) => [tag, text])) as Record<Lang, typeof text>,
  (issue) =>
    issue.received === 'undefined'
      ? `missing the ${issue.expected} translation`
      : `expected a text in every language (${LANG_TAGS.join(', ')}), got ${issue.received}`,
);

const confidence = v.picklist(['verified', 'secondary', 'unverified']);
const sourceIds = v.pipe(v.array(v.string()), v.minLength(1, 'needs at least one source'));

/** Every fact the app shows carries how sure we are and where it comes from. */
const sourced = { confidence, sources: sourceIds };

const credit = v.nullable(v.object({ names: v.pipe(v.array(v.string()), v.minLength(1)), ...sourced }));

/** One sourced statement in every language (a track's note, a line of the album's story). */
const NoteSchema = v.object({ text: localized, ...sourced });

/** What kind of page a source is, shown beside it: a label's own text weighs more than a fan wiki. */
export const SOURCE_KINDS = [
  'news',
  'label',
  'encyclopedia',
  'fan-wiki',
  'interview',
  'blog',
  'streaming',
] as const;

export const SourceSchema = v.object({
  id: v.string(),
  /** What the page is, in the app's words (not its headline): the name shown for an item without a URL. */
  title: localized,
  /** The outlet, as it names itself (null when the item does not say). */
  publisher: v.nullable(v.string()),
  kind: v.picklist(SOURCE_KINDS),
  /** The language the page is written in. */
  lang: langTag,
  url: v.nullable(v.pipe(v.string(), v.url('expected an absolute URL'))),
  /** When it was published or aired; required when there is no URL (a named print or broadcast item). */
  date: v.nullable(isoDate),
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
  notes: v.array(NoteSchema),
});

export const QuoteSchema = v.object({
  id: v.string(),
  /** The language she said it in; `text` is her words as said, never reworded. */
  lang: langTag,
  text,
  /** The app's own translation into every other language the app declares. */
  translations: v.record(v.picklist(LANG_TAGS), text),
  context: localized,
  saidTo: v.nullable(localized),
  date: v.nullable(isoDate),
  reportedOn: v.nullable(isoDate),
  /** The outlet that reported it, when that is how it is known (e.g. an interview reported by Billboard). */
  reportedBy: v.nullable(v.string()),
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
  title: localized,
  when: WhenSchema,
  note: v.nullable(localized),
  trackSlug: v.nullable(slug),
  ...sourced,
});

/** A yearly event that falls at local midnight of month/day in the visitor's time zone. */
export const AnniversarySchema = v.object({
  id: v.string(),
  title: localized,
  month: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)),
  day: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31)),
  firstYear: v.nullable(v.pipe(v.number(), v.integer())),
  trackSlug: v.nullable(slug),
  ...sourced,
});

export const ChartFactSchema = v.object({
  id: v.string(),
  subject: v.string(),
  text: localized,
  /** The day the sources show it held (a running count may have grown since). */
  asOf: isoDate,
  ...sourced,
});

export const AlbumSchema = v.object({
  title: v.string(),
  artist: v.string(),
  artistNote: localized,
  labels: v.array(v.string()),
  appleMusicId: v.pipe(v.string(), v.regex(/^\d+$/, 'expected a numeric Apple Music id')),
  trackCount: v.pipe(v.number(), v.integer()),
  announced: v.object({ date: isoDate, note: localized, ...sourced }),
  release: v.object({
    date: isoDate,
    timing: v.literal('local-midnight'),
    note: localized,
    markets: v.array(v.object({ city: localized, timeZone: v.string(), at: isoInstant })),
    ...sourced,
  }),
  /** The album's story: what it is, and what the songs draw on. */
  story: v.array(NoteSchema),
  /** Where the tracks' lengths come from. */
  durations: v.object(sourced),
  ...sourced,
});

export const ContentSchema = v.object({
  schemaVersion: v.literal(2),
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
export type SourceKind = Source['kind'];
export type Note = v.InferOutput<typeof NoteSchema>;
/** A string in every language the app declares. */
export type Localized = v.InferOutput<typeof localized>;
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
  const sourceIdSet = new Set<string>();
  content.sources.forEach((source, i) => {
    if (sourceIdSet.has(source.id))
      issues.push({ path: `sources.${i}.id`, message: `duplicate source id "${source.id}"` });
    sourceIdSet.add(source.id);
    if (source.url === null && source.date === null)
      issues.push({
        path: `sources.${i}.date`,
        message: 'a source without a URL needs a date (a named print or broadcast item)',
      });
  });
  const checkSources = (ids: string[], path: string) =>
    ids.forEach((id, j) => {
      if (!sourceIdSet.has(id))
        issues.push({ path: `${path}.sources.${j}`, message: `unknown source "${id}"` });
    });
  const checkTrack = (ref: string | null, path: string) => {
    if (ref !== null && !seen.has(ref)) issues.push({ path, message: `unknown track "${ref}"` });
  };
  const { album } = content;
  checkSources(album.sources, 'album');
  checkSources(album.announced.sources, 'album.announced');
  checkSources(album.release.sources, 'album.release');
  checkSources(album.durations.sources, 'album.durations');
  album.story.forEach((n, i) => checkSources(n.sources, `album.story.${i}`));
  content.tracks.forEach((t, i) => {
    if (t.writers) checkSources(t.writers.sources, `tracks.${i}.writers`);
    if (t.producers) checkSources(t.producers.sources, `tracks.${i}.producers`);
    t.notes.forEach((n, j) => checkSources(n.sources, `tracks.${i}.notes.${j}`));
  });
  content.quotes.forEach((quote, i) => {
    for (const tag of LANG_TAGS)
      if (tag !== quote.lang && quote.translations[tag] === undefined)
        issues.push({ path: `quotes.${i}.translations.${tag}`, message: `missing the "${tag}" translation` });
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
