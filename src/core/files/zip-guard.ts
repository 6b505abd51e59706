/**
 * A guard for zip containers (.docx, .xlsx) before they reach mammoth or exceljs, which inflate
 * whole entries in memory: a "zip bomb" of a few hundred kilobytes can expand to gigabytes.
 *
 * `checkZip` reads only the central directory (no inflating: it runs on the event loop and costs
 * microseconds): the entry count, the declared uncompressed total against what the document can
 * hold, and the expansion ratio of every large entry (deflated zeros reach ~1000:1; Office XML
 * compresses 5–20:1). Declared sizes can lie, so `inflateCapped` — run in the file worker
 * (office-reader.ts), off the event loop — inflates every entry with a cap on its real output.
 */
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../errors/app-error.ts';

export interface ZipLimits {
  /** The most all entries may unpack to. */
  maxBytes: number;
  maxEntries: number;
  /** The largest expansion ratio (uncompressed / compressed) of an entry above `ratioFrom` bytes. */
  maxRatio: number;
}
export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;
export const OFFICE_LIMITS: ZipLimits = { maxBytes: MAX_UNZIPPED_BYTES, maxEntries: 2_000, maxRatio: 100 };
/** Small entries may compress very well (an empty style sheet); only large ones are held to the ratio. */
export const RATIO_FROM = 1024 * 1024;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  method: number;
  compressed: number;
  size: number;
  local: number;
}

function endOfCentralDirectory(data: Buffer): number {
  const from = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= from; i--) if (data.readUInt32LE(i) === EOCD) return i;
  throw new AppError('FILE_UNREADABLE');
}

function centralDirectory(data: Buffer, limits: ZipLimits): Entry[] {
  if (data.length < 22) throw new AppError('FILE_UNREADABLE');
  const eocd = endOfCentralDirectory(data);
  const count = data.readUInt16LE(eocd + 10);
  let at = data.readUInt32LE(eocd + 16);
  if (count > limits.maxEntries) throw new AppError('FILE_UNPACKS_TOO_LARGE');
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) throw new AppError('FILE_UNREADABLE');
    entries.push({
      method: data.readUInt16LE(at + 10),
      compressed: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      local: data.readUInt32LE(at + 42),
    });
    at += 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return entries;
}

/** Throws FILE_UNPACKS_TOO_LARGE for a zip that declares too much, FILE_UNREADABLE for a broken one. */
export function checkZip(data: Buffer, limits: ZipLimits = OFFICE_LIMITS): void {
  let declared = 0;
  for (const e of centralDirectory(data, limits)) {
    // 0xffffffff: the real size is in a zip64 record — more than an office file of ours can hold.
    if (e.size === 0xffffffff || e.compressed === 0xffffffff) throw new AppError('FILE_UNPACKS_TOO_LARGE');
    declared += e.size;
    if (declared > limits.maxBytes) throw new AppError('FILE_UNPACKS_TOO_LARGE');
    if (e.size > RATIO_FROM && e.size > limits.maxRatio * Math.max(1, e.compressed))
      throw new AppError('FILE_UNPACKS_TOO_LARGE');
  }
}

/** Inflates every entry, refusing as soon as the real output passes `maxBytes` (sizes may lie). */
export function inflateCapped(data: Buffer, limits: ZipLimits = OFFICE_LIMITS): void {
  let actual = 0;
  for (const e of centralDirectory(data, limits)) {
    if (e.local + 30 > data.length || data.readUInt32LE(e.local) !== LOCAL)
      throw new AppError('FILE_UNREADABLE');
    const start = e.local + 30 + data.readUInt16LE(e.local + 26) + data.readUInt16LE(e.local + 28);
    const body = data.subarray(start, start + e.compressed);
    let size: number;
    if (e.method === 0) size = body.length;
    else if (e.method === 8) {
      try {
        size = inflateRawSync(body, { maxOutputLength: limits.maxBytes - actual + 1 }).length;
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw new AppError('FILE_UNPACKS_TOO_LARGE');
        throw new AppError('FILE_UNREADABLE');
      }
    } else throw new AppError('FILE_UNREADABLE');
    actual += size;
    if (actual > limits.maxBytes) throw new AppError('FILE_UNPACKS_TOO_LARGE');
    // the ratio again, on what the entry really gave
    if (size > RATIO_FROM && size > limits.maxRatio * Math.max(1, body.length))
      throw new AppError('FILE_UNPACKS_TOO_LARGE');
  }
}
