import { z } from 'zod';

/**
 * Zod as every schema here uses it. `jitless`: Zod would otherwise probe whether it may compile parsers with
 * `new Function`; the extension pages' CSP (`script-src 'self'`) forbids that anyway, so the probe could only fail,
 * and Mozilla's add-on review flags code that evaluates strings. With it Zod never tries.
 */
z.config({ jitless: true });

export { z };
