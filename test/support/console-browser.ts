import axe from 'axe-core';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether Chromium is there; CI installs Debian's (.ci/run) and must run the browser tests. */
export function chromiumPresent(test: string): boolean {
  const present = existsSync(CHROMIUM);
  if (!present && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it`);
  if (!present)
    process.stderr.write(
      `${test}: SKIPPED, no Chromium at ${CHROMIUM} (apt-get install chromium)\n`,
    );
  return present;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** axe-core in the page; the serious and critical violations it finds. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  // A string: the test's TypeScript has no DOM types; this runs in the page.
  const violations = (await page.evaluate(
    'axe.run(document).then((r) => r.violations)',
  )) as unknown;
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
