import { describe, expect, it } from 'vitest';
import { JobName, QueueName } from '../../core/queue/queue.constants.js';
import { TASK_STAGES } from './task-state.js';
import {
  HAND_OFF_STAGES,
  hasReached,
  jobForStage,
  STAGE_JOBS,
  STAGE_TRANSITIONS,
} from './transitions.js';

describe('task transitions', () => {
  it('chains the jobs: each starts where the one before it finishes', () => {
    expect(STAGE_TRANSITIONS[JobName.Classify].from).toBe('queued');
    for (let i = 1; i < STAGE_JOBS.length; i++) {
      const before = STAGE_TRANSITIONS[STAGE_JOBS[i - 1]];
      expect(before.next).toBe(STAGE_JOBS[i]);
      expect(STAGE_TRANSITIONS[STAGE_JOBS[i]].from).toBe(before.done);
    }
    expect(STAGE_TRANSITIONS[JobName.Draft].next).toBeNull();
  });

  it('names every stage exactly once across the table', () => {
    const named = STAGE_JOBS.flatMap((j) => [
      STAGE_TRANSITIONS[j].from,
      STAGE_TRANSITIONS[j].running,
    ]).concat(STAGE_TRANSITIONS[JobName.Draft].done);
    expect([...named].sort()).toEqual([...TASK_STAGES].sort());
  });

  it('resumes a live task with the job that starts or was running at its stage', () => {
    expect(TASK_STAGES.map((s) => [s, jobForStage(s)])).toEqual([
      ['queued', JobName.Classify],
      ['classifying', JobName.Classify],
      ['classified', JobName.Generate],
      ['generating', JobName.Generate],
      ['reply_generated', JobName.Draft],
      ['drafting', JobName.Draft],
      ['draft_created', JobName.Draft],
    ]);
  });

  it('tells a task past classification from one before it or finished', () => {
    const past = TASK_STAGES.filter((s) => hasReached(s, 'classified'));
    expect(past).toEqual(['classified', 'generating', 'reply_generated', 'drafting']);
  });

  it('sends drafts to the priority queue and the LLM stages to default', () => {
    expect(STAGE_JOBS.map((j) => STAGE_TRANSITIONS[j].queue)).toEqual([
      QueueName.Default,
      QueueName.Default,
      QueueName.Priority,
    ]);
  });

  it('hands a task on between jobs at the end of classify and of generate, never after the draft', () => {
    expect(HAND_OFF_STAGES).toEqual(['classified', 'reply_generated']);
  });
});
