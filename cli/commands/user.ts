import { parseArgs } from "node:util";
import { openCliDatabase } from "../db";
import { insertUser } from "@/db/queries/users";
import { hashPassword } from "@/lib/passwords";
import { newUserSchema } from "@/lib/user-input";

const addSchema = newUserSchema;

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
