import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SAMPLE_BUILDERS } from "../../scripts/build-samples";
import { BUILTIN_PLANS } from "../../src/core/plan";

const SAMPLES = join(__dirname, "../../samples");

describe("bundled samples", () => {
  it.each(Object.keys(SAMPLE_BUILDERS))("%s is committed exactly as the script builds it", async (file) => {
    const built = await SAMPLE_BUILDERS[file]();
    const committed = readFileSync(join(SAMPLES, file));
    expect(built.equals(committed)).toBe(true);
  });

  it("has one sample per nomination plan, named after its plan", () => {
    const nominationPlans = BUILTIN_PLANS.filter((p) => p.listType === "nomination").map((p) => p.id);
    const planOf = (file: string): string | undefined =>
      nominationPlans.filter((id) => file.startsWith(`${id}-`)).sort((a, b) => b.length - a.length)[0];
    expect(Object.keys(SAMPLE_BUILDERS).map(planOf).sort()).toEqual([...nominationPlans].sort());
  });

  it("is described in samples/README.md", () => {
    const readme = readFileSync(join(SAMPLES, "README.md"), "utf8");
    for (const file of Object.keys(SAMPLE_BUILDERS)) expect(readme).toContain(`\`${file}\``);
  });
});
