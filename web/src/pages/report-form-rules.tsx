/** The form editor's cross-checks: left (element, category) ≤ / = / ≥ right, with the message shown. */
import type { DataElement, FormDefinition } from '../api/report-types.ts';
import { useI18n } from '../i18n.ts';
import { CATEGORY_LABELS } from '../labels.ts';

type Rule = FormDefinition['rules'][number];

export function FormRules({
  elements,
  codes,
  rules,
  onChange,
}: {
  elements: DataElement[];
  /** The codes on the form, to choose from. */
  codes: string[];
  rules: Rule[];
  onChange: (rules: Rule[]) => void;
}) {
  const { t, pick } = useI18n();
  const byCode = new Map(elements.map((e) => [e.code, e]));
  const set = (i: number, change: Partial<Rule>) =>
    onChange(rules.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const element = (i: number, side: 'left' | 'right', value: string) => (
    <select
      value={value}
      aria-label={`${side} ${i + 1}`}
      onChange={(e) =>
        set(
          i,
          side === 'left'
            ? { left: e.target.value, leftCategory: 'total' }
            : { right: e.target.value, rightCategory: 'total' },
        )
      }
      data-testid={`rule-${side}-${i}`}
    >
      {codes.map((c) => (
        <option key={c} value={c}>
          {pick([byCode.get(c)?.name ?? c, byCode.get(c)?.nameEn ?? c], c)}
        </option>
      ))}
    </select>
  );
  const category = (i: number, side: 'leftCategory' | 'rightCategory', code: string, value: string) => (
    <select
      value={value}
      aria-label={`${side} ${i + 1}`}
      onChange={(e) => set(i, { [side]: e.target.value })}
    >
      {(byCode.get(code)?.categories ?? ['total']).map((c) => (
        <option key={c} value={c}>
          {pick(CATEGORY_LABELS[c], c)}
        </option>
      ))}
    </select>
  );
  return (
    <>
      <ol className="plain rules" data-testid="form-rules">
        {rules.map((r, i) => (
          <li key={i} className="rule-row">
            <div className="rule-expr">
              {element(i, 'left', r.left)}
              {category(i, 'leftCategory', r.left, r.leftCategory)}
              <select
                value={r.operator}
                aria-label={`operator ${i + 1}`}
                onChange={(e) => set(i, { operator: e.target.value as Rule['operator'] })}
              >
                <option value="<=">≤</option>
                <option value="=">=</option>
                <option value=">=">≥</option>
              </select>
              {element(i, 'right', r.right)}
              {category(i, 'rightCategory', r.right, r.rightCategory)}
            </div>
            <input
              placeholder={t('messageVi')}
              aria-label={t('messageVi')}
              value={r.message}
              onChange={(e) => set(i, { message: e.target.value })}
              data-testid={`rule-message-${i}`}
            />
            <input
              placeholder={t('messageEnLabel')}
              aria-label={t('messageEnLabel')}
              value={r.messageEn}
              onChange={(e) => set(i, { messageEn: e.target.value })}
              data-testid={`rule-message-en-${i}`}
            />
            <button
              type="button"
              className="secondary small"
              onClick={() => onChange(rules.filter((_, j) => j !== i))}
            >
              {t('remove')}
            </button>
          </li>
        ))}
      </ol>
      {codes.length > 0 && (
        <button
          type="button"
          className="secondary"
          onClick={() =>
            onChange([
              ...rules,
              {
                left: codes[0]!,
                leftCategory: 'total',
                operator: '<=',
                right: codes[0]!,
                rightCategory: 'total',
                message: '',
                messageEn: '',
              },
            ])
          }
          data-testid="rule-add"
        >
          {t('addRule')}
        </button>
      )}
    </>
  );
}
