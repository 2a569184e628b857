// The production checklist the suite exists for, in its ten sections: every check (ours and a team's own)
// belongs to one, and the readiness report is printed in this order.
export const CHECKLIST_SECTIONS = {
  keys: 'API keys, environment and secrets',
  'dashboard-config': 'Clerk Dashboard configuration',
  'route-protection': 'Middleware and route protection',
  'auth-flows': 'Sign-in, sign-up and sign-out on the real domain',
  webhooks: 'Webhooks',
  'security-headers': 'Security headers, cookies and caching',
  'error-handling': 'Error handling',
  performance: 'Performance and monitoring',
  testing: 'Testing',
  recovery: 'Backup and recovery: user export, Clerk service disruption, fallback UI for auth failures',
} as const;

export type ChecklistSection = keyof typeof CHECKLIST_SECTIONS;

export function isChecklistSection(value: string): value is ChecklistSection {
  return Object.hasOwn(CHECKLIST_SECTIONS, value);
}
