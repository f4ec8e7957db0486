import { parseArgs } from "node:util";
import { openCliDatabase } from "../db";
import { isAppError } from "@/lib/errors";
import { addUser, newUserSchema } from "@/services/users";

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
  const parsed = newUserSchema.safeParse(values);
  if (!parsed.success) {
    process.stderr.write(`${parsed.error.issues.map((i) => i.message).join("\n")}\n`);
    return 1;
  }
  const db = openCliDatabase();
  try {
    // Whoever runs the CLI owns the database file: no signed-in actor is needed to add a user.
    const user = await addUser(db, null, parsed.data);
    process.stdout.write(`Added ${user.role} ${user.email} (id ${user.id}).\n`);
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    db.$client.close();
  }
}
