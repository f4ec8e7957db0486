export const DEMO_PASSWORD = "claimdesk-demo";

export const DEMO = {
  editor: { email: "editor@claimdesk.local", name: "Elena Editor" },
  lead: { email: "lead@claimdesk.local", name: "Luis Lead" },
  admin: { email: "admin@claimdesk.local", name: "Ada Admin" },
} as const;

export type DemoRole = keyof typeof DEMO;

export const SEED_TITLES = [
  "Bukele meets Milei",
  "President Nayib Bukele to Visit Argentina in September and Meet with President Javier Milei",
] as const;
