import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../auth/password';
import { Role, User } from './user.entity';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Skriv en gyldig e-postadresse, for eksempel navn@firma.no.' }).max(200));
export const nameSchema = z.string().trim().min(1, 'Navn må fylles ut.').max(200, 'Navnet kan ha høyst 200 tegn.');
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn.`)
  .max(200, 'Passordet kan ha høyst 200 tegn.');

@InputType()
export class CreateUserInput {
  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;

  @Field(() => Role)
  role: Role;

  @Field(() => String, { nullable: true, description: 'Leave out to get a generated temporary password.' })
  password?: string | null;
}

export const createUserSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  role: z.enum(Role),
  password: newPasswordSchema.nullish(),
});

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you saw; a stale one is a CONFLICT.' })
  version: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'false deactivates the user and ends their sessions.' })
  active?: boolean | null;
}

export const updateUserSchema = z.object({
  id: z.uuid({ message: 'Ugyldig id.' }),
  version: z.number().int().min(1),
  name: nameSchema.nullish(),
  role: z.enum(Role).nullish(),
  active: z.boolean().nullish(),
});

@ObjectType()
export class UserWithPassword {
  @Field(() => User)
  user: User;

  @Field(() => String, { nullable: true, description: 'Shown once; give it to the user, who should change it.' })
  temporaryPassword: string | null;
}
