import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';

/** Opens a toolbar menu and returns it (the menu is named after its button). */
export async function openMenu(page: Page, menu: 'Scenario' | 'Export' | 'Chaos') {
  await page.getByRole('button', { name: menu, exact: true }).click();
  const popup = page.getByRole('menu', { name: menu });
  await expect(popup).toBeVisible();
  return popup;
}

/** Chooses a menu item by its exact label. */
export async function chooseItem(
  page: Page,
  menu: 'Scenario' | 'Export' | 'Chaos',
  item: string | RegExp,
): Promise<void> {
  const popup = await openMenu(page, menu);
  const name = typeof item === 'string' ? { name: item, exact: true } : { name: item };
  await popup.getByRole('menuitem', name).click();
}

/** Chooses an Export item and returns the downloaded file's name and bytes. */
export async function download(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  // Shorter than the test's timeout, so a failed export reports itself here.
  const file = page.waitForEvent('download', { timeout: 15_000 });
  await chooseItem(page, 'Export', item);
  const done = await file;
  return { name: done.suggestedFilename(), bytes: await readFile((await done.path())!) };
}

/**
 * Decodes a PNG in the page (createImageBitmap, as a viewer would) and measures it: its size
 * and how much of it differs from its top-left pixel (the background), so a blank picture fails.
 */
export function decodePng(
  page: Page,
  bytes: Buffer,
): Promise<{ width: number; height: number; drawnShare: number }> {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let drawn = 0;
    for (let index = 0; index < pixels.length; index += 4) {
      const differs = [0, 1, 2, 3].some((channel) => pixels[index + channel] !== pixels[channel]);
      if (differs) drawn += 1;
    }
    return {
      width: bitmap.width,
      height: bitmap.height,
      drawnShare: drawn / (pixels.length / 4),
    };
  }, bytes.toString('base64'));
}

/**
 * Parses an SVG with the browser's DOMParser and returns its text, or the parser's error. In a
 * blank page of the same browser: in the app's page the CSP (style-src 'self') would report
 * every style attribute of the parsed picture as a violation, though the app applies none.
 */
export async function parseSvg(
  page: Page,
  text: string,
): Promise<{ error: string | null; text: string }> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate((source) => {
      const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
      const error = parsed.querySelector('parsererror');
      if (error) return { error: error.textContent, text: '' };
      const root = parsed.documentElement.localName;
      return {
        error: root === 'svg' ? null : `<${root}>, not <svg>`,
        text: parsed.documentElement.textContent ?? '',
      };
    }, text);
  } finally {
    await blank.close();
  }
}

/** Collects the page's native dialogs (confirm), answering each with `answer()`. */
export function answerDialogs(page: Page, answer: () => boolean): string[] {
  const questions: string[] = [];
  page.on('dialog', (dialog) => {
    questions.push(dialog.message());
    void (answer() ? dialog.accept() : dialog.dismiss());
  });
  return questions;
}
