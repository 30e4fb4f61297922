import { BadRequestException } from '@nestjs/common';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pushBody } from '../../../test/fakes/oidc.fake.js';
import { GmailNotificationDto, PubsubMessageDto, PubsubPushDto } from './pubsub-push.dto.js';
import {
  acceptCommonPush,
  validateNotification,
  validateNotificationWithClassValidator,
  validatePush,
  validatePushWithClassValidator,
} from './pubsub-push.validation.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

/** What class-validator alone says: the DTO, or the 400's body. */
async function reference(body: unknown): Promise<{ ok: PubsubPushDto } | { rejected: unknown }> {
  try {
    // The pipe strips prototype keys in place; the fast check must see the body as it came.
    return { ok: await validatePushWithClassValidator(structuredClone(body)) };
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return { rejected: (error as BadRequestException).getResponse() };
  }
}

/** The fast check never accepts what class-validator rejects, and accepts with the same result. */
async function expectSameAsClassValidator(body: unknown): Promise<'fast' | 'fallback'> {
  const fast = acceptCommonPush(structuredClone(body));
  const ref = await reference(body);
  if (fast) {
    expect(ref).toHaveProperty('ok');
    expect(fast).toStrictEqual((ref as { ok: PubsubPushDto }).ok);
    expect(fast).toBeInstanceOf(PubsubPushDto);
    expect(fast.message).toBeInstanceOf(PubsubMessageDto);
  }
  // Whichever path runs, the caller sees exactly what class-validator alone would give.
  const actual = await validatePush(structuredClone(body)).then(
    (ok) => ({ ok }),
    (error: BadRequestException) => ({ rejected: error.getResponse() }),
  );
  expect(actual).toStrictEqual(ref);
  return fast ? 'fast' : 'fallback';
}

describe('push envelope validation', () => {
  it('takes the fast path for the pushes Pub/Sub sends', async () => {
    const body = pushBody('someone@example.com', 12345, 'm-1');
    expect(await expectSameAsClassValidator(body)).toBe('fast');
    const snake = {
      message: {
        data: b64('{}'),
        message_id: '1',
        publish_time: '2024-01-01T00:00:00Z',
        attributes: { a: 'b' },
      },
      deliveryAttempt: 3,
    };
    expect(await expectSameAsClassValidator(snake)).toBe('fast');
  });

  const cases: [string, unknown][] = [
    ['undefined body', undefined],
    ['null body', null],
    ['a string body', 'message=1'],
    ['an array body', [pushBody('a@b.com', 1)]],
    ['an empty object', {}],
    ['message not an object', { message: 'x' }],
    ['message an array', { message: [] }],
    ['message null', { message: null }],
    ['missing data', { message: { messageId: '1' } }],
    ['empty data', { message: { data: '', messageId: '1' } }],
    ['data not base64', { message: { data: '%%%not-base64%%%', messageId: '1' } }],
    ['data base64 without padding', { message: { data: 'YWI', messageId: '1' } }],
    ['data base64url', { message: { data: 'a-_b', messageId: '1' } }],
    ['data a number', { message: { data: 5, messageId: '1' } }],
    ['data too long', { message: { data: 'A'.repeat(8196), messageId: '1' } }],
    ['data at the limit', { message: { data: 'A'.repeat(8192), messageId: '1' } }],
    ['messageId a number', { message: { data: b64('{}'), messageId: 1 } }],
    ['messageId null', { message: { data: b64('{}'), messageId: null, message_id: '2' } }],
    ['messageId too long', { message: { data: b64('{}'), messageId: 'x'.repeat(256) } }],
    [
      'messageId of 255 emoji (over 255 UTF-16 units)',
      { message: { data: b64('{}'), messageId: '😀'.repeat(255) } },
    ],
    [
      'publishTime too long',
      { message: { data: b64('{}'), messageId: '1', publishTime: 'x'.repeat(65) } },
    ],
    ['publish_time an object', { message: { data: b64('{}'), messageId: '1', publish_time: {} } }],
    ['attributes an array', { message: { data: b64('{}'), messageId: '1', attributes: ['a'] } }],
    ['attributes a string', { message: { data: b64('{}'), messageId: '1', attributes: 'a' } }],
    ['attributes null', { message: { data: b64('{}'), messageId: '1', attributes: null } }],
    [
      'attributes nested',
      { message: { data: b64('{}'), messageId: '1', attributes: { a: { b: 'c' } } } },
    ],
    [
      'attributes with prototype keys',
      {
        message: {
          data: b64('{}'),
          messageId: '1',
          attributes: { constructor: 'x', prototype: 'y', a: 'b' },
        },
      },
    ],
    ['subscription a number', { message: { data: b64('{}'), messageId: '1' }, subscription: 7 }],
    [
      'subscription too long',
      { message: { data: b64('{}'), messageId: '1' }, subscription: 's'.repeat(513) },
    ],
    [
      'unknown fields everywhere',
      {
        message: { data: b64('{}'), messageId: '1', orderingKey: 'k', extra: { x: 1 } },
        deliveryAttempt: 2,
        constructor: 'x',
      },
    ],
  ];
  for (const [name, body] of cases) {
    it(`agrees with class-validator on ${name}`, async () => {
      await expectSameAsClassValidator(body);
    });
  }

  it('keeps the 400 format and field details of class-validator', async () => {
    const error = await validatePush({ message: { data: '%%%', messageId: 5 } }).catch(
      (e: BadRequestException) => e,
    );
    expect(error).toBeInstanceOf(BadRequestException);
    expect((error as BadRequestException).getResponse()).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Malformed Pub/Sub push',
      details: { fields: { message: ['invalid'] } },
    });
  });

  it('agrees with class-validator on arbitrary variations of a push', async () => {
    const str = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.base64String({ maxLength: 24 }),
      fc.constantFrom('', 'x'.repeat(300), '😀'.repeat(40)),
    );
    const value = fc.oneof(
      str,
      fc.constant(null),
      fc.integer(),
      fc.boolean(),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(str, fc.integer()), { maxKeys: 3 }),
      fc.array(str, { maxLength: 2 }),
    );
    // Mostly plausible values, so that many generated pushes are valid and take the fast path.
    const mostly = <T>(good: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: good, weight: 10 }, { arbitrary: value, weight: 1 });
    const message = fc.record(
      {
        data: mostly(fc.base64String({ minLength: 4, maxLength: 40 })),
        messageId: mostly(fc.string({ maxLength: 12 })),
        message_id: mostly(fc.string({ maxLength: 12 })),
        publishTime: mostly(fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
        publish_time: mostly(fc.string({ maxLength: 10 })),
        attributes: mostly(
          fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
        ),
        orderingKey: value,
      },
      { requiredKeys: [] },
    );
    const body = mostly(
      fc.record(
        {
          message: mostly(message),
          subscription: mostly(fc.string({ maxLength: 20 })),
          deliveryAttempt: value,
        },
        { requiredKeys: ['message'] },
      ),
    );
    let fast = 0;
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        if ((await expectSameAsClassValidator(b)) === 'fast') fast++;
      }),
      { numRuns: 500 },
    );
    // The generator must reach the fast path often enough for the comparison to mean something.
    expect(fast).toBeGreaterThan(50);
  });
});

