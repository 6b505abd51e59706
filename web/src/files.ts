/** Reading files the user chose: text (UTF-8, or UTF-16 with a byte-order mark) and base64. */

/** The lower-case extension without the dot ('' when none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** A text file's content, decoded by its byte-order mark (UTF-8 without one). */
export async function readTextFile(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  return new TextDecoder(encoding).decode(bytes);
}

/** A file's bytes as base64 (no data: prefix), as the API takes uploads. */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** 1 234 567 bytes → "1,2 MB" (Vietnamese decimal comma), for file lists. */
export function formatSize(bytes: number, lang: 'vi' | 'en'): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'B'];
  const text = unit === 'B' ? String(value) : value.toFixed(1);
  return `${lang === 'vi' ? text.replace('.', ',') : text} ${unit}`;
}
