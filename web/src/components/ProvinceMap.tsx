/**
 * The 34 provinces (from 2025-07-01) as an SVG map coloured by each province's status against the
 * target; a province is a button (keyboard too) that drills down to it.
 */
import map from '../generated/province-map.json';
import { useI18n } from '../i18n.ts';

export interface MapValue {
  label: string;
  status: string;
}

export function ProvinceMap({
  values,
  onPick,
}: {
  /** By province code. */
  values: Map<string, MapValue>;
  onPick: (code: string) => void;
}) {
  const { t } = useI18n();
  return (
    <figure className="province-map" data-testid="province-map">
      <svg viewBox={map.viewBox} role="group" aria-label={t('mapTitle')}>
        {map.provinces.map((p) => {
          const v = values.get(p.code);
          const title = `${p.name}: ${v ? v.label : '—'}`;
          return (
            <path
              key={p.code}
              d={p.d}
              className={`map-${v?.status ?? 'no_data'}`}
              tabIndex={0}
              role="button"
              aria-label={title}
              data-code={p.code}
              data-testid="map-province"
              onClick={() => onPick(p.code)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onPick(p.code);
                }
              }}
            >
              <title>{title}</title>
            </path>
          );
        })}
      </svg>
      <figcaption className="muted">{t('mapHint')}</figcaption>
    </figure>
  );
}
