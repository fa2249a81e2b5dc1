// /track/:slug — resolves any spelling to the canonical slug, redirecting when it differs.
import { Redirect } from 'wouter';
import { useTracks } from '../content/catalog-store.tsx';
import { FavoriteButton } from '../features/favorites/FavoriteButton.tsx';
import { TrackPage } from '../features/track/TrackPage.tsx';
import { useLang } from '../i18n/i18n.tsx';
import { resolveSlug } from '../lib/slug.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { localePath, paths } from './paths.ts';

export function TrackRoute({ slug }: { slug: string }) {
  const tracks = useTracks();
  const lang = useLang();
  const canonical = resolveSlug(slug, tracks);
  if (canonical === null) return <NotFoundPage />;
  if (canonical !== slug) return <Redirect to={localePath(lang, paths.track(canonical))} replace />;
  const index = tracks.findIndex((t) => t.slug === canonical);
  const track = tracks[index]!;
  const href = (t: { slug: string }) => localePath(lang, paths.track(t.slug));
  return (
    <TrackPage
      track={track}
      previous={tracks[index - 1] ?? null}
      next={tracks[index + 1] ?? null}
      trackHref={href}
      albumHref={localePath(lang, paths.album())}
      actions={<FavoriteButton slug={track.slug} title={track.title} withLabel />}
    />
  );
}
