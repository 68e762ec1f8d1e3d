import '../styles/layout.css';
import { ReactFlowProvider } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { useEventfoldStore } from '../state/store';
import { useActionShortcuts } from '../ui/actions/useActionShortcuts';
import { StorageBanner } from '../ui/banners/StorageBanner';
import { Canvas } from '../ui/canvas/Canvas';
import { Palette } from '../ui/canvas/Palette';
import { Notices } from '../ui/controls/Notices';
import { StatusBar } from '../ui/controls/StatusBar';
import { Inspector } from '../ui/inspector/Inspector';
import { BottomPanel } from '../ui/panel/BottomPanel';
import { AppHeader } from '../ui/shared/AppHeader';
import { useDocumentTheme } from '../ui/theme/useDocumentTheme';

/** The application frame: toolbar, palette, canvas, inspector, bottom panel and status bar. */
export function App() {
  useDocumentTheme();
  // The keys of every registered action (Space, Ctrl+Z...), installed once for the whole frame.
  useActionShortcuts();
  const panelShare = useEventfoldStore((state) => state.bottomPanelShare);
  // A resized bottom panel: its share of the frame, used by .app-shell--sized's rows.
  const sized =
    panelShare === null
      ? undefined
      : ({ '--bottom-panel-share': String(panelShare) } as CSSProperties);
  return (
    // The provider spans the whole frame so the palette can place nodes in the canvas viewport.
    <ReactFlowProvider>
      <div className={sized ? 'app-shell app-shell--sized' : 'app-shell'} style={sized}>
        <AppHeader />
        <Palette />
        <main className="canvas-area" aria-label="Canvas">
          <Canvas />
          <Notices />
          <StorageBanner />
        </main>
        <Inspector />
        <BottomPanel />
        <StatusBar />
      </div>
    </ReactFlowProvider>
  );
}
