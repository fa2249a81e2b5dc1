// ROSÉ in her own words: the quotes from the data in a carousel that follows the WAI-ARIA APG carousel pattern
// (Pause/Play first, Previous/Next, "N of M" slides, a live region while not rotating), with swipe and arrow keys.
import { m, type PanInfo } from 'framer-motion';
import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useQuotes, useTracks } from '../../content/catalog-store.tsx';
import { useQuotesT } from './quotes-messages.ts';
import { MotionScope } from '../../ui/MotionScope.tsx';
import { arrowKeyStep, swipeStep } from './carousel.ts';
import { QuoteFigure } from './QuoteFigure.tsx';
import { useCarousel } from './use-carousel.ts';
import './quotes.css';

interface QuoteCarouselProps {
  /** The href of a track's page (the app decides routes and language). */
  trackHref: (slug: string) => string;
  /** Milliseconds per quote while rotating. */
  interval?: number;
}

/** How far (px) a slide enters from the side it comes from; under reduced motion only the fade remains. */
const ENTER_OFFSET = 48;

export function QuoteCarousel({ trackHref, interval }: QuoteCarouselProps) {
  const quotes = useQuotes();
  const tracks = useTracks();
  const t = useQuotesT();
  const carousel = useCarousel(quotes.length, interval);
  const headingId = useId();
  const slidesId = useId();
  const slideRefs = useRef<(HTMLDivElement | null)[]>([]);
  /** Set when an arrow key moves away from the slide holding focus: focus follows to the new slide. */
  const focusFollows = useRef(false);
  /** Set by a drag, so that the click ending it does not also follow a link. */
  const dragged = useRef(false);

  // It comes to life late (an island, often because the pointer moved over it), after the pointerenter or focus
  // that should hold the rotation: read both once, from the page as it is.
  const root = useRef<HTMLElement>(null);
  const { setHovered, setFocused } = carousel;
  useEffect(() => {
    const section = root.current;
    if (section?.matches(':hover')) setHovered(true);
    if (section?.contains(document.activeElement)) setFocused(true);
  }, [setHovered, setFocused]);

  useLayoutEffect(() => {
    if (!focusFollows.current) return;
    focusFollows.current = false;
    slideRefs.current[carousel.index]?.focus();
  }, [carousel.index]);

  if (quotes.length === 0) return null;
  const count = quotes.length;
  const hasControls = count > 1;

  const onKeyDown = (event: KeyboardEvent) => {
    const step = arrowKeyStep(event.key);
    if (step === 0 || !hasControls || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
      return;
    event.preventDefault();
    const focused = document.activeElement;
    focusFollows.current = slideRefs.current.some((slide) => slide?.contains(focused));
    carousel.go(step);
  };

  const onDragEnd = (_event: PointerEvent | MouseEvent | TouchEvent, info: PanInfo) =>
    carousel.go(swipeStep(info.offset.x, info.velocity.x));

  return (
    <MotionScope>
      <section
        ref={root}
        className="quotes"
        aria-roledescription={t.carousel}
        aria-labelledby={headingId}
        onKeyDown={onKeyDown}
        onFocus={() => carousel.setFocused(true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) carousel.setFocused(false);
        }}
        onPointerEnter={() => carousel.setHovered(true)}
        onPointerLeave={() => carousel.setHovered(false)}
      >
        <div className="quotes__header">
          <h2 id={headingId}>{t.heading}</h2>
          {hasControls && (
            <div className="quotes__controls">
              <button type="button" className="button button--ghost" onClick={carousel.togglePlaying}>
                <span className="quotes__icon" aria-hidden="true">
                  {carousel.playing ? '❚❚' : '▶'}
                </span>
                {carousel.playing ? t.pause : t.play}
              </button>
              <button
                type="button"
                className="button button--ghost"
                aria-controls={slidesId}
                onClick={() => carousel.go(-1)}
              >
                <span className="quotes__icon" aria-hidden="true">
                  ‹
                </span>
                {t.previous}
              </button>
              <button
                type="button"
                className="button button--ghost"
                aria-controls={slidesId}
                onClick={() => carousel.go(1)}
              >
                {t.next}
                <span className="quotes__icon" aria-hidden="true">
                  ›
                </span>
              </button>
            </div>
          )}
        </div>
        <m.div
          id={slidesId}
          className="quotes__slides"
          aria-live={carousel.rotating ? 'off' : 'polite'}
          // Dragging is switched on after hydration: framer-motion writes its drag styles into a style attribute.
          drag={carousel.mounted && hasControls ? 'x' : false}
          dragDirectionLock
          dragConstraints={{ left: 0, right: 0 }}
          dragElastic={0.5}
          onPointerDownCapture={() => (dragged.current = false)}
          onDragStart={() => (dragged.current = true)}
          onDragEnd={onDragEnd}
          onClickCapture={(event) => {
            if (!dragged.current) return;
            dragged.current = false;
            event.preventDefault();
            event.stopPropagation();
          }}
        >
          {quotes.map((quote, i) => {
            const active = i === carousel.index;
            // Only a slide that has just become active animates, and never on the first (prerendered) paint.
            const enters = active && carousel.moved;
            return (
              <div
                key={quote.id}
                ref={(node) => {
                  slideRefs.current[i] = node;
                }}
                className="quotes__slide"
                role="group"
                aria-roledescription={t.slide}
                aria-label={t.slideLabel(i + 1, count)}
                hidden={!active}
                tabIndex={-1}
              >
                <m.div
                  key={enters ? `moved-${carousel.index}-${carousel.direction}` : 'still'}
                  className="quotes__enter"
                  initial={enters ? { opacity: 0, x: carousel.direction * ENTER_OFFSET } : false}
                  animate={enters ? { opacity: 1, x: 0 } : undefined}
                  transition={{ duration: 0.35, ease: 'easeOut' }}
                >
                  <QuoteFigure
                    quote={quote}
                    track={tracks.find((track) => track.slug === quote.trackSlug)}
                    trackHref={trackHref}
                  />
                </m.div>
              </div>
            );
          })}
        </m.div>
      </section>
    </MotionScope>
  );
}
