import { expect, test } from '@playwright/test';
import { componentKindInfo, componentKinds } from '../../src/sim/scenario/component-kinds';
import { newScenarioOverExample } from './run-support';

/** The palette's labels, from the kind table: a renamed kind changes them here too. */
const kinds = componentKinds.map((kind) => componentKindInfo[kind].label);

test('every palette kind can be dragged onto an empty canvas, and two of them connected', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  await newScenarioOverExample(page);

  const palette = page.getByRole('complementary', { name: 'Palette' });
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  for (const [index, kind] of kinds.entries()) {
    const column = index % 5;
    const row = Math.floor(index / 5);
    await palette.getByRole('button', { name: new RegExp(`^${kind}\\b`) }).dragTo(pane, {
      targetPosition: { x: 60 + (column * (box.width - 120)) / 4, y: 60 + row * 110 },
    });
    await expect(page.locator('.react-flow__node', { hasText: kind }).first()).toBeVisible();
  }
  await expect(page.locator('.react-flow__node')).toHaveCount(kinds.length);

  // Producer -> Order Service is allowed by the connection rules.
  const producer = page.locator('.react-flow__node', { hasText: componentKindInfo.producer.label });
  const orders = page.locator('.react-flow__node', {
    hasText: componentKindInfo['order-service'].label,
  });
  await producer
    .locator('.react-flow__handle.source')
    .dragTo(orders.locator('.react-flow__handle.target'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
});
