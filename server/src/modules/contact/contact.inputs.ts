import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { optionalText, uuid } from '../../shared/validation';

@InputType()
class ContactFields {
  @Field(() => String, { nullable: true, description: 'Role or title at the company.' }) title?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'As people write it: 412 34 567, +47 41234567, 0046 …' }) phone?: string | null;
  @Field(() => Boolean, { nullable: true }) doNotContact?: boolean | null;
}

@InputType()
export class CreateContactInput extends ContactFields {
  @Field(() => ID) prospectId: string;
  @Field(() => String) name: string;
}

@InputType()
export class UpdateContactInput extends ContactFields {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) name?: string | null;
}

/** Norwegian numbers without a country code; stored in international format (+47 41 23 45 67). */
const phone = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === '') return null;
    const parsed = parsePhoneNumberFromString(value, 'NO');
    if (!parsed?.isValid()) {
      ctx.addIssue({ code: 'custom', message: 'Telefonnummeret er ugyldig. Skriv for eksempel 412 34 567 eller +46 70 123 45 67.' });
      return z.NEVER;
    }
    return parsed.formatInternational();
  })
  .nullish();

const email = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === '') return null;
    const parsed = z.email().max(200).safeParse(value);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: 'E-postadressen er ugyldig. Skriv for eksempel navn@firma.no.' });
      return z.NEVER;
    }
    return value.toLowerCase();
  })
  .nullish();

const name = z.string().trim().min(1, 'Navnet må fylles ut.').max(200, 'Navnet kan ha høyst 200 tegn.');
const fields = {
  title: optionalText(200, 'Tittelen'),
  email,
  phone,
  doNotContact: z.boolean().nullish(),
};

export const createContactSchema = z.object({ ...fields, prospectId: uuid(), name });
export const updateContactSchema = z.object({ ...fields, id: uuid(), version: z.number().int().min(1), name: name.nullish() });
export type CreateContactValues = z.output<typeof createContactSchema>;
export type UpdateContactValues = z.output<typeof updateContactSchema>;
