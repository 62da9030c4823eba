import type { EventChannel, EventPayloads } from '../../src-preload/contract/tasks.contract';

/** Where main pushes events: the desktop window (webContents.send) or browser-mode subscribers. */
export interface EventSink {
  emit<E extends EventChannel>(event: E, payload: EventPayloads[E]): void;
}

/** Fans events out to any number of sinks; windows and bridge clients come and go. */
export class EventHub implements EventSink {
  private readonly sinks = new Set<EventSink>();

  add(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  emit<E extends EventChannel>(event: E, payload: EventPayloads[E]): void {
    for (const sink of this.sinks) {
      try {
        sink.emit(event, payload);
      } catch {
        // A closed window or dropped bridge client must not break the others.
      }
    }
  }
}
