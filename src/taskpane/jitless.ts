/**
 * Imported first by the pane: zod compiles object parsers with `new Function` unless told not to,
 * and the pane's Content-Security-Policy forbids eval (the probe alone would log a violation).
 */
import { z } from "zod";

z.config({ jitless: true });
