import { expect, it } from 'vitest';
import { describeEachStore } from '../support/each-store';
import { testApp } from '../support/test-app';

type Document = { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Record<string, unknown> }> } }>> };

describeEachStore('GET /api/openapi.json', (connection) => {
  it('describes exactly the routes the API has, each method of each path', async () => {
    const { app, request } = testApp(connection());
    const document = (await (await request('/api/openapi.json')).json()) as Document;
    const served = new Set(
      app.routes
        .filter((route) => route.path.startsWith('/api/') && route.method !== 'ALL' && !route.path.includes('*') && route.path !== '/api/openapi.json')
        .map((route) => `${route.method.toLowerCase()} ${route.path.slice(4).replace(/:(\w+)/g, '{$1}').replace(/\/$/, '') || '/'}`),
    );
    const described = new Set(Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`)));
    expect(served.size).toBe(25);
    expect([...described].sort()).toEqual([...served].sort());
  });

  it('takes its body schemas from the contract, so unknown fields are refused there too', async () => {
    const { request } = testApp(connection());
    const document = (await (await request('/api/openapi.json')).json()) as Document;
    expect(document.openapi).toBe('3.1.0');
    const create = document.paths['/tickets']?.post?.requestBody?.content['application/json']?.schema;
    expect(create).toMatchObject({ type: 'object', additionalProperties: false, required: expect.arrayContaining(['name', 'email', 'subject', 'message', 'category', 'locale']) });
  });
});
