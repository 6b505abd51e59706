import { describe, expect, it } from 'vitest';
import { searchKey } from './search-key.ts';

describe('searchKey', () => {
  it('strips Vietnamese diacritics and đ', () => {
    expect(searchKey('Tỉnh Thái Bình')).toBe('tinh thai binh');
    expect(searchKey('Đồng Nai')).toBe('dong nai');
  });
  it('treats old and new tone placement alike', () => {
    expect(searchKey('Hoà Bình')).toBe(searchKey('Hòa Bình'));
    expect(searchKey('Thuỷ')).toBe(searchKey('Thủy'));
  });
  it('matches decomposed (NFD) input and folds punctuation and spaces', () => {
    expect(searchKey('Ha\u0300 No\u0302\u0323i')).toBe('ha noi');
    expect(searchKey("  K'Dang -- 01 ")).toBe('k dang 01');
  });
});
