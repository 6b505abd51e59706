/**
 * Cleans text as it comes out of PDFs, Word and web pages: NFC, stray markup, odd spaces, page
 * numbers on their own lines, and hard line breaks inside sentences (joined back).
 */
const STRUCTURAL =
  /^(?:[IVXLC]+\.\s|\d+(?:\.\d+)*\.?\s|[a-zđ]\)\s|[-+•–]\s|\*?\s*Nơi nhận|KT\.|TM\.|Q\.|PHỤ LỤC|Số\s*:|Căn cứ|Thực hiện|Trên đây)/i;

export function normalizeText(raw: string): string[] {
  const text = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/<[^>\n]{1,80}>/g, ' ')
    .replace(/\*\*|__|(?<=\s|^)\*(?=\S)|(?<=\S)\*(?=\s|$|[).,;:])/gm, '')
    .replace(/[\u00a0\u2002-\u200b\u202f\ufeff]/g, ' ')
    .replace(/[ \t]+/g, ' ');
  const lines = text.split('\n').map((l) => l.trim());
  const out: string[] = [];
  for (const line of lines) {
    if (/^(?:-\s*)?\d{1,3}(?:\s*-)?$/.test(line) || /^Trang \d+(?:\/\d+)?$/i.test(line)) continue; // page numbers
    const prev = out[out.length - 1];
    const joinable =
      prev !== undefined &&
      prev !== '' &&
      line !== '' &&
      !STRUCTURAL.test(line) &&
      /^[a-zà-ỹđ(“"]/u.test(line) &&
      !/[.:;!?]$/.test(prev);
    if (joinable) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  // collapse runs of blank lines
  return out.filter((l, i) => l !== '' || (i > 0 && out[i - 1] !== ''));
}
