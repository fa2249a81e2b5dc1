import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageSwitch } from '../../src/app/LanguageSwitch.tsx';
import { useInitialLanguage } from '../../src/app/use-initial-language.ts';
import { renderWithCatalog } from '../render.tsx';

function FirstVisit() {
  useInitialLanguage();
  return <LanguageSwitch />;
}

function browserLanguages(...languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

afterEach(() => vi.restoreAllMocks());

describe('LanguageSwitch', () => {
  it('links to the same page in Korean, and remembers the choice', async () => {
    const { location } = renderWithCatalog(<LanguageSwitch />, { path: '/track/apt' });
    const link = screen.getByRole('link', { name: 'Language: 한국어' });
    expect(link).toHaveAttribute('href', '/ko/track/apt');
    expect(link).toHaveAttribute('hreflang', 'ko');
    await userEvent.click(link);
    expect(location.history.at(-1)).toBe('/ko/track/apt');
    expect(localStorage.getItem('rosie-lang')).toBe('ko');
  });

  it('links from Korean back to English', async () => {
    renderWithCatalog(<LanguageSwitch />, { path: '/ko/favorites', lang: 'ko' });
    const link = screen.getByRole('link', { name: '언어: English' });
    expect(link).toHaveAttribute('href', '/favorites');
    await userEvent.click(link);
    expect(localStorage.getItem('rosie-lang')).toBe('en');
  });
});

describe('the first visit', () => {
  it('opens the Korean home page for a Korean browser', () => {
    browserLanguages('ko-KR', 'en-US');
    const { location } = renderWithCatalog(<FirstVisit />, { path: '/' });
    expect(location.history.at(-1)).toBe('/ko/');
  });

  it('stays in English for an English browser', () => {
    browserLanguages('en-US');
    const { location } = renderWithCatalog(<FirstVisit />, { path: '/' });
    expect(location.history).toEqual(['/']);
  });

  it('keeps the remembered choice over the browser language', () => {
    browserLanguages('ko-KR');
    localStorage.setItem('rosie-lang', 'en');
    const { location } = renderWithCatalog(<FirstVisit />, { path: '/' });
    expect(location.history).toEqual(['/']);
  });

  it('never moves a shared link to another page', () => {
    browserLanguages('ko-KR');
    const { location } = renderWithCatalog(<FirstVisit />, { path: '/track/apt' });
    expect(location.history).toEqual(['/track/apt']);
  });
});
