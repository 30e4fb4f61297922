import { useCallback, useEffect, useState } from 'react';
import { activityStream, api, gmailLink, type EmailItem, type Mailbox } from '../api';
import { Choice } from '../choice';

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
        <Choice
          label="Mailbox"
          value={filters.mailbox}
          options={mailboxes.map((m) => ({ value: m.id, text: m.email_address }))}
          onChange={(mailbox) => set({ mailbox })}
        />
        <Choice
          label="Category"
          value={filters.category}
          options={CATEGORIES.map((c) => ({ value: c, text: c.replace('_', ' ') }))}
          onChange={(category) => set({ category })}
        />
        <Choice
          label="Outcome"
          value={filters.status}
          options={OUTCOMES.map((o) => ({ value: o, text: o }))}
          onChange={(status) => set({ status })}
        />
        <Choice
          label="Draft"
          value={filters.draftOutcome}
          options={(Object.keys(DRAFT_OUTCOMES) as DraftOutcome[]).map((o) => ({
            value: o,
            text: DRAFT_OUTCOMES[o],
          }))}
          onChange={(draftOutcome) => set({ draftOutcome })}
        />
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
