import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThemeToggle } from '../../src/features/theme/ThemeToggle.tsx';
import { DARK, stubMediaQueries } from '../media.ts';

/** Pretends the system setting is dark or light. */
const systemPrefers = (scheme: 'dark' | 'light') => stubMediaQueries(scheme === 'dark' ? [DARK] : []);

afterEach(() => {
  vi.unstubAllGlobals();
  delete document.documentElement.dataset.theme;
});

describe('ThemeToggle', () => {
  it('follows the system setting until you choose', () => {
    systemPrefers('dark');
    render(<ThemeToggle label="Dark theme" />);
    expect(screen.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('switches the page to dark and remembers it across visits', async () => {
    systemPrefers('light');
    const first = render(<ThemeToggle label="Dark theme" />);
    const toggle = screen.getByRole('button', { name: 'Dark theme' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('rosie-theme')).toBe('dark');

    first.unmount();
    render(<ThemeToggle label="Dark theme" />);
    expect(screen.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('going back to the system’s own theme forgets the choice, so the system leads again', async () => {
    systemPrefers('light');
    render(<ThemeToggle label="Dark theme" />);
    const toggle = screen.getByRole('button', { name: 'Dark theme' });
    await userEvent.click(toggle);
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(localStorage.getItem('rosie-theme')).toBeNull();
  });

  it('still switches when storage is blocked', async () => {
    systemPrefers('light');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    render(<ThemeToggle label="Dark theme" />);
    await userEvent.click(screen.getByRole('button', { name: 'Dark theme' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    vi.restoreAllMocks();
  });

  it('renders without a pressed state on the server (the browser fills it in after hydration)', async () => {
    const { renderToString } = await import('react-dom/server');
    const html = renderToString(<ThemeToggle label="Dark theme" />);
    expect(html).not.toContain('aria-pressed');
    expect(html).not.toContain('style=');
  });
});
