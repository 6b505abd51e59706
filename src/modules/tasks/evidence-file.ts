/** Evidence uploads: size limit and a type whitelist checked against the file's own bytes. */
import { createHash } from 'node:crypto';
import { AppError } from '../../core/errors/app-error.ts';

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const TYPES: { ext: string[]; media: string; magic: (b: Buffer) => boolean }[] = [
  { ext: ['pdf'], media: 'application/pdf', magic: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  {
    ext: ['png'],
    media: 'image/png',
    magic: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    ext: ['jpg', 'jpeg'],
    media: 'image/jpeg',
    magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  {
    ext: ['docx'],
    media: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: (b) => b.subarray(0, 2).toString('latin1') === 'PK',
  },
  {
    ext: ['xlsx'],
    media: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: (b) => b.subarray(0, 2).toString('latin1') === 'PK',
  },
  { ext: ['txt'], media: 'text/plain; charset=utf-8', magic: (b) => !b.includes(0) },
];

export interface CheckedFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
  sha256: string;
}

export function checkEvidence(fileName: string, contentBase64: string): CheckedFile {
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length === 0 || content.length > MAX_EVIDENCE_BYTES) throw new AppError('FILE_TOO_LARGE');
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const type = TYPES.find((t) => t.ext.includes(ext));
  if (!type || !type.magic(content)) throw new AppError('FILE_TYPE_NOT_SUPPORTED');
  const safeName = [...fileName]
    .map((c) => (c < ' ' || c === '/' || c === '\\' || c === '"' ? '_' : c))
    .join('')
    .slice(0, 200);
  return {
    fileName: safeName,
    mediaType: type.media,
    content,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}
