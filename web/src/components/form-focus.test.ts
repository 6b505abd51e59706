import { describe, expect, it } from 'vitest';
import { focusFirstError, INVALID_SELECTOR, SUMMARY_SELECTOR } from './form-focus.ts';

/** A stand-in element that records what was done to it. */
function element(name: string, log: string[]) {
  return {
    name,
    focus: (o?: FocusOptions) => log.push(`${name} focus ${JSON.stringify(o)}`),
    scrollIntoView: (o?: ScrollIntoViewOptions) => log.push(`${name} scroll ${JSON.stringify(o)}`),
  };
}
/** A stand-in form holding what each selector finds. */
const root = (found: Record<string, unknown>) =>
  ({ querySelector: (s: string) => found[s] ?? null }) as unknown as ParentNode;

describe('focusFirstError', () => {
  it('brings the first invalid field to the middle of the screen, then focuses it', () => {
    const log: string[] = [];
    const field = element('field', log);
    const target = focusFirstError(
      root({ [INVALID_SELECTOR]: field, [SUMMARY_SELECTOR]: element('summary', log) }),
    );
    expect(target).toBe(field);
    expect(log).toEqual(['field scroll {"block":"center"}', 'field focus {"preventScroll":true}']);
  });

  it('falls back to the error summary when no field is marked', () => {
    const log: string[] = [];
    const summary = element('summary', log);
    expect(focusFirstError(root({ [SUMMARY_SELECTOR]: summary }))).toBe(summary);
    expect(log).toEqual(['summary scroll {"block":"center"}', 'summary focus {"preventScroll":true}']);
  });

  it('does nothing without a form or anything to show', () => {
    expect(focusFirstError(null)).toBeNull();
    expect(focusFirstError(root({}))).toBeNull();
  });
});
