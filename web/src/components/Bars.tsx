/** A horizontal bar list (one bar per label) with an optional target line; plain SVG-free CSS bars. */
export interface Bar {
  key: string | number;
  label: string;
  value: number | null;
  text: string;
  status: string;
  /** A second line under the label (the status with its coverage). */
  note?: string;
}

export function Bars({ bars, target, testId }: { bars: Bar[]; target: number | null; testId: string }) {
  const max = Math.max(target ?? 0, ...bars.map((b) => b.value ?? 0), 1e-9);
  return (
    <ul className="bars plain" data-testid={testId}>
      {bars.map((b) => (
        <li key={b.key} data-testid={`${testId}-item`}>
          <span className="bar-label">
            {b.label}
            {b.note && <span className="bar-note muted small-text">{b.note}</span>}
          </span>
          <span className="bar-track">
            <span
              className={`bar-fill map-${b.status}`}
              style={{ width: `${((b.value ?? 0) / max) * 100}%` }}
            />
            {target !== null && <span className="bar-target" style={{ left: `${(target / max) * 100}%` }} />}
          </span>
          <span className="bar-text">{b.text}</span>
        </li>
      ))}
    </ul>
  );
}
