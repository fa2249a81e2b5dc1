import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ShareButton } from '../../src/ui/ShareButton.tsx';

const labels = { share: 'Share', copied: 'Link copied', manual: 'Copy this link' };
const url = 'https://fans.example/rosie/track/apt';
const target = () => ({ url, title: 'APT. — rosie by ROSÉ' });

/** Replaces the browser's navigator for one test with only the share parts a browser might have. */
function useNavigator(parts: { share?: () => Promise<void>; writeText?: () => Promise<void> }) {
  const share = parts.share && vi.fn(parts.share);
  const writeText = parts.writeText && vi.fn(parts.writeText);
  vi.stubGlobal('navigator', { share, clipboard: writeText && { writeText } });
  return { share, writeText };
}

describe('ShareButton', () => {
  it('opens the system share sheet where there is one, and says nothing more', async () => {
    const { share, writeText } = useNavigator({
      share: () => Promise.resolve(),
      writeText: () => Promise.resolve(),
    });
    render(<ShareButton target={target} labels={labels} />);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith(expect.objectContaining({ url }));
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('copies the URL and says "Link copied" in a polite live region when there is no Web Share', async () => {
    const { writeText } = useNavigator({ writeText: () => Promise.resolve() });
    render(<ShareButton target={target} labels={labels} />);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(writeText).toHaveBeenCalledWith(url);
    expect(status).toHaveTextContent('Link copied');
  });

  it('shows the URL selected in a read-only field when the clipboard fails too', async () => {
    useNavigator({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    render(<ShareButton target={target} labels={labels} />);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Copy this link' });
    expect(field).toHaveValue(url);
    expect(field).toHaveAttribute('readonly');
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, url.length]);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('reads the target when clicked, not when rendered', async () => {
    useNavigator({ writeText: () => Promise.resolve() });
    const read = vi.fn(target);
    render(<ShareButton target={read} labels={labels} />);
    expect(read).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(read).toHaveBeenCalledOnce();
  });
});
