import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuoteCarousel } from '../../src/features/quotes/QuoteCarousel.tsx';
import { ROTATION_INTERVAL_MS } from '../../src/features/quotes/use-carousel.ts';
import type { Content } from '../../src/content/schema.ts';
import type { Lang } from '../../src/i18n/i18n.tsx';
import koQuotes from '../../src/features/quotes/messages/ko.ts';
import { ko } from '../../src/i18n/ko.ts';
import { content } from '../fixtures.ts';
import { REDUCED_MOTION, stubMediaQueries } from '../media.ts';
import { renderWithCatalog } from '../render.tsx';

const QUOTES = content().quotes;

function renderCarousel({ lang = 'en', data }: { lang?: Lang; data?: Content } = {}) {
  return renderWithCatalog(<QuoteCarousel trackHref={(slug) => `/track/${slug}`} />, {
    lang,
    ...(data ? { content: data } : {}),
  });
}

/** The one slide a person can see (the others are hidden). */
const currentSlide = () => screen.getByRole('group');
const carouselRegion = () => screen.getByRole('region', { name: 'In her own words' });

/** Pretends the reader's system asks for reduced motion (or not). */
const prefersReducedMotion = (reduce: boolean) => stubMediaQueries(reduce ? [REDUCED_MOTION] : []);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('QuoteCarousel structure', () => {
  it('is a labelled carousel of slides named "N of M", showing the first quote', () => {
    renderCarousel();
    const region = carouselRegion();
    expect(region).toHaveAttribute('aria-roledescription', 'carousel');
    const slides = within(region).getAllByRole('group', { hidden: true });
    expect(slides).toHaveLength(QUOTES.length);
    slides.forEach((slide, i) => {
      expect(slide).toHaveAttribute('aria-roledescription', 'slide');
      // Hidden slides have no computed name, so read the label they will have once shown.
      expect(slide).toHaveAttribute('aria-label', `${i + 1} of ${QUOTES.length}`);
    });
    expect(currentSlide()).toHaveAccessibleName(`1 of ${QUOTES.length}`);
    expect(currentSlide()).toHaveTextContent(QUOTES[0]!.text);
  });

  it('puts Pause first, then Previous and Next, all controlling the slides', () => {
    renderCarousel();
    const buttons = within(carouselRegion()).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['❚❚Pause', '‹Previous', 'Next›']);
    expect(buttons[0]).toHaveAccessibleName('Pause');
    const slides = currentSlide().parentElement!;
    expect(buttons[1]).toHaveAttribute('aria-controls', slides.id);
    expect(buttons[2]).toHaveAttribute('aria-controls', slides.id);
  });

  it('speaks Korean around the quotes: her words stay in English, with the app’s translation beside them', () => {
    renderCarousel({ lang: 'ko' });
    expect(screen.getByRole('region', { name: koQuotes.heading })).toHaveAttribute(
      'aria-roledescription',
      koQuotes.carousel,
    );
    expect(currentSlide()).toHaveAccessibleName(koQuotes.slideLabel(1, QUOTES.length));
    expect(currentSlide()).toHaveAttribute('aria-roledescription', koQuotes.slide);
    expect(screen.getByRole('button', { name: koQuotes.pause })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: koQuotes.previous })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: koQuotes.next })).toBeInTheDocument();
    const first = QUOTES[0]!;
    expect(screen.getByText(first.text).closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(currentSlide()).toHaveTextContent(`${ko.quotes.translationLabel} ${first.translations.ko}`);
    expect(currentSlide()).toHaveTextContent('number one girl에 대해');
    expect(currentSlide()).toHaveTextContent('2024년 11월 22일');
    expect(currentSlide()).toHaveTextContent('Billboard 보도');
  });

  it('renders nothing at all when there are no quotes', () => {
    const data = content();
    data.quotes = [];
    const { container } = renderCarousel({ data });
    expect(container).toBeEmptyDOMElement();
  });
});

