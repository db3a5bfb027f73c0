/** @jsxImportSource dom-jsx */
// The batch bar (docs/CONTRACT.md "Your own public posts"): fixed in a corner of the window
// (bottom left, where it covers no post header), above the site's dialogs. Before a run it offers "Make all N Friends"; while it runs it
// shows n of N with Pause/Resume and Stop; when stopped or finished, the list of what
// changed and what failed, with links, until the person closes it or leaves the page.
import { t } from '../lib/i18n';
import { createShadowHost, type ShadowHost } from './own-post-host';

export type BatchState = 'running' | 'paused' | 'stopped' | 'finished';

export interface BatchItemView {
  label: string;
  href: string | null;
  result: 'done' | 'failed' | null;
}

export interface BatchView {
  state: BatchState;
  done: number;
  failed: number;
  total: number;
  /** 1-based position of the post being changed now, 0 when none is. */
  position: number;
  items: BatchItemView[];
}

export interface BatchProps {
  /** Public posts of the person's now marked on the page. */
  marked: number;
  batch: BatchView | null;
  dark: boolean;
  onAction(action: 'make-all-private' | 'pause' | 'resume' | 'stop' | 'close', event: Event): void;
}

const BATCH_CSS = `
:host { all: initial; position: fixed; bottom: 16px; left: 16px; z-index: 2147483647; display: block;
  width: min(360px, calc(100vw - 32px)); }
* { box-sizing: border-box; }
.b { --bg: #fff; --fg: #1c1e21; --line: #e5a200; --btn-bg: #0b57d0; --btn-fg: #fff; --muted: #555;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--fg);
  background: var(--bg); border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px;
  box-shadow: 0 4px 16px rgba(0,0,0,.2); max-height: calc(100vh - 32px); overflow: auto; }
:host(.dark) .b { --bg: #242526; --fg: #e4e6eb; --btn-bg: #8ab4f8; --btn-fg: #0b1a33; --muted: #b0b3b8; }
p { margin: 0 0 6px; }
.title { font-weight: 600; }
.hint { color: var(--muted); font-size: 12px; }
.row { display: flex; flex-wrap: wrap; gap: 6px; }
button { font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; border-radius: 6px; padding: 6px 10px;
  min-height: 32px; cursor: pointer; border: 1px solid var(--line); background: transparent; color: var(--fg); }
button.primary { background: var(--btn-bg); color: var(--btn-fg); border-color: transparent; }
button:focus-visible, a:focus-visible { outline: 3px solid var(--btn-bg); outline-offset: 2px; }
progress { width: 100%; height: 8px; margin: 2px 0 8px; }
ul { margin: 4px 0 8px; padding-inline-start: 18px; }
li { margin: 2px 0; }
a { color: var(--btn-bg); }
.failed { color: #c62828; }
:host(.dark) .failed { color: #ef9a9a; }
`;

function summary(b: BatchView): string {
  const n = String(b.done + b.failed);
  const N = String(b.total);
  if (b.state === 'running') return b.position > 0 ? t('batchRunning', [String(b.position), N]) : t('batchWaiting', [n, N]);
  if (b.state === 'paused') return t('batchPaused', [n, N]);
  if (b.state === 'stopped') return t('batchStopped', [String(b.done), String(b.failed), N]);
  return t('batchFinished', [String(b.done), String(b.failed), N]);
}

function list(items: BatchItemView[], result: 'done' | 'failed', heading: string) {
  const chosen = items.filter((i) => i.result === result);
  if (chosen.length === 0) return null;
  return (
    <>
      <p class={`title ${result === 'failed' ? 'failed' : ''}`}>{heading}</p>
      <ul data-list={result}>
        {chosen.map((i) => (
          <li>
            {i.href ? (
              <a href={i.href} target="_blank" rel="noopener noreferrer">
                {i.label || i.href}
              </a>
            ) : (
              i.label || t('batchUnnamedPost')
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export class BatchHost {
  private readonly host: ShadowHost;
  constructor(doc: Document) {
    this.host = createShadowHost(doc, 'batch', BATCH_CSS, 'div');
    this.host.setAttr('data-site', 'facebook');
  }
  get element(): HTMLElement {
    return this.host.element;
  }
  update(p: BatchProps): void {
    const h = this.host;
    const b = p.batch;
    h.setAttr('data-state', b ? b.state : null);
    h.setAttr('data-done', b ? String(b.done) : null);
    h.setAttr('data-failed', b ? String(b.failed) : null);
    h.setAttr('data-total', b ? String(b.total) : null);
    h.element.classList.toggle('dark', p.dark);
    const act = (action: Parameters<BatchProps['onAction']>[0]) => (e: Event) => p.onAction(action, e);
    h.show(JSON.stringify([p.marked, b]), () => {
      const lang = t('uiLocale');
      return (
        <section class="b" aria-label={t('batchLabel')} lang={lang === 'uiLocale' ? undefined : lang}>
          {b === null ? (
            <>
              <p class="title">{t('batchOffer', [String(p.marked)])}</p>
              <p class="hint">{t('batchHint')}</p>
              <div class="row">
                <button type="button" class="primary" data-action="make-all-private" onClick={act('make-all-private')}>
                  {t('actionMakeAllFriends', [String(p.marked)])}
                </button>
              </div>
            </>
          ) : (
            <>
              <p class="title" role="status" aria-live="polite">
                {summary(b)}
              </p>
              {b.state === 'running' || b.state === 'paused' ? <progress max={String(b.total)} value={String(b.done + b.failed)} /> : null}
              {b.state === 'stopped' || b.state === 'finished' ? (
                <>
                  {list(b.items, 'done', t('batchChanged'))}
                  {list(b.items, 'failed', t('batchFailedList'))}
                </>
              ) : null}
              <div class="row">
                {b.state === 'running' ? (
                  <button type="button" data-action="pause" onClick={act('pause')}>
                    {t('actionPause')}
                  </button>
                ) : null}
                {b.state === 'paused' ? (
                  <button type="button" class="primary" data-action="resume" onClick={act('resume')}>
                    {t('actionResume')}
                  </button>
                ) : null}
                {b.state === 'running' || b.state === 'paused' ? (
                  <button type="button" data-action="stop" onClick={act('stop')}>
                    {t('actionStop')}
                  </button>
                ) : null}
                {(b.state === 'stopped' || b.state === 'finished') && p.marked > 0 ? (
                  <button type="button" class="primary" data-action="make-all-private" onClick={act('make-all-private')}>
                    {t('actionMakeAllFriends', [String(p.marked)])}
                  </button>
                ) : null}
                {b.state === 'stopped' || b.state === 'finished' ? (
                  <button type="button" data-action="close" onClick={act('close')}>
                    {t('actionClose')}
                  </button>
                ) : null}
              </div>
            </>
          )}
        </section>
      );
    });
  }
  destroy(): void {
    this.host.destroy();
  }
}