describe('notification validation', () => {
  const agree = (emailAddress: unknown, historyId: unknown) => {
    const actual = validateNotification(emailAddress, historyId);
    const ref = validateNotificationWithClassValidator(emailAddress, historyId);
    expect(actual).toStrictEqual(ref);
    if ('notification' in actual) expect(actual.notification).toBeInstanceOf(GmailNotificationDto);
    return actual;
  };

  it('accepts a Gmail notification', () => {
    expect(agree('user@example.com', '12345')).toStrictEqual({
      notification: Object.assign(new GmailNotificationDto(), {
        emailAddress: 'user@example.com',
        historyId: '12345',
      }),
    });
  });

  const cases: [string, unknown, unknown][] = [
    ['historyId not a number', 'a@b.com', 'abc'],
    ['historyId negative', 'a@b.com', '-5'],
    ['historyId zero', 'a@b.com', '0'],
    ['historyId a number', 'a@b.com', 5],
    ['historyId too long', 'a@b.com', '1'.repeat(21)],
    ['emailAddress missing', undefined, '5'],
    ['emailAddress not an email', 'not-an-email', '5'],
    ['emailAddress too long', `${'a'.repeat(64)}@${'b'.repeat(250)}.com`, '5'],
    ['emailAddress a number', 42, '5'],
    ['both wrong', 'x', 'y'],
  ];
  for (const [name, emailAddress, historyId] of cases) {
    it(`agrees with class-validator on ${name}`, () => {
      expect(agree(emailAddress, historyId)).toHaveProperty('fields');
    });
  }

  it('agrees with class-validator on arbitrary addresses and history ids', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.emailAddress(), fc.string({ maxLength: 20 }), fc.constant(undefined)),
        fc.oneof(fc.stringMatching(/^[0-9]{1,22}$/), fc.string({ maxLength: 4 })),
        (e, h) => {
          agree(e, h);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
