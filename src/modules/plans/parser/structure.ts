/** Top-level sections (I., II. …) and the item tree under them (1., 1.1., a), -, +). */
export interface Item {
  marker: string;
  text: string;
  children: Item[];
}

export interface Section {
  number: string;
  title: string;
  items: Item[];
}

const SECTION = /^([IVX]{1,5})\.\s*(.+)$/;
const MARKERS: [RegExp, number][] = [
  [/^(\d+\.\d+(?:\.\d+)?\.?)\s+(.+)$/, 2],
  [/^(\d+\.)\s+(.+)$/, 1],
  [/^([a-zđ]\))\s*(.+)$/, 3],
  [/^([-–•])\s*(.+)$/, 4],
  [/^(\+)\s*(.+)$/, 5],
];

export function markerOf(line: string): { marker: string; level: number; text: string } | null {
  for (const [re, level] of MARKERS) {
    const m = re.exec(line);
    if (m) return { marker: m[1]!, level, text: m[2]!.trim() };
  }
  return null;
}

/** Sections of the body; `end` excludes the closing (Nơi nhận, signature). */
export function parseSections(lines: string[]): Section[] {
  const sections: Section[] = [];
  let stack: { level: number; item: Item }[] = [];
  for (const line of lines) {
    if (!line || /^(Trên đây là|Nguồn tin|Tác giả)/u.test(line)) continue;
    const s = SECTION.exec(line);
    if (s && s[2]!.length < 200) {
      sections.push({ number: s[1]!, title: s[2]!.trim(), items: [] });
      stack = [];
      continue;
    }
    const section = sections[sections.length - 1];
    if (!section) continue;
    const m = markerOf(line);
    const level = m?.level ?? 9;
    const item: Item = { marker: m?.marker ?? '', text: m?.text ?? line, children: [] };
    if (!m) {
      // an unmarked paragraph belongs to the deepest open item, or stands alone in the section
      const parent = stack[stack.length - 1];
      if (parent) parent.item.children.push(item);
      else section.items.push(item);
      continue;
    }
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.item.children.push(item);
    else section.items.push(item);
    stack.push({ level, item });
  }
  return sections;
}

export function flattenItems(items: Item[]): Item[] {
  return items.flatMap((i) => [i, ...flattenItems(i.children)]);
}
