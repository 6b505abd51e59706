/**
 * Text of an uploaded plan document: .txt (UTF-8, or UTF-16 with a byte-order mark), .docx, and PDF
 * with a text layer (pdf-text.ts).
 */
import mammoth from 'mammoth';
import { AppError } from '../../core/errors/app-error.ts';
import { checkZip } from '../../core/files/zip-guard.ts';
import { pdfText } from './pdf-text.ts';

export const MAX_PLAN_FILE_BYTES = 10 * 1024 * 1024;

export async function planTextFromFile(name: string, data: Buffer): Promise<string> {
  if (data.length > MAX_PLAN_FILE_BYTES) throw new AppError('FILE_TOO_LARGE');
  const lower = name.toLowerCase();
  if (lower.endsWith('.docx')) {
    if (data.subarray(0, 2).toString('latin1') !== 'PK') throw new AppError('FILE_TYPE_NOT_SUPPORTED');
    checkZip(data);
    try {
      return (await mammoth.extractRawText({ buffer: data })).value;
    } catch {
      throw new AppError('FILE_UNREADABLE');
    }
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
