// One question: "Which do you like more?" with the two tracks as large buttons, a tie, Undo, the progress bar, and
// the keys (← → pick, ↓ tie, Backspace undo) while it is on screen.
import { useEffect, useRef } from 'react';
import type { Track } from '../../content/schema.ts';
import { useRankT } from './rank-messages.ts';
import { useFocusOnMount } from './use-rank.ts';
import type { Choice } from './sorter.ts';

interface RankQuestionProps {
  left: Track;
  right: Track;
  picks: number;
  picksLeft: number;
  worstCase: number;
  onAnswer: (choice: Choice) => void;
  onUndo: () => void;
  onStartOver: () => void;
  /** Focus the question (it just replaced the start buttons). */
  focus: boolean;
}

const KEYS: Record<string, Choice | 'undo'> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowDown: 'tie',
  Backspace: 'undo',
};

export function RankQuestion(props: RankQuestionProps) {
  const { left, right, picks, picksLeft, worstCase, onAnswer, onUndo, onStartOver, focus } = props;
  const r = useRankT();
  const heading = useFocusOnMount(focus);

  // The latest handlers, for one listener that lives as long as the question is on screen.
  const actions = useRef({ onAnswer, onUndo, canUndo: picks > 0 });
  useEffect(() => {
    actions.current = { onAnswer, onUndo, canUndo: picks > 0 };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target;
      if (target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]'))
        return;
      const action = KEYS[event.key];
      if (!action) return;
      event.preventDefault();
      if (action !== 'undo') actions.current.onAnswer(action);
      else if (actions.current.canUndo) actions.current.onUndo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section className="rank-question" aria-labelledby="rank-question-title">
      <h2 id="rank-question-title" ref={heading} tabIndex={-1}>
        {r.question}
      </h2>
      <div className="rank-question__choices">
        <button type="button" className="rank-choice" onClick={() => onAnswer('left')}>
          <span aria-hidden="true" className="rank-choice__key">
            ←
          </span>
          <span className="rank-choice__title">{left.title}</span>
        </button>
        <button type="button" className="rank-choice" onClick={() => onAnswer('right')}>
          <span aria-hidden="true" className="rank-choice__key">
            →
          </span>
          <span className="rank-choice__title">{right.title}</span>
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {r.announce(left.title, right.title)}
      </p>
      <div className="rank-question__actions">
        <button type="button" className="button button--ghost" onClick={() => onAnswer('tie')}>
          {r.tie}
        </button>
        <button type="button" className="button button--ghost" onClick={onUndo} disabled={picks === 0}>
          {r.undo}
        </button>
      </div>
      <div className="rank-progress">
        <progress
          max={worstCase}
          value={worstCase - picksLeft}
          aria-label={r.progressLabel}
          aria-valuetext={r.picksLeft(picksLeft)}
        />
        <p className="rank-progress__text">
          <span>{r.picksLeft(picksLeft)}</span> · <span>{r.picksDone(picks)}</span>
        </p>
      </div>
      <p className="rank-question__keys">{r.keys}</p>
      <p>
        <button type="button" className="button button--ghost rank-start-over" onClick={onStartOver}>
          {r.startOver}
        </button>
      </p>
    </section>
  );
}
