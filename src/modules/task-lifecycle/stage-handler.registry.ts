import { Injectable, OnModuleInit, SetMetadata } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { AppError } from '../../core/errors/app-error.js';
import { isStageJob, STAGE_JOBS, StageJob } from './transitions.js';

const STAGE_HANDLER = Symbol('stage-handler');

/** Error code: a job whose name no stage handler is registered for. */
export const UNKNOWN_STAGE_JOB = 'UNKNOWN_STAGE_JOB';

/** Marks a provider as the one handler of a stage job; the registry finds it at boot. */
export const HandlesStage = (job: StageJob): ClassDecorator => SetMetadata(STAGE_HANDLER, job);

/**
 * Stage job name → its handler, collected from the providers marked @HandlesStage. Boot fails
 * when a stage job has no handler or two, so a missing or doubled registration never reaches a
 * queue; a job with any other name fails at once rather than running some stage's code.
 */
@Injectable()
export class StageHandlerRegistry<H extends object = object> implements OnModuleInit {
  private readonly handlers = new Map<StageJob, H>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const found = new Map<StageJob, string[]>(STAGE_JOBS.map((job) => [job, []]));
    for (const wrapper of this.discovery.getProviders()) {
      const { metatype, instance } = wrapper;
      if (!metatype || !instance) continue;
      const job = this.reflector.get<StageJob | undefined>(STAGE_HANDLER, metatype);
      if (!job) continue;
      found.get(job)?.push(metatype.name);
      this.handlers.set(job, instance as H);
    }
    const problems = [...found].flatMap(([job, names]) =>
      names.length === 1 ? [] : [`${job}: ${names.length ? names.join(', ') : 'no handler'}`],
    );
    if (problems.length)
      throw new Error(`stage jobs need exactly one @HandlesStage handler (${problems.join('; ')})`);
  }

  /** The handler of a job named `name`; fails, never retried, for a name that is no stage job. */
  handlerFor(name: string): { job: StageJob; handler: H } {
    const handler = isStageJob(name) ? this.handlers.get(name) : undefined;
    if (!handler || !isStageJob(name)) {
      throw new AppError(UNKNOWN_STAGE_JOB, `no stage handler for job "${name.slice(0, 64)}"`, {
        retryable: false,
      });
    }
    return { job: name, handler };
  }
}
