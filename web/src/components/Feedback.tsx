/** Errors, notices and loading states, announced to screen readers. */
import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { detailMessage, fieldLabel, fieldOf } from '../error-text.ts';
import { useI18n, type Key, type Lang } from '../i18n.ts';

/** An error split for a form: the general message, and messages by field (path without "body."). */
export interface FormErrors {
  message: string;
  fields: Record<string, string>;
}

/** Problems found before sending, by field, as dictionary keys (translated when shown). */
export class LocalErrors {
  constructor(
    readonly fields: Record<string, Key>,
    /** Messages already written (e.g. naming the day that never exists), by field. */
    readonly texts: Record<string, string> = {},
  ) {}
  get any(): boolean {
    return Object.keys(this.fields).length + Object.keys(this.texts).length > 0;
  }
}

/** Reads an API error into form errors (messages in `lang`), with the general message given. */
export function toFormErrors(err: unknown, message: string, lang: Lang = 'vi'): FormErrors {
  const fields: Record<string, string> = {};
  if (err instanceof ApiError) {
    for (const d of err.details) {
      const key = fieldOf(d.path);
      const text = detailMessage(d, lang);
      fields[key] = fields[key] ? `${fields[key]}; ${text}` : text;
    }
  }
  return { message, fields };
}

/**
 * A form's problem (LocalErrors, an ApiError, anything thrown) as messages in the current
 * language; kept as the raw problem in state so a language switch re-translates it.
 */
export function useFormErrors(problem: unknown): FormErrors | null {
  const { t, lang, errorMessage } = useI18n();
  if (!problem) return null;
  if (problem instanceof LocalErrors) {
    const fields = {
      ...Object.fromEntries(Object.entries(problem.fields).map(([k, key]) => [k, t(key)])),
      ...problem.texts,
    };
    return { message: t('errorsBelow'), fields };
  }
  return toFormErrors(problem, errorMessage(problem), lang);
}

/**
 * The form's error box: the API's message, then each field's problem by its label (the same
 * messages also appear next to the fields).
 */
export function ErrorBox({
  errors,
  labels = {},
  testId = 'error',
}: {
  errors: FormErrors | string | null;
  labels?: Record<string, string>;
  testId?: string;
}) {
  const { t, lang } = useI18n();
  if (!errors) return null;
  const e = typeof errors === 'string' ? { message: errors, fields: {} } : errors;
  // A file's problems are placed by the server as "row 12: value" / "line 3" (stable keys); any
  // other field by its label (error-text.ts), never by its raw name.
  const place = (field: string) => {
    const m = /^(?:row|line) (\d+)(?:: (.+))?$/.exec(field);
    if (!m) {
      const label = field === '_' ? null : fieldLabel(field, lang, labels);
      return label ? `${label}: ` : '';
    }
    return `${m[2] ? t('importPlaceColumn', { n: m[1]!, col: m[2] }) : t('importPlace', { n: m[1]! })}: `;
  };
  const items = Object.entries(e.fields);
  return (
    <div className="error" role="alert" tabIndex={-1} data-error-summary data-testid={testId}>
      <p>{e.message}</p>
      {items.length > 0 && (
        <ul>
          {items.map(([field, msg]) => (
            <li key={field}>
              {labels[field] ? `${labels[field]}: ` : place(field)}
              {msg}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Notice({ text, testId = 'notice' }: { text: string | null; testId?: string }) {
  return (
    <p className="notice" role="status" aria-live="polite" data-testid={testId}>
      {text ?? ''}
    </p>
  );
}

/**
 * A form's result where the user acts: put it by the submit button. The refusal (the summary,
 * an alert that form-focus.ts focuses when no field is marked) or the success, announced politely
 * (its live region is always there, so a screen reader hears the text when it comes).
 */
export function FormFeedback({
  errors,
  labels,
  notice,
  errorTestId,
  noticeTestId,
  children,
}: {
  errors: FormErrors | string | null;
  labels?: Record<string, string>;
  notice: string | null;
  errorTestId?: string;
  noticeTestId?: string;
  /** More about the refusal, inside the summary (e.g. the boxes of a report found wrong). */
  children?: ReactNode;
}) {
  return (
    <div className="form-feedback">
      {children && errors ? (
        <div className="error" role="alert" tabIndex={-1} data-error-summary data-testid={errorTestId}>
          <p>{typeof errors === 'string' ? errors : errors.message}</p>
          {children}
        </div>
      ) : (
        <ErrorBox
          errors={errors}
          {...(labels ? { labels } : {})}
          {...(errorTestId ? { testId: errorTestId } : {})}
        />
      )}
      <Notice text={notice} {...(noticeTestId ? { testId: noticeTestId } : {})} />
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status" data-testid="loading">
      {t('loading')}
    </p>
  );
}

/** A whole-page failure with a way to try again. */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, errorMessage } = useI18n();
  return (
    <div className="error" role="alert" data-testid="error">
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="secondary" onClick={onRetry} data-testid="retry">
          {t('retry')}
        </button>
      )}
    </div>
  );
}
