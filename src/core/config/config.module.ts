import { DynamicModule, Global, Module, type Provider } from '@nestjs/common';
import type { ConfigSlices, LoadedSlices } from './config-slice.js';

/**
 * Provides each config slice validated in main.ts under its class, so a service injects only
 * the slice of its own module (which module may import which slice is checked by
 * .dependency-cruiser.mjs).
 * Why not @nestjs/config's registerAs: main.ts validates every slice at once, before any module.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot<S extends ConfigSlices>(slices: S, config: LoadedSlices<S>): DynamicModule {
    const providers: Provider[] = Object.entries(slices).map(([name, Slice]) => ({
      provide: Slice,
      useValue: config[name],
    }));
    return {
      module: ConfigModule,
      providers,
      exports: Object.values(slices),
    };
  }
}
