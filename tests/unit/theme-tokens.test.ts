import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

// The dark theme is written twice in src/styles/global.css: once for the system's setting (a media query) and once
// for the toggle (data-theme), since one rule cannot be both. These tests keep the two the same, and complete.
const css = fs.readFileSync('src/styles/global.css', 'utf8');

/** The declarations, in order, of the first rule (at or after `from`) whose text starts with `opening`. */
function declarations(opening: string, from = 0): string[] {
  const start = css.indexOf(opening, from);
  if (start < 0) throw new Error(`global.css has no rule "${opening}"`);
  const open = css.indexOf('{', start);
  const body = css.slice(open + 1, css.indexOf('}', open));
  return body
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(';')
    .map((declaration) => declaration.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

const names = (list: string[]) => list.map((declaration) => declaration.slice(0, declaration.indexOf(':')));

const light = declarations(':root {\n  color-scheme: light;');
const system = declarations(
  ":root:not([data-theme='light']) {",
  css.indexOf('@media (prefers-color-scheme: dark)'),
);
const toggled = declarations(":root[data-theme='dark'] {");

describe('dark theme tokens', () => {
  it('are the same whether the system or the toggle chose dark', () => {
    expect(toggled).toEqual(system);
  });

  it('set every token the light theme sets, so nothing stays light in the dark', () => {
    expect(names(system)).toEqual(names(light));
    expect(system).toContain('color-scheme: dark');
  });
});
