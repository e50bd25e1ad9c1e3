/**
 * Mistakes the generated JSX typings must refuse (scripts/gen-host-types.test.ts compiles this file
 * beside the host and expects exactly these errors): the typings are not `any`.
 */
import type {} from '@shenbao/ui/react';
import type { ShenbaoStepEvent } from '@shenbao/ui';

export const wrongMode = <shenbao-form mode="bogus" />; // expect-error: FormMode
export const wrongEvent = <shenbao-form onshenbao-input={(e: ShenbaoStepEvent) => e.detail.index} />; // expect-error: ShenbaoInputEvent
export const wrongDetail = <shenbao-form onshenbao-submit={(e) => e.detail.nothere} />; // expect-error: no such detail
export const wrongDefinition = <shenbao-form definition={{ id: 1 }} />; // expect-error: FormDefinition
