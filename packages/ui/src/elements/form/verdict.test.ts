/**
 * The messages by place patched from the last evaluation's (updateMessages) equal those built anew
 * (messagesByPlace), and the places it reports are exactly those whose message changed: random
 * edits of an issue list that keep unchanged issues' objects, as a scoped evaluation does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '@shenbao/core';
import type { Evaluation } from '@shenbao/rules';
import { messagesByPlace, updateMessages } from './verdict.js';

const paths = ['/a', '/b', '/c', '/g/0/x', '/attachments/photo', '/attachments/photo/0', '/attachments/photo/1/name', ''];
const issue = fc.record({ path: fc.constantFrom(...paths), message: fc.constantFrom('请填写', '太长', '格式不对') }).map((i) => ({ ...i, code: 'schema', params: {}, source: 'schema' }) as unknown as Issue);
const asEvaluation = (issues: Issue[]) => ({ issues }) as unknown as Evaluation;

describe('updateMessages', () => {
  it('patches the map to what messagesByPlace builds, reporting exactly the changed places', () => {
    fc.assert(
      fc.property(fc.array(issue, { maxLength: 30 }), fc.array(fc.tuple(fc.nat(40), fc.option(issue, { nil: undefined })), { maxLength: 6 }), (start, edits) => {
        const after = [...start];
        // Remove (undefined) or insert issues: the untouched ones stay the same objects.
        for (const [at, add] of edits) {
          if (add) after.splice(at % (after.length + 1), 0, add);
          else if (after.length) after.splice(at % after.length, 1);
        }
        const before = messagesByPlace(asEvaluation(start));
        const map = new Map(before);
        const changed = updateMessages(map, asEvaluation(start), asEvaluation(after));
        const expected = messagesByPlace(asEvaluation(after));
        if (!changed) return; // too much differed: the caller builds anew
        expect(map).toEqual(expected);
        const differing = new Set([...expected.keys(), ...before.keys()].filter((p) => before.get(p) !== expected.get(p)));
        expect(changed).toEqual(differing);
      }),
      { numRuns: 500 },
    );
  });
});
