import { z } from "zod";
import { policyText } from "@/lib/text-policy";
import { LIMITS, ROLES } from "@/lib/vocabulary";

/** User-admin input, shared by the admin page, the JSON API and the CLI. */
export const passwordSchema = z
  .string("The password must be text.")
  .min(LIMITS.passwordMinChars, `The password needs at least ${LIMITS.passwordMinChars} characters.`)
  .max(LIMITS.passwordMaxChars, `The password is too long (${LIMITS.passwordMaxChars} characters at most).`);

export const newUserSchema = z.object({
  email: z.string("Enter a valid email address.").trim().toLowerCase().email("Enter a valid email address.").max(LIMITS.emailChars),
  name: policyText(
    z.string("Enter a name.").trim().min(1, "Enter a name.").max(LIMITS.userNameChars, `The name is too long (${LIMITS.userNameChars} characters at most).`),
    "The name",
  ),
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

export const tokenNameSchema = z.object({
  name: policyText(
    z
      .string("Name the token, e.g. the script that uses it.")
      .trim()
      .min(1, "Name the token, e.g. the script that uses it.")
      .max(LIMITS.tokenNameChars, `The name is too long (${LIMITS.tokenNameChars} characters at most).`),
    "The token name",
  ),
});
