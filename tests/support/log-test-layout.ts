// jsdom lays nothing out, so every element has clientWidth/clientHeight 0 and the virtualised
// Event log would show no rows. Event log component tests give elements a viewport-sized box.
const box = { clientWidth: 800, clientHeight: 480 };

for (const [property, size] of Object.entries(box)) {
  Object.defineProperty(HTMLElement.prototype, property, {
    configurable: true,
    get: () => size,
  });
}
