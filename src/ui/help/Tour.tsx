import { type CSSProperties, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { keepTabInside } from './focus-loop';
import { type ScreenBox, tourCardPlace } from './tour-placement';
import { tourSteps } from './tour-steps';

interface TourProps {
  /** Called when the tour is done or dismissed (Escape, Close, Done). */
  readonly onEnd: () => void;
}

const boxOf = (selector: string): ScreenBox | null => {
  const rect = document.querySelector(selector)?.getBoundingClientRect();
  return rect ? { left: rect.left, top: rect.top, width: rect.width, height: rect.height } : null;
};

const px = (box: ScreenBox): CSSProperties => ({
  left: box.left,
  top: box.top,
  width: box.width,
  height: box.height,
});

/**
 * A few steps over the page's panels: a ring around each panel in turn and a card beside it
 * saying what it is for. Not modal: the panels stay usable; Escape ends it.
 */
export function Tour({ onEnd }: TourProps) {
  const [index, setIndex] = useState(0);
  const [target, setTarget] = useState<ScreenBox | null>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const step = tourSteps[index];
  const last = index === tourSteps.length - 1;

  // Measured after each render of a step, and again when the window is resized.
  useLayoutEffect(() => {
    if (!step) return;
    const measure = () => {
      const box = boxOf(step.target);
      const card = cardRef.current?.getBoundingClientRect();
      setTarget(box);
      if (box && card) {
        setPlace(tourCardPlace(box, card, { width: innerWidth, height: innerHeight }));
      }
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [step]);

  // Focus starts on Next and, when the tour ends, goes back to where it was before.
  useEffect(() => {
    const back = document.activeElement;
    nextRef.current?.focus();
    return () => {
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onEnd();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onEnd]);

  if (!step) return null;
  return createPortal(
    <>
      {target && <div className="tour__ring" style={px(target)} aria-hidden="true" />}
      <div
        ref={cardRef}
        role="dialog"
        aria-labelledby={`${titleId}-count ${titleId}`}
        aria-describedby={`${titleId}-text`}
        className="tour__card"
        // Hidden until placed, so it never flashes at the top-left corner.
        style={place ? { left: place.left, top: place.top } : { visibility: 'hidden' }}
        onKeyDown={keepTabInside}
      >
        <p id={`${titleId}-count`} className="tour__count">
          Tour: step {index + 1} of {tourSteps.length}
        </p>
        <h2 id={titleId} className="tour__title">
          {step.title}
        </h2>
        <p id={`${titleId}-text`} className="tour__text">
          {step.text}
        </p>
        <div className="tour__actions">
          <button type="button" className="button" onClick={onEnd}>
            Close tour
          </button>
          <span className="tour__spacer" />
          <button
            type="button"
            className="button"
            disabled={index === 0}
            onClick={() => setIndex(index - 1)}
          >
            Back
          </button>
          <button
            ref={nextRef}
            type="button"
            className="button button--primary"
            onClick={() => (last ? onEnd() : setIndex(index + 1))}
          >
            {last ? 'Done' : 'Next'}
          </button>
        </div>
      </div>
    </>,
    document.body,
  );
}
