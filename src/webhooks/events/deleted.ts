// *.deleted payloads: Clerk sends only a DeletedObject (webhooks spec: DeletedObject, additionalProperties
// false), never the full object: handlers that read email_addresses on user.deleted crash.
import { z } from 'zod';
import { syntheticId } from './synthetic.ts';

export const deletedObjectSchema = z.strictObject({
  object: z.string(),
  id: z.string().optional(),
  slug: z.string().optional(),
  deleted: z.literal(true),
  external_id: z.string().optional(),
});

export type DeletedObject = z.infer<typeof deletedObjectSchema>;

export function syntheticDeleted(object: string, idPrefix: string, seed: string): DeletedObject {
  return { object, id: syntheticId(idPrefix, seed), deleted: true };
}
