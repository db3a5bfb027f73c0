/** @jsxImportSource dom-jsx */
import { describe, expect, it, vi } from 'vitest';

describe('the DOM JSX runtime', () => {
  it('builds elements with attributes, text and nested children', () => {
    const el = (
      <div class="box" aria-expanded={true} data-n={3}>
        {'a'}
        {null}
        {false}
        <>
          <span>{1}</span>
          {[<b>x</b>, 'y']}
        </>
      </div>
    ) as HTMLElement;
    expect(el.outerHTML).toBe('<div class="box" aria-expanded="true" data-n="3">a<span>1</span><b>x</b>y</div>');
    expect(((<button aria-expanded={false} />) as HTMLElement).getAttribute('aria-expanded')).toBe('false');
  });

  it('sets text, never markup: page data cannot become HTML', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = (<p title={evil}>{evil}</p>) as HTMLElement;
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toBe(evil);
  });

  it('wires event handlers and the disabled property', () => {
    const onClick = vi.fn();
    const button = (<button type="button" disabled={false} onClick={onClick}>go</button>) as HTMLButtonElement;
    button.click();
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(button.disabled).toBe(false);
    expect(((<button disabled={true}>x</button>) as HTMLButtonElement).disabled).toBe(true);
  });

  it('calls function components with their props', () => {
    const Hello = (p: { name: string }) => <em>{`hi ${p.name}`}</em>;
    expect(((<Hello name="Ana" />) as HTMLElement).outerHTML).toBe('<em>hi Ana</em>');
  });
});
