/**
 * A small, strict XML reader for files people upload (ADX), written so that hostile input stays
 * cheap: no DOCTYPE and no entity declarations (so no XXE and no "billion laughs"), only the five
 * predefined entities and character references, bounded size, depth, element and attribute
 * counts, and one linear pass (indexOf and sticky patterns, nothing that backtracks). It reports
 * each element with its namespace resolved; anything not well-formed throws an XmlError.
 */

export interface XmlLimits {
  maxDepth: number;
  maxElements: number;
  maxAttributes: number;
  maxAttributeLength: number;
}

export interface XmlElement {
  /** Namespace URI ('' when none). */
  ns: string;
  local: string;
  /** Attributes without the xmlns declarations, by their name as written. */
  attributes: Map<string, string>;
  depth: number;
  /** Offset of the '<' in the text, for lineCounter(). */
  at: number;
}

export class XmlError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
    this.name = 'XmlError';
  }
}

/**
 * 1-based line numbers of offsets, for offsets asked in increasing order (as elements arrive):
 * linear in the text overall. Asking for an earlier offset starts counting again.
 */
export function lineCounter(text: string): (at: number) => number {
  let line = 1;
  let last = 0;
  let next = text.indexOf('\n');
  return (at) => {
    if (at < last) {
      line = 1;
      next = text.indexOf('\n');
    }
    last = at;
    // each search stops at the next newline, so the whole text is scanned once
    for (; next !== -1 && next < at; next = text.indexOf('\n', next + 1)) line++;
    return line;
  };
}

// Characters XML 1.0 does not allow anywhere (C0 controls other than tab/LF/CR, U+FFFE/FFFF,
// lone surrogates: with the u flag a lone surrogate matches none of the allowed ranges).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const NAME = /[\p{L}_][\p{L}\p{M}\p{N}_.-]*(?::[\p{L}_][\p{L}\p{M}\p{N}_.-]*)?/uy;
const SPACE = /[ \t\r\n]*/y;
const REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));|&/g;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const MAX_NAME = 200;
const MAX_NAMESPACE_DECLARATIONS = 100;

const isXmlChar = (c: number) =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff);

/** Text with its references replaced; a reference to anything else refuses the file. */
function decode(raw: string, at: number): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (_m, named?: string, dec?: string, hex?: string) => {
    if (named) return PREDEFINED[named]!;
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : -1;
    if (code === -1)
      throw new XmlError(
        'Chỉ được dùng &lt; &gt; &amp; &quot; &apos; và mã ký tự &#…; (không khai báo thực thể).',
        at,
      );
    if (!isXmlChar(code)) throw new XmlError(`Mã ký tự &#${dec ?? `x${hex}`}; không hợp lệ trong XML.`, at);
    return String.fromCodePoint(code);
  });
}

/**
 * Reads `text` (already decoded, a leading BOM allowed) and calls `onOpen` for every element in
 * document order (`onClose` after its content). Throws XmlError on the first problem.
 */
