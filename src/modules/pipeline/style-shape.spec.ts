import { describe, expect, it } from 'vitest';
import { describeShapes, styleShapeOf } from './style-shape.js';

describe('style shape', () => {
  it('keeps the greeting word and a sign-off phrase, never a name, number or sentence', () => {
    const shape = styleShapeOf(
      'Hi Ana,\n\nYour invoice 77 is paid; the bank details are IBAN DE12 3456.\n\nBest regards,\nAlex',
    );
    expect(shape).toEqual({
      greeting: 'Hi ...,',
      signOff: 'Best regards,',
      words: 17,
      paragraphs: 3,
    });
    expect(JSON.stringify(shape)).not.toMatch(/Ana|Alex|77|IBAN|invoice/);
  });

  it('takes no greeting from a first line that starts with a name, no sign-off from a name line', () => {
    const shape = styleShapeOf('Ana, about the invoice: it is paid.\n\nAlex.');
    expect(shape.greeting).toBeNull();
    expect(shape.signOff).toBeNull();
  });

  it('describes a few messages by their most common greeting and sign-off and median length', () => {
    const line = describeShapes([
      styleShapeOf('Hey Sam!\n\nSounds good to me, see you there.\n\nCheers,\nAlex'),
      styleShapeOf('Hey Kim!\n\nThat works, thanks for sorting it.\n\nCheers,\nAlex'),
      styleShapeOf('Hello Jo,\n\nAll set on my side.\n\nBest,\nAlex'),
    ]);
    expect(line).toBe(
      "The owner's recent emails to other people open with “Hey ...!”, close with “Cheers,”, run about 10 words in 3 paragraphs.",
    );
    expect(describeShapes([])).toBeNull();
  });

  it('reads a bounded head of hostile text: huge, one endless line, control characters', () => {
    for (const text of [
      'Hi '.repeat(400_000),
      `${'Best regards,'.repeat(50_000)}\n`,
      `Hi \u0000\u202e${'x'.repeat(1_000_000)},\n\n${'\n'.repeat(100_000)}Cheers,`,
    ]) {
      const shape = styleShapeOf(text);
      expect(shape.words).toBeLessThanOrEqual(4_000);
      expect(shape.greeting?.length ?? 0).toBeLessThanOrEqual(20);
    }
  });
});
