// tsc copies package.json into dist/ beside src/, so this path holds in both layouts.
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
