import { Listeners } from '../store/listeners';

/**
 * What an event archive tells its listeners: how far the run is durable, that the connection
 * closed for good, that a write failed. Shared by the archive that writes and the page's
 * mirror of one written in the engine's worker.
 */
export abstract class ArchiveSignals {
  protected readonly durableListeners = new Listeners<number>();
  protected readonly closedListeners = new Listeners<Error>();
  protected readonly errorListeners = new Listeners<Error>();

  onDurablePositionChange(listener: (position: number) => void): () => void {
    return this.durableListeners.add(listener);
  }

  onClosed(listener: (error: Error) => void): () => void {
    return this.closedListeners.add(listener);
  }

  onError(listener: (error: Error) => void): () => void {
    return this.errorListeners.add(listener);
  }
}
