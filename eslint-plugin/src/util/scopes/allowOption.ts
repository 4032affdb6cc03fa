import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/** The options of the scope rules: `[{ allow }]`, the values this project has consciously approved. */
export type AllowOptions = [{ allow?: string[] }];

/** The scope rules' option schema: `[{ allow: string[] }]`, with what the values are in `description`. */
export function allowOptionSchema(description: string): JSONSchema4[] {
  return [
    {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: {
          type: 'array',
          items: { type: 'string' },
          uniqueItems: true,
          description,
        },
      },
    },
  ];
}
