/** The closing block: recipients (Nơi nhận) and the signature (authority, position, name). */
export interface Signer {
  name: string;
  position: string | null;
  authority: string[];
}

export function findClosingStart(lines: string[]): number {
  const i = lines.findIndex((l) => /^\*?Nơi nhận\s*:?/i.test(l));
  return i < 0 ? lines.length : i;
}

export function parseRecipients(lines: string[], start: number): string[] {
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (!l) continue;
    if (!/^[-–•+]/.test(l)) break;
    out.push(
      l
        .replace(/^[-–•+]\s*/, '')
        .replace(/[;.,]+$/, '')
        .trim(),
    );
  }
  return out;
}

const isUpper = (l: string) => l === l.toUpperCase() && /\p{Lu}/u.test(l);

export function parseSigner(lines: string[], start: number): Signer | null {
  const tail = lines.slice(start + 1).filter((l) => l && !/^[-–•+]/.test(l));
  const authority: string[] = [];
  for (let i = 0; i < tail.length; i++) {
    const l = tail[i]!.replace(/\*/g, '').trim();
    if (isUpper(l) && l.length > 3) {
      authority.push(l.replace(/^(TM|KT|Q|TL|TUQ)\.\s*/, '$1. '));
      continue;
    }
    if (authority.length && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,5}$/u.test(l)) {
      const position =
        authority.length > 0 && !/^(TM|KT|Q|TL|TUQ)\./.test(authority[authority.length - 1]!)
          ? authority.pop()!
          : null;
      return { name: l, position, authority };
    }
  }
  return null;
}
