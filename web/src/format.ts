/** Dates as Vietnamese users write them: dd/mm/yyyy. */

const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy for an ISO date (YYYY-MM-DD) or timestamp; '' for null. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** dd/mm/yyyy HH:mm (local time) for a timestamp. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatDate(iso)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Reads dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy) or YYYY-MM-DD; ISO date or null. */
export function parseDate(input: string): string | null {
  const s = input.trim();
  let y: number, mo: number, d: number;
  const isoM = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const viM = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (isoM) [y, mo, d] = [Number(isoM[1]), Number(isoM[2]), Number(isoM[3])];
  else if (viM) [d, mo, y] = [Number(viM[1]), Number(viM[2]), Number(viM[3])];
  else return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** Today's date (local time) as YYYY-MM-DD. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
