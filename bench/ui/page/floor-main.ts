/** The floor's bench page (`floor.html?n=1000`): bare Lit, the same inputs, the show rule by hand. */
import { syntheticSections, fieldLabel, isConditional, fieldKey } from '../synthetic.js';
import type { BenchFloor } from '../floor.js';
import '../floor.js';
import { start } from './measure.js';

const n = Number(new URLSearchParams(location.search).get('n') ?? 100);
let floor: BenchFloor;
const row = (i: number) => floor.shadowRoot!.getElementById(fieldKey(i)) as HTMLInputElement;

await start(
  {
    async mount() {
      floor = document.createElement('bench-floor');
      floor.sections = syntheticSections(n).map((s) => ({
        id: s.id,
        title: s.title,
        fields: s.keys.map((key) => ({ key, label: fieldLabel(Number(key.slice(1))), conditional: isConditional(Number(key.slice(1))) })),
      }));
      document.getElementById('stage')!.append(floor);
      await floor.updateComplete;
    },
    control: row,
    async settle() {
      await floor.updateComplete;
      return { deferred: false };
    },
    shown: (i) => !row(i).parentElement!.hidden,
    stored: (i) => floor.values[fieldKey(i)],
  },
  n,
);
