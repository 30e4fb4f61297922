import * as iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeIso2022Jp } from '../../../test/fakes/gmail/gmail-fake.charset.js';
import { decodeBodyBytes, decodeWords } from './mime-decode.js';

const utf8 = (s: string) => Buffer.from(s, 'utf8');

describe('decodeBodyBytes: converted or original bytes (issue 26)', () => {
  it.each([
    ['iso-8859-1', 'Communiqué'],
    ['windows-1252', '“Quotes” – 5 €'],
    ['shift_jis', 'こんにちは'],
    ['big5', '您好'],
    ['koi8-r', 'Счёт'],
  ])('%s: UTF-8 bytes are UTF-8, other bytes the declared charset', (charset, text) => {
    expect(decodeBodyBytes(utf8(text), charset)).toBe(text);
    expect(decodeBodyBytes(iconv.encode(text, charset), charset)).toBe(text);
  });

  it('does not take ISO-2022-JP escapes (valid UTF-8 bytes) for UTF-8', () => {
    const text = 'お世話になっております。';
    const bytes = encodeIso2022Jp(text);
    expect(bytes.includes(0x1b)).toBe(true);
    expect(decodeBodyBytes(bytes, 'ISO-2022-JP')).toBe(text);
    expect(decodeBodyBytes(utf8(text), 'iso-2022-jp')).toBe(text);
    // An ESC amid 8-bit bytes is not ISO-2022-JP: the UTF-8 text stays UTF-8.
    expect(decodeBodyBytes(utf8(`\x1b${text}`), 'iso-2022-jp')).toBe(`\x1b${text}`);
    expect(decodeWords(`=?ISO-2022-JP?B?${bytes.toString('base64')}?=`)).toBe(text);
  });

  it('reads UTF-7 and UTF-16 by their own marks, converted text as UTF-8', () => {
    expect(decodeBodyBytes(iconv.encode('Café', 'utf-7'), 'utf-7')).toBe('Café');
    expect(decodeBodyBytes(utf8('Café'), 'utf-7')).toBe('Café');
    expect(decodeBodyBytes(iconv.encode('Hi é', 'utf-16le'), 'utf-16le')).toBe('Hi é');
    expect(decodeBodyBytes(utf8('Hi é'), 'utf-16le')).toBe('Hi é');
  });

  it('reads undecodable bytes in an unknown charset as windows-1252, broken UTF-8 with U+FFFD', () => {
    const bytes = Buffer.concat([utf8('ok '), Buffer.from([0x93, 0xff])]);
    expect(decodeBodyBytes(bytes, 'x-made-up-42')).toBe('ok “ÿ');
    expect(decodeBodyBytes(bytes, 'utf-8')).toBe('ok \ufffd\ufffd');
    expect(decodeBodyBytes(Buffer.alloc(0), 'big5')).toBe('');
  });
});
