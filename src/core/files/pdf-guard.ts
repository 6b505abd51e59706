/**
 * A guard for PDFs before pdf.js reads them (in the file worker): pdf.js inflates a whole stream
 * into memory outside the JavaScript heap (the worker's heap limit does not bound it), so a
 * content stream of deflated zeros — a few hundred kilobytes — would grow to gigabytes before the
 * time limit stops it. Every Flate stream pdf.js may decode for text (all but images, which text
 * extraction never decodes) is inflated here with a cap on its real output: the same bounds as an
 * Office zip (zip-guard.ts), 64 MiB in all and 100:1 for a stream over 1 MiB.
 *
 * Best effort: a stream that is not plain zlib (encrypted, or behind another filter) is left to
 * pdf.js and the time limit.
 */
import { constants, createInflateRaw } from 'node:zlib';
import { AppError } from '../errors/app-error.ts';
import { OFFICE_LIMITS, RATIO_FROM, type ZipLimits } from './zip-guard.ts';

const STREAM = /stream\r?\n/g;

/** A zlib header as pdf.js accepts it: deflate, a valid check, no preset dictionary. */
const zlibHeader = (b: Buffer) =>
  b.length >= 2 && (b[0]! & 0x0f) === 8 && ((b[0]! << 8) | b[1]!) % 31 === 0 && (b[1]! & 0x20) === 0;

/**
 * What the stream inflates to, counted as it comes and stopped past `cap`: pdf.js checks neither
 * the Adler-32 nor what follows an error, so neither may hide the output before them.
 */
function inflatedSize(body: Buffer, cap: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ finishFlush: constants.Z_SYNC_FLUSH });
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) {
        inflate.destroy();
        resolve(size);
      }
    });
    inflate.on('error', () => resolve(size));
    inflate.on('end', () => resolve(size));
    inflate.end(body.subarray(2));
  });
}

/** Throws FILE_UNPACKS_TOO_LARGE when the PDF's streams unpack to more than `limits` allow. */
export async function checkPdfStreams(data: Buffer, limits: ZipLimits = OFFICE_LIMITS): Promise<void> {
  const text = data.toString('latin1');
  let total = 0;
  for (const match of text.matchAll(STREAM)) {
    const at = match.index;
    // "endstream" holds "stream" too; a stream's own keyword follows its dictionary's ">>".
    if (!/>>\s*$/.test(text.slice(Math.max(0, at - 16), at))) continue;
    const dictionary = text.slice(Math.max(0, text.lastIndexOf(' obj', at)), at);
    if (!dictionary.includes('/FlateDecode') || /\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    const start = at + match[0].length;
    const end = text.indexOf('endstream', start);
    const body = data.subarray(start, end < 0 ? data.length : end);
    if (!zlibHeader(body)) continue; // not Flate on its own (encrypted, another filter first)
    const size = await inflatedSize(body, limits.maxBytes - total);
    total += size;
    if (total > limits.maxBytes) throw new AppError('FILE_UNPACKS_TOO_LARGE');
    if (size > RATIO_FROM && size > limits.maxRatio * Math.max(1, body.length))
      throw new AppError('FILE_UNPACKS_TOO_LARGE');
  }
}
