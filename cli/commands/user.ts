import { parseArgs } from "node:util";
import { z } from "zod";
import { openCliDatabase } from "../db";
import { insertUser } from "@/db/queries/users";
import { ROLES } from "@/lib/domain";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/passwords";

const addSchema = z.object({
  email: z.string().trim().toLowerCase().email("--email must be an email address"),
  name: z.string().trim().min(1, "--name is required"),
  role: z.enum(ROLES, "--role must be editor, lead or admin"),
  password: z.string().min(MIN_PASSWORD_LENGTH, `--password needs at least ${MIN_PASSWORD_LENGTH} characters`),
});

export async function userCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "add") {
    process.stderr.write("Usage: user add --email E --name N --role editor|lead|admin --password P\n");
    return 1;
  }
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } },
  });
  const parsed = addSchema.safeParse(values);
  if (!parsed.success) {
    process.stderr.write(`${parsed.error.issues.map((i) => i.message).join("\n")}\n`);
    return 1;
  }
  const db = openCliDatabase();
  try {
    const user = insertUser(db, { ...parsed.data, passwordHash: await hashPassword(parsed.data.password) });
    process.stdout.write(`Added ${user.role} ${user.email} (id ${user.id}).\n`);
    return 0;
  } finally {
    db.$client.close();
  }
}
