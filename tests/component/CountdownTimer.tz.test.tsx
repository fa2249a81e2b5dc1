// The countdown as a fan in this run's time zone sees and hears it (TZ is set per vitest project).
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CatalogProvider } from '../../src/content/catalog-store.tsx';
import { CountdownTimer } from '../../src/features/countdown/CountdownTimer.tsx';
import { LangProvider, type Lang } from '../../src/i18n/i18n.tsx';
import { content } from '../fixtures.ts';
import { renderWithCatalog } from '../render.tsx';
import { hydrate, serverRendered } from '../server-html.tsx';
import { currentZone } from '../time-zones.ts';

const [TZ, facts] = currentZone();

function tree(lang: Lang = 'en') {
  return (
    <LangProvider lang={lang}>
      <CatalogProvider content={content()}>
        <CountdownTimer />
      </CatalogProvider>
    </LangProvider>
  );
}

/** The four boxes' numbers as shown: ["02", "01", "01", "03"]. */
function digits(): string[] {
  const timer = screen.getByRole('timer');
  return Array.from(timer.querySelectorAll('.countdown__value'), (el) => el.textContent);
}

/** Lets `ms` of the clock pass. */
const advance = (ms: number) => {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
};

/**
 * The first reading, just after mount: the countdown prepares in a few tasks (the year's events, its formatters),
 * then reads the clock. A timer set while fake timers run fires a millisecond later: 5 ms of the clock covers them.
 */
const firstReading = () => advance(5);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe(`CountdownTimer for a fan in ${TZ}`, () => {
  it('renders a stable placeholder on the server: the same boxes, no numbers', () => {
    vi.setSystemTime(new Date(`2024-12-03T22:58:57${facts.decemberOffset}`));
    const html = renderToString(tree());
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const timer = doc.querySelector('[role="timer"]')!;
    expect(Array.from(timer.querySelectorAll('.countdown__value'), (el) => el.textContent)).toEqual([
      '--',
      '--',
      '--',
      '--',
    ]);
    expect(timer.getAttribute('aria-live')).toBeNull();
    expect(html).not.toContain('rosie released');
    expect(html).not.toContain('style=');
    // The same instant rendered again gives the same HTML: nothing in it depends on the clock.
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    expect(renderToString(tree())).toBe(html);
  });

  it('hydrates the prerendered HTML without a mismatch, then fills in the time', () => {
    vi.setSystemTime(new Date(`2024-12-03T22:58:57${facts.decemberOffset}`));
    const container = serverRendered(tree());
    const recoverable: unknown[] = [];
    act(() => {
      hydrate(container, tree(), { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(digits()).toEqual(['--', '--', '--', '--']);
    firstReading();
    expect(digits()).toEqual(['02', '01', '01', '03']);
    expect(recoverable).toEqual([]);
  });

  it('shows exactly 2 days 1 h 1 min 3 s to the release, with when it happens here, in Seoul and in New York', () => {
    vi.setSystemTime(new Date(`2024-12-03T22:58:57${facts.decemberOffset}`));
    renderWithCatalog(<CountdownTimer />);
    firstReading();
    expect(digits()).toEqual(['02', '01', '01', '03']);
    expect(screen.getByRole('timer')).toHaveTextContent('02days01hours01minutes03seconds');
    expect(screen.getByText('rosie released')).toBeInTheDocument();
    const when = screen.getByText(/December 6, 2024/, { selector: '.countdown__when time' });
    expect(when).toHaveAttribute('dateTime', '2024-12-06');
    expect(when).toHaveTextContent(/Friday, December 6, 2024 at 12:00\sAM/);
    const markets = within(screen.getByText('Midnight in each market').parentElement!).getAllByRole(
      'listitem',
    );
    expect(markets.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Seoul: Friday, December 6, 2024 at 12:00\sAM GMT\+9$/),
      expect.stringMatching(/^New York: Friday, December 6, 2024 at 12:00\sAM EST$/),
    ]);
  });

  it('ticks every second without announcing the ticks', () => {
    vi.setSystemTime(new Date(`2024-12-03T22:58:57${facts.decemberOffset}`));
    renderWithCatalog(<CountdownTimer />);
    firstReading();
    const status = screen.getByRole('status');
    advance(1000);
    expect(digits()).toEqual(['02', '01', '01', '02']);
    advance(3000);
    expect(digits()).toEqual(['02', '01', '00', '59']);
    expect(status).toBeEmptyDOMElement();
  });

  it('flips to "Out now" at the exact instant without a reload, announces it once, and rolls on', () => {
    vi.setSystemTime(Date.parse(facts.release) - 2000);
    renderWithCatalog(<CountdownTimer />);
    firstReading();
    expect(digits()).toEqual(['00', '00', '00', '02']);
    advance(1000);
    expect(digits()).toEqual(['00', '00', '00', '01']);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    advance(1000);
    expect(screen.getByRole('status')).toHaveTextContent(
      /^rosie released: out now\. Next: APT\. video passes/,
    );
    expect(screen.getByText('Out now').parentElement).toHaveTextContent(/rosie released · now/);
    expect(
      screen.getByText(/APT\. video passes 1 billion/, { selector: '.countdown__title' }),
    ).toBeInTheDocument();
    expect(digits().every((d) => /^\d+$/.test(d))).toBe(true);
    const announced = screen.getByRole('status').textContent;
    advance(5000);
    expect(screen.getByRole('status').textContent).toBe(announced);
    expect(screen.getByText('Out now').parentElement).toHaveTextContent('rosie released · 5 seconds ago');
  });

  it('on 24 November 2026 counts to the 2nd anniversary, in Korean too', () => {
    vi.setSystemTime(new Date('2026-11-24T12:00:00Z'));
    renderWithCatalog(<CountdownTimer />, { lang: 'ko' });
    firstReading();
    const [days, hours] = facts.fromNov24Noon;
    expect(digits()).toEqual([days, hours, 0, 0].map((n) => String(n).padStart(2, '0')));
    expect(screen.getByText('rosie 발매 기념일 · 2주년')).toBeInTheDocument();
    expect(
      screen.getByText(/2026년 12월 6일 일요일/, { selector: '.countdown__when time' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('일');
  });

  it('downloads an .ics for the next event and a yearly one for the anniversary', async () => {
    // Only Date is fixed here: real timers let user-event and Testing Library wait as they normally do.
    vi.useRealTimers();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T12:00:00Z'));
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:ics';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const user = userEvent.setup();
    renderWithCatalog(<CountdownTimer />);
    expect(await screen.findByText('rosie anniversary · 2nd')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add to calendar' }));
    await user.click(screen.getByRole('button', { name: 'Add “rosie anniversary” every year' }));
    expect(names).toEqual(['rosie-album-anniversary-2026.ics', 'rosie-album-anniversary-yearly.ics']);
    const [next, yearly] = await Promise.all(blobs.map((b) => b.text()));
    expect(blobs[0]!.type).toBe('text/calendar;charset=utf-8');
    expect(next).toContain('\r\nDTSTART;VALUE=DATE:20261206\r\n');
    expect(next).toContain('\r\nSUMMARY:rosie anniversary · 2nd\r\n');
    expect(next).toContain('\r\nDTSTAMP:20261125T120000Z\r\n');
    expect(next).not.toContain('RRULE');
    expect(yearly).toContain('\r\nRRULE:FREQ=YEARLY\r\n');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
