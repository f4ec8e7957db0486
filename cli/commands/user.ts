import { parseArgs } from "node:util";
import { addUser, newUserSchema } from "@/services/users";
import { withCliDatabase } from "./with-database";

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
  return withCliDatabase(async (db) => {
    // Whoever runs the CLI owns the database file: no signed-in actor is needed to add a user.
    const user = await addUser(db, null, parsed.data);
    process.stdout.write(`Added ${user.role} ${user.email} (id ${user.id}).\n`);
    return 0;
  });
}
