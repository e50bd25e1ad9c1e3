import { describe, expect, it } from 'vitest';
import { maskData } from './mask-data.js';
import { indexSchema } from './schema-index.js';
import type { JsonSchema } from './types.js';

const schema: JsonSchema = {
  type: 'object',
  properties: {
    applicant: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        idNumber: { type: 'string', 'x-mask': 'id' },
        phone: { type: 'string', 'x-mask': 'phone' },
      },
    },
    teachers: {
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string' }, qualificationNumber: { type: 'string' } } },
    },
    attachments: { type: 'object' },
  },
};

describe('COMMON-4 maskData: the data as a reviewer gets it', () => {
  const data = {
    applicant: { name: '张三', idNumber: '42010619900101123X', phone: '13812341234' },
    teachers: [{ name: '李四', qualificationNumber: '199742110420102196505120037' }, { name: '王五', qualificationNumber: '200442110000000001' }],
    attachments: { photo: [{ id: '420102196505120037', name: '420102196505120037.jpg', type: 'image/jpeg', size: 1 }] },
  };

  it('masks x-mask fields by kind and IDs embedded anywhere else, and lists what it masked', () => {
    const { data: masked, paths } = maskData(data, indexSchema(schema));
    expect(masked).toEqual({
      applicant: { name: '张三', idNumber: '4201**********123X', phone: '138****1234' },
      teachers: [{ name: '李四', qualificationNumber: '1997421104201**********0037' }, { name: '王五', qualificationNumber: '200442110000000001' }],
      // A file's id is the server's handle, kept; its name is text like any other.
      attachments: { photo: [{ id: '420102196505120037', name: '4201**********0037.jpg', type: 'image/jpeg', size: 1 }] },
    });
    expect(paths).toEqual(['/applicant/idNumber', '/applicant/phone', '/teachers/0/qualificationNumber', '/attachments/photo/0/name']);
  });

  it('never changes its input and keeps a __proto__ key a plain key', () => {
    const before = JSON.stringify(data);
    maskData(data, indexSchema(schema));
    expect(JSON.stringify(data)).toBe(before);
    const odd = JSON.parse('{"__proto__":{"x":"11010519491231002X"}}') as unknown;
    const { data: masked } = maskData(odd, indexSchema(schema));
    expect(Object.getPrototypeOf(masked)).toBe(Object.prototype);
    expect(JSON.stringify(masked)).toBe('{"__proto__":{"x":"1101**********002X"}}');
  });
});
