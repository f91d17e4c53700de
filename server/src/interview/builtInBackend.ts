// The default backend: offline and deterministic, it says exactly what the rule-driven engine wrote.
import type { InterviewerBackend, TurnRequest } from './backend';

export const BUILT_IN_BACKEND_ID = 'built-in';

export const builtInBackend: InterviewerBackend = {
  id: BUILT_IN_BACKEND_ID,
  async *phrase(request: TurnRequest): AsyncIterable<string> {
    yield request.intent.text;
  },
};
