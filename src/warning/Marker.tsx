/** @jsxImportSource dom-jsx */
// The quiet marker next to a public post's audience icon (docs/CONTRACT.md "Your own public
// posts"): "Public: Meta may train its AI on this" and "Make Friends". Small and inline: a
// timeline of many public posts must stay readable.
import { t } from '../lib/i18n';
import { createShadowHost, type ShadowHost } from './own-post-host';

export type MarkerState = 'marked' | 'switching' | 'done' | 'error';

export interface MarkerProps {
  state: MarkerState;
  /** `_locales` key of what to do by hand, in the error state. */
  errorKey?: string;
  /** The post the batch is working on now. */
  current: boolean;
  dark: boolean;
  onMakeFriends(event: Event): void;
}

const MARKER_CSS = `
:host { all: initial; display: inline-flex; vertical-align: middle; margin-inline-start: 6px; max-width: 100%; }
* { box-sizing: border-box; }
.m { --bg: #fff4e5; --fg: #5c3b00; --line: #e5a200; --btn: #0b57d0;
  font: 12px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--fg);
  background: var(--bg); border: 1px solid var(--line); border-radius: 10px; padding: 1px 4px 1px 8px;
  display: inline-flex; flex-wrap: wrap; align-items: center; gap: 2px 6px; }
.m.done { --bg: #e8f5e9; --fg: #123d16; --line: #2e7d32; }
.m.error { --bg: #fdecea; --fg: #4a0f0c; --line: #c62828; border-radius: 8px; }
.m.current { outline: 3px solid #0b57d0; outline-offset: 2px; }
:host(.dark) .m { --bg: #3a2a10; --fg: #ffe7c2; --line: #c98a1a; --btn: #8ab4f8; }
:host(.dark) .m.done { --bg: #16301a; --fg: #d6f5d9; --line: #4caf50; }
:host(.dark) .m.error { --bg: #3b1513; --fg: #ffd9d6; --line: #ef5350; }
button { font: 600 12px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--btn);
  background: none; border: 0; padding: 3px 4px; cursor: pointer; text-decoration: underline; min-height: 24px; }
button[disabled] { opacity: .6; cursor: progress; }
button:focus-visible { outline: 2px solid var(--btn); outline-offset: 1px; }
.err { flex-basis: 100%; padding-bottom: 2px; }
@media (forced-colors: active) { .m { border: 1px solid CanvasText; } }
`;

function text(p: MarkerProps): string {
  if (p.state === 'switching') return t('ownPostSwitching');
  if (p.state === 'done') return t('ownPostDone');
  return t('ownPostPublic');
}

export class MarkerHost {
  private readonly host: ShadowHost;
  constructor(doc: Document) {
    this.host = createShadowHost(doc, 'marker', MARKER_CSS);
    this.host.setAttr('data-kind', 'own-post');
    this.host.setAttr('data-site', 'facebook');
  }
  get element(): HTMLElement {
    return this.host.element;
  }
  update(p: MarkerProps): void {
    const h = this.host;
    h.setAttr('data-audience', p.state === 'done' ? 'friends' : 'public');
    h.setAttr('data-state', p.state);
    h.setAttr('data-current', p.current ? 'true' : null);
    h.element.classList.toggle('dark', p.dark);
    const key = JSON.stringify([p.state, p.errorKey, p.current]);
    h.show(key, () => {
      const lang = t('uiLocale');
      return (
        <span class={`m ${p.state} ${p.current ? 'current' : ''}`} lang={lang === 'uiLocale' ? undefined : lang}>
          <span role="status" aria-live="polite">
            {p.state === 'done' ? '✓ ' : ''}
            {text(p)}
          </span>
          {p.state === 'marked' || p.state === 'error' ? (
            <button type="button" data-action="make-private" onClick={(e) => p.onMakeFriends(e)}>
              {t('actionMakeFriends')}
            </button>
          ) : null}
          {p.state === 'switching' ? (
            <button type="button" data-action="make-private" disabled>
              {t('actionMakeFriends')}
            </button>
          ) : null}
          {p.state === 'error' ? <span class="err">{t(p.errorKey ?? 'errorOwnPostByHand')}</span> : null}
        </span>
      );
    });
  }
  destroy(): void {
    this.host.destroy();
  }
}
