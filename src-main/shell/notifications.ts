import { Notification, type BrowserWindow } from 'electron';
import type { AppNotification } from '../../src-preload/contract/jobs.contract';
import type { EventSink } from '../core/events';

/** Saved-search alerts also reach the operating system's notification centre (desktop only). */
export function osNotificationSink(window: BrowserWindow): EventSink {
  return {
    emit: (event, payload) => {
      if (event !== 'notification:new' || !Notification.isSupported()) return;
      const n = payload as AppNotification;
      const notification = new Notification({ title: n.title, body: n.body, silent: false });
      notification.on('click', () => {
        if (window.isDestroyed()) return;
        window.show();
        window.focus();
        if (n.jobId) window.webContents.send('app:navigate', { route: `/jobs/${n.jobId}` });
      });
      notification.show();
    },
  };
}