describe('QuoteCarousel attribution', () => {
  it('says who she said it to, when, who reported it, and links every source in a new tab', () => {
    renderCarousel();
    const slide = currentSlide();
    const quote = QUOTES[0]!;
    expect(slide).toHaveTextContent('said to Zane Lowe on Apple Music 1');
    expect(within(slide).getByText('November 22, 2024')).toHaveAttribute('datetime', '2024-11-22');
    expect(slide).toHaveTextContent('via Billboard');
    const sources = content().sources.filter((s) => quote.sources.includes(s.id));
    expect(sources).toHaveLength(quote.sources.length);
    for (const source of sources) {
      const link = within(slide).getByRole('link', { name: `${source.publisher} (opens in a new tab)` });
      expect(link).toHaveAttribute('href', source.url);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    // In English there is nothing to translate, and the quote is verified: no "one source" mark.
    expect(slide).not.toHaveTextContent('Translation by this app');
    expect(slide).not.toHaveTextContent('one source');
  });

  it('links a quote about a track to that track’s page, and marks a quote with a single source', async () => {
    const user = userEvent.setup();
    renderCarousel();
    const next = screen.getByRole('button', { name: 'Next' });
    for (let i = 0; i < QUOTES.findIndex((q) => q.id === 'drinking-game'); i++) await user.click(next);
    expect(within(currentSlide()).getByRole('link', { name: 'Track: APT.' })).toHaveAttribute(
      'href',
      '/track/apt',
    );
    expect(currentSlide()).not.toHaveTextContent('one source');
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    const single = currentSlide();
    expect(single).toHaveTextContent(QUOTES.find((q) => q.id === 'blood-and-tears')!.text);
    expect(single).toHaveTextContent('one source');
    expect(within(single).queryByRole('link', { name: /^Track:/ })).toBeNull();
  });

  it('names nobody and no day when the data knows neither', () => {
    const data = content();
    data.quotes = [{ ...data.quotes[5]!, saidTo: null, date: null, reportedOn: null, reportedBy: null }];
    renderCarousel({ data });
    const slide = currentSlide();
    expect(slide).not.toHaveTextContent('said to');
    expect(slide).not.toHaveTextContent('via');
    expect(slide.querySelector('time')).toBeNull();
  });

  it('shows the day she said it when that is known', async () => {
    const user = userEvent.setup();
    renderCarousel();
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    const slide = currentSlide();
    expect(slide).toHaveTextContent(QUOTES.at(-1)!.text);
    expect(within(slide).getByText('September 7, 2025')).toHaveAttribute('datetime', '2025-09-07');
  });

  it('shows the quotes the store holds, not a fixed list', () => {
    const data = content();
    data.quotes = [
      { ...data.quotes[2]!, id: 'a', text: 'First test words.' },
      { ...data.quotes[4]!, id: 'b', text: 'Second test words.' },
    ];
    renderCarousel({ data });
    expect(screen.getAllByRole('group', { hidden: true })).toHaveLength(2);
    expect(currentSlide()).toHaveAccessibleName('1 of 2');
    expect(currentSlide()).toHaveTextContent('First test words.');
  });
});

describe('QuoteCarousel navigation', () => {
  it('Next and Previous wrap around both ends', async () => {
    const user = userEvent.setup();
    renderCarousel();
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(currentSlide()).toHaveAccessibleName(`${QUOTES.length} of ${QUOTES.length}`);
    expect(currentSlide()).toHaveTextContent(QUOTES.at(-1)!.text);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(currentSlide()).toHaveAccessibleName(`1 of ${QUOTES.length}`);
    expect(currentSlide()).toHaveTextContent(QUOTES[0]!.text);
  });

  it('Left and Right arrows move through the quotes while focus is in the carousel', async () => {
    const user = userEvent.setup();
    renderCarousel();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(currentSlide()).toHaveAccessibleName(`2 of ${QUOTES.length}`);
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(currentSlide()).toHaveAccessibleName(`${QUOTES.length} of ${QUOTES.length}`);
  });

  it('keeps focus on the new quote when an arrow key moves away from a focused link', async () => {
    const user = userEvent.setup();
    renderCarousel();
    within(currentSlide()).getByRole('link', { name: 'Track: number one girl' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(currentSlide()).toHaveAccessibleName(`2 of ${QUOTES.length}`);
    expect(currentSlide()).toHaveFocus();
  });
});

describe('QuoteCarousel rotation', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // Testing Library only advances fake timers it recognises as Jest's; point it at Vitest's so that
    // user-event's clicks do not wait forever on a faked setTimeout.
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  });
  /** Lets `ms` of time pass a second at a time, so that each rotation step can schedule the next. */
  const wait = (ms: number) => {
    for (let left = ms; left > 0; left -= 1000)
      act(() => {
        vi.advanceTimersByTime(Math.min(1000, left));
      });
  };
  const setup = () => userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });

  it('rotates on its own with the live region off, and Pause stops it for good', async () => {
    const user = setup();
    renderCarousel();
    const slides = currentSlide().parentElement!;
    expect(slides).toHaveAttribute('aria-live', 'off');
    wait(ROTATION_INTERVAL_MS);
    expect(currentSlide()).toHaveAccessibleName(`2 of ${QUOTES.length}`);

    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(slides).toHaveAttribute('aria-live', 'polite');
    // Even after the pointer and focus leave, a paused carousel stays paused.
    await user.unhover(carouselRegion());
    act(() => screen.getByRole('button', { name: 'Play' }).blur());
    wait(ROTATION_INTERVAL_MS * 3);
    expect(currentSlide()).toHaveAccessibleName(`2 of ${QUOTES.length}`);

    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    wait(ROTATION_INTERVAL_MS);
    expect(currentSlide()).toHaveAccessibleName(`3 of ${QUOTES.length}`);
  });

  it('wraps from the last quote to the first while rotating', () => {
    renderCarousel();
    wait(ROTATION_INTERVAL_MS * QUOTES.length);
    expect(currentSlide()).toHaveAccessibleName(`1 of ${QUOTES.length}`);
  });

  it('holds while keyboard focus is inside, and resumes when it leaves', async () => {
    const user = setup();
    renderCarousel();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveFocus();
    expect(currentSlide().parentElement).toHaveAttribute('aria-live', 'polite');
    wait(ROTATION_INTERVAL_MS * 3);
    expect(currentSlide()).toHaveAccessibleName(`1 of ${QUOTES.length}`);

    await user.tab({ shift: true });
    expect(document.body).toHaveFocus();
    wait(ROTATION_INTERVAL_MS);
    expect(currentSlide()).toHaveAccessibleName(`2 of ${QUOTES.length}`);
  });

  it('holds while the pointer is over it', async () => {
    const user = setup();
    renderCarousel();
    await user.hover(currentSlide());
    wait(ROTATION_INTERVAL_MS * 2);
    expect(currentSlide()).toHaveAccessibleName(`1 of ${QUOTES.length}`);
    await user.unhover(carouselRegion());
    wait(ROTATION_INTERVAL_MS);
    expect(currentSlide()).toHaveAccessibleName(`2 of ${QUOTES.length}`);
  });

  it('does not rotate when the reader prefers reduced motion, unless they press Play', async () => {
    prefersReducedMotion(true);
    const user = setup();
    renderCarousel();
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(currentSlide().parentElement).toHaveAttribute('aria-live', 'polite');
    wait(ROTATION_INTERVAL_MS * 3);
    expect(currentSlide()).toHaveAccessibleName(`1 of ${QUOTES.length}`);

    await user.click(screen.getByRole('button', { name: 'Play' }));
    wait(ROTATION_INTERVAL_MS);
    expect(currentSlide()).toHaveAccessibleName(`2 of ${QUOTES.length}`);
  });

  it('rotates when the reader has no reduced-motion preference', () => {
    prefersReducedMotion(false);
    renderCarousel();
    wait(ROTATION_INTERVAL_MS);
    expect(currentSlide()).toHaveAccessibleName(`2 of ${QUOTES.length}`);
  });
});
