/** The public API's declarations that `npm run build` writes for other plugins' authors: complete on their own. */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../helpers/paths";
import { describeBuilt } from "../helpers/built";

const TYPES = path.join(ROOT, "dist/api-types");
const ENTRY = path.join(TYPES, "plugin/api/publicApi.d.ts");

function declarations(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? declarations(path.join(dir, e.name)) : e.name.endsWith(".d.ts") ? [path.join(dir, e.name)] : [],
  );
}

describeBuilt("dist/api-types", [ENTRY], () => {
  it("declares the API, its version and its query", () => {
    const entry = readFileSync(ENTRY, "utf8");
    expect(entry).toMatch(/export interface RotationLensApi \{/);
    expect(entry).toMatch(/export declare const API_VERSION: 1;/);
    expect(entry).toMatch(/export interface EpisodeQuery \{/);
  });

  it("imports nothing from outside the folder, so it can be copied into another project as it is", () => {
    const outside = declarations(TYPES).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/from "([^"]+)"/g)]
        .map((m) => m[1])
        .filter((spec) => !spec.startsWith(".") || !path.resolve(path.dirname(file), spec).startsWith(TYPES))
        .map((spec) => `${path.relative(TYPES, file)}: ${spec}`),
    );
    expect(outside).toEqual([]);
  });
});
