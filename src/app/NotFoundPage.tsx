// The not-found page: says so kindly and offers the way back.
import { Link } from 'wouter';
import { useLang, useT } from '../i18n/i18n.tsx';
import { localePath, paths } from './paths.ts';

export function NotFoundPage() {
  const t = useT();
  const lang = useLang();
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t.notFound.heading}</h1>
      <p>{t.notFound.body}</p>
      <p>
        <Link href={localePath(lang, paths.album())} className="button">
          {t.notFound.back}
        </Link>
      </p>
    </section>
  );
}
