// A new language is one row in src/i18n/languages.ts (with its messages): here a third row, French, reaches the
// paths, the first-visit choice, the messages, the language switch and the list of prerendered pages, without any
// other file naming it.
import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/i18n/languages.ts';
import { content } from '../fixtures.ts';

vi.mock('../../src/i18n/languages.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/i18n/languages.ts')>();
  const { en } = await import('../../src/i18n/en.ts');
  const french = { ...en, common: { ...en.common, language: 'Langue' } };
  const LANGUAGES = [
    ...actual.LANGUAGES,
    {
      tag: 'fr',
      name: 'Français',
      prefix: 'fr',
      locale: 'fr-FR',
      ogLocale: 'fr_FR',
      messages: () => Promise.resolve(french),
    },
  ];
  return { ...actual, LANGUAGES, LANG_TAGS: LANGUAGES.map((language) => language.tag) };
});

// Its content too: the schema requires every language of the table in every translated string, so the fixture
// gives French the English text (a stand-in; the test is about the code, not the words).
vi.mock('../fixtures.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../fixtures.ts')>();
  const { parseContent } = await import('../../src/content/schema.ts');
  const withFrench = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(withFrench);
    if (node === null || typeof node !== 'object') return node;
    const entries = Object.entries(node).map(([key, value]) => [key, withFrench(value)] as const);
    const record = Object.fromEntries(entries) as Record<string, unknown>;
    if (typeof record.en === 'string' && typeof record.ko === 'string') return { ...record, fr: record.en };
    // A quote's translations (every language but the one she said it in).
    const translations = record.translations as Record<string, string> | undefined;
    return translations ? { ...record, translations: { ...translations, fr: record.text } } : record;
  };
  const rawContent = () => withFrench(actual.rawContent()) as ReturnType<typeof actual.rawContent>;
  return { ...actual, rawContent, content: () => parseContent(rawContent()) };
});

// The type knows only the shipped languages; the table under test has one more.
const fr = 'fr' as Lang;

// The test setup already loaded the app with the real table: load it again, with the table above.
let app: Awaited<ReturnType<typeof loadApp>>;
async function loadApp() {
  vi.resetModules();
  return {
    ...(await import('../../src/app/LanguageSwitch.tsx')),
    ...(await import('../../src/app/paths.ts')),
    ...(await import('../../src/entry-server.tsx')),
    ...(await import('../../src/i18n/i18n.tsx')),
    ...(await import('../../src/i18n/preferred-lang.ts')),
    ...(await import('../render.tsx')),
  };
}
beforeAll(async () => {
  app = await loadApp();
});

describe('a third language in the table', () => {
  it('has its own URL prefix, and leaves the others where they were', () => {
    expect(app.localePath(fr, '/')).toBe('/fr/');
    expect(app.localePath(fr, '/track/apt')).toBe('/fr/track/apt');
    expect(app.splitLocale('/fr/favorites')).toEqual({ lang: 'fr', path: '/favorites' });
    expect(app.splitLocale('/fr')).toEqual({ lang: 'fr', path: '/' });
    expect(app.splitLocale('/ko/track/apt')).toEqual({ lang: 'ko', path: '/track/apt' });
    expect(app.splitLocale('/track/apt')).toEqual({ lang: 'en', path: '/track/apt' });
    // A path that only starts with the same letters is not in that language.
    expect(app.splitLocale('/french')).toEqual({ lang: 'en', path: '/french' });
  });

  it('is chosen for a browser in that language, and formats dates in its locale', () => {
    expect(app.preferredLang(null, ['fr-CA', 'en-US'])).toBe('fr');
    expect(app.preferredLang(null, ['de-DE'])).toBe('en');
    expect(app.LOCALE[fr]).toBe('fr-FR');
  });

  it('loads its messages on demand, the default language standing in until then', async () => {
    expect(app.messagesFor(fr).common.language).toBe('Language');
    await app.loadMessages(fr);
    expect(app.messagesFor(fr).common.language).toBe('Langue');
    expect(app.messagesFor('en').common.language).toBe('Language');
  });

  it('is offered by the language switch, beside the other languages', async () => {
    await app.loadMessages(fr);
    app.renderWithCatalog(<app.LanguageSwitch />, { path: '/track/apt' });
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('hreflang'))).toEqual(['ko', 'fr']);
    expect(screen.getByRole('link', { name: 'Language: Français' })).toHaveAttribute('href', '/fr/track/apt');
    expect(screen.getByRole('link', { name: 'Language: 한국어' })).toHaveAttribute('href', '/ko/track/apt');
  });

  it('links from the third language to the two others', async () => {
    await app.loadMessages(fr);
    app.renderWithCatalog(<app.LanguageSwitch />, { path: '/fr/favorites', lang: fr });
    expect(screen.getByRole('link', { name: 'Langue: English' })).toHaveAttribute('href', '/favorites');
    expect(screen.getByRole('link', { name: 'Langue: 한국어' })).toHaveAttribute('href', '/ko/favorites');
  });

  it('gets every page prerendered, each pointing at its versions in all three languages', () => {
    const routes = app.prerenderRoutes(content());
    const french = routes.filter((route) => route.lang === fr);
    const slugs = content().tracks.map((track) => track.slug);
    expect(french.map((route) => route.path)).toEqual([
      '/fr/',
      ...slugs.map((slug) => `/fr/track/${slug}`),
      '/fr/favorites',
      '/fr/rank',
    ]);
    expect(french.every((route) => route.ogLocale === 'fr_FR')).toBe(true);
    const apt = routes.filter((route) => route.route.kind === 'track' && route.route.slug === 'apt');
    expect(apt.map((route) => route.path)).toEqual(['/track/apt', '/ko/track/apt', '/fr/track/apt']);
    for (const route of apt)
      expect(route.alternates).toEqual([
        { hreflang: 'en', path: '/track/apt' },
        { hreflang: 'ko', path: '/ko/track/apt' },
        { hreflang: 'fr', path: '/fr/track/apt' },
        { hreflang: 'x-default', path: '/track/apt' },
      ]);
  });
});
