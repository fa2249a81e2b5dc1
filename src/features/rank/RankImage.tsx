// The ranking as an image for a post (1080×1350) or a story (1080×1920): drawn from the cover shown beside the
// buttons and the ranked titles, in the page's language; shared as a file where the browser can, else downloaded.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Track } from '../../content/schema.ts';
import { useRankT } from './rank-messages.ts';
import { shareFile, type FileShareOutcome } from '../../lib/share.ts';
import { placeNumbers } from './rank-link.ts';
import { drawRankImage, IMAGE_FORMATS, type ImageFormat, type ImageText } from './rank-image.ts';
import type { Mode } from './sorter.ts';

interface RankImageProps {
  places: readonly (readonly Track[])[];
  mode: Mode;
  /** The cover drawing (an <svg>), shown small here and drawn into the image. */
  cover: ReactNode;
}

type Status = 'working' | FileShareOutcome | 'failed' | null;

const FORMATS: ImageFormat[] = ['portrait', 'story'];

export function RankImage({ places, mode, cover }: RankImageProps) {
  const r = useRankT();
  const coverBox = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>(null);
  const numbers = placeNumbers(places);
  const text: ImageText = {
    title: mode === 'full' ? r.imageTitle : r.imageTopTitle,
    rows: places.map((place, i) => ({
      place: r.place(numbers[i]!),
      titles: place.map((tr) => tr.title),
    })),
    footer: r.imageFooter,
  };
  const key = JSON.stringify(text);

  // Drawn ahead, once the result is on screen: sharing a file needs the click's user activation, which the drawing
  // would use up on a slow phone.
  const images = useRef(new Map<string, Promise<Blob>>());
  const draw = (format: ImageFormat) => {
    const id = `${format}:${key}`;
    let image = images.current.get(id);
    if (!image) {
      const svg = coverBox.current?.querySelector('svg');
      image = drawRankImage(
        format,
        JSON.parse(key) as ImageText,
        svg ? new XMLSerializer().serializeToString(svg) : null,
      );
      images.current.set(id, image);
    }
    return image;
  };
  useEffect(() => {
    const timer = setTimeout(
      () => FORMATS.forEach((format) => void draw(format).catch(() => undefined)),
      200,
    );
    return () => clearTimeout(timer);
    // `draw` reads refs only; `key` is what the images are made of.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const save = async (format: ImageFormat) => {
    setStatus('working');
    try {
      const blob = await draw(format);
      const file = new File([blob], `rosie-ranking-${format}.png`, { type: 'image/png' });
      setStatus(await shareFile(file, text.title));
    } catch {
      setStatus('failed');
    }
  };

  const message: Record<Exclude<Status, null>, string> = {
    working: r.imageWorking,
    shared: r.imageShared,
    cancelled: '',
    downloaded: r.imageSaved,
    failed: r.imageFailed,
  };
  return (
    <section className="rank-image" aria-labelledby="rank-image-title">
      <div className="rank-image__cover" ref={coverBox} aria-hidden="true">
        {cover}
      </div>
      <div>
        <h3 id="rank-image-title">{r.imageHeading}</h3>
        <div className="rank-image__buttons">
          {FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              className="button button--ghost rank-image__button"
              onClick={() => void save(format)}
            >
              {format === 'portrait' ? r.imagePortrait : r.imageStory}
              <span className="rank-image__size">
                {r.imageSize(IMAGE_FORMATS[format].width, IMAGE_FORMATS[format].height)}
              </span>
            </button>
          ))}
        </div>
        <p className="rank-image__status" role="status">
          {status && message[status]}
        </p>
      </div>
    </section>
  );
}
