/** Dates as Vietnamese users write them: dd/mm/yyyy, in the server's zone (clock.ts). */
import { zonedParts } from './clock.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy for an ISO date (YYYY-MM-DD) or timestamp; '' for null. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const p = zonedParts(ms);
  return `${p.day}/${p.month}/${p.year}`;
}

/** dd/mm/yyyy HH:mm for a timestamp, in the server's zone. */
export function formatDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const p = zonedParts(ms);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
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

/** Today's date in the server's zone as YYYY-MM-DD. */
export { todayIso } from './clock.ts';
