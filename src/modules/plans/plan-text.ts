/**
 * Text of an uploaded plan document: .txt (UTF-8, or UTF-16 with a byte-order mark), .docx, and PDF
 * with a text layer. A .docx (its zip checked first) and a PDF are read off the event loop, in the
 * file worker with its time limit (core/files/office-reader.ts, pdf-text.ts); no file gives more
 * text than a plan holds (MAX_DOCUMENT_CHARS), and text that is not well-formed Unicode is refused.
 */
import { AppError } from '../../core/errors/app-error.ts';
import { docxText, MAX_DOCUMENT_CHARS, pdfText } from '../../core/files/office-reader.ts';
import { assertWellFormed } from '../../core/http/well-formed.ts';

export const MAX_PLAN_FILE_BYTES = 10 * 1024 * 1024;

async function fileText(lower: string, data: Buffer): Promise<string> {
  if (lower.endsWith('.docx')) {
    if (data.subarray(0, 2).toString('latin1') !== 'PK') throw new AppError('FILE_TYPE_NOT_SUPPORTED');
    return docxText(data);
  }
  if (lower.endsWith('.pdf')) return pdfText(data);
  if (lower.endsWith('.txt') || lower.endsWith('.md')) {
    if (data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString('utf16le');
    const text = data.toString('utf8');
    if (text.includes('\u0000')) throw new AppError('FILE_TYPE_NOT_SUPPORTED');
    return text.replace(/^\ufeff/, '');
  }
  throw new AppError('FILE_TYPE_NOT_SUPPORTED');
}

export async function planTextFromFile(name: string, data: Buffer): Promise<string> {
  if (data.length > MAX_PLAN_FILE_BYTES) throw new AppError('FILE_TOO_LARGE');
  const text = await fileText(name.toLowerCase(), data);
  if (text.length > MAX_DOCUMENT_CHARS) throw new AppError('FILE_TEXT_TOO_LONG');
  assertWellFormed(text, 'file');
  return text;
}
