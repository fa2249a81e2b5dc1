// Adding a language touches src/i18n/languages.ts, its messages file and the content, nothing else: no other code
// names a language besides the default one (English, also the language of the quotes and of the Intl formats that
// parse dates). Read with TypeScript's parser, so comments and identifiers that happen to spell a tag are not
// counted, while every string, template, regular expression, JSX text and object key is. The stylesheet's
// :lang(ko) rule is typography for any Korean text, not a list of the app's languages, and stays.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, LANGUAGES } from '../../src/i18n/languages.ts';

const root = path.resolve(import.meta.dirname, '../..');
const table = 'src/i18n/languages.ts';
/**
 * Each language's interface strings are its own to name: src/i18n/<tag>.ts, and a page's own messages loaded with it
 * (src/features/<feature>/messages/<tag>.ts).
 */
const tags = LANGUAGES.map((language) => language.tag);
const isMessages = (file: string) =>
  tags.some((tag) => file === `src/i18n/${tag}.ts` || file.endsWith(`/messages/${tag}.ts`));

function codeFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return codeFiles(file);
    return /\.(ts|tsx|js)$/.test(entry.name) && file !== table && !isMessages(file) ? [file] : [];
  });
}

/** Where `tags` are named in a file's code: "file:line: code" for each literal or key holding one as a word. */
function namings(
  file: string,
  tags: readonly string[],
  text = fs.readFileSync(path.join(root, file), 'utf8'),
) {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const report = (node: ts.Node, words: string) => {
    if (words.split(/[^A-Za-z]+/).some((word) => tags.includes(word))) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${file}:${line + 1}: ${node.getText()}`);
    }
  };
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateLiteralToken(node) ||
      ts.isRegularExpressionLiteral(node) ||
      ts.isJsxText(node)
    )
      report(node, node.text);
    else if ((ts.isPropertyAssignment(node) || ts.isPropertySignature(node)) && ts.isIdentifier(node.name))
      report(node.name, node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const others = LANGUAGES.map((language) => language.tag).filter((tag) => tag !== DEFAULT_LANG);

describe('the table of languages', () => {
  it('is the only code that names a language other than the default one', () => {
    const files = ['src', 'build', 'tools'].flatMap(codeFiles);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => namings(file, others))).toEqual([]);
  });

  it('serves the default language at the root and every other one under a prefix of its own', () => {
    const prefixes = LANGUAGES.map((language) => language.prefix);
    expect(LANGUAGES[0].tag).toBe(DEFAULT_LANG);
    expect(prefixes[0]).toBe('');
    expect(prefixes.slice(1).every((prefix) => /^[a-z][a-z0-9-]*$/.test(prefix))).toBe(true);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('finds a language named in a string, a path, a template, a pattern or a key, and not in a comment', () => {
    const sample = [
      'declare const path: string;',
      "const a = 'ko';",
      'const b = `/ko${path}`;',
      'const c = /^\\/ko(\\/|$)/;',
      "const d = { ko: 'ko-KR' };",
      '// a comment about ko is fine, and so is the word "kosher" or "Korean"',
      "const e = 'kosher Korean';",
    ].join('\n');
    const lines = namings('sample.ts', ['ko'], sample).map((hit) => hit.split(':')[1]);
    expect(lines).toEqual(['2', '3', '4', '5', '5']);
  });
});
