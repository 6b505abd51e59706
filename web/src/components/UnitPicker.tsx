import { useEffect, useState } from 'react';
import { api, type Unit } from '../api.ts';
import { useT } from '../i18n.ts';

/** Search a unit in force (2025) by name, without diacritics, and pick one. */
export function UnitPicker({
  value,
  onChange,
  testId,
}: {
  value: number | null;
  onChange: (id: number | null) => void;
  testId: string;
}) {
  const { t } = useT();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<Unit[]>([]);
  useEffect(() => {
    if (q.trim().length < 2) return;
    const timer = setTimeout(() => {
      api<{ items: Unit[] }>('GET', `/units?limit=30&q=${encodeURIComponent(q)}`).then(
        (r) => setItems(r.items),
        () => setItems([]),
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [q]);
  return (
    <span className="picker">
      <input
        placeholder={t('searchUnits')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        aria-label={t('searchUnits')}
        data-testid={`${testId}-search`}
      />
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
        aria-label={t('unit')}
        data-testid={`${testId}-select`}
      >
        <option value="">{t('chooseUnit')}</option>
        {items.map((u) => (
          <option key={u.id} value={u.id}>
            {u.fullName}
            {u.level !== 'province' && u.provinceName ? ` — ${u.provinceName}` : ''}
          </option>
        ))}
      </select>
    </span>
  );
}
