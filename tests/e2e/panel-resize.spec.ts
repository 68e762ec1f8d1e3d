import { expect, test } from '@playwright/test';
import { readStoredState } from './stored-state';

test('dragging the top edge of Run details makes the Event log taller, and a reload keeps it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const panel = page.getByRole('region', { name: 'Run details' });
  const canvas = page.getByRole('main', { name: 'Canvas' });
  const edge = page.getByRole('separator', { name: 'Resize run details' });
  const before = await panel.boundingBox();
  const canvasBefore = await canvas.boundingBox();
  if (!before || !canvasBefore) throw new Error('the panel or the canvas is not laid out');
  await expect(edge).toHaveAttribute('aria-valuenow', '44');

  // Drag the edge 250 px up with the mouse.
  const grip = await edge.boundingBox();
  if (!grip) throw new Error('the panel edge is not laid out');
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2 - 125, { steps: 5 });
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2 - 250, { steps: 5 });
  await page.mouse.up();

  const after = await panel.boundingBox();
  const canvasAfter = await canvas.boundingBox();
  expect(after?.height ?? 0).toBeGreaterThan(before.height + 240);
  expect(after?.height ?? 0).toBeLessThan(before.height + 260);
  expect(canvasAfter?.height ?? 0).toBeLessThan(canvasBefore.height - 240);
  const share = Number(await edge.getAttribute('aria-valuenow'));
  expect(share).toBeGreaterThan(55);

  // The keyboard moves it too: End is the tallest the panel gets.
  await edge.focus();
  await page.keyboard.press('ArrowDown');
  await expect(edge).toHaveAttribute('aria-valuenow', String(share - 2));

  await expect
    .poll(async () => (await readStoredState(page)).workspace?.bottomPanelShare)
    .toBeCloseTo((share - 2) / 100, 2);
  const resized = await panel.boundingBox();
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(edge).toHaveAttribute('aria-valuenow', String(share - 2));
  const reloaded = await panel.boundingBox();
  expect(Math.abs((reloaded?.height ?? 0) - (resized?.height ?? 0))).toBeLessThan(2);
});
