import { TransferDialog } from '../transfer/TransferDialog';
import { DownloadIcon } from './control-icons';
import { MenuButton } from './MenuButton';

/** The Export menu (its items: export-menu-actions.ts) and the transfer progress dialog. */
export function ExportMenu() {
  return (
    <MenuButton menu="Export" icon={<DownloadIcon />}>
      <TransferDialog />
    </MenuButton>
  );
}
