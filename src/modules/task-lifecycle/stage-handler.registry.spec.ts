import { createMock } from '@golevelup/ts-vitest';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { InstanceWrapper } from '@nestjs/core/injector/instance-wrapper.js';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors/app-error.js';
import { JobName } from '../../core/queue/queue.constants.js';
import { HandlesStage, StageHandlerRegistry, UNKNOWN_STAGE_JOB } from './stage-handler.registry.js';

@HandlesStage(JobName.Classify)
class Classify {}
@HandlesStage(JobName.Generate)
class Generate {}
@HandlesStage(JobName.Draft)
class Draft {}
@HandlesStage(JobName.Draft)
class OtherDraft {}
class Unmarked {}

/** A registry over these provider classes, as DiscoveryService would list them. */
function registryOver(...classes: (new () => object)[]): StageHandlerRegistry {
  const wrappers = classes.map((metatype) => {
    const wrapper: InstanceWrapper = createMock<InstanceWrapper>({ instance: new metatype() });
    // Assigned, not passed: createMock's deep-partial type does not take a class for a Function.
    wrapper.metatype = metatype;
    return wrapper;
  });
  const discovery = createMock<DiscoveryService>({ getProviders: () => wrappers });
  return new StageHandlerRegistry(discovery, new Reflector());
}

describe('StageHandlerRegistry', () => {
  it('maps each stage job to the one provider marked for it', () => {
    const registry = registryOver(Classify, Unmarked, Generate, Draft);
    registry.onModuleInit();
    expect(registry.handlerFor(JobName.Generate).handler).toBeInstanceOf(Generate);
    expect(registry.handlerFor(JobName.Draft).job).toBe(JobName.Draft);
  });

  it('fails boot when a stage job has no handler', () => {
    expect(() => registryOver(Classify, Draft).onModuleInit()).toThrow(/generate: no handler/);
  });

  it('fails boot when a stage job has two handlers, naming both', () => {
    expect(() => registryOver(Classify, Generate, Draft, OtherDraft).onModuleInit()).toThrow(
      /draft: Draft, OtherDraft/,
    );
  });

  it('refuses, for good, a job name that is no stage', () => {
    const registry = registryOver(Classify, Generate, Draft);
    registry.onModuleInit();
    for (const name of ['sync-mailbox', 'Draft', '']) {
      let caught: unknown;
      try {
        registry.handlerFor(name);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect((caught as AppError).code).toBe(UNKNOWN_STAGE_JOB);
      expect((caught as AppError).retryable).toBe(false);
    }
  });
});
