/** The strict XML reader: what it reads as XML 1.0 does, and what it refuses. */
import { describe, expect, it } from 'vitest';
import { lineCounter, readXml, XmlError, type XmlElement } from './strict-xml.ts';

const LIMITS = { maxDepth: 8, maxElements: 100, maxAttributes: 8, maxAttributeLength: 100 };
const read = (text: string) => {
  const seen: XmlElement[] = [];
  readXml(text, LIMITS, (el) => void seen.push(el));
  return seen.map((el) => ({
    ns: el.ns,
    local: el.local,
    depth: el.depth,
    ...Object.fromEntries(el.attributes),
  }));
};
const refusal = (text: string) => {
  try {
    readXml(text, LIMITS, () => {});
  } catch (err) {
    if (err instanceof XmlError) return err.message;
    throw err;
  }
  return 'read';
};

describe('readXml', () => {
  it('decodes references, normalises attribute whitespace and resolves namespaces', () => {
    const text = [
      `<?xml version = '1.0' encoding="utf-8" standalone="yes"?>`,
      '<?xml-stylesheet href="x"?><!-- a comment -->',
      '<r xmlns="urn:a" xmlns:b="urn:b" v="a&lt;&#65;&#x1F600;&quot;&apos;&amp;" w="x\r\ny\tz&#10;">',
      '  <b:c/><d xmlns="urn:d"><e/></d><![CDATA[<not a tag>]]>text &gt;',
      '</r>',
    ].join('\n');
    expect(read(text)).toEqual([
      { ns: 'urn:a', local: 'r', depth: 1, v: 'a<A😀"\'&', w: 'x y z\n' },
      { ns: 'urn:b', local: 'c', depth: 2 },
      { ns: 'urn:d', local: 'd', depth: 2 },
      { ns: 'urn:d', local: 'e', depth: 3 },
    ]);
  });

  it.each([
    ['a DOCTYPE', '<!DOCTYPE r><r/>', /DOCTYPE/],
    ['another encoding', '<?xml version="1.0" encoding="ISO-8859-1"?><r/>', /UTF-8/],
    ['XML 1.1', '<?xml version="1.1"?><r/>', /1\.0/],
    ['a late declaration', '<r><?xml version="1.0"?></r>', /đầu tệp/],
    ['an undeclared prefix', '<p:r/>', /Tiền tố/],
    ['an unquoted attribute', '<r a=1/>', /nháy/],
    ['attributes without space', '<r a="1"b="2"/>', /viết sai/],
    ['"<" in an attribute', '<r a="<"/>', /"<"/],
    ['"]]>" in text', '<r>]]></r>', /\]\]>/],
    ['text after the root', '<r/>x', /ngoài/],
    ['two roots', '<r/><r/>', /một phần tử gốc/],
    ['a stray end tag', '</r>', /thừa/],
    ['a lone surrogate', '<r a="\ud800"/>', /ký tự/],
    ['a reference to U+FFFE', '<r a="&#xFFFE;"/>', /không hợp lệ/],
    ['nothing', '  ', /không có phần tử/],
  ])('refuses %s', (_name, text, message) => {
    expect(refusal(text)).toMatch(message);
  });

  it('counts lines forward, and again from the start when asked for an earlier offset', () => {
    const text = 'a\nb\nc\nd';
    const line = lineCounter(text);
    expect([0, 2, 4, 6, 3, 0, 7].map(line)).toEqual([1, 2, 3, 4, 2, 1, 4]);
  });
});
