import { useCallback, useEffect, useState } from 'react';
import { activityStream, api, gmailLink, type EmailItem, type Mailbox } from '../api';

const CATEGORIES = ['needs_reply', 'informational', 'spam'];
const OUTCOMES = ['pending', 'processing', 'completed', 'skipped', 'failed'] as const;
type Outcome = (typeof OUTCOMES)[number];
/** What the owner did with a draft, in their words (Draft outcomes). */
const DRAFT_OUTCOMES = {
  sent_unchanged: 'sent as written',
  sent_edited: 'sent after edits',
  manual_reply: 'own reply instead',
  deleted: 'deleted',
  pending: 'still a draft',
  awaiting: 'not yet seen',
} as const;
type DraftOutcome = keyof typeof DRAFT_OUTCOMES;

interface Filters {
  mailbox: string;
  category: string;
  status: '' | Outcome;
  draftOutcome: '' | DraftOutcome;
  since: string;
}

function draftText(item: EmailItem): string {
  if (item.draft_outcome) {
    const done = DRAFT_OUTCOMES[item.draft_outcome];
    return item.draft_similarity === null
      ? done
      : `${done} (${Math.round(item.draft_similarity * 100)} % kept)`;
  }
  if (item.draft_state === 'created') return 'Draft in Gmail';
  if (item.draft_state && item.draft_state !== 'none') return item.draft_state.replace(/_/g, ' ');
  return '—';
}

export function Activity({ operator }: { operator: boolean }) {
  const [filters, setFilters] = useState<Filters>({
    mailbox: '',
    category: '',
    status: '',
    draftOutcome: '',
    since: '',
  });
  const [items, setItems] = useState<EmailItem[]>([]);
  const [mailboxes, setMailboxes] = useState<Mailbox[]>([]);
  const [updated, setUpdated] = useState<Date | null>(null);

  useEffect(() => {
    void api.GET('/api/v1/mailboxes').then(({ data }) => setMailboxes(data?.items ?? []));
  }, []);

  const load = useCallback(async () => {
    const { data } = await api.GET('/api/v1/emails', {
      params: {
        query: {
          limit: 50,
          mailbox: filters.mailbox || undefined,
          category: filters.category || undefined,
          status: filters.status || undefined,
          draft_outcome: filters.draftOutcome || undefined,
          since: filters.since ? new Date(`${filters.since}T00:00:00Z`).toISOString() : undefined,
        },
      },
    });
    if (data) {
      setItems(data.items);
      setUpdated(new Date());
    }
  }, [filters]);

  useEffect(() => {
    void load();
    // Owners get server-sent events; an API key cannot ride on EventSource, so operators poll.
    if (operator) {
      const timer = setInterval(() => void load(), 5_000);
      return () => clearInterval(timer);
    }
    return activityStream(() => void load());
  }, [load, operator]);

  const address = (id: string) => mailboxes.find((m) => m.id === id)?.email_address ?? '';
  const set = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });

  return (
    <>
      <form className="filters" aria-label="Filter emails" onSubmit={(e) => e.preventDefault()}>
        <label>
          Mailbox
          <select value={filters.mailbox} onChange={(e) => set({ mailbox: e.target.value })}>
            <option value="">All</option>
            {mailboxes.map((m) => (
              <option key={m.id} value={m.id}>
                {m.email_address}
              </option>
            ))}
          </select>
        </label>
        <label>
          Category
          <select value={filters.category} onChange={(e) => set({ category: e.target.value })}>
            <option value="">All</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {c.replace('_', ' ')}
              </option>
            ))}
          </select>
        </label>
        <label>
          Outcome
          <select
            value={filters.status}
            onChange={(e) => set({ status: e.target.value as Filters['status'] })}
          >
            <option value="">All</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
        <label>
          Draft
          <select
            value={filters.draftOutcome}
            onChange={(e) => set({ draftOutcome: e.target.value as Filters['draftOutcome'] })}
          >
            <option value="">All</option>
            {(Object.keys(DRAFT_OUTCOMES) as DraftOutcome[]).map((o) => (
              <option key={o} value={o}>
                {DRAFT_OUTCOMES[o]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Since
          <input
            type="date"
            value={filters.since}
            onChange={(e) => set({ since: e.target.value })}
          />
        </label>
      </form>
      <p className="status" role="status">
        {items.length} emails{updated ? `, updated ${updated.toLocaleTimeString()}` : ''}
      </p>
      <div className="table-wrap">
        <table>
          <caption className="sr-only">Emails, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">From</th>
              <th scope="col">Subject</th>
              <th scope="col">Category</th>
              <th scope="col">Confidence</th>
              <th scope="col">Reason</th>
              <th scope="col">Label</th>
              <th scope="col">Draft</th>
              <th scope="col">Outcome</th>
              <th scope="col">Gmail</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-email-id={item.id}>
                <td className="when">
                  {new Date(item.received_at ?? item.created_at).toLocaleString(undefined, {
                    dateStyle: 'short',
                    timeStyle: 'short',
                  })}
                </td>
                <td>{item.sender ?? '—'}</td>
                <td>{item.subject ?? '—'}</td>
                <td>{item.category?.replace('_', ' ') ?? '—'}</td>
                <td>{item.confidence === null ? '—' : `${Math.round(item.confidence * 100)} %`}</td>
                <td className="reason">{item.reason ?? item.skip_reason ?? '—'}</td>
                <td>{item.label ?? '—'}</td>
                <td>{draftText(item)}</td>
                <td>{item.latest_task_status ?? '—'}</td>
                <td>
                  <a
                    href={gmailLink(address(item.mailbox_id), item.thread_id, item.message_id)}
                    target="_blank"
                    rel="noreferrer noopener"
                  >
                    Open<span className="sr-only"> thread of email {item.id} in Gmail</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
