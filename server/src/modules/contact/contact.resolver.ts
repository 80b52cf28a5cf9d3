import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { inTransaction, type Context } from '../../app/context';
import { parseInput, uuid } from '../../shared/validation';
import { canReadPersonalData } from '../auth/roles';
import { createOnce } from '../idempotency/idempotency';
import { Contact } from './contact.entity';
import { CreateContactInput, createContactSchema, UpdateContactInput, updateContactSchema } from './contact.inputs';
import { ContactService } from './contact.service';

@Resolver(() => Contact)
export class ContactResolver {
  @Authorized(canReadPersonalData)
  @Mutation(() => Contact)
  createContact(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateContactInput) input: CreateContactInput,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey: string | null,
  ): Promise<Contact> {
    const values = parseInput(createContactSchema, input);
    return inTransaction(ctx, (tx) => {
      const service = new ContactService(tx.em, ctx.viewer!.id);
      return createOnce(tx.em, { userId: ctx.viewer!.id, key: idempotencyKey, operation: 'createContact' }, (id) => service.create(id, values), (id) => service.getById(id));
    });
  }

  @Authorized(canReadPersonalData)
  @Mutation(() => Contact)
  updateContact(@Ctx() ctx: Context, @Arg('input', () => UpdateContactInput) input: UpdateContactInput): Promise<Contact> {
    const values = parseInput(updateContactSchema, input);
    return inTransaction(ctx, (tx) => new ContactService(tx.em, ctx.viewer!.id).update(values));
  }

  @Authorized(canReadPersonalData)
  @Mutation(() => ID, { description: 'Removes a contact person; returns the id.' })
  deleteContact(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<string> {
    const contactId = parseInput(uuid(), id);
    return inTransaction(ctx, (tx) => new ContactService(tx.em, ctx.viewer!.id).remove(contactId, version));
  }
}
