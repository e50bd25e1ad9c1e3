/**
 * GET /forms — the forms with their titles and years.
 * GET /forms/:id[?year=] — a form's definition and its resolved rule pack (the newest year by
 * default): everything a browser needs to evaluate a declaration exactly as the server will.
 */
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors.js';
import type { Services } from '../services.js';

export function formsRoutes(app: FastifyInstance, services: Services): void {
  app.get('/forms', async () => ({
    forms: services.catalog.list().map((form) => ({ id: form.id, title: form.title, years: form.years, newestYear: form.newestYear })),
  }));

  app.get<{ Params: { id: string }; Querystring: { year?: string } }>('/forms/:id', async (request) => {
    const form = services.catalog.get(request.params.id);
    if (form === undefined) throw new ApiError(404, 'unknown-form', `没有表单“${request.params.id}”`);
    const rawYear = request.query.year;
    const year = rawYear === undefined ? form.newestYear : /^\d{4}$/.test(rawYear) ? Number(rawYear) : NaN;
    const pack = form.pack(year);
    if (pack === undefined) throw new ApiError(404, 'unknown-year', `表单“${form.id}”没有 ${rawYear ?? year} 年的规则包（已有：${form.years.join('、')}）`);
    return { id: form.id, title: form.title, years: form.years, year, definition: form.definition, pack };
  });
}
