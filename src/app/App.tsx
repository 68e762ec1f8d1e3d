import '../styles/layout.css';
import { ReactFlowProvider } from '@xyflow/react';
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
  return (
    // The provider spans the whole frame so the palette can place nodes in the canvas viewport.
    <ReactFlowProvider>
      <div className="app-shell">
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
