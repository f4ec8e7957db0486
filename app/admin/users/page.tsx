import type { Metadata } from "next";
import { getDb } from "@/server/db";
import { getUsers } from "@/services/users";
import { requirePageUser } from "@/server/session";
import { ListTable } from "@/components/list-table";
import { PageFrame } from "@/components/page-frame";
import { AddUserForm } from "./add-user-form";
import { UserRow } from "./user-row";

export const metadata: Metadata = { title: "Users" };

const COLUMNS = ["Name", "Email", "Role", "Status", "Reset password"];

export default async function UsersPage() {
  const admin = await requirePageUser("users:manage");
  const users = await getUsers(getDb(), admin);
  return (
    <PageFrame title="Users" className="space-y-6">
      <section aria-labelledby="add-user" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="add-user" className="mb-3 font-semibold">Add a user</h2>
        <AddUserForm />
      </section>
      <section aria-labelledby="all-users">
        <h2 id="all-users" className="mb-2 font-semibold">All users ({users.length})</h2>
        <ListTable columns={COLUMNS} testId="users-table" stackOnPhone>
          {users.map((u) => (
            <UserRow key={u.id} user={u} isSelf={u.id === admin.id} />
          ))}
        </ListTable>
      </section>
    </PageFrame>
  );
}
