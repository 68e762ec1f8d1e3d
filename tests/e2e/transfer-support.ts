import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';

export const statusOf = (page: Page) => page.getByRole('status', { name: 'Simulation status' });

/** Runs the example until `minEvents` are saved, pauses, and returns the stored count. */
export async function runAndPause(page: Page, minEvents: number): Promise<number> {
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  await page.getByLabel('Speed').selectOption('10');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(async () => {
    const text = (await statusOf(page).textContent()) ?? '';
    expect(Number(/(\d+) events/.exec(text)?.[1])).toBeGreaterThan(minEvents);
  }).toPass({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(statusOf(page)).toContainText('Paused');
  await expect(async () => {
    const text = (await statusOf(page).textContent()) ?? '';
    const saved = /saved (\d+)\/(\d+)/.exec(text);
    expect(Number(saved?.[1])).toBe(Number(/(\d+) events/.exec(text)?.[1]));
  }).toPass({ timeout: 15_000 });
  return Number(/(\d+) events/.exec((await statusOf(page).textContent()) ?? '')?.[1]);
}

/** Chooses an Export menu item and returns the downloaded file's name and text. */
export async function exportAs(page: Page, item: string): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}
