/**
 * Sending a long form from its bottom: the result must reach the user where they are. A refusal
 * moves focus to the first field marked invalid (aria-invalid="true", in document order), else to
 * the form's error summary (the ErrorBox, marked data-error-summary), scrolled to the middle of
 * the screen so the message next to it is in view too.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export const INVALID_SELECTOR = '[aria-invalid="true"]';
export const SUMMARY_SELECTOR = '[data-error-summary]';

/** Focuses (and brings into view) the first invalid field, else the error summary; what it focused. */
export function focusFirstError(root: ParentNode | null): HTMLElement | null {
  if (!root) return null;
  const target =
    root.querySelector<HTMLElement>(INVALID_SELECTOR) ?? root.querySelector<HTMLElement>(SUMMARY_SELECTOR);
  if (!target) return null;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  return target;
}

/**
 * A form's problem (LocalErrors, an ApiError, anything thrown; null when none) kept with the
 * element it belongs to: each time a problem is set, even the same again, focus goes to its first
 * error once the page shows it. Put `ref` on the form (or the section holding fields and summary).
 */
export function useFormProblem<T extends HTMLElement = HTMLFormElement>() {
  const ref = useRef<T>(null);
  const [state, setState] = useState<{ problem: unknown; turn: number }>({ problem: null, turn: 0 });
  useEffect(() => {
    if (state.problem !== null && state.problem !== undefined) focusFirstError(ref.current);
  }, [state]);
  const setProblem = useCallback(
    (problem: unknown) =>
      setState((s) => (problem === null && s.problem === null ? s : { problem, turn: s.turn + 1 })),
    [],
  );
  return { problem: state.problem, setProblem, ref };
}
