/**
 * Picks an administrative unit in force (version 2025 by default): a search field (the server
 * ignores diacritics) and a select of the results. The chosen unit stays listed while searching on.
 */
import { useEffect, useId, useState } from 'react';
import { api } from '../api/client.ts';
import type { Items, UnitListItem, UnitVersion } from '../api/types.ts';
import { useI18n } from '../i18n.ts';

export interface PickedUnit {
  id: number;
  label: string;
}

function labelOf(u: UnitListItem): string {
  return u.level !== 'province' && u.provinceName ? `${u.fullName} — ${u.provinceName}` : u.fullName;
}

export function UnitPicker({
  label,
  value,
  onChange,
  testId,
  error,
  hint,
  version = '2025',
}: {
  label: string;
  value: PickedUnit | null;
  onChange: (unit: PickedUnit | null) => void;
  testId: string;
  error?: string;
  /** Replaces the default "type at least 2 characters" hint. */
  hint?: string;
  version?: UnitVersion;
}) {
  const { t } = useI18n();
  const id = useId();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<UnitListItem[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const query = q.trim();
    if (query.length < 2) {
      setItems([]);
      setBusy(false);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      setBusy(true);
      void (async () => {
        let found: UnitListItem[] = [];
        try {
          found = (await api.get<Items<UnitListItem>>('/units', { q: query, version, limit: 50 })).items;
        } catch {
          // leave the list empty; the hint stays
        }
        if (live) {
          setItems(found);
          setBusy(false);
        }
      })();
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, version]);

  const options: PickedUnit[] = items.map((u) => ({ id: u.id, label: labelOf(u) }));
  if (value && !options.some((o) => o.id === value.id)) options.unshift(value);
  const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`;

  return (
    <div className={`field picker${error ? ' invalid' : ''}`} role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-q`}>
        {label}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        placeholder={t('searchUnits')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        aria-describedby={describedBy}
        autoComplete="off"
        data-testid={`${testId}-search`}
      />
      <select
        value={value?.id ?? ''}
        onChange={(e) => {
          const picked = options.find((o) => String(o.id) === e.target.value);
          onChange(picked ?? null);
        }}
        aria-label={label}
        aria-busy={busy}
        aria-describedby={describedBy}
        {...(error ? { 'aria-invalid': true } : {})}
        data-testid={`${testId}-select`}
      >
        <option value="">{t('chooseUnit')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <p className="hint" id={`${id}-hint`}>
        {hint ?? t('unitSearchHint')}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`} data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
