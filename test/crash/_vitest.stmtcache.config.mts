import { defineConfig, mergeConfig } from "vitest/config";
import base from "../../vitest.config.mts";
export default mergeConfig(base, defineConfig({ test: { setupFiles: ["test/crash/_stmt-cache-setup.ts"] } }));
