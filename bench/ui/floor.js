/**
 * The floor of the UI benchmark: what a bare page does with the same form. One LitElement renders
 * the same N labelled `<input maxlength="50" required>`s in the same sections, with one `@input`
 * handler that stores the value and applies the form's one kind of rule by hand (every 10th field
 * is shown only while the one before it is filled). No per-field elements, no styles, no library.
 *
 * Plain JavaScript (typed by floor.d.ts): it imports the very lit copy @shenbao/ui uses, which the
 * bench package does not depend on and TypeScript cannot follow through pnpm's symlink.
 */
import { html, LitElement } from '../../packages/ui/node_modules/lit/index.js';

/** `<bench-floor>`: N plain labelled inputs in sections; stores each typed value, shows every 10th field while the one before is filled. */
export class BenchFloor extends LitElement {
  static properties = { sections: { attribute: false } };

  constructor() {
    super();
    /** @type {import('./floor.js').FloorSection[]} */
    this.sections = [];
    /** The typed values by field key. */
    this.values = {};
    /** Keys of the conditional (every 10th) fields shown now. */
    this.shown = new Set();
    this.onInput = (e) => {
      const input = e.target;
      this.values[input.id] = input.value;
      const i = Number(input.id.slice(1));
      if ((i + 1) % 10 === 0) {
        const dependent = `f${String(i + 1).padStart(4, '0')}`;
        const filled = input.value !== '';
        if (filled !== this.shown.has(dependent)) {
          if (filled) this.shown.add(dependent);
          else this.shown.delete(dependent);
          this.requestUpdate();
        }
      }
    };
  }

  render() {
    return html`${this.sections.map(
      (s) => html`<section aria-labelledby="h-${s.id}">
        <h3 id="h-${s.id}">${s.title}</h3>
        ${s.fields.map(
          (f) => html`<div ?hidden=${f.conditional && !this.shown.has(f.key)}><label for=${f.key}>${f.label}</label><input id=${f.key} maxlength="50" required @input=${this.onInput} /></div>`,
        )}
      </section>`,
    )}`;
  }
}

if (!customElements.get('bench-floor')) customElements.define('bench-floor', BenchFloor);