export function readXml(
  text: string,
  limits: XmlLimits,
  onOpen: (el: XmlElement) => void,
  onClose: (el: XmlElement) => void = () => {},
): void {
  const bad = NOT_XML_CHAR.exec(text);
  if (bad)
    throw new XmlError('Tệp có ký tự không được phép trong XML (ký tự điều khiển hoặc mã hỏng).', bad.index);
  let i = text.startsWith('\ufeff') ? 1 : 0;
  const fail = (message: string, at = i): never => {
    throw new XmlError(message, at);
  };
  const name = (from: number): string => {
    NAME.lastIndex = from;
    const m = NAME.exec(text);
    if (!m) return fail('Thiếu tên thẻ hoặc tên thuộc tính.', from);
    if (m[0].length > MAX_NAME) fail('Tên thẻ hoặc thuộc tính quá dài.', from);
    return m[0];
  };
  const space = (from: number) => {
    SPACE.lastIndex = from;
    SPACE.exec(text);
    return SPACE.lastIndex;
  };
  if (/^<\?xml[ \t\r\n?]/.test(text.slice(i, i + 6))) {
    const end = text.indexOf('?>', i);
    if (end === -1) fail('Khai báo <?xml … ?> không đóng.');
    const decl = text.slice(i, end);
    if (!/\bversion\s*=\s*(["'])1\.0\1/.test(decl)) fail('Chỉ đọc XML phiên bản 1.0.');
    const enc = /\bencoding\s*=\s*(["'])([^"']*)\1/.exec(decl);
    if (enc && !/^utf-?8$/i.test(enc[2]!)) fail(`Tệp phải mã hóa UTF-8 (tệp ghi "${enc[2]}").`);
    i = end + 2;
  }
  const stack: { qname: string; el: XmlElement; scope: Map<string, string> }[] = [];
  let rootSeen = false;
  let elements = 0;
  let declarations = 0;
  const top = () => stack[stack.length - 1];
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt === -1 ? text.length : lt);
    if (stack.length === 0 && /[^ \t\r\n]/.test(chunk)) fail('Có nội dung nằm ngoài phần tử gốc.');
    if (chunk.includes(']]>')) fail('Chuỗi "]]>" không được phép trong nội dung.');
    decode(chunk, i);
    if (lt === -1) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) fail('Chú thích <!-- không đóng.');
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) fail('CDATA nằm ngoài phần tử gốc.');
      const end = text.indexOf(']]>', i + 9);
      if (end === -1) fail('Khối CDATA không đóng.');
      i = end + 3;
    } else if (text.startsWith('<!', i)) {
      fail(
        /^<!(DOCTYPE|ENTITY)/i.test(text.slice(i, i + 9))
          ? 'Không nhận tệp có khai báo DOCTYPE hoặc ENTITY (có thể dùng để tấn công máy chủ).'
          : 'Cú pháp "<!" không hợp lệ.',
      );
    } else if (text.startsWith('<?', i)) {
      const target = name(i + 2);
      if (target.toLowerCase() === 'xml') fail('Khai báo <?xml chỉ được ở đầu tệp.');
      const end = text.indexOf('?>', i + 2);
      if (end === -1) fail('Chỉ thị <? … ?> không đóng.');
      i = end + 2;
    } else if (text.startsWith('</', i)) {
      const qname = name(i + 2);
      const gt = space(i + 2 + qname.length);
      if (text[gt] !== '>') fail(`Thẻ đóng </${qname}> thiếu ">".`);
      const open = stack.pop();
      if (!open || open.qname !== qname)
        fail(open ? `Thẻ đóng </${qname}> không khớp với <${open.qname}>.` : `Thẻ đóng </${qname}> thừa.`);
      onClose(open!.el);
      i = gt + 1;
    } else {
      const at = i;
      const qname = name(i + 1);
      let j = i + 1 + qname.length;
      const raw = new Map<string, string>();
      for (;;) {
        const k = space(j);
        if (text.startsWith('/>', k) || text[k] === '>') {
          j = k;
          break;
        }
        if (k === j || k >= text.length) fail(`Thẻ <${qname}> viết sai hoặc không đóng.`, k);
        const attr = name(k);
        let p = space(k + attr.length);
        if (text[p] !== '=') fail(`Thuộc tính ${attr} thiếu "=".`, p);
        p = space(p + 1);
        const quote = text[p];
        if (quote !== '"' && quote !== "'") fail(`Giá trị thuộc tính ${attr} phải trong dấu nháy.`, p);
        const end = text.indexOf(quote!, p + 1);
        if (end === -1) fail(`Giá trị thuộc tính ${attr} không đóng dấu nháy.`, p);
        if (end - p - 1 > limits.maxAttributeLength)
          fail(`Giá trị thuộc tính ${attr} dài quá ${limits.maxAttributeLength} ký tự.`, p);
        const value = text.slice(p + 1, end);
        if (value.includes('<')) fail(`Giá trị thuộc tính ${attr} có ký tự "<".`, p);
        if (raw.has(attr)) fail(`Thuộc tính ${attr} lặp lại.`, k);
        if (raw.size >= limits.maxAttributes) fail(`Thẻ <${qname}> có quá nhiều thuộc tính.`, k);
        raw.set(attr, decode(value.replace(/\r\n|[\t\n\r]/g, ' '), p));
        j = end + 1;
      }
      const selfClosing = text[j] === '/';
      i = j + (selfClosing ? 2 : 1);
      if (stack.length === 0 && rootSeen) fail('Tệp chỉ được có một phần tử gốc.', at);
      if (stack.length >= limits.maxDepth) fail(`Các thẻ lồng nhau quá ${limits.maxDepth} cấp.`, at);
      if (++elements > limits.maxElements) fail(`Tệp có quá ${limits.maxElements} thẻ.`, at);
      rootSeen = true;
      let scope = top()?.scope ?? new Map<string, string>([['xml', 'http://www.w3.org/XML/1998/namespace']]);
      const attributes = new Map<string, string>();
      for (const [k, v] of raw) {
        if (k === 'xmlns' || k.startsWith('xmlns:')) {
          // each declaration copies the scope: bounded so that copying stays cheap
          if (++declarations > MAX_NAMESPACE_DECLARATIONS) fail('Tệp khai báo quá nhiều namespace.', at);
          if (scope === top()?.scope) scope = new Map(scope);
          scope.set(k === 'xmlns' ? '' : k.slice(6), v);
        } else attributes.set(k, v);
      }
      const colon = qname.indexOf(':');
      const prefix = colon === -1 ? '' : qname.slice(0, colon);
      const ns = scope.get(prefix);
      if (prefix !== '' && ns === undefined) fail(`Tiền tố "${prefix}" chưa khai báo namespace.`, at);
      const el: XmlElement = {
        ns: ns ?? '',
        local: qname.slice(colon + 1),
        attributes,
        depth: stack.length + 1,
        at,
      };
      onOpen(el);
      if (selfClosing) onClose(el);
      else stack.push({ qname, el, scope });
    }
  }
  const open = top();
  if (open) fail(`Thiếu thẻ đóng </${open.qname}> (tệp bị cắt?).`, open.el.at);
  if (!rootSeen) fail('Tệp không có phần tử XML nào.', 0);
}
