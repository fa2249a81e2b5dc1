// A language's name in the reader's language ("en" → "영어" on a Korean page), with one cached Intl formatter per
// locale; a tag the engine does not know comes back as written.
const names = new Map<string, Intl.DisplayNames>();

export function languageName(tag: string, locale: string): string {
  let format = names.get(locale);
  if (!format) {
    format = new Intl.DisplayNames(locale, { type: 'language' });
    names.set(locale, format);
  }
  try {
    return format.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
