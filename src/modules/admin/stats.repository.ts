import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { type Executor, KYSELY } from '../persistence/database/database.js';
import type { StatsDto } from './dto/stats.dto.js';

type Counts = Record<string, number>;

/** What the pre-filters write where a model's name would go (skip reasons, model_used). */
const PREFILTER = 'prefilter:%';

/** count(*) as a number: node-postgres returns bigint as a string. */
const count = () => sql<number>`count(*)::int`;

/**
 * A column's sum as a number (0 over no rows), cast for the same reason. Column names and
 * aliases are camelCase: the CamelCasePlugin maps both ways, result keys included.
 */
const total = (column: string) => sql<number>`COALESCE(sum(${sql.ref(column)}), 0)::float8`;

/** Aggregates for GET /stats, in SQL so they stay cheap as tables grow. */
@Injectable()
export class StatsRepository {
  constructor(@Inject(KYSELY) private readonly db: Executor) {}

  /** Over every mailbox, or over `ownerId`'s mailboxes only (a console owner). */
  async collect(since: Date, until: Date, ownerId?: string): Promise<Omit<StatsDto, 'window'>> {
    const owned = this.db
      .selectFrom('mailboxes')
      .select('id')
      .where('userId', '=', ownerId ?? null);
    const ownedEmails = this.db.selectFrom('emails').select('id').where('mailboxId', 'in', owned);
    let tasks = this.db
      .selectFrom('processingTasks as t')
      .where('t.createdAt', '>=', since)
      .where('t.createdAt', '<', until);
    let responses = this.db
      .selectFrom('aiResponses')
      .where('createdAt', '>=', since)
      .where('createdAt', '<', until);
    let emails = this.db
      .selectFrom('emails')
      .where('createdAt', '>=', since)
      .where('createdAt', '<', until);
    let failed = this.db.selectFrom('failedTasks');
    if (ownerId !== undefined) {
      tasks = tasks.where('t.emailId', 'in', ownedEmails);
      responses = responses.where('mailboxId', 'in', owned);
      emails = emails.where('mailboxId', 'in', owned);
      failed = failed.where('emailId', 'in', ownedEmails);
    }
    const [byStatus, categories, skipReasons, prefilter, usage, byModel, emailCount, failures] =
      await Promise.all([
        tasks
          .select(['t.status as k', count().as('n')])
          .groupBy('t.status')
          .execute()
          .then(countsOf),
        responses
          .select([sql<string>`COALESCE(category, 'unclassified')`.as('k'), count().as('n')])
          .groupBy(sql`1`)
          .execute()
          .then(countsOf),
        tasks
          .select(['t.skipReason as k', count().as('n')])
          .where('t.status', '=', 'skipped')
          .where('t.skipReason', 'is not', null)
          .groupBy('t.skipReason')
          .execute()
          .then(countsOf),
        tasks
          .select(count().as('n'))
          .where((eb) =>
            eb.or([
              eb('t.skipReason', 'like', PREFILTER),
              eb.exists(
                eb
                  .selectFrom('aiResponses as r')
                  .select(sql`1`.as('one'))
                  .whereRef('r.taskId', '=', 't.id')
                  .where('r.modelUsed', 'like', PREFILTER),
              ),
            ]),
          )
          .executeTakeFirstOrThrow(),
        responses
          .select([
            total('tokensUsed').as('tokens'),
            total('promptTokens').as('prompt'),
            total('completionTokens').as('completion'),
            total('costUsd').as('cost'),
            sql<number>`count(*) FILTER (WHERE draft_state = 'created')::int`.as('drafts'),
          ])
          .executeTakeFirstOrThrow(),
        responses
          .select([
            'modelUsed as model',
            count().as('responses'),
            total('tokensUsed').as('tokensUsed'),
            total('costUsd').as('costUsd'),
          ])
          .where('modelUsed', 'is not', null)
          .where('modelUsed', 'not like', PREFILTER)
          .groupBy('modelUsed')
          .$narrowType<{ model: string }>()
          .orderBy('costUsd', 'desc')
          .orderBy('modelUsed')
          .execute(),
        emails.select(count().as('n')).executeTakeFirstOrThrow(),
        failed
          .select([
            sql<number>`count(*) FILTER (WHERE created_at >= ${since} AND created_at < ${until})::int`.as(
              'created',
            ),
            sql<number>`count(*) FILTER (WHERE resolved_at IS NULL)::int`.as('unresolved'),
          ])
          .executeTakeFirstOrThrow(),
      ]);
    return {
      emails: emailCount.n,
      tasks: { total: sum(byStatus), by_status: byStatus },
      categories,
      skipped: { total: byStatus.skipped ?? 0, by_prefilter: prefilter.n, by_reason: skipReasons },
      llm: {
        tokens_used: usage.tokens,
        prompt_tokens: usage.prompt,
        completion_tokens: usage.completion,
        cost_usd: usage.cost,
        by_model: byModel.map((m) => ({
          model: m.model,
          responses: m.responses,
          tokens_used: m.tokensUsed,
          cost_usd: m.costUsd,
        })),
      },
      drafts_created: usage.drafts,
      failed_tasks: failures,
    };
  }
}

function countsOf(rows: { k: string | null; n: number }[]): Counts {
  return Object.fromEntries(rows.map((r) => [r.k, r.n]));
}

function sum(counts: Counts): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
