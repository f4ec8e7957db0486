import { z } from "zod";
import { ROLES } from "./vocabulary";
import { MIN_PASSWORD_LENGTH } from "./passwords";

/** User-admin input rules shared by the admin page, the JSON API and the CLI. */
export const passwordSchema = z
  .string("The password must be text.")
  .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, "The password is too long (200 characters at most).");

export const newUserSchema = z.object({
  email: z.string("Enter a valid email address.").trim().toLowerCase().email("Enter a valid email address.").max(320),
  name: z
    .string("Enter a name.")
    .trim()
    .min(1, "Enter a name.")
    .max(120, "The name is too long.")
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), "The name cannot contain control characters."),
  role: z.enum(ROLES, "Choose a role: editor, lead or admin."),
  password: passwordSchema,
});

export const userChangeSchema = z
  .strictObject(
    {
    role: z.enum(ROLES, "Choose a role: editor, lead or admin.").optional(),
    disabled: z.boolean("disabled must be true or false.").optional(),
    password: passwordSchema.optional(),
    },
    "Only role, disabled and password can be changed.",
  )
  .refine((v) => v.role !== undefined || v.disabled !== undefined || v.password !== undefined, "Nothing to change: send role, disabled or password.");
