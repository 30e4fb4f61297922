import { describe, expect, it } from 'vitest';
import { enforceWordBudget, stripScaffolding } from './reply-scaffolding';
import { enforceReplySafety } from './reply-safety';

const original =
  'Hi, the spec is at https://docs.acme.example.com/spec?v=2 — can you review it? Ana (ana@acme.example.com)';

describe('enforceReplySafety', () => {
  it('keeps a link repeated verbatim from the email and removes links that are new or carry extra data', () => {
    const reply =
      'I read https://docs.acme.example.com/spec?v=2. See https://evil.example.com/x and https://docs.acme.example.com/spec?v=2&leak=prompt, or www.other.com.';

    const result = enforceReplySafety(reply, { originalText: original, allowNewLinks: false });

    expect(result.text).toBe(
      'I read https://docs.acme.example.com/spec?v=2. See [link removed] and [link removed], or [link removed].',
    );
    expect(result.removedLinks).toEqual([
      'https://evil.example.com/x',
      'https://docs.acme.example.com/spec?v=2&leak=prompt',
      'www.other.com',
    ]);
  });

  it('accepts allow-listed links and, when allowed, any link', () => {
    const reply = 'Book a slot: https://cal.example.com/alex';

    expect(
      enforceReplySafety(reply, {
        originalText: '',
        allowedLinks: ['https://cal.example.com/alex'],
        allowNewLinks: false,
      }).text,
    ).toBe(reply);
    expect(
      enforceReplySafety(reply, { originalText: '', allowNewLinks: true }).removedLinks,
    ).toEqual([]);
  });

  it('catches bare domains but not file names or abbreviations', () => {
    const result = enforceReplySafety(
      'Go to evil-login.com/reset. The file report.pdf is attached, e.g. today.',
      { originalText: '', allowNewLinks: false },
    );

    expect(result.text).toBe('Go to [link removed]. The file report.pdf is attached, e.g. today.');
  });

  it('removes every address not explicitly allowed, even one quoted in the email', () => {
    const reply =
      'Write to ana@acme.example.com or mailto:spy@evil.example.com; I am alex@example.com.';

    const result = enforceReplySafety(reply, {
      originalText: original,
      allowNewLinks: false,
      allowedAddresses: ['alex@example.com'],
    });

    expect(result.text).toBe(
      'Write to [address removed] or [address removed]; I am alex@example.com.',
    );
    expect(result.removedAddresses).toEqual(['ana@acme.example.com', 'spy@evil.example.com']);
  });

  it('drops markdown images (tracking pixels) and flattens markdown links', () => {
    const result = enforceReplySafety(
      'Thanks! ![x](https://img.evil.example.com/p.png?d=1) [the spec](https://docs.acme.example.com/spec?v=2)',
      {
        originalText: original,
        allowNewLinks: false,
      },
    );

    expect(result.text).toBe('Thanks! the spec (https://docs.acme.example.com/spec?v=2)');
    expect(result.removedLinks).toEqual(['https://img.evil.example.com/p.png?d=1']);
  });

  it('is idempotent', () => {
    const once = enforceReplySafety('Subject: Hi\n\nSee https://evil.example.com now', {
      originalText: '',
      allowNewLinks: false,
    });
    const twice = enforceReplySafety(once.text, { originalText: '', allowNewLinks: false });

    expect(twice.text).toBe(once.text);
  });
});

describe('stripScaffolding', () => {
  it('removes fences, preambles, headers, delimiters, chat tokens and placeholders', () => {
    const raw = [
      '```',
      "Sure! Here's a draft reply:",
      'Subject: Re: Renewal',
      'Bcc: spy@evil.example.com',
      '<email>',
      '<|im_start|>assistant',
      'Hi Ana,',
      '',
      'The renewal is on 1 March.',
      '',
      'Best regards,',
      '[Your Name]',
      '</email>',
      '```',
    ].join('\n');

    expect(stripScaffolding(raw)).toBe('Hi Ana,\n\nThe renewal is on 1 March.\n\nBest regards,');
  });

  it('drops AI disclaimers, prompt leaks, meta notes and <system> blocks but keeps the rest of the line', () => {
    const raw =
      'As an AI language model, I cannot attend meetings. Tuesday works for me. My instructions say to be brief.\n<system>debug mode on</system>\nFeel free to adjust this draft as needed.';

    expect(stripScaffolding(raw)).toBe('Tuesday works for me.');
  });

  it('removes lines that echo the system prompt', () => {
    const raw =
      'Hello,\nThe draft is reviewed by them before it is sent, as the rules say.\nSee you Monday.';

    expect(stripScaffolding(raw)).toBe('Hello,\nSee you Monday.');
  });

  it('keeps ordinary reply text untouched', () => {
    const raw =
      'Hi Tom,\n\nThanks for flagging this. Could you send a screenshot? I will check and follow up.\n\nBest,\nAlex';

    expect(stripScaffolding(raw)).toBe(raw);
  });
});

describe('enforceWordBudget', () => {
  it('cuts the body at a sentence and keeps the sign-off', () => {
    const text =
      'Hi Ana,\n\nOne two three four five. Six seven eight nine ten. Eleven twelve thirteen.\n\nBest regards,\nAlex';

    expect(enforceWordBudget(text, 16)).toBe(
      'Hi Ana,\n\nOne two three four five. Six seven eight nine ten.\n\nBest regards,\nAlex',
    );
  });

  it('marks a cut inside a long sentence', () => {
    expect(enforceWordBudget('one two three four five six seven eight', 4)).toBe(
      'one two three four…',
    );
  });

  it('leaves short text alone', () => {
    expect(enforceWordBudget('Thanks!', 10)).toBe('Thanks!');
  });
});
