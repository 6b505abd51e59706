/**
 * Normalises Vietnamese text for diacritic-insensitive matching: "Thái Bình", "thai binh",
 * "Hoà" and "Hòa" all give the same key. Used both when storing rows and when searching.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
