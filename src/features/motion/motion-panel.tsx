// The motion and tool panel: jog, home, extrude, fan, motors and factors.
import { JogPanel } from './jog-panel.tsx';
import { ToolPanel } from './tool-panel.tsx';
import './motion.css';

export function MotionPanel() {
  return (
    <div className="motion">
      <JogPanel />
      <ToolPanel />
    </div>
  );
}
