import { useEffect, useState } from 'react';
import { api, type DailyFeedback, type Mailbox } from '../api';
import { Choice } from '../choice';

const DAYS = 30;
/** Mailboxes combined under "all": the first page the list gives (an owner has few). */
const MAX_COMBINED = 50;

type Outcomes = DailyFeedback['outcomes'];
interface Day {
  date: string;
  outcomes: Outcomes;
  drafts: number;
  similaritySum: number;
  similarityCount: number;
}

const NO_OUTCOMES: Outcomes = {
  sent_unchanged: 0,
  sent_edited: 0,
  manual_reply: 0,
  deleted: 0,
  pending: 0,
};

/** Adds mailboxes' days together: counts add up, similarity means weigh by their sent drafts. */
function combine(perMailbox: DailyFeedback[][]): Day[] {
  const days = new Map<string, Day>();
  for (const d of perMailbox.flat()) {
    const day = days.get(d.date) ?? {
      date: d.date,
      outcomes: { ...NO_OUTCOMES },
      drafts: 0,
      similaritySum: 0,
      similarityCount: 0,
    };
    for (const key of Object.keys(NO_OUTCOMES) as (keyof Outcomes)[])
      day.outcomes[key] += d.outcomes[key];
    day.drafts += d.drafts;
    day.similaritySum += (d.mean_similarity ?? 0) * d.similarity_count;
    day.similarityCount += d.similarity_count;
    days.set(d.date, day);
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The whole window: the days added up. */
function sum(days: Day[]): Day {
  const total: Day = {
    date: 'window',
    outcomes: { ...NO_OUTCOMES },
    drafts: 0,
    similaritySum: 0,
    similarityCount: 0,
  };
  for (const d of days) {
    for (const key of Object.keys(NO_OUTCOMES) as (keyof Outcomes)[])
      total.outcomes[key] += d.outcomes[key];
    total.drafts += d.drafts;
    total.similaritySum += d.similaritySum;
    total.similarityCount += d.similarityCount;
  }
  return total;
}

/** The API's definition (README, Draft outcomes): pending drafts are left out. */
function acceptance(o: Outcomes): number | null {
  const sent = o.sent_unchanged + o.sent_edited;
  const decided = sent + o.manual_reply + o.deleted;
  return decided ? sent / decided : null;
}

const similarity = (d: Day) => (d.similarityCount ? d.similaritySum / d.similarityCount : null);

function Share({ value }: { value: number | null }) {
  if (value === null) return <>—</>;
  return (
    <>
      <meter min={0} max={1} value={value} aria-hidden="true" /> {Math.round(value * 100)} %
    </>
  );
}

/** Acceptance and edit similarity of the AI drafts per day, per mailbox or combined. */
export function DraftQuality() {
  const [mailboxes, setMailboxes] = useState<Mailbox[]>([]);
  // '' is every mailbox (combined).
  const [scope, setScope] = useState('');
  const [days, setDays] = useState<Day[] | null>(null);

  useEffect(() => {
    void api.GET('/api/v1/mailboxes').then(({ data }) => setMailboxes(data?.items ?? []));
  }, []);

  useEffect(() => {
    const ids = scope === '' ? mailboxes.slice(0, MAX_COMBINED).map((m) => m.id) : [scope];
    setDays(null);
    let current = true;
    void Promise.all(
      ids.map(async (id) => {
        const { data } = await api.GET('/api/v1/mailboxes/{id}/feedback', {
          params: { path: { id }, query: { days: DAYS } },
        });
        return data?.by_day ?? [];
      }),
    ).then((perMailbox) => {
      if (current) setDays(combine(perMailbox));
    });
    return () => {
      current = false;
    };
  }, [scope, mailboxes]);

  const total = days?.length ? sum(days) : null;

  return (
    <section aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">Draft quality per day (UTC, last {DAYS} days)</h2>
      <div className="filters">
        <Choice
          label="Mailbox"
          value={scope}
          all="All mailboxes"
          options={mailboxes.map((m) => ({ value: m.id, text: m.email_address }))}
          onChange={setScope}
        />
      </div>
      {days === null ? (
        <p role="status">Loading draft outcomes…</p>
      ) : (
        <>
          <p role="status">
            {total
              ? `${total.drafts} draft${total.drafts === 1 ? '' : 's'} with a known outcome; accepted ${pct(acceptance(total.outcomes))}, mean similarity ${pct(similarity(total))}.`
              : 'No draft outcomes in this window yet.'}
          </p>
          {days.length > 0 && (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Day written</th>
                    <th scope="col">Drafts</th>
                    <th scope="col">Accepted</th>
                    <th scope="col">Mean similarity</th>
                    <th scope="col">Sent as written</th>
                    <th scope="col">Sent edited</th>
                    <th scope="col">Own reply</th>
                    <th scope="col">Deleted</th>
                    <th scope="col">Pending</th>
                  </tr>
                </thead>
                <tbody>
                  {days.map((d) => (
                    <tr key={d.date}>
                      <th scope="row">{d.date}</th>
                      <td>{d.drafts}</td>
                      <td>
                        <Share value={acceptance(d.outcomes)} />
                      </td>
                      <td>
                        <Share value={similarity(d)} />
                      </td>
                      <td>{d.outcomes.sent_unchanged}</td>
                      <td>{d.outcomes.sent_edited}</td>
                      <td>{d.outcomes.manual_reply}</td>
                      <td>{d.outcomes.deleted}</td>
                      <td>{d.outcomes.pending}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      <p className="hint">
        Accepted: drafts you sent (as written or edited) among those sent, replaced by your own
        reply or deleted. Similarity: how closely what you sent matched the draft (100 % =
        unchanged).
      </p>
    </section>
  );
}

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)} %`);
