import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../tools/headers.ts';

const shipped = parseHeadersFile(fs.readFileSync('public/_headers', 'utf8'));

describe('_headers rules', () => {
  it('reads patterns and their indented headers, skipping comments', () => {
    const rules = parseHeadersFile('# note\n/*\n  A: 1\n\n/x/*\n  B: two: parts\n');
    expect(rules).toEqual([
      { pattern: '/*', headers: [['A', '1']] },
      { pattern: '/x/*', headers: [['B', 'two: parts']] },
    ]);
  });

  it('joins a repeated header, but a later Cache-Control replaces the earlier one', () => {
    const rules = parseHeadersFile(
      '/*\n  Link: <a>\n  Cache-Control: no-cache\n/assets/*\n  Link: <b>\n  Cache-Control: immutable\n',
    );
    expect(Object.fromEntries(headersFor(rules, '/assets/app.js'))).toEqual({
      link: '<a>, <b>',
      'cache-control': 'immutable',
    });
    expect(headersFor(rules, '/track/apt').get('cache-control')).toBe('no-cache');
  });

  it('matches :placeholders within one segment and * across segments', () => {
    const rules = parseHeadersFile('/track/:slug\n  X: t\n/ko/*\n  Y: k\n');
    expect(headersFor(rules, '/track/apt').get('x')).toBe('t');
    expect(headersFor(rules, '/track/apt/more').has('x')).toBe(false);
    expect(headersFor(rules, '/ko/track/apt').get('y')).toBe('k');
  });
});

describe('the shipped public/_headers', () => {
  const csp = (path: string) => headersFor(shipped, path).get('content-security-policy');

  it('sends the security headers on every kind of path', () => {
    for (const path of [
      '/',
      '/track/apt',
      '/ko/',
      '/favorites',
      '/assets/index-abc.js',
      '/data/rosie.json',
    ]) {
      const headers = headersFor(shipped, path);
      expect(csp(path), path).toContain("script-src 'self'");
      expect(csp(path), path).toContain("frame-ancestors 'none'");
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(headers.get('permissions-policy'), path).toMatch(/camera=\(\)/);
    }
  });

  it('lets pages share (clipboard write; Web Share by its default) and denies the rest of the features it names', () => {
    const policy = headersFor(shipped, '/').get('permissions-policy')!;
    const features: Record<string, string> = Object.fromEntries(
      policy.split(/,\s*/).map((item) => item.split('=') as [string, string]),
    );
    expect(features['clipboard-write']).toBe('(self)');
    // Web Share's default allowlist is the page's own origin; naming it only earns a console warning in Chromium.
    expect(features).not.toHaveProperty('web-share');
    const allowed = Object.entries(features).filter(([, value]) => value !== '()');
    expect(allowed.map(([name]) => name)).toEqual(['clipboard-write']);
  });

  it('caches hashed assets forever and makes everything else revalidate', () => {
    expect(headersFor(shipped, '/assets/index-abc.js').get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    const revalidated = [
      '/',
      '/index.html',
      '/track/apt',
      '/ko/track/apt/',
      '/favorites',
      '/404.html',
      '/manifest.webmanifest',
      '/sw.js',
      '/registerSW.js',
      '/start.js',
      '/data/rosie.json',
    ];
    for (const path of revalidated)
      expect(headersFor(shipped, path).get('cache-control'), path).toBe('no-cache');
  });

  it('matches the <meta> CSP fallback in index.html, which leaves out frame-ancestors (ignored in a meta)', () => {
    const html = fs.readFileSync('index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const withoutFrameAncestors = csp('/')!
      .split(/;\s*/)
      .filter((directive) => !directive.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(withoutFrameAncestors);
  });
});
