import { describe, expect, it } from 'vitest';
import { mainBody } from './offline-language.js';

describe('mainBody', () => {
  it.each(['P.S.', 'PS:', 'P.P.S.', 'P. S.', 'P.-S.', 'PD:', 'ps'])(
    'cuts at a "%s" postscript line',
    (marker) => {
      expect(mainBody(`Hello,\nthe main text.\n\n${marker} extra words`)).toBe(
        'Hello,\nthe main text.\n\n',
      );
    },
  );

  it('keeps words that only start with P and S, and a text that is all postscript', () => {
    expect(mainBody('Hello\nPS5 games and PDF files\nPeter said hi')).toBe(
      'Hello\nPS5 games and PDF files\nPeter said hi',
    );
    expect(mainBody('P.S. only this')).toBe('P.S. only this');
  });
});
