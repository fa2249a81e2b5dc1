import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDocumentHead } from '../../src/app/use-document-head.ts';

/** Every change made to <html> and <title> while `run` runs (the browser restyles the page for each one). */
async function headMutations(run: () => void) {
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((records) => seen.push(...records));
  observer.observe(document.documentElement, { attributes: true, childList: true, subtree: true });
  run();
  await Promise.resolve();
  seen.push(...observer.takeRecords());
  observer.disconnect();
  return seen.filter((r) => r.target === document.documentElement || r.target.nodeName === 'TITLE');
}

afterEach(() => {
  document.title = '';
  document.documentElement.lang = 'en';
});

describe('useDocumentHead', () => {
  it('writes the title and <html lang> after a navigation changes them', () => {
    document.title = 'rosie';
    document.documentElement.lang = 'en';
    renderHook(() => useDocumentHead('number one girl · rosie', 'ko'));
    expect(document.title).toBe('number one girl · rosie');
    expect(document.documentElement.lang).toBe('ko');
  });

  it('leaves a prerendered page alone when its title and lang are already right', async () => {
    document.title = 'rosie';
    document.documentElement.lang = 'en';
    const mutations = await headMutations(() => renderHook(() => useDocumentHead('rosie', 'en')));
    expect(mutations).toEqual([]);
    expect(document.title).toBe('rosie');
  });

  it('keeps the title while the content is still loading', () => {
    document.title = 'rosie';
    renderHook(() => useDocumentHead(null, 'en'));
    expect(document.title).toBe('rosie');
  });
});
