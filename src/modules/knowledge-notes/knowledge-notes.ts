/**
 * Bounds of a knowledge note. A note's text goes into reply prompts (as owner-provided facts,
 * untrusted like email text) and its links into drafts, so each field is bounded, and so is how
 * many notes a mailbox keeps and how many one reply sees.
 */
export const NOTE_LIMITS = {
  title: 200,
  body: 4_000,
  links: 5,
  link: 500,
  /** Notes per mailbox. */
  perMailbox: 200,
} as const;

/** Notes one reply's prompt holds at most (the best ranked). */
export const NOTES_PER_REPLY = 3;

/**
 * Lowest ts_rank_cd a note needs to be used. With the default weights a title word counts 1.0
 * and a body word 0.4 per occurrence, so a note qualifies on one word of its title or two of its
 * body that the email also uses; a single shared body word ("week") is not enough.
 */
export const MIN_NOTE_RANK = 0.8;
