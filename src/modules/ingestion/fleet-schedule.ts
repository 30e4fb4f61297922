/**
 * Cadence of the fleet's periodic work (see MailboxScheduleRepository). One timer per kind of
 * work, never one per mailbox: each tick claims the mailboxes that came due since the last one.
 * A short tick keeps each tick's share of the fleet small, so a push's sync never queues behind
 * a large batch of safety-net syncs.
 */
export const FLEET_TICK_MS = 5_000;

/** Mailboxes claimed per statement. */
export const CLAIM_BATCH = 1_000;

/**
 * Claims per tick at most: bounds a tick's work after downtime (the rest stays due for the next
 * ticks, which keeps the catch-up spread too).
 */
export const MAX_CLAIMS_PER_TICK = 5;

/** Google's advice: renew daily although a watch lasts 7 days. */
export const WATCH_RENEW_PERIOD_SECONDS = 24 * 60 * 60;
