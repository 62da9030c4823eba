import { describe, expect, it } from 'vitest';
import { createSenderCheck } from '../../src-main/ipc/register';
import { createAppUrlCheck } from '../../src-main/shell/navigation';

/**
 * The app-page check behind the navigation lock (E-5) and IPC sender validation (E-4). A file: URL
 * with a host is a UNC path on another machine (Windows), never the app's own page.
 */
describe('app page check', () => {
  it('refuses a file: URL on another host with the same path', () => {
    const isAppUrl = createAppUrlCheck('file:///C:/Program%20Files/Pathwise/resources/app.asar/out/renderer/index.html');
    expect(isAppUrl('file:///C:/Program%20Files/Pathwise/resources/app.asar/out/renderer/index.html#/jobs')).toBe(true);
    expect(isAppUrl('file://evil.example/C:/Program%20Files/Pathwise/resources/app.asar/out/renderer/index.html')).toBe(false);
    expect(isAppUrl('file://localhost2/C:/Program%20Files/Pathwise/resources/app.asar/out/renderer/index.html')).toBe(false);
    const posix = createAppUrlCheck('file:///opt/pathwise/out/renderer/index.html');
    expect(posix('file://attacker/opt/pathwise/out/renderer/index.html')).toBe(false);
    expect(posix('file:///opt/pathwise/out/renderer/other.html')).toBe(false);
  });

  it('so IPC from such a frame is refused', () => {
    const trusted = createSenderCheck(createAppUrlCheck('file:///opt/pathwise/out/renderer/index.html'));
    expect(trusted({ senderFrame: { url: 'file:///opt/pathwise/out/renderer/index.html', parent: null } })).toBe(true);
    expect(trusted({ senderFrame: { url: 'file://attacker/opt/pathwise/out/renderer/index.html', parent: null } })).toBe(false);
  });
});
