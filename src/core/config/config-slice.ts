/**
 * A config slice: the settings one module reads, as a class-validator class whose property names
 * are the environment variable names (so a problem names the variable) and whose initialisers
 * are the defaults. The class is also the DI token the module's services inject
 * (ConfigModule provides every slice). Plain classes rather than @nestjs/config's `registerAs`:
 * main.ts validates every slice together before any module exists and lists every bad variable
 * at once, where `registerAs` factories would read process.env one module at a time.
 */
export type ConfigSliceClass<T extends object = object> = new () => T;

/** Named slices, as the entry points load them (src/app/app-config.ts lists the service's). */
export type ConfigSlices = Readonly<Record<string, ConfigSliceClass>>;

/** The validated instance of each slice in `S`, under the same names. */
export type LoadedSlices<S extends ConfigSlices> = { readonly [K in keyof S]: InstanceType<S[K]> };

/**
 * A slice with rules its decorators do not express (several variables together, list entries).
 * They run once every slice has passed its own validation, so each rule sees well-formed
 * values. Returns one problem per broken rule, variable name first.
 */
export interface CrossCheckedSlice {
  crossCheck(): string[];
}

/** Options for class-validator's IsUrl: an http(s) URL, hosts without a TLD allowed (fakes). */
export const HTTP_URL = {
  require_tld: false,
  require_protocol: true,
  protocols: ['http', 'https'],
};

/** Env values are strings; '' counts as unset (loadConfigSlices drops it before this runs). */
export const toNumber = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

export const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
