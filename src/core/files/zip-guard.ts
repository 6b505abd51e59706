/**
 * A guard for zip containers (.docx, .xlsx) before they reach mammoth or exceljs, which inflate
 * whole entries in memory: a "zip bomb" of a few kilobytes can expand to gigabytes. The central
 * directory's declared sizes are checked first, then every entry is inflated with a cap on its
 * output (declared sizes can lie), so no more than `maxBytes` is ever produced.
 */
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../errors/app-error.ts';

export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 10_000;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function endOfCentralDirectory(data: Buffer): number {
  const from = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= from; i--) if (data.readUInt32LE(i) === EOCD) return i;
  throw new AppError('FILE_UNREADABLE');
}

/** Throws FILE_UNPACKS_TOO_LARGE for a zip that expands beyond `maxBytes`, FILE_UNREADABLE for a broken one. */
export function checkZip(data: Buffer, maxBytes = MAX_UNZIPPED_BYTES): void {
  if (data.length < 22) throw new AppError('FILE_UNREADABLE');
  const eocd = endOfCentralDirectory(data);
  const count = data.readUInt16LE(eocd + 10);
  let at = data.readUInt32LE(eocd + 16);
  if (count > MAX_ENTRIES) throw new AppError('FILE_UNPACKS_TOO_LARGE');
  let declared = 0;
  const entries: { method: number; compressed: number; local: number }[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) throw new AppError('FILE_UNREADABLE');
    const size = data.readUInt32LE(at + 24);
    // 0xffffffff: the real size is in a zip64 record — more than an office file of ours can hold.
    if (size === 0xffffffff) throw new AppError('FILE_UNPACKS_TOO_LARGE');
    declared += size;
    if (declared > maxBytes) throw new AppError('FILE_UNPACKS_TOO_LARGE');
    entries.push({
      method: data.readUInt16LE(at + 10),
      compressed: data.readUInt32LE(at + 20),
      local: data.readUInt32LE(at + 42),
    });
    at += 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  let actual = 0;
  for (const e of entries) {
    if (e.local + 30 > data.length || data.readUInt32LE(e.local) !== LOCAL)
      throw new AppError('FILE_UNREADABLE');
    const start = e.local + 30 + data.readUInt16LE(e.local + 26) + data.readUInt16LE(e.local + 28);
    const body = data.subarray(start, start + e.compressed);
    if (e.method === 0) actual += body.length;
    else if (e.method === 8) {
      try {
        actual += inflateRawSync(body, { maxOutputLength: maxBytes - actual + 1 }).length;
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw new AppError('FILE_UNPACKS_TOO_LARGE');
        throw new AppError('FILE_UNREADABLE');
      }
    } else throw new AppError('FILE_UNREADABLE');
    if (actual > maxBytes) throw new AppError('FILE_UNPACKS_TOO_LARGE');
  }
}
