// Browser pieces jsdom lacks that React Flow needs (toolchain.md "React Flow in jsdom").
// Component tests import this file first; they run in jsdom via `// @vitest-environment jsdom`.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

const stubSize = { width: 800, height: 600 };

// Async on purpose: a synchronous callback fires before React Flow registers its nodes.
class ResizeObserverStub implements ResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}

  observe(target: Element): void {
    setTimeout(() => {
      const entry = { target, contentRect: { ...stubSize } } as unknown as ResizeObserverEntry;
      this.callback([entry], this);
    }, 0);
  }

  unobserve(): void {}

  disconnect(): void {}
}

// React Flow reads the zoom back from the viewport's CSS transform.
class DOMMatrixReadOnlyStub {
  readonly m22: number;

  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([\d.]+)\)/)?.[1];
    this.m22 = scale === undefined ? 1 : Number(scale);
  }
}

// jsdom has no DragEvent, and a plain Event drops clientX/clientY; a MouseEvent keeps them.
class DragEventStub extends MouseEvent {}

Object.assign(globalThis, {
  ResizeObserver: ResizeObserverStub,
  DOMMatrixReadOnly: DOMMatrixReadOnlyStub,
});
if (typeof globalThis.DragEvent === 'undefined') {
  Object.assign(globalThis, { DragEvent: DragEventStub });
}

Object.defineProperties(HTMLElement.prototype, {
  offsetWidth: {
    configurable: true,
    get(this: HTMLElement) {
      return Number.parseFloat(this.style.width) || stubSize.width;
    },
  },
  offsetHeight: {
    configurable: true,
    get(this: HTMLElement) {
      return Number.parseFloat(this.style.height) || stubSize.height;
    },
  },
});

Object.defineProperty(SVGElement.prototype, 'getBBox', {
  configurable: true,
  value: () => ({ x: 0, y: 0, width: 0, height: 0 }),
});

afterEach(() => {
  cleanup();
});
