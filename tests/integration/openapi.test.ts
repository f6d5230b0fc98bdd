import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/server/api/openapi";
import { API_CONTRACTS } from "@/server/api/routes";

const root = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every (method, path) the app serves under app/api/, read from the route files themselves. */
function servedRoutes(): string[] {
  const routes: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const source = readFileSync(full, "utf8");
        const urlPath = `/${path.relative(path.join(root, "app"), folder)}`
          .split(path.sep)
          .join("/")
          .replace(/\[(?:\.\.\.)?(\w+)\]/g, "{$1}");
        for (const method of METHODS) {
          if (new RegExp(`export const ${method}\\b|as ${method}\\b`).test(source)) routes.push(`${method} ${urlPath}`);
        }
      }
    }
  };
  walk(path.join(root, "app", "api"));
  return routes.sort();
}

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument(API_CONTRACTS, "test");
  const documented = Object.entries(document.paths)
    .flatMap(([urlPath, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${urlPath}`))
    .sort();

  it("describes every route under app/api/, and only those", () => {
    expect(servedRoutes().length).toBeGreaterThan(20);
    expect(documented).toEqual(servedRoutes());
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("says which role each route needs, and declares a request body where the route reads one", () => {
    for (const contract of API_CONTRACTS) {
      const operation = (document.paths[contract.path] as Record<string, { description: string; requestBody?: unknown }>)[contract.method.toLowerCase()];
      if (contract.access !== "public" && contract.access !== "signed-in") expect(operation.description).toMatch(/roles [A-Z]/);
      expect(Boolean(operation.requestBody), `${contract.method} ${contract.path}`).toBe(Boolean(contract.body));
    }
  });

  it("gives every operation its own id", () => {
    const ids = API_CONTRACTS.map((contract) => contract.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
