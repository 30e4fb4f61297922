import { type AppConfig, loadAppConfig } from '../../src/app/app-config.js';

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;

/** Every slice's variables in one object (the rules of CrossCheckedSlice left behind). */
export type FlatAppConfig = Omit<UnionToIntersection<AppConfig[keyof AppConfig]>, 'crossCheck'>;

/**
 * The validated slices merged into one object: what tests read a setting from without caring
 * which module owns it, and what the core functions taking variables of several slices accept.
 */
export function flatConfig(config: AppConfig): FlatAppConfig {
  return Object.assign({}, ...Object.values(config)) as FlatAppConfig;
}

/** loadAppConfig, flattened (see flatConfig). */
export function loadFlatConfig(env: NodeJS.ProcessEnv): FlatAppConfig {
  return flatConfig(loadAppConfig(env));
}
