// GET /api/public/health -> { ok: true }: a public route, for uptime probes and the route matrix.

export function GET(): Response {
  return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
}
