import { useTransferStore } from '../../state/transfer/transfer-store';
import { DownloadIcon } from '../controls/control-icons';

/** Downloads the series behind these charts as CSV (the same as Export > Chart data). */
export function ChartDataButton() {
  const actions = useTransferStore((state) => state.actions);
  const busy = useTransferStore((state) => state.job !== null);
  return (
    <button
      type="button"
      className="button charts__download"
      disabled={actions === null || busy}
      onClick={() => actions?.exportChartData()}
    >
      <DownloadIcon />
      Download chart data
    </button>
  );
}
