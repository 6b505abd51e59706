/**
 * Text of a PDF that has a text layer (exported from Word, or printed to PDF), with pdf.js — run in
 * the file worker (office-worker.ts, started by office-reader.ts), never on the event loop. Lines
 * are rebuilt from the positioned text items: a new line where pdf.js marks an end of line or the
 * baseline moves; a page break becomes a blank line. The plan parser copes with what remains (hard
 * line breaks inside sentences, page numbers on their own lines). Scans (no text) and damaged or
 * password-protected files are refused with their own codes; reading stops, refused with
 * FILE_TEXT_TOO_LONG, as soon as the pages give more text than `maxChars`, and only the first
 * MAX_PAGES pages are read.
 */
import { AppError } from '../errors/app-error.ts';

/** The part of pdf.js's TextItem we use. */
interface TextItem {
  str: string;
  hasEOL?: boolean;
  width?: number;
  transform?: number[];
}

interface Line {
  text: string;
  left: number;
  right: number;
}

function linesOf(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let lastY: number | null = null;
  for (const item of items) {
    const [x, y] = [item.transform?.[4] ?? 0, item.transform?.[5] ?? null];
    if (!current || (lastY !== null && y !== null && Math.abs(y - lastY) > 2)) {
      current = { text: '', left: x, right: 0 };
      lines.push(current);
    }
    current.text += item.str;
    if (item.str.trim()) {
      current.left = Math.min(current.left, x);
      current.right = Math.max(current.right, x + (item.width ?? 0));
    }
    if (y !== null) lastY = y;
    if (item.hasEOL) current = null;
  }
  return lines.filter((l) => l.text.trim() !== '');
}

// A new paragraph starts with a list marker (1. 1.1. a) - + •) or a Roman-numbered heading.
const STARTS_ITEM = /^\s*(?:\d+(?:\.\d+)*\.|[a-zđ]\)|[-+•–]\s|[IVXLC]+\.\s)/u;
// Blocks of an administrative document that always start on their own line.
const STARTS_BLOCK = /^\s*(?:Nơi nhận|KT\.|TM\.|Q\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|PHỤ LỤC|Số:)/u;
// A page number alone on its line ("6", "- 6 -", "Trang 6").
const PAGE_NUMBER = /^\s*(?:trang\s+)?[-–]?\s*\d{1,3}\s*[-–]?\s*$/iu;

interface PageLine {
  text: string;
  /** Room left at the right edge of the page's text block, in characters of this line's width. */
  roomChars: number;
}

function pageLines(items: TextItem[]): PageLine[] {
  const body = linesOf(items).filter((l) => !PAGE_NUMBER.test(l.text));
  const edge = Math.max(0, ...body.map((l) => l.right));
  return body.map((l) => {
    const text = l.text.trim();
    const charWidth = (l.right - l.left) / Math.max(1, text.length);
    return { text, roomChars: charWidth > 0 ? (edge - l.right) / charWidth : Infinity };
  });
}

/**
 * Joins the lines Word wrapped, across page breaks too: a line is wrapped when the first word of the
 * next line would not have fitted in the room left at its end, and the next line does not start a
 * new item.
 */
function joinLines(lines: PageLine[]): string {
  let out = '';
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    out += line.text;
    const firstWord = next?.text.split(/\s/u, 1)[0] ?? '';
    const wrapped =
      next !== undefined &&
      line.roomChars < firstWord.length + 2 &&
      !STARTS_ITEM.test(next.text) &&
      !STARTS_BLOCK.test(next.text) &&
      !(/[.:;!?]$/u.test(line.text) && /^\p{Lu}/u.test(next.text));
    out += wrapped ? ' ' : '\n';
  });
  return out;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;
let pdfjs: Promise<PdfJs> | null = null;
// Loaded on first use: most workers never read a PDF, and pdf.js is large.
const load = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

const MAX_PAGES = 300;

/** What the text so far costs: characters and items (an item is an object, even an empty one). */
interface Budget {
  chars: number;
  items: number;
  max: number;
}

/** A page's text items, streamed: refused as soon as the document's text passes the budget. */
async function pageItems(page: PdfPage, budget: Budget): Promise<TextItem[]> {
  const stream = page.streamTextContent() as ReadableStream<{ items: (TextItem | { type: string })[] }>;
  const reader = stream.getReader();
  const items: TextItem[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return items;
    for (const i of value.items) {
      budget.items++;
      if (!('str' in i)) continue;
      budget.chars += i.str.length;
      items.push(i);
    }
    // Not cancelled (pdf.js would then write to a closed stream and throw): the document is
    // destroyed, which ends it.
    if (budget.chars > budget.max || budget.items > budget.max) throw new AppError('FILE_TEXT_TOO_LONG');
  }
}

/** The text of a PDF (`data` begins with %PDF-), refused past `maxChars`. */
export async function extractPdfText(data: Uint8Array, maxChars: number): Promise<string> {
  const { getDocument } = await load();
  let doc;
  try {
    doc = await getDocument({
      data,
      useSystemFonts: false,
      disableFontFace: true,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch {
    throw new AppError('FILE_UNREADABLE');
  }
  try {
    const lines: PageLine[] = [];
    const budget: Budget = { chars: 0, items: 0, max: maxChars };
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES); n++) {
      const page = await doc.getPage(n);
      lines.push(...pageLines(await pageItems(page, budget)));
      page.cleanup();
    }
    const text = joinLines(lines);
    if (text.length > maxChars) throw new AppError('FILE_TEXT_TOO_LONG');
    if (text.replace(/\s/g, '').length < 20) throw new AppError('PDF_HAS_NO_TEXT');
    return text;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('FILE_UNREADABLE');
  } finally {
    await doc.destroy();
  }
}
