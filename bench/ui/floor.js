/**
 * The floor of the UI benchmark: what a bare page does with the same form. One LitElement renders
 * the same N labelled `<input>`s in the same sections, with one `@input` handler that stores the
 * value. No validation, no rules, no per-field elements, no styles.
 *
 * Plain JavaScript (typed by floor.d.ts): it imports the very lit copy @shenbao/ui uses, which the
 * bench package does not depend on and TypeScript cannot follow through pnpm's symlink.
 */
import { html, LitElement } from '../../packages/ui/node_modules/lit/index.js';

/** `<bench-floor>`: N plain labelled inputs in sections; stores each typed value. */
export class BenchFloor extends LitElement {
  static properties = { sections: { attribute: false } };

  constructor() {
    super();
    /** @type {import('./floor.js').FloorSection[]} */
    this.sections = [];
    /** The typed values by field key. */
    this.values = {};
    this.onInput = (e) => {
      const input = e.target;
      this.values[input.id] = input.value;
    };
  }

  render() {
    return html`${this.sections.map(
      (s) => html`<section aria-labelledby="h-${s.id}">
        <h3 id="h-${s.id}">${s.title}</h3>
        ${s.fields.map((f) => html`<div><label for=${f.key}>${f.label}</label><input id=${f.key} maxlength="50" @input=${this.onInput} /></div>`)}
      </section>`,
    )}`;
  }
}

if (!customElements.get('bench-floor')) customElements.define('bench-floor', BenchFloor);
