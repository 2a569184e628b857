// Faults switched at run time, for drills that need Clerk to fail for a moment and come back (an outage, a
// burst of 429s) while the emulator keeps its state: on the Backend API, with the instance's secret key,
//   GET    /__emulator/faults   the rules switched on now ({ rules: ["bapi:GET /v1/jwks 503", ...] })
//   PUT    /__emulator/faults   replaces them with the body's rules (text, the CGL_EMULATOR_FAULTS syntax);
//                               400 naming the bad rule, and nothing changes
//   DELETE /__emulator/faults   switches them off (the rules the emulator was started with stay)
// They apply to both surfaces (a rule's fapi:/bapi: prefix says which), after the start-up rules.
import { http, HttpResponse } from 'msw';
import { isAuthorized } from '../bapi/auth.ts';
import type { EmulatorContext } from '../context.ts';
import { parseFaultRules, type FaultRule } from './faults.ts';

export const FAULT_SWITCH_PATH = '/__emulator/faults';

export interface FaultSwitch {
  rules: FaultRule[];
  texts: string[];
}

export function newFaultSwitch(): FaultSwitch {
  return { rules: [], texts: [] };
}

/** Replaces the switched rules; throws (naming the bad rule) before changing anything. */
export function switchFaults(target: FaultSwitch, spec: string): void {
  const rules = parseFaultRules(spec);
  target.rules = rules;
  target.texts = spec
    .split(';')
    .map((rule) => rule.trim())
    .filter(Boolean);
}

export function faultSwitchHandlers(ctx: EmulatorContext, target: FaultSwitch) {
  const denied = () =>
    HttpResponse.json({ errors: [{ code: 'authentication_invalid', message: 'Unauthorized' }] }, { status: 401 });
  return [
    http.get(FAULT_SWITCH_PATH, ({ request }) =>
      isAuthorized(ctx, request) ? HttpResponse.json({ rules: target.texts }) : denied(),
    ),
    http.put(FAULT_SWITCH_PATH, async ({ request }) => {
      if (!isAuthorized(ctx, request)) return denied();
      try {
        switchFaults(target, await request.text());
      } catch (error) {
        const message = (error as Error).message;
        return HttpResponse.json({ errors: [{ code: 'form_param_format_invalid', message }] }, { status: 400 });
      }
      return HttpResponse.json({ rules: target.texts });
    }),
    http.delete(FAULT_SWITCH_PATH, ({ request }) => {
      if (!isAuthorized(ctx, request)) return denied();
      switchFaults(target, '');
      return HttpResponse.json({ rules: [] });
    }),
  ];
}
