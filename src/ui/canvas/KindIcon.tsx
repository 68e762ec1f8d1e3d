import type { ReactNode } from 'react';
import type { ComponentKind } from '../../sim/scenario/component-kinds';
import { Icon } from '../shared/Icon';

// One glyph per component kind, drawn on a 24-unit grid with the current text colour.
const glyphs: Record<ComponentKind, ReactNode> = {
  producer: <path d="M21 3L10 14M21 3l-7 18-4-7-7-4z" />,
  'event-bus': <path d="M3 8h15M15 5l3 3-3 3M3 16h15M15 13l3 3-3 3" />,
  'event-store': (
    <>
      <ellipse cx="12" cy="5" rx="8" ry="3" />
      <path d="M4 5v14c0 1.7 3.6 3 8 3s8-1.3 8-3V5M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3" />
    </>
  ),
  'order-service': <path d="M21 8l-9-5-9 5 9 5zM3 8v8l9 5 9-5V8M12 13v8" />,
  consumer: <path d="M12 3v10M8 9l4 4 4-4M4 15v4a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-4" />,
  projection: (
    <>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <path d="M3 10h18M9 10v10" />
    </>
  ),
  saga: (
    <>
      <circle cx="6" cy="6" r="2" />
      <circle cx="6" cy="18" r="2" />
      <circle cx="18" cy="18" r="2" />
      <path d="M6 8v8M8 6h4a4 4 0 0 1 4 4v6" />
    </>
  ),
  inventory: <path d="M3 21V9l9-5 9 5v12M7 21v-8h10v8M7 17h10" />,
  payment: (
    <>
      <rect x="2" y="5" width="20" height="14" rx="2" />
      <path d="M2 10h20M6 15h4" />
    </>
  ),
  shipping: (
    <>
      <path d="M2 6h12v10H2zM14 10h4l3 3v3h-7" />
      <circle cx="6.5" cy="18" r="2" />
      <circle cx="17.5" cy="18" r="2" />
    </>
  ),
  notification: <path d="M6 9a6 6 0 1 1 12 0c0 6 3 8 3 8H3s3-2 3-8M10 21a2 2 0 0 0 4 0" />,
  'dead-letter-queue': (
    <>
      <rect x="2" y="8" width="15" height="12" rx="2" />
      <path d="M2 10l7.5 5 7.5-5M18 2l4 4M22 2l-4 4" />
    </>
  ),
  'query-api': (
    <>
      <circle cx="11" cy="11" r="7" />
      <path d="M21 21l-5-5" />
    </>
  ),
};

interface KindIconProps {
  kind: ComponentKind;
  size?: number;
}

/** The decorative glyph for a component kind. */
export function KindIcon({ kind, size = 18 }: KindIconProps) {
  return (
    <Icon size={size} className="kind-icon">
      {glyphs[kind]}
    </Icon>
  );
}
